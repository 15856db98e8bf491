package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.LoadedModule;
import kdring.session.debug.Disassembler;
import kdring.session.debug.Instruction;
import kdring.session.debug.capstone.CapstoneDisassembler;
import kdring.transport.ChannelState;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.DebugControl;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.DisassemblyTable;

/**
 * What the Disassembly table says when it has no code to show, on a channel decoded from KD bytes written
 * into it (no VM): no channel, no debugger on the channel, a machine without Capstone (the message the real
 * binding gives for a library that is not there), and an address expression the target rejects. The code
 * itself is {@code DisassemblyVmUiTest}'s, on the demo VM.
 */
class DisassemblyUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long STOP = 0xFFFFF80002A01000L;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel channel;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 300);
        channel = WorkbenchChannel.record(new ChannelInfo("local", "no-capstone", ""), dir.resolve("session.kdcap"));
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        channel.close();
    }

    /**
     * The debugger of a workbench whose machine has no Capstone: stops and expressions work, disassembly
     * answers as {@code BuiltInControl} does when {@link Disassembler#load()} fails. (The real library is a
     * test prerequisite here, so the failure is the real binding's for a library name that does not exist.)
     */
    private static final class NoDisassembler implements DebugControl {
        @Override
        public String breakIn() {
            return "stopped";
        }

        @Override
        public void go() {
        }

        @Override
        public List<LoadedModule> listModules() {
            return List.of();
        }

        @Override
        public byte[] readVirtual(long address, int length) {
            return new byte[0];
        }

        @Override
        public Stop stop() {
            return new Stop(0, 1, STOP, "stopped");
        }

        @Override
        public long evaluate(String expression) throws Exception {
            throw new Exception("nt exports no " + expression.replace("nt!", ""));
        }

        @Override
        public List<Instruction> disassemble(long address, int count) {
            Disassembler.UnavailableException e = assertThrows(Disassembler.UnavailableException.class,
                    () -> CapstoneDisassembler.load("libcapstone-absent.so.4"));
            throw new UnsupportedOperationException(e.getMessage(), e);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void saysWhyThereIsNoCode() throws Exception {
        DisassemblyTable view = new DisassemblyTable(shell);
        shell.open();
        assertEquals("No channel selected.", view.message());

        // a channel without a debugger of the workbench's (a capture, or WinDbg's channel seen from here)
        channel.channelState(ChannelState.OPEN, "hello", System.currentTimeMillis() * 1_000_000L);
        view.setSession(channel);
        assertTrue(view.message().startsWith("No debugger here: no-capstone is "), view.message());

        // stopped, and a debugger that cannot disassemble: its message, as it is
        channel.setControl(new NoDisassembler());
        new KdTraffic(channel).stop(STOP);
        UiTestSupport.waitUntil(display, WAIT, "the missing library named in the view",
                () -> view.message().startsWith("no disassembler: the Capstone library libcapstone-absent.so.4 is not"
                        + " installed (Debian/Ubuntu: apt-get install libcapstone4)"),
                view::message);
        assertEquals(List.of(), view.rowTexts());
        Screenshots.save(shell, "disassembly-no-capstone.png");

        // an expression the target rejects
        view.getAddressField().setText("nt!Nope");
        view.getAddressField().notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.waitUntil(display, WAIT, "the rejected expression",
                () -> view.message().equals("Cannot disassemble: nt exports no Nope"), view::message);

        // the cancel icon clears the field and goes back to the program counter
        Event cancel = new Event();
        cancel.detail = SWT.ICON_CANCEL;
        view.getAddressField().notifyListeners(SWT.DefaultSelection, cancel);
        assertEquals("", view.getAddressField().getText());
        UiTestSupport.waitUntil(display, WAIT, "the program counter again",
                () -> view.message().startsWith("no disassembler: "), view::message);
    }
}
