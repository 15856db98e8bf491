package kdring.server.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.Gson;

import kdring.model.story.StoryEvent;
import kdring.server.api.ApiModel;
import kdring.server.api.ServiceBackend;
import kdring.server.api.TargetApi;

/**
 * A backend with one channel, "demo", that answers every route with a value whose every field is set, so
 * that a route's JSON shows every property it can have. No VM.
 */
final class FakeBackend implements ServiceBackend {

    static final String ID = "demo";

    private final Path dir;

    FakeBackend(Path dir) {
        this.dir = dir;
    }

    private static void check(String id) throws NoSuchChannelException {
        if (!ID.equals(id)) {
            throw new NoSuchChannelException(id);
        }
    }

    static ApiModel.Event event() {
        return new ApiModel.Event(1, 2, "print", "hello");
    }

    @Override
    public List<ApiModel.Channel> channels() {
        return List.of(channel());
    }

    private static ApiModel.Channel channel() {
        return new ApiModel.Channel(ID, "demo-vm", "open", "guest said hello", "ring", "tcg",
                List.of(new ApiModel.Endpoint("tcp", "127.0.0.1:50001", "windbg -k com:ipport=50001,port=127.0.0.1")),
                new ApiModel.Counters(1, 2, 3, 4, 5, 6, 7, 8), true, true);
    }

    @Override
    public ApiModel.Channel channel(String id) throws NoSuchChannelException {
        check(id);
        return channel();
    }

    @Override
    public List<ApiModel.Module> modules(String id) throws NoSuchChannelException {
        check(id);
        return List.of(new ApiModel.Module(0, "ntoskrnl.exe", "\\SystemRoot\\system32\\ntoskrnl.exe",
                "0xFFFFF80100000000", 4096, "0x1234"));
    }

    @Override
    public ApiModel.EventPage events(String id, Set<StoryEvent.Kind> kinds, long from, int limit)
            throws NoSuchChannelException {
        check(id);
        return new ApiModel.EventPage(List.of(event()), 2, 0);
    }

    @Override
    public ApiModel.TracePage trace(String id, long from, int limit) throws NoSuchChannelException {
        check(id);
        return new ApiModel.TracePage(1, 0, List.of(new ApiModel.TraceRow(0, 1, "target", "STATE_CHANGE64",
                "Exception", 0x80800000L, 16, "SUCCESS", "breakpoint", false, "AAAA")));
    }

    @Override
    public List<ApiModel.ThroughputSample> throughput(String id, long sinceMillis) throws NoSuchChannelException {
        check(id);
        return List.of(new ApiModel.ThroughputSample(1, 2.0, 3.0));
    }

    @Override
    public ApiModel.StopInfo breakIn(String id) throws NoSuchChannelException {
        check(id);
        return new ApiModel.StopInfo("0x80000003", "0xFFFFF80100001000", 0, true);
    }

    @Override
    public byte[] readMemory(String id, long address, int length) throws NoSuchChannelException {
        check(id);
        return new byte[length];
    }

    @Override
    public TargetApi target(String id) throws NoSuchChannelException {
        check(id);
        return TARGET;
    }

    /** A stopped x64 target whose every answer sets every field. */
    private static final TargetApi TARGET = new TargetApi() {
        private final ApiModel.TargetStop stop = new ApiModel.TargetStop(0, 1, "0xFFFFF80000101000",
                "nt!DbgBreakPointWithStatus (exception 0x80000003 at 0xFFFFF80000101000)");

        @Override
        public ApiModel.TargetStop stop() {
            return stop;
        }

        @Override
        public ApiModel.Registers registers(int processor) {
            return new ApiModel.Registers(processor, "AMD64", java.util.Map.of("rip", "0xFFFFF80000101000"), "AAAA");
        }

        @Override
        public ApiModel.Registers setRegister(int processor, String name, long value) {
            return registers(processor);
        }

        @Override
        public ApiModel.MemoryBlock read(long address, int length, boolean physical) {
            return new ApiModel.MemoryBlock(String.format("0x%016X", address), physical ? "physical" : "virtual",
                    length, 1, "cc", "only 1 bytes of " + length + " are readable");
        }

        @Override
        public ApiModel.MemoryWritten write(long address, byte[] bytes) {
            return new ApiModel.MemoryWritten(String.format("0x%016X", address), bytes.length);
        }

        @Override
        public ApiModel.Evaluation evaluate(String expression) {
            return new ApiModel.Evaluation(expression, "0xFFFFF80000101000", "nt!DbgBreakPointWithStatus");
        }

        @Override
        public ApiModel.Symbol describe(long address) {
            return new ApiModel.Symbol(String.format("0x%016X", address), "nt!DbgBreakPointWithStatus");
        }

        @Override
        public List<ApiModel.Instruction> disassemble(long address, int count) {
            return List.of(new ApiModel.Instruction("0xFFFFF80000101000", "cc", "int3", "",
                    "nt!DbgBreakPointWithStatus"));
        }

        @Override
        public List<ApiModel.Breakpoint> breakpoints() {
            return List.of(new ApiModel.Breakpoint(0, "0xFFFFF80000102000", "nt!KeTickHook", true));
        }

        @Override
        public ApiModel.Breakpoint setBreakpoint(String expression) {
            return breakpoints().get(0);
        }

        @Override
        public void clearBreakpoint(int id) {
        }

        @Override
        public ApiModel.TargetStop step(boolean over) {
            return stop;
        }

        @Override
        public ApiModel.TargetStop runTo(String expression) {
            return stop;
        }

        @Override
        public ApiModel.ConsoleOutput console(String line) {
            return new ApiModel.ConsoleOutput(line, "rax=0000000000000000");
        }
    };

    @Override
    public void go(String id) throws NoSuchChannelException {
        check(id);
    }

    @Override
    public ApiModel.DebuggerChange replaceDebugger(String id, String askedBy) throws NoSuchChannelException {
        check(id);
        return new ApiModel.DebuggerChange("replace", "tcp 127.0.0.1:50412", "asked by " + askedBy);
    }

    @Override
    public ApiModel.DebuggerChange disconnectDebugger(String id, String reason) throws NoSuchChannelException {
        check(id);
        return new ApiModel.DebuggerChange("disconnect", "tcp 127.0.0.1:50412", reason);
    }

    @Override
    public ApiModel.Capture startCapture(String id) throws NoSuchChannelException {
        check(id);
        return new ApiModel.Capture(true, "/tmp/demo.kdcap", 16);
    }

    @Override
    public ApiModel.Capture stopCapture(String id) throws NoSuchChannelException {
        check(id);
        return new ApiModel.Capture(false, "/tmp/demo.kdcap", 16);
    }

    @Override
    public ApiModel.Dump dump(String id, String kind) throws NoSuchChannelException {
        check(id);
        return new ApiModel.Dump("/tmp/demo.dmp", kind, 744, 3_063_808);
    }

    @Override
    public Path export(String id, String format) throws NoSuchChannelException {
        check(id);
        try {
            return Files.writeString(Files.createTempFile(dir, "export", "." + format), "{}",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> captureFile(String id) throws NoSuchChannelException {
        check(id);
        try {
            Path capture = dir.resolve("demo.kdcap");
            if (!Files.exists(capture)) {
                Files.write(capture, "KDRCAP\1\0\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
            }
            return Optional.of(capture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public AutoCloseable subscribe(String id, Consumer<String> sink) throws NoSuchChannelException {
        check(id);
        sink.accept(new Gson().toJson(new ApiModel.StreamItem("event", event(), null, null)));
        return () -> {
        };
    }
}
