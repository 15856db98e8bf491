package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.observer.Direction;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdPacket;
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
 * With both directions, the lines are interleaved the way a KD conversation alternates: after a data packet
 * the other side speaks (its ACK, then its own packet).
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
            if (session) {
                List<Line> target = decode(read(targetFile), Direction.TARGET_TO_DEBUGGER);
                List<Line> debugger = decode(read(debuggerFile), Direction.DEBUGGER_TO_TARGET);
                if (countPackets(target) == 0 && countPackets(debugger) == 0) {
                    return unreadable("no KD packets found in " + targetFile + " or " + debuggerFile
                            + " (not KDCOM byte streams?)");
                }
                lines = interleave(target, debugger);
            } else {
                byte[] bytes = read(file);
                lines = decode(bytes, direction);
                if (countPackets(lines) == 0) {
                    return unreadable("no KD packets found in " + ("-".equals(file) ? "standard input" : file) + " ("
                            + bytes.length + " bytes): not a KDCOM byte stream?");
                }
            }
            for (Line line : lines) {
                out().println(json ? JSON.toJson(line.fields()) : text(line.fields()));
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

    /**
     * Merges the two directions as a KD conversation alternates: the debugger opens (RESETs, break-in)
     * when its stream starts with control bytes; after a data packet the other side speaks; a side goes on
     * with a retransmission or a RESET echo of its own, and after an ACK when its next packet is data.
     */
    static List<Line> interleave(List<Line> target, List<Line> debugger) {
        ArrayDeque<Line> fromTarget = new ArrayDeque<>(target);
        ArrayDeque<Line> fromDebugger = new ArrayDeque<>(debugger);
        List<Line> merged = new ArrayList<>(target.size() + debugger.size());
        boolean debuggerSpeaks = !fromDebugger.isEmpty() && !(fromDebugger.peek().packet() instanceof DataPacket);
        DataPacket[] lastFromTarget = {null};
        DataPacket[] lastFromDebugger = {null};
        while (!fromTarget.isEmpty() || !fromDebugger.isEmpty()) {
            ArrayDeque<Line> speaker = debuggerSpeaks ? fromDebugger : fromTarget;
            ArrayDeque<Line> listener = debuggerSpeaks ? fromTarget : fromDebugger;
            if (speaker.isEmpty()) {
                speaker = listener;
                listener = debuggerSpeaks ? fromDebugger : fromTarget;
                debuggerSpeaks = !debuggerSpeaks;
            }
            Line line = speaker.poll();
            merged.add(line);
            if (line.packet() instanceof DataPacket data) {
                (debuggerSpeaks ? lastFromDebugger : lastFromTarget)[0] = data;
            }
            if (!listener.isEmpty() && !keepsTalking(line, speaker,
                    (debuggerSpeaks ? lastFromDebugger : lastFromTarget)[0])) {
                debuggerSpeaks = !debuggerSpeaks;
            }
        }
        return merged;
    }

    /** Whether the side that just spoke goes on: a retransmission, a RESET after its packet, a reply. */
    private static boolean keepsTalking(Line line, ArrayDeque<Line> speaker, DataPacket lastData) {
        KdPacket next = speaker.isEmpty() ? null : speaker.peek().packet();
        if (next instanceof DataPacket data && lastData != null && data.type() == lastData.type()
                && data.body().equals(lastData.body())) {
            return true; // a retransmission follows its original
        }
        boolean nextIsReset = next instanceof ControlPacket control && control.type() == PacketType.RESET;
        return switch (line.packet()) {
            case DataPacket data -> nextIsReset;
            case ControlPacket control when control.type() == PacketType.ACKNOWLEDGE -> next instanceof DataPacket;
            case ControlPacket control when control.type() == PacketType.RESET ->
                    line.direction() == Direction.DEBUGGER_TO_TARGET && nextIsReset;
            case null, default -> false;
        };
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
