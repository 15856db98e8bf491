package kdring.model.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.stream.JsonWriter;

import kdring.kd.observer.KdEvent;
import kdring.model.capture.CaptureReader;
import kdring.kd.observer.Direction;
import kdring.model.persist.PrivateFiles;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.Throughput;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.Module;
import kdring.model.session.TargetInfo;
import kdring.model.trace.PacketRow;
import kdring.model.trace.PacketTrace;

/**
 * Writes a capture out in the formats other tools read: pcapng (Wireshark, tshark), JSON and CSV (events,
 * modules, throughput) and WinDbg connection files. Each export replays the capture once through the KD
 * observer and streams what it finds, so its memory does not grow with the capture. A damaged capture is
 * exported up to the damage, which the result reports. Stateless; thread-safe.
 */
public final class Exports {

    /**
     * What an export wrote.
     *
     * @param packets packets in the trace
     * @param events  events written (0 for formats without events)
     * @param damage  where the capture was damaged, if it was
     */
    public record Result(long packets, long events, Optional<CaptureReader.Damage> damage) {
    }

    private Exports() {
    }

    /** Writes every KD packet of {@code capture} as one pcapng packet to {@code out}. */
    public static Result pcapng(Path capture, Path out) throws IOException {
        try (ExportSource source = ExportSource.open(capture);
                PcapngWriter writer = PcapngWriter.create(out, "kdring")) {
            Channel channel = source.channel();
            int iface = writer.addInterface(PcapngWriter.LINKTYPE_USER0, channel.getName(),
                    "kdring KD channel " + channel.getName() + " (KDCOM bytes; T->D inbound, D->T outbound)");
            PacketTrace trace = source.recorder().trace();
            long count = trace.count();
            for (long i = 0; i < count; i += 256) {
                for (PacketRow row : trace.page(i, 256)) {
                    byte[] bytes = trace.rawBytes(row.index());
                    if (bytes.length == 0) {
                        continue;
                    }
                    int direction = row.direction() == Direction.TARGET_TO_DEBUGGER ? PcapngWriter.INBOUND
                            : PcapngWriter.OUTBOUND;
                    String arrow = row.direction() == Direction.TARGET_TO_DEBUGGER ? "T->D " : "D->T ";
                    writer.packet(iface, row.timeNanos(), bytes, direction, arrow + row.summary());
                }
            }
            return new Result(count, 0, source.recorder().damage());
        }
    }

