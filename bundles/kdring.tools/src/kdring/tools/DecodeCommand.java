package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.observer.Direction;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.model.trace.PacketDescriptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdring decode}: prints the packets of raw KDCOM byte streams, one line each, as text or JSON lines.
 * Each packet is described the way the workbench's trace and the service describe it
 * ({@link PacketDescriptions}).
 *
 * <pre>
 * decode [--json] [--from target|debugger] FILE|-
 * decode [--json] --target FILE --debugger FILE
 * </pre>
 * With both directions, the lines are interleaved by the protocol's structure (ids, ACKs, RESET, RESEND) so
 * that each reply follows its request ({@link #interleave}). A warning goes to standard error when a file
 * holds packets its side cannot send (a wrong {@code --from}). A stream whose only packets are damaged is
 * printed and then reported by its damage, exit code 2.
 */
@Command(name = "decode", customSynopsis = { "kdring decode [--json] [--from target|debugger] FILE|-",
    "       kdring decode [--json] --target FILE --debugger FILE" },
        description = { "Print the KD packets in raw KDCOM byte streams, one line (or JSON object) each: direction, "
                + "offset, type, id, length, checksum status, and the packet's API, status and summary." },
        footer = "Exit codes: 0 ok; 2 bad arguments, unreadable input, or no KD packet found.")
final class DecodeCommand extends ToolCommand {

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    @Option(names = "--json", description = "One JSON object per line instead of text.")
    boolean json;

    @Option(names = "--from", paramLabel = "SIDE",
            description = "Who sent the bytes of FILE: target (the default) or debugger.")
    String from = "target";

    @Option(names = "--target", paramLabel = "FILE",
            description = "Bytes the target sent (with --debugger: both directions of one session).")
    String targetFile;

    @Option(names = "--debugger", paramLabel = "FILE", description = "Bytes the debugger sent.")
    String debuggerFile;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "The bytes to decode; - reads standard input.")
    String file;

    @Override
    public Integer call() {
        Direction direction = switch (from) {
            case "target" -> Direction.TARGET_TO_DEBUGGER;
            case "debugger" -> Direction.DEBUGGER_TO_TARGET;
            default -> throw badInput("--from takes target or debugger, not '" + from + "'");
        };
        boolean session = targetFile != null || debuggerFile != null;
        if (session && (targetFile == null || debuggerFile == null)) {
            throw badInput("--target and --debugger go together");
        }
        if (session == (file != null)) {
            throw badInput(session ? "give either FILE or --target/--debugger, not both" : "no input given");
        }
        try {
            List<Line> lines;
            String source;
            if (session) {
                List<Line> target = decode(read(targetFile), Direction.TARGET_TO_DEBUGGER);
                List<Line> debugger = decode(read(debuggerFile), Direction.DEBUGGER_TO_TARGET);
                warnIfWrongSide(target, Direction.TARGET_TO_DEBUGGER, "--target " + targetFile);
                warnIfWrongSide(debugger, Direction.DEBUGGER_TO_TARGET, "--debugger " + debuggerFile);
                lines = interleave(target, debugger);
                source = targetFile + " or " + debuggerFile;
                if (countPackets(lines) == 0 && countDamaged(lines) == 0) {
                    return unreadable("no KD packets found in " + source + " (not KDCOM byte streams?)");
                }
            } else {
                byte[] bytes = read(file);
                lines = decode(bytes, direction);
                source = "-".equals(file) ? "standard input" : file;
                if (countPackets(lines) == 0 && countDamaged(lines) == 0) {
                    return unreadable("no KD packets found in " + source + " (" + bytes.length
                            + " bytes): not a KDCOM byte stream?");
                }
                warnIfWrongSide(lines, direction, "--from " + from);
            }
            for (Line line : lines) {
                out().println(json ? JSON.toJson(line.fields()) : text(line.fields()));
            }
            if (countPackets(lines) == 0) {
                // only damaged packets: they were printed above; say what is wrong with them
                Line first = lines.stream().filter(line -> "BAD_PACKET".equals(line.fields().get("type")))
                        .findFirst().orElseThrow();
                return unreadable("no intact KD packet in " + source + ": " + countDamaged(lines)
                        + " damaged packet(s), the first at offset " + first.fields().get("offset") + ": "
                        + first.fields().get("problem") + " (" + first.fields().get("detail") + ")");
            }
            return 0;
        } catch (NoSuchFileException e) {
            return unreadable("no such file: " + e.getFile());
        } catch (IOException e) {
            return unreadable("cannot read input: " + e.getMessage());
        }
    }

    /** Input that cannot be read or decoded is bad input (exit code 2), not a failure of the command. */
    private int unreadable(String problem) {
        return fail(Main.BAD_INPUT, problem);
    }

    private static byte[] read(String file) throws IOException {
        if ("-".equals(file)) {
            return System.in.readAllBytes();
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException(file + " is a directory");
        }
        return Files.readAllBytes(path);
    }

    /**
     * One output line: the event and its fields in print order.
     *
     * @param direction who sent it
     * @param packet    the packet, or null for a break-in, bad packet or skipped bytes
     * @param fields    the fields to print
     */
    record Line(Direction direction, KdPacket packet, Map<String, Object> fields) {
    }

    static List<Line> decode(byte[] bytes, Direction direction) {
        List<Line> lines = new ArrayList<>();
        Framer framer = new Framer(event -> lines.add(line(event, direction)));
        framer.feed(bytes);
        framer.endOfInput();
        return lines;
    }

    private static Line line(FrameEvent event, Direction direction) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dir", direction.arrow());
        fields.put("offset", event.offset());
        KdPacket packet = null;
        switch (event) {
            case FrameEvent.PacketFramed framed -> {
                packet = framed.packet();
                fields.put("type", packet.type().name());
                fields.put("id", String.format("0x%08X", packet.id()));
                fields.put("length", packet instanceof DataPacket data ? data.body().length() : 0);
                fields.put("checksum", packet instanceof DataPacket data
                        ? String.format("ok 0x%04X", data.checksum()) : "none");
                describe(PacketDescriptions.describe(packet, null, direction),
                        fields);
                if (isRequest(packet)) {
                    fields.remove("status"); // a request has no status, whichever side it is decoded as
                }
            }
            case FrameEvent.BreakIn breakIn -> {
                fields.put("type", "BREAKIN");
                describe(PacketDescriptions.breakIn(), fields);
            }
            case FrameEvent.BadPacket bad -> {
                fields.put("type", "BAD_PACKET");
                fields.put("problem", bad.problem().name());
                fields.put("length", bad.length());
                fields.put("detail", bad.detail());
            }
            case FrameEvent.Skipped skipped -> {
                fields.put("type", "SKIPPED");
                fields.put("length", skipped.count());
            }
        }
        return new Line(direction, packet, fields);
    }

    /** The trace's words for a packet: API and status where it has them, and always the summary. */
    private static void describe(PacketDescriptions.Description description, Map<String, Object> fields) {
        if (!description.api().isEmpty()) {
            fields.put("api", description.api());
        }
        if (!description.status().isEmpty()) {
            fields.put("status", description.status());
        }
        fields.put("summary", description.summary());
    }

    private static long countPackets(List<Line> lines) {
        return lines.stream().filter(line -> line.packet() != null).count();
    }

    private static long countDamaged(List<Line> lines) {
        return lines.stream().filter(line -> "BAD_PACKET".equals(line.fields().get("type"))).count();
    }

    /**
     * Warns on standard error when {@code lines} hold packets that the side they were decoded as cannot
     * send: state changes and DbgPrint come only from the target; break-in bytes, Continue and requests
     * (ReturnStatus STATUS_PENDING, as debuggers send them) only from the debugger. The lines are still
     * printed: the user may know better.
     */
    private void warnIfWrongSide(List<Line> lines, Direction side, String given) {
        boolean target = side == Direction.TARGET_TO_DEBUGGER;
        long impossible = 0;
        Line example = null;
        for (Line line : lines) {
            if (target ? onlyFromDebugger(line) : onlyFromTarget(line)) {
                impossible++;
                example = example == null ? line : example;
            }
        }
        if (impossible > 0) {
            err().printf("kdring decode: warning: %d packet(s) cannot come from the %s (%s %s at offset %s): "
                    + "%s names the wrong side? Try %s%n", impossible, target ? "target" : "debugger",
                    example.fields().get("type"), Objects.toString(example.fields().get("api"), "").strip(),
                    example.fields().get("offset"), given,
                    target ? "--from debugger (or swap --target and --debugger)"
                            : "--from target (or swap --target and --debugger)");
        }
    }

    private static boolean onlyFromTarget(Line line) {
        return switch (line.packet()) {
            case DataPacket data when data.type() == PacketType.STATE_CHANGE64
                    || data.type() == PacketType.STATE_CHANGE32 -> true;
            case DataPacket data when data.type() == PacketType.DEBUG_IO -> KdBody.decode(data) instanceof DebugIo io
                    && io.isPrint();
            case null, default -> false;
        };
    }

    private static boolean onlyFromDebugger(Line line) {
        return "BREAKIN".equals(line.fields().get("type")) || isRequest(line.packet());
    }

    /** A manipulate request: Continue and the like (never answered), or ReturnStatus STATUS_PENDING. */
    private static boolean isRequest(KdPacket packet) {
        return packet instanceof DataPacket data && data.type() == PacketType.STATE_MANIPULATE
                && KdBody.decode(data) instanceof Manipulate manipulate
                && ((manipulate.api() != null && manipulate.api().hasNoReply())
                        || manipulate.returnStatus() == NtStatus.PENDING);
    }

    /**
     * Merges the two directions by the protocol's causality, so each reply follows its request: an ACK comes
     * after the data packet it acknowledges (same id, sync flag cleared), a side's next data packet after the
     * ACK of its previous one, a target's RESET echo after the debugger's RESET (ids restart there), a RESEND
     * after the damaged packet it asks for again, a retransmission after the RESEND that asked for it. When
     * both heads may go next, a side goes on with a RESET or a retransmission after its packet, or with a
     * repeat of the control packet it just sent; otherwise the sides alternate. A line whose cause never
     * arrived (lost bytes) does not hold the merge up.
     */
    static List<Line> interleave(List<Line> target, List<Line> debugger) {
        return new Conversation(target, debugger).merge();
    }

    /** The state of one {@link #interleave} run. */
    private static final class Conversation {

        private final ArrayDeque<Line> fromTarget;
        private final ArrayDeque<Line> fromDebugger;
        /** Per side: printed data packets not yet acknowledged by the other side, by id (sync flag cleared). */
        private final Map<Integer, Integer> unackedTarget = new HashMap<>();
        private final Map<Integer, Integer> unackedDebugger = new HashMap<>();
        private DataPacket lastDataTarget;
        private DataPacket lastDataDebugger;
        private int resetsUnanswered;
        private Line last;

        Conversation(List<Line> target, List<Line> debugger) {
            fromTarget = new ArrayDeque<>(target);
            fromDebugger = new ArrayDeque<>(debugger);
        }

        List<Line> merge() {
            List<Line> merged = new ArrayList<>(fromTarget.size() + fromDebugger.size());
            while (!fromTarget.isEmpty() || !fromDebugger.isEmpty()) {
                boolean debuggerNext = chooseDebugger();
                Line line = (debuggerNext ? fromDebugger : fromTarget).poll();
                printed(line, debuggerNext);
                merged.add(line);
            }
            return merged;
        }

        private boolean chooseDebugger() {
            if (fromTarget.isEmpty()) {
                return true;
            }
            if (fromDebugger.isEmpty()) {
                return false;
            }
            boolean targetReady = ready(fromTarget.peek(), false);
            boolean debuggerReady = ready(fromDebugger.peek(), true);
            if (targetReady != debuggerReady) {
                return debuggerReady;
            }
            if (last == null) {
                return !(fromDebugger.peek().packet() instanceof DataPacket); // the debugger opens with RESET or 0x62
            }
            boolean lastFromDebugger = last.direction() == Direction.DEBUGGER_TO_TARGET;
            return keepsTalking(lastFromDebugger) ? lastFromDebugger : !lastFromDebugger;
        }

        /** Whether the side that just spoke goes on: a RESET or retransmission after its packet, a repeat. */
        private boolean keepsTalking(boolean debuggerSide) {
            KdPacket previous = last.packet();
            KdPacket next = (debuggerSide ? fromDebugger : fromTarget).peek().packet();
            if (next instanceof DataPacket data && isRetransmission(data, debuggerSide)) {
                return true;
            }
            if (previous instanceof DataPacket && isControl(next, PacketType.RESET)) {
                return true;
            }
            return previous instanceof ControlPacket a && next instanceof ControlPacket b && a.type() == b.type();
        }

        /** Whether {@code line}, the head of its side, may be printed now. */
        private boolean ready(Line line, boolean debuggerSide) {
            ArrayDeque<Line> other = debuggerSide ? fromTarget : fromDebugger;
            Map<Integer, Integer> otherUnacked = debuggerSide ? unackedTarget : unackedDebugger;
            Map<Integer, Integer> ownUnacked = debuggerSide ? unackedDebugger : unackedTarget;
            switch (line.packet()) {
                case ControlPacket control when control.type() == PacketType.ACKNOWLEDGE -> {
                    int id = control.id();
                    if (otherUnacked.getOrDefault(id, 0) > 0) {
                        return true;
                    }
                    DataPacket next = nextData(other);
                    return next == null || plain(next.id()) != id; // its packet comes later: wait for it
                }
                case ControlPacket control when control.type() == PacketType.RESET -> {
                    // the debugger opens; the target echoes a RESET the debugger sent
                    return debuggerSide || resetsUnanswered > 0 || !hasResetBeforeData(other);
                }
                case ControlPacket control when control.type() == PacketType.RESEND -> {
                    Line head = other.peek();
                    return head == null || head.packet() != null; // after the damaged packet it asks for
                }
                case DataPacket data -> {
                    if (isRetransmission(data, debuggerSide)) {
                        return !isControl(other.isEmpty() ? null : other.peek().packet(), PacketType.RESEND);
                    }
                    DataPacket previous = debuggerSide ? lastDataDebugger : lastDataTarget;
                    if (previous == null || ownUnacked.getOrDefault(plain(previous.id()), 0) == 0) {
                        return true;
                    }
                    return !hasAckBeforeData(other, plain(previous.id())); // after the ACK of its previous packet
                }
                case null, default -> {
                    return true; // break-in bytes, damaged packets, skipped bytes
                }
            }
        }

        private void printed(Line line, boolean debuggerSide) {
            Map<Integer, Integer> own = debuggerSide ? unackedDebugger : unackedTarget;
            Map<Integer, Integer> other = debuggerSide ? unackedTarget : unackedDebugger;
            switch (line.packet()) {
                case DataPacket data -> {
                    own.merge(plain(data.id()), 1, Integer::sum);
                    if (debuggerSide) {
                        lastDataDebugger = data;
                    } else {
                        lastDataTarget = data;
                    }
                }
                case ControlPacket control when control.type() == PacketType.ACKNOWLEDGE ->
                        other.computeIfPresent(control.id(), (id, n) -> n > 1 ? n - 1 : null);
                case ControlPacket control when control.type() == PacketType.RESET -> {
                    if (debuggerSide) {
                        resetsUnanswered++;
                    } else {
                        // the echo: both sides' ids restart, nothing sent before waits for an ACK any more
                        resetsUnanswered = 0;
                        unackedTarget.clear();
                        unackedDebugger.clear();
                        lastDataTarget = null;
                        lastDataDebugger = null;
                    }
                }
                case null, default -> { }
            }
            last = line;
        }

        private boolean isRetransmission(DataPacket data, boolean debuggerSide) {
            DataPacket previous = debuggerSide ? lastDataDebugger : lastDataTarget;
            return previous != null && previous.type() == data.type() && previous.id() == data.id()
                    && previous.body().equals(data.body());
        }

        private static DataPacket nextData(ArrayDeque<Line> side) {
            for (Line line : side) {
                if (line.packet() instanceof DataPacket data) {
                    return data;
                }
            }
            return null;
        }

        private static boolean hasAckBeforeData(ArrayDeque<Line> side, int id) {
            for (Line line : side) {
                if (line.packet() instanceof DataPacket) {
                    return false;
                }
                if (line.packet() instanceof ControlPacket control && control.type() == PacketType.ACKNOWLEDGE
                        && control.id() == id) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasResetBeforeData(ArrayDeque<Line> side) {
            for (Line line : side) {
                if (line.packet() instanceof DataPacket) {
                    return false;
                }
                if (isControl(line.packet(), PacketType.RESET)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isControl(KdPacket packet, PacketType type) {
            return packet instanceof ControlPacket control && control.type() == type;
        }

        private static int plain(int id) {
            return id & ~KdWire.SYNC_PACKET_ID;
        }
    }

    /**
     * The text form: fixed columns, then the other fields as name=value; the summary, the detail of a bad
     * packet and any value with a space are quoted as JSON strings.
     */
    static String text(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder(120);
        out.append(fields.get("dir")).append(' ');
        out.append(String.format("%8d  %-16s", ((Number) fields.get("offset")).longValue(), fields.get("type")));
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            if (name.equals("dir") || name.equals("offset") || name.equals("type")) {
                continue;
            }
            Object value = field.getValue();
            String shown = value instanceof String text
                    && (name.equals("summary") || name.equals("detail") || text.contains(" "))
                    ? JSON.toJson(text) : String.valueOf(value);
            out.append(' ').append(name).append('=').append(shown);
        }
        return out.toString();
    }
}
