package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.ProcessorContext;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Instruction;
import kdring.ui.remote.RemoteChannelFeed;
import kdring.ui.remote.RemoteService;
import kdring.ui.session.DebugControl;

/**
 * The remote workbench's debugger: a remote channel followed as the workbench follows it
 * ({@link RemoteChannelFeed}), its {@link DebugControl} driven against a real service in-process (the
 * reference guest under QEMU, the real channel registry and Jetty), so that the views built on the control
 * work on remote channels too. No widgets: the control is what the views call.
 */
@Tag("vm")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RemoteDebugControlVmTest {

    private static Path dir;
    private static ChannelRegistry channels;
    private static HttpService service;
    private static RemoteChannelFeed feed;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("kdring-ui-remote-debug");
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        channels = new ChannelRegistry();
        channels.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
        ApiHandler api = new ApiHandler(channels, token, () -> new ApiModel.Health("ok", "test", "", 1));
        service = new HttpService("127.0.0.1", 0, null, api, channels, token);
        service.start();
        RemoteService remote = new RemoteService(service.baseUri(), token.value());
        await(Duration.ofSeconds(90), "the demo channel open on the ring", () -> {
            try {
                RemoteService.RemoteChannel channel = remote.channel("demo");
                return "open".equals(channel.state()) && "ring".equals(channel.transport());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        feed = RemoteChannelFeed.open(remote, remote.channel("demo"));
    }

    @AfterAll
    static void stop() {
        if (feed != null) {
            feed.close();
        }
        if (service != null) {
            service.close();
        }
        if (channels != null) {
            channels.close();
        }
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theFrontEndsOperationsWorkOnARemoteChannel() throws Exception {
        DebugControl control = feed.session().control().orElseThrow();

        // a running target: the service's refusal, word for word
        IOException running = assertThrows(IOException.class, () -> control.registers(0));
        assertTrue(running.getMessage().contains("break in first"), running.getMessage());

        assertTrue(control.breakIn().contains("stopped"));
        try {
            // stop and registers: the context rebuilt from the service's CONTEXT bytes
            DebugControl.Stop stop = control.stop();
            assertTrue(stop.processorCount() >= 1 && stop.processor() < stop.processorCount(), stop.toString());
            assertTrue(stop.description().startsWith("nt!DbgBreakPointWithStatus"), stop.description());
            ProcessorContext registers = control.registers(stop.processor());
            assertEquals(ProcessorContext.Layout.AMD64, registers.layout());
            assertEquals(stop.programCounter(), registers.programCounter());
            assertEquals(0x10, registers.get("cs"));

            // a register write, read back, put back
            long rax = registers.get("rax");
            assertEquals(0x1122334455667788L, control.setRegister(stop.processor(), "rax", 0x1122334455667788L)
                    .get("rax"));
            assertEquals(0x1122334455667788L, control.registers(stop.processor()).get("rax"));
            assertEquals("rax=1122334455667788", control.console("r rax"));
            control.setRegister(stop.processor(), "rax", rax);
            assertEquals(rax, control.registers(stop.processor()).get("rax"));

            // expressions, symbols, memory (more than one request's worth; an unreadable tail; a write)
            long hook = control.evaluate("nt!KeTickHook");
            assertEquals("nt!KeTickHook+0x1", control.describe(hook + 1));
            assertEquals(0x55, control.read(hook, 16, false)[0] & 0xFF, "push %rbp");
            byte[] big = control.read(ReferenceGuest.PATTERN_VA, 100_000, false);
            assertEquals(100_000, big.length);
            assertEquals(-1, ReferenceGuest.firstPatternMismatch(big, 0));
            assertEquals(16, control.read(ReferenceGuest.PATTERN_VA + (16 << 20) - 16, 32, false).length,
                    "the readable start of a range whose tail is unmapped");
            assertArrayEquals(control.read(ReferenceGuest.PATTERN_VA, 64, false), control.read(0x4000000L, 64, true),
                    "the pattern's first frame, read physically");
            long scratch = ReferenceGuest.PATTERN_VA + 0x2000;
            byte[] before = control.read(scratch, 4, false);
            control.writeVirtual(scratch, new byte[] { 1, 2, 3, 4 });
            assertArrayEquals(new byte[] { 1, 2, 3, 4 }, control.read(scratch, 4, false));
            control.writeVirtual(scratch, before);
            assertArrayEquals(before, control.read(scratch, 4, false));

            // disassembly: labelled when the service has a disassembler, else the service's reason
            try {
                List<Instruction> code = control.disassemble(hook, 2);
                assertEquals("nt!KeTickHook", code.get(0).label());
            } catch (UnsupportedOperationException e) {
                assertTrue(e.getMessage().startsWith("disassembly is not available on this service"), e.getMessage());
            }

            // a breakpoint on the export, hit after g; t, run-to and p move the program counter
            DebugTarget.Breakpoint bp = control.setBreakpoint("nt!KeTickHook");
            assertEquals(hook, bp.address());
            assertEquals("nt!KeTickHook", bp.symbol());
            assertEquals(List.of(bp.id()), control.breakpoints().stream().map(DebugTarget.Breakpoint::id).toList());
            assertEquals("Breakpoint " + bp.id() + " hit\nnt!KeTickHook:", control.console("g"));
            assertEquals(hook, control.stop().programCounter());
            assertEquals(hook + 1, control.step(false).programCounter(), "t over push %rbp");
            assertEquals(hook + 4, control.runTo("nt!KeTickHook+4").programCounter());
            assertEquals(hook + 9, control.step(true).programCounter(), "p over the call to KeTickWork");
            try {
                assertEquals(bp.id(), control.enableBreakpoint(bp.id(), false).id());
                control.enableBreakpoint(bp.id(), true);
            } catch (UnsupportedOperationException e) {
                assertTrue(e.getMessage().contains("cannot enable or disable breakpoints"), e.getMessage());
            }
            control.clearBreakpoint(bp.id());
            assertEquals(List.of(), control.breakpoints());

            // the console's one-line errors, as they are
            IOException reboot = assertThrows(IOException.class, () -> control.console(".reboot"));
            assertTrue(reboot.getMessage().startsWith(".reboot refused"), reboot.getMessage());
            IOException badExpression = assertThrows(IOException.class, () -> control.evaluate("nt!NoSuchExport"));
            assertTrue(badExpression.getMessage().contains("NoSuchExport"), badExpression.getMessage());
            assertTrue(control.consoleCommands().contains("r"));
        } finally {
            control.go();
        }
        IOException after = assertThrows(IOException.class, control::stop);
        assertTrue(after.getMessage().contains("is running"), after.getMessage());
    }
}