    /**
     * Writes the session of {@code capture} as one JSON document: the channel with its counters, every
     * event, the modules and the throughput samples.
     */
    public static Result json(Path capture, Path out) throws IOException {
        Path samples = Files.createTempFile(out.toAbsolutePath().getParent(), ".kdring-samples", ".tmp");
        try (Writer text = PrivateFiles.newBufferedWriter(out, StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(text);
                BufferedWriter sampleLines = PrivateFiles.newBufferedWriter(samples, StandardCharsets.US_ASCII)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("format").value("kdring-session");
            json.name("version").value(1);
            json.name("capture").value(capture.toAbsolutePath().normalize().toString());
            json.name("events").beginArray();
            long[] events = new long[1];
            RecorderListener listener = new RecorderListener() {
                @Override
                public void onEvent(KdEvent event) {
                    Map<String, Object> fields = EventFields.of(event);
                    if (fields != null) {
                        events[0]++;
                        write(json, fields);
                    }
                }

                @Override
                public void onThroughput(Throughput s) {
                    try {
                        sampleLines.write(s.timeNanos() + "," + s.intervalNanos() + "," + s.bytesToDebugger() + ","
                                + s.bytesToTarget() + "," + s.packetsToDebugger() + "," + s.packetsToTarget() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            try (ExportSource source = ExportSource.open(capture, listener)) {
                json.endArray();
                sampleLines.close();
                Channel channel = source.channel();
                json.name("channel");
                writeChannel(json, channel);
                json.name("modules").beginArray();
                for (Module module : channel.getModules()) {
                    json.beginObject();
                    json.name("name").value(module.getName());
                    json.name("path").value(module.getPath());
                    json.name("base").value(EventFields.hex(module.getBase()));
                    json.name("size").value(Integer.toUnsignedLong(module.getSize()));
                    json.name("checksum").value(EventFields.hex(Integer.toUnsignedLong(module.getChecksum())));
                    json.name("loaded").value(EventFields.iso(module.getLoadTime()));
                    if (module.getUnloadTime() != 0) {
                        json.name("unloaded").value(EventFields.iso(module.getUnloadTime()));
                    }
                    json.endObject();
                }
                json.endArray();
                json.name("throughput").beginArray();
                try (var lines = Files.lines(samples, StandardCharsets.US_ASCII)) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        String[] v = line.split(",");
                        json.beginObject();
                        json.name("time_ns").value(Long.parseLong(v[0]));
                        json.name("time").value(EventFields.iso(Long.parseLong(v[0])));
                        json.name("interval_ns").value(Long.parseLong(v[1]));
                        json.name("bytes_to_debugger").value(Long.parseLong(v[2]));
                        json.name("bytes_to_target").value(Long.parseLong(v[3]));
                        json.name("packets_to_debugger").value(Long.parseLong(v[4]));
                        json.name("packets_to_target").value(Long.parseLong(v[5]));
                        json.endObject();
                    }
                }
                json.endArray();
                Optional<CaptureReader.Damage> damage = source.recorder().damage();
                json.name("damage");
                if (damage.isPresent()) {
                    json.beginObject().name("offset").value(damage.get().offset()).name("problem")
                            .value(damage.get().problem()).endObject();
                } else {
                    json.nullValue();
                }
                json.endObject();
                return new Result(source.recorder().trace().count(), events[0], damage);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(samples);
        }
    }

    /**
     * Writes {@code events.csv}, {@code modules.csv} and {@code throughput.csv} into the folder {@code out}
     * (created when missing). RFC 4180 quoting; times in nanoseconds and ISO-8601 UTC.
     */
    public static Result csv(Path capture, Path out) throws IOException {
        PrivateFiles.createDirectories(out);
        try (Writer events = PrivateFiles.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8);
                Writer throughput = PrivateFiles.newBufferedWriter(out.resolve("throughput.csv"), StandardCharsets.UTF_8)) {
            row(events, EventFields.COLUMNS);
            row(throughput, List.of("time_ns", "time", "interval_ns", "bytes_to_debugger", "bytes_to_target",
                    "packets_to_debugger", "packets_to_target"));
            long[] count = new long[1];
            RecorderListener listener = new RecorderListener() {
                @Override
                public void onEvent(KdEvent event) {
                    Map<String, Object> fields = EventFields.of(event);
                    if (fields != null) {
                        count[0]++;
                        List<Object> values = new ArrayList<>();
                        for (String column : EventFields.COLUMNS) {
                            values.add(fields.getOrDefault(column, ""));
                        }
                        row(events, values);
                    }
                }

                @Override
                public void onThroughput(Throughput s) {
                    row(throughput, List.of(s.timeNanos(), EventFields.iso(s.timeNanos()), s.intervalNanos(),
                            s.bytesToDebugger(), s.bytesToTarget(), s.packetsToDebugger(), s.packetsToTarget()));
                }
            };
            try (ExportSource source = ExportSource.open(capture, listener);
                    Writer modules = PrivateFiles.newBufferedWriter(out.resolve("modules.csv"), StandardCharsets.UTF_8)) {
                row(modules, List.of("name", "path", "base", "size", "checksum", "loaded_ns", "unloaded_ns"));
                for (Module m : source.channel().getModules()) {
                    row(modules, List.of(m.getName(), m.getPath(), EventFields.hex(m.getBase()),
                            Integer.toUnsignedLong(m.getSize()), EventFields.hex(Integer.toUnsignedLong(m.getChecksum())),
                            m.getLoadTime(), m.getUnloadTime() == 0 ? "" : m.getUnloadTime()));
                }
                return new Result(source.recorder().trace().count(), count[0], source.recorder().damage());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the WinDbg side of a capture into the folder {@code out}: {@code connect.txt} with the exact
     * command lines per channel, a {@code .cmd} launcher per channel, {@code modules.txt} (like {@code lm})
     * and {@code dbgprint.log}.
     *
     * @param endpoint where WinDbg reaches the channel; values not given come from the session metadata
     */
    public static Result windbg(Path capture, Path out, WindbgEndpoint endpoint) throws IOException {
        PrivateFiles.createDirectories(out);
        try (Writer prints = PrivateFiles.newBufferedWriter(out.resolve("dbgprint.log"), StandardCharsets.UTF_8)) {
            long[] count = new long[1];
            RecorderListener listener = new RecorderListener() {
                @Override
                public void onEvent(KdEvent event) {
                    if (event instanceof KdEvent.DebugPrint print) {
                        count[0]++;
                        try {
                            String text = print.text().replace("\r\n", "\n");
                            String prefix = "[" + EventFields.iso(print.nanos()) + " CPU" + print.processor() + "] ";
                            for (String line : text.split("\n", -1)) {
                                if (!line.isEmpty()) {
                                    prints.write(prefix + line + "\r\n");
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            };
            try (ExportSource source = ExportSource.open(capture, listener)) {
                Channel channel = source.channel();
                WindbgEndpoint resolved = endpoint.orFrom(channel);
                WindbgFiles.write(out, channel, resolved);
                return new Result(source.recorder().trace().count(), count[0], source.recorder().damage());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeChannel(JsonWriter json, Channel channel) throws IOException {
        json.beginObject();
        json.name("name").value(channel.getName());
        json.name("vm").value(channel.getVmName());
        json.name("transport").value(channel.getTransport().getLiteral());
        json.name("tcpPort").value(channel.getTcpPort());
        json.name("pipeName").value(channel.getPipeName());
        json.name("state").value(channel.getState().getLiteral());
        json.name("stateReason").value(channel.getStateReason());
        json.name("packets").value(channel.getPacketCount());
        ChannelCounters c = channel.getCounters();
        json.name("counters").beginObject();
        json.name("bytesToDebugger").value(c.getBytesToDebugger());
        json.name("bytesToTarget").value(c.getBytesToTarget());
        json.name("packetsToDebugger").value(c.getPacketsToDebugger());
        json.name("packetsToTarget").value(c.getPacketsToTarget());
        json.name("retransmissions").value(c.getRetransmissions());
        json.name("resends").value(c.getResends());
        json.name("resets").value(c.getResets());
        json.name("protocolErrors").value(c.getProtocolErrors());
        json.name("bytesSkipped").value(c.getBytesSkipped());
        json.name("breakIns").value(c.getBreakIns());
        json.name("stops").value(c.getStops());
        json.name("prints").value(c.getPrints());
        json.name("moduleLoads").value(c.getModuleLoads());
        json.endObject();
        TargetInfo target = channel.getTarget();
        if (target != null) {
            json.name("target").beginObject();
            json.name("build").value(target.getBuildNumber());
            json.name("machine").value(target.getMachine());
            json.name("kernBase").value(EventFields.hex(target.getKernBase()));
            json.name("psLoadedModuleList").value(EventFields.hex(target.getPsLoadedModuleList()));
            json.endObject();
        }
        json.endObject();
    }

    private static void write(JsonWriter json, Map<String, Object> fields) {
        try {
            json.beginObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                json.name(field.getKey());
                if (field.getValue() instanceof Number number) {
                    json.value(number);
                } else {
                    json.value(String.valueOf(field.getValue()));
                }
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a spreadsheet from running a text cell as a formula (CSV injection: a guest's DbgPrint of
     * {@code =HYPERLINK(...)} or a module path of {@code =cmd|...}): a cell starting with {@code = + - @},
     * tab or carriage return gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void row(Writer out, List<?> values) {
        try {
            StringBuilder line = new StringBuilder();
            for (Object value : values) {
                if (line.length() > 0) {
                    line.append(',');
                }
                String text = value instanceof CharSequence ? neutralise(value.toString()) : String.valueOf(value);
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0) {
                    text = '"' + text.replace("\"", "\"\"") + '"';
                }
                line.append(text);
            }
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
