package kdring.server.api;

import java.util.List;

/**
 * The values the API sends, as records that Gson turns into JSON one to one. docs/openapi.yaml describes
 * the same shapes; a test keeps the two in step.
 */
public final class ApiModel {

    private ApiModel() {
    }

    /** A debugger endpoint of a channel and the command that attaches WinDbg to it. */
    public record Endpoint(String kind, String address, String windbgCommand) {
    }

    /** Counters since the channel started. */
    public record Counters(long targetBytes, long debuggerBytes, long targetPackets, long debuggerPackets,
            long kicks, long faults, long resets, long garbageBytes) {
    }

    public record Channel(String id, String vm, String state, String reason, String transport, String accelerator,
            List<Endpoint> endpoints, Counters counters, boolean debuggerAttached, boolean capturing) {
    }

    public record Module(int order, String name, String path, String base, long size, String checksum) {
    }

    /**
     * One thing that happened: kind is one of breakin, breakin-requested, resume, module, print, reset, restart,
     * protocol, version, state, fault. A stop (breakin) carries where and why as fields in
     * {@code stop}; other events have none (the field is left out).
     */
    public record Event(long seq, long timeMillis, String kind, String text, Stop stop) {

        /** An event without a stop. */
        public Event(long seq, long timeMillis, String kind, String text) {
            this(seq, timeMillis, kind, text, null);
        }
    }

    /**
     * Where and why the target stopped.
     *
     * @param address       the exception address, "0x" and 16 hex digits
     * @param reason        the exception in words ("breakpoint", "single step", "access violation", ...)
     * @param exceptionCode the NTSTATUS code, "0x" and 8 hex digits
     */
    public record Stop(String address, String reason, String exceptionCode, int processor, boolean firstChance) {
    }

    public record EventPage(List<Event> events, long next, long dropped) {
    }

    public record ThroughputSample(long timeMillis, double targetBytesPerSecond, double debuggerBytesPerSecond) {
    }

    public record StopInfo(String exceptionCode, String address, int processor, boolean firstChance) {
    }

    public record Capture(boolean active, String file, long bytes) {
    }

    /**
     * What a debugger action did: {@code action} is replace or disconnect; {@code debugger} names the debugger
     * it concerns ("" when none was attached); {@code detail} says what happens now.
     */
    public record DebuggerChange(String action, String debugger, String detail) {
    }

    /**
     * One message of a channel's live stream: kind is packet, event or throughput, and exactly that payload
     * field is set. (A client that read too slowly also receives {@code {"kind":"dropped","dropped":N}},
     * N being the total it has missed, before the next item it does get.)
     */
    public record StreamItem(String kind, Event event, PacketSummary packet, ThroughputSample throughput) {
    }

    public record PacketSummary(long timeMillis, String direction, String type, long id, int length, String summary) {
    }

    /**
     * One row of a channel's packet trace: the decoded summary, and the packet's exact wire bytes (base64)
     * so that a client can decode it in full.
     */
    public record TraceRow(long index, long timeNanos, String direction, String type, String api, long id, int length,
            String status, String summary, boolean retransmission, String bytes) {
    }

    /** A page of the packet trace: rows from {@code from} on, and how many rows the trace holds now. */
    public record TracePage(long total, long from, List<TraceRow> rows) {
    }

    /** A crash dump written on the service's host: its file, kind ("full" or "bitmap"), pages and size. */
    public record Dump(String file, String kind, long pages, long bytes) {
    }

    /**
     * The stop a stopped target is in (the debugging front end's routes under {@code /target}).
     *
     * @param processor      the processor that reported the stop
     * @param processorCount how many processors the target has
     * @param programCounter where it stopped, "0x" and 16 hex digits
     * @param description    one line: {@code module!export+offset} of the stop and what stopped it
     */
    public record TargetStop(int processor, int processorCount, String programCounter, String description) {
    }

    /**
     * One processor's registers (GetContext).
     *
     * @param processor the processor
     * @param layout    AMD64 or X86 (the CONTEXT layout)
     * @param values    every register of the layout by name, in {@code r} order, as "0x" and hex digits (two per
     *                  byte of the register)
     * @param context   the whole CONTEXT, base64: a client rebuilds the exact context from it
     */
    public record Registers(int processor, String layout, java.util.Map<String, String> values, String context) {
    }

    /**
     * Bytes of target memory: {@code length} of the {@code requested} bytes from {@code address} on, fewer
     * where the rest is unreadable ({@code unreadable} says why, "" when everything was read).
     *
     * @param space virtual or physical
     * @param data  the bytes read, as hex digits
     */
    public record MemoryBlock(String address, String space, int requested, int length, String data,
            String unreadable) {
    }

    /** What a memory write did. */
    public record MemoryWritten(String address, int written) {
    }

    /** An address expression's value, and the value as {@code module!export+offset}. */
    public record Evaluation(String expression, String value, String symbol) {
    }

    /** An address as {@code module!export+offset} (the bare address outside every module). */
    public record Symbol(String address, String symbol) {
    }

    /**
     * One disassembled instruction.
     *
     * @param bytes its encoding, hex digits
     * @param label {@code module!export+offset} of its address, "" outside every module
     */
    public record Instruction(String address, String bytes, String mnemonic, String operands, String label) {
    }

    /**
     * A software breakpoint of kdring's debugger: its number, address, symbol when it was set, and whether it
     * is in the target (a disabled one stays listed).
     */
    public record Breakpoint(int id, String address, String symbol, boolean enabled) {
    }

    /** The breakpoint a clear took out. */
    public record BreakpointCleared(int cleared) {
    }

    /** What one {@code kd>} command line printed. */
    public record ConsoleOutput(String command, String output) {
    }

    public record Health(String status, String version, String started, int channels) {
    }

    public record Error(String error) {
    }
}
