package kdring.kd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.observer.Direction;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.PacketType;

/**
 * {@code kdring decode}: prints the packets of raw KDCOM byte streams, one line each, as text or JSON lines.
 *
 * <pre>
 * decode [--json] [--from target|debugger] FILE|-
 * decode [--json] --target FILE --debugger FILE
 * </pre>
 * With both directions, the lines are interleaved the way a KD conversation alternates: after a data packet
 * the other side speaks (its ACK, then its own packet).
 * <p>
 * Exit codes: 0 success, 2 usage error, unreadable file or no KD packet found. Stateless; each run is
 * independent.
 */
public final class DecodeCommand {

    static final String USAGE = """
            usage: decode [--json] [--from target|debugger] FILE|-
                   decode [--json] --target FILE --debugger FILE
            Decodes raw KDCOM (KD serial protocol) byte streams: one line per packet with direction, type,
            id, length, checksum status and the decoded essentials.
              --json            one JSON object per line instead of text
              --from SIDE       who sent the bytes of FILE: target (default) or debugger
              --target FILE     bytes the target sent (with --debugger: both directions of one session)
              --debugger FILE   bytes the debugger sent
              -                 read standard input
            Exit codes: 0 ok, 2 bad arguments, unreadable input, or no KD packet found.""";

    private DecodeCommand() {
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        Direction from = Direction.TARGET_TO_DEBUGGER;
        String file = null;
        String targetFile = null;
        String debuggerFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--json" -> json = true;
                case "--from", "--target", "--debugger" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, arg + " needs a value");
                    }
                    String value = args[++i];
                    if (arg.equals("--target")) {
                        targetFile = value;
                    } else if (arg.equals("--debugger")) {
                        debuggerFile = value;
                    } else if (value.equals("target")) {
                        from = Direction.TARGET_TO_DEBUGGER;
                    } else if (value.equals("debugger")) {
                        from = Direction.DEBUGGER_TO_TARGET;
                    } else {
                        return usageError(err, "--from takes target or debugger, not " + value);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        return usageError(err, "unknown option " + arg);
                    }
                    if (file != null) {
                        return usageError(err, "more than one input file");
                    }
                    file = arg;
                }
            }
        }
        boolean session = targetFile != null || debuggerFile != null;
        if (session && (targetFile == null || debuggerFile == null)) {
            return usageError(err, "--target and --debugger go together");
        }
        if (session == (file != null)) {
            return usageError(err, session ? "give either FILE or --target/--debugger, not both" : "no input given");
        }
        try {
            List<Line> lines;
            if (session) {
                List<Line> target = decode(read(targetFile), Direction.TARGET_TO_DEBUGGER);
                List<Line> debugger = decode(read(debuggerFile), Direction.DEBUGGER_TO_TARGET);
                if (countPackets(target) == 0 && countPackets(debugger) == 0) {
                    err.println("decode: no KD packets found in " + targetFile + " or " + debuggerFile
                            + " (not KDCOM byte streams?)");
                    return 2;
                }
                lines = interleave(target, debugger);
            } else {
                byte[] bytes = read(file);
                lines = decode(bytes, from);
                if (countPackets(lines) == 0) {
                    err.println("decode: no KD packets found in " + ("-".equals(file) ? "standard input" : file)
                            + " (" + bytes.length + " bytes): not a KDCOM byte stream?");
                    return 2;
                }
            }
            for (Line line : lines) {
                out.println(json ? Json.object(line.fields()) : text(line.fields()));
            }
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("decode: no such file: " + e.getFile());
            return 2;
        } catch (IOException e) {
            err.println("decode: cannot read input: " + e.getMessage());
            return 2;
        }
    }

    private static int usageError(PrintStream err, String problem) {
        err.println("decode: " + problem);
        err.println(USAGE);
        return 2;
    }

    private static byte[] read(String file) throws IOException {
        if ("-".equals(file)) {
            InputStream in = System.in;
            return in.readAllBytes();
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
                fields.putAll(PacketDescriber.essentials(packet, direction == Direction.TARGET_TO_DEBUGGER));
            }
            case FrameEvent.BreakIn breakIn -> fields.put("type", "BREAKIN");
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

    /** The text form: fixed columns, then the essentials as name=value. */
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
            String shown = value instanceof String text && (name.equals("text") || name.equals("path")
                    || name.equals("detail") || name.equals("command") || text.contains(" "))
                    ? quote(text) : String.valueOf(value);
            out.append(' ').append(name).append('=').append(shown);
        }
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        Json.string(quoted, text);
        return quoted.toString();
    }
}
