package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.packet.Bytes;
import kdring.ui.views.MemoryRows;
import kdring.ui.views.RegisterRows;

/**
 * The Registers and Memory views' logic without a target: rows in each layout's names and widths, changed
 * values against the previous stop (kept across a second refresh of the same stop), the processor choice on a
 * multi-processor target, refused edits with their reasons, and memory rows with {@code ??}.
 */
class RegisterAndMemoryRowsTest {

    private static ProcessorContext x64(long rax, long rip) {
        return new ProcessorContext(ProcessorContext.Layout.AMD64, Bytes.of(new byte[0x4D0])).with("rax", rax)
                .with("rip", rip).with("cs", 0x10);
    }

    @Test
    void rowsUseTheLayoutsNamesAndWidths() {
        List<RegisterRows.Row> rows = RegisterRows.rows(x64(1, 0xFFFFF80000101000L), null);
        assertEquals(ProcessorContext.Layout.AMD64.registers().size(), rows.size());
        assertEquals(new RegisterRows.Row("rax", "0000000000000001", false), rows.get(0));
        assertTrue(rows.contains(new RegisterRows.Row("rip", "fffff80000101000", false)));
        assertTrue(rows.contains(new RegisterRows.Row("cs", "0010", false)), "16-bit: four digits");
        assertTrue(rows.contains(new RegisterRows.Row("efl", "00000000", false)), "32-bit: eight digits");
        ProcessorContext x86 = new ProcessorContext(ProcessorContext.Layout.X86, Bytes.of(new byte[0x2CC]))
                .with("eip", 0x8040_1000L);
        List<RegisterRows.Row> rows86 = RegisterRows.rows(x86, null);
        assertEquals("eax", rows86.get(0).name());
        assertTrue(rows86.contains(new RegisterRows.Row("eip", "80401000", false)));
        assertFalse(rows86.stream().anyMatch(r -> r.name().equals("rip")));
    }

    @Test
    void changedAgainstThePreviousStopAndKeptOnARefresh() {
        RegisterRows.History history = new RegisterRows.History();
        assertTrue(history.update(0, 1, x64(1, 0x1000)).stream().noneMatch(RegisterRows.Row::changed),
                "nothing to compare with at the first stop");
        List<RegisterRows.Row> step = history.update(0, 2, x64(1, 0x1001));
        assertEquals(List.of("rip"), step.stream().filter(RegisterRows.Row::changed).map(RegisterRows.Row::name).toList());
        List<RegisterRows.Row> again = history.update(0, 2, x64(5, 0x1001));
        assertEquals(List.of("rax", "rip"), again.stream().filter(RegisterRows.Row::changed)
                .map(RegisterRows.Row::name).toList(), "an edit at the same stop; rip still against the stop before");
        assertTrue(history.update(1, 2, x64(9, 9)).stream().noneMatch(RegisterRows.Row::changed),
                "each processor is compared with its own previous stop");
    }

    @Test
    void processorChoiceOnAMultiProcessorTarget() {
        assertEquals(List.of("0 (stopped)"), RegisterRows.processorLabels(1, 0));
        assertEquals(List.of("0", "1", "2 (stopped)", "3"), RegisterRows.processorLabels(4, 2));
        assertEquals(2, RegisterRows.chooseProcessor(4, 2, -1), "follows the stop by default");
        assertEquals(3, RegisterRows.chooseProcessor(4, 2, 3), "keeps the user's pick");
        assertEquals(1, RegisterRows.chooseProcessor(4, 1, -1), "the next stop on another processor");
        assertEquals(0, RegisterRows.chooseProcessor(1, 0, 3), "a pick the target no longer has");
    }

    @Test
    void editsAreValidatedWithAReason() {
        ProcessorContext.Register rax = ProcessorContext.Layout.AMD64.register("rax");
        ProcessorContext.Register cs = ProcessorContext.Layout.AMD64.register("cs");
        assertEquals(0x1234, RegisterRows.parse(rax, " 1234 "));
        assertEquals(0x1234, RegisterRows.parse(rax, "0x1234"));
        assertEquals(10, RegisterRows.parse(rax, "0n10"));
        assertEquals(0xFFFFF80000100000L, RegisterRows.parse(rax, "fffff800`00100000"));
        assertEquals(0xFFFF, RegisterRows.parse(cs, "ffff"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterRows.parse(rax, "zz")).getMessage()
                .startsWith("not a number: zz"));
        assertEquals("cs is 16 bits wide: 10000 does not fit",
                assertThrows(IllegalArgumentException.class, () -> RegisterRows.parse(cs, "10000")).getMessage());
        assertEquals("rax needs a value",
                assertThrows(IllegalArgumentException.class, () -> RegisterRows.parse(rax, " ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterRows.parse(rax, "1ffffffffffffffff"))
                .getMessage().startsWith("not a number"), "more than 64 bits");
    }

    @Test
    void memoryRowsShowUnreadableBytes() {
        byte[] data = new byte[32];
        data[0] = 'M';
        data[1] = 'Z';
        BitSet readable = new BitSet();
        readable.set(0, 20);
        MemoryRows.Page page = new MemoryRows.Page(0xFFFFF80000100000L, false, data, readable, List.of("nt", ""));
        List<MemoryRows.Line> lines = page.lines();
        assertEquals("4d 5a 00 00 00 00 00 00-00 00 00 00 00 00 00 00", lines.get(0).hex());
        assertEquals("MZ..............", lines.get(0).ascii());
        assertEquals("nt", lines.get(0).symbol());
        assertEquals("00 00 00 00 ?? ?? ?? ??-?? ?? ?? ?? ?? ?? ?? ??", lines.get(1).hex());
        assertEquals("....????????????", lines.get(1).ascii());
        assertEquals("fffff80000100010", lines.get(1).addressText());
        assertEquals(20, page.readableCount());
        MemoryRows.Page written = page.with(0xFFFFF80000100010L, new byte[] { 1, 2 }, 6);
        assertEquals("01 02 ?? ?? ?? ?? ?? ??-?? ?? ?? ?? ?? ?? ?? ??", written.lines().get(1).hex(),
                "bytes read back show; asked-for bytes not read back become unreadable");
        assertEquals(18, written.readableCount());
    }

    @Test
    void editedBytesAreParsedWithAReason() {
        assertArrayEquals(new byte[] { 0x4d, 0x5a, (byte) 0x90 }, MemoryRows.parseBytes("4d 5a-90", 16));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryRows.parseBytes("4d zz", 16)).getMessage()
                .startsWith("not a byte: 'zz'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryRows.parseBytes("4d ??", 16)).getMessage()
                .contains("unreadable"));
        assertEquals("3 bytes typed; this row holds 2",
                assertThrows(IllegalArgumentException.class, () -> MemoryRows.parseBytes("1 2 3", 2)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryRows.parseBytes("  ", 16)).getMessage()
                .startsWith("type the row's bytes"));
        assertEquals("00 7f ff", MemoryRows.hex(new byte[] { 0, 0x7f, (byte) 0xff }));
    }
}
