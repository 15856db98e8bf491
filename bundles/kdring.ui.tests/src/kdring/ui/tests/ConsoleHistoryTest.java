package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.ui.console.ConsoleCompletion;
import kdring.ui.console.ConsoleHistory;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.ConsoleView;

/**
 * The console's history (Up/Down, the cap, what is kept, the workbench's preferences as its store) and its Tab
 * completion (commands, registers after {@code r}, registers and modules after an address command).
 */
class ConsoleHistoryTest {

    @TempDir
    Path dir;

    /** A store that counts its saves. */
    private static final class ListStore implements ConsoleHistory.Store {
        List<String> lines = new ArrayList<>();
        int saves;

        @Override
        public List<String> load() {
            return lines;
        }

        @Override
        public void save(List<String> kept) {
            lines = new ArrayList<>(kept);
            saves++;
        }
    }

    @Test
    void upAndDownWalkTheLinesAndGiveBackWhatWasTyped() {
        ConsoleHistory history = new ConsoleHistory(new ListStore());
        assertEquals("typing", history.previous("typing"), "nothing to recall");
        history.add("r");
        history.add("  bp nt!KeTickHook ");
        history.add("bp nt!KeTickHook");
        history.add("");
        history.add("g");
        assertEquals(List.of("r", "bp nt!KeTickHook", "g"), history.lines(), "stripped, no repeat, no empty line");
        assertEquals("g", history.previous("db r"));
        assertEquals("bp nt!KeTickHook", history.previous("ignored"));
        assertEquals("r", history.previous(""));
        assertEquals("r", history.previous(""), "stays at the oldest");
        assertEquals("bp nt!KeTickHook", history.next());
        assertEquals("g", history.next());
        assertEquals("db r", history.next(), "past the newest: what was being typed");
        assertEquals("db r", history.next());
        history.add("t");
        assertEquals("t", history.previous(""), "a new line puts navigation back at the end");
    }

    @Test
    void theHistoryIsCappedKeptInItsStoreAndLoadedAgain() {
        ListStore store = new ListStore();
        ConsoleHistory history = new ConsoleHistory(store);
        for (int i = 0; i < ConsoleHistory.MAX_LINES + 50; i++) {
            history.add("dq rsp L" + i);
        }
        assertEquals(ConsoleHistory.MAX_LINES, history.lines().size());
        assertEquals("dq rsp L50", history.lines().get(0), "the oldest went");
        assertEquals(ConsoleHistory.MAX_LINES + 50, store.saves);
        history.add("x".repeat(5000) + "\nsecond line");
        String last = store.lines.get(store.lines.size() - 1);
        assertEquals(ConsoleHistory.MAX_LINE, last.length(), "one line, capped");
        assertTrue(!last.contains("\n"));

        store.lines.add(0, "");
        ConsoleHistory again = new ConsoleHistory(store);
        assertEquals(ConsoleHistory.MAX_LINES, again.lines().size(), "loaded, capped, empty lines dropped");
        assertEquals(last, again.previous(""));
    }

    @Test
    void thePreferenceStoreKeepsEachChannelsHistory() throws Exception {
        try (WorkbenchChannel one = WorkbenchChannel.record(new ChannelInfo("local", "console-one", ""),
                dir.resolve("one.kdcap"));
                WorkbenchChannel two = WorkbenchChannel.record(new ChannelInfo("local", "console-two", ""),
                        dir.resolve("two.kdcap"))) {
            new ConsoleHistory(ConsoleView.preferenceStore(one)).add("bp nt!KeTickHook");
            ConsoleHistory second = new ConsoleHistory(ConsoleView.preferenceStore(two));
            second.add("lm");
            second.add("k");
            assertEquals("k", new ConsoleHistory(ConsoleView.preferenceStore(two)).previous(""));
            assertTrue(new ConsoleHistory(ConsoleView.preferenceStore(one)).lines().contains("bp nt!KeTickHook"));
            assertTrue(!new ConsoleHistory(ConsoleView.preferenceStore(one)).lines().contains("lm"), "per channel");
        }
    }

    @Test
    void tabCompletesCommandsThenRegistersAndModules() {
        ConsoleCompletion completion = new ConsoleCompletion(List.of("r", "db", "dd", "bp", "bl", "lm", ".reboot"),
                List.of("rax", "rip", "rsp", "r11"), List.of("nt", "hal"));
        assertEquals("lm ", completion.complete("l").apply("l"));
        assertEquals(List.of("bl", "bp"), completion.complete("b").candidates());
        assertEquals("b", completion.complete("b").apply("b"), "two fit: the common prefix");
        assertEquals(".reboot ", completion.complete(".r").apply(".r"));
        assertEquals("r rip", completion.complete("r ri").apply("r ri"));
        assertEquals(java.util.Set.of("rax", "rip", "rsp", "r11"), java.util.Set.copyOf(completion.complete("r r")
                .candidates()));
        assertEquals("db nt!", completion.complete("db n").apply("db n"));
        assertEquals("db @rsp", completion.complete("db @rs").apply("db @rs"));
        assertEquals("bp hal!", completion.complete("bp ha").apply("bp ha"));
        assertEquals("db rip+rsp", completion.complete("db rip+rs").apply("db rip+rs"));
        assertEquals(List.of(), completion.complete("lm x").candidates(), "lm takes no address");
        assertEquals(List.of(), completion.complete("db nt!Ke").candidates(), "exports are not known here");
        assertEquals("zz", completion.complete("zz").apply("zz"), "nothing fits: unchanged");
        ConsoleCompletion mixed = new ConsoleCompletion(List.of(), List.of(), List.of("nt", "Ntfs", "ntosext"));
        assertEquals("db nt", mixed.complete("db n").apply("db n"), "several fit: the typed case is kept");
        assertEquals("db Ntfs!", mixed.complete("db ntf").apply("db ntf"), "one fits: its own case");
    }
}
