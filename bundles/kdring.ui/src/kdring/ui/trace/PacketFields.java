package kdring.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.UnparsedBody;
import kdring.model.trace.PacketRow;

/**
 * Every decoded field of one packet, for the details pane: the row's words, the header as it crossed the
 * wire, and the body's fields. Computed off the UI thread from the packet's exact bytes. Stateless.
 */
public final class PacketFields {

    /**
     * One line of the details pane.
     *
     * @param name  the field
     * @param value its value, formatted
     */
    public record Field(String name, String value) {
    }

    private PacketFields() {
    }

    /** The fields of {@code row}, whose wire bytes are {@code raw} (may be empty when not captured). */
    public static List<Field> of(PacketRow row, byte[] raw) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("index", Long.toString(row.index())));
        fields.add(new Field("time", TraceFormat.time(row.timeNanos())));
        fields.add(new Field("direction", TraceFormat.direction(row.direction())));
        fields.add(new Field("type", row.kind().getLiteral()));
        fields.add(new Field("api/state", row.api()));
        fields.add(new Field("status", row.status()));
        fields.add(new Field("retransmission", Boolean.toString(row.retransmission())));
        fields.add(new Field("summary", row.summary()));
        KdPacket packet = decode(raw);
        if (packet == null) {
            fields.add(new Field("wire", raw.length == 0 ? "bytes not in the capture" : "not a whole packet"));
            return fields;
        }
        fields.add(new Field("header.type", packet.type() + " (" + packet.type().code() + ")"));
        fields.add(new Field("header.id", hex(packet.id() & 0xFFFFFFFFL)));
        fields.add(new Field("wire length", Integer.toString(packet.wireLength())));
        if (packet instanceof DataPacket data) {
            fields.add(new Field("header.byteCount", Integer.toString(data.body().length())));
            fields.add(new Field("header.checksum", hex(data.checksum() & 0xFFFFFFFFL) + " (good)"));
            body(KdBody.decode(data), fields);
        }
        return fields;
    }

    private static void body(KdBody body, List<Field> fields) {
        switch (body) {
            case Manipulate m -> {
                fields.add(new Field("ApiNumber", hex(m.apiNumber()) + " " + m.api()));
                fields.add(new Field("Processor", Integer.toString(m.processor())));
                fields.add(new Field("ReturnStatus", hex(m.returnStatus() & 0xFFFFFFFFL)));
                fields.add(new Field("detail", String.valueOf(m.detail())));
                fields.add(new Field("data length", Integer.toString(m.dataLength())));
            }
            case StateChange s -> {
                fields.add(new Field("NewState", hex(s.newState())));
                fields.add(new Field("Processor", s.processor() + " of " + s.numberProcessors()));
                fields.add(new Field("Thread", hex(s.thread())));
                fields.add(new Field("ProgramCounter", hex(s.programCounter())));
                fields.add(new Field("report", String.valueOf(s.report())));
            }
            case DebugIo io -> {
                fields.add(new Field("ApiNumber", hex(io.apiNumber())));
                fields.add(new Field("Processor", Integer.toString(io.processor())));
                fields.add(new Field("text", io.text()));
            }
            case UnparsedBody u -> fields.add(new Field("body", String.valueOf(u)));
            default -> fields.add(new Field("body", String.valueOf(body)));
        }
    }

    /** The first whole packet in {@code raw}, or null; the break-in byte and damaged bytes give null. */
    static KdPacket decode(byte[] raw) {
        if (raw.length < KdWire.HEADER_SIZE) {
            return null;
        }
        KdPacket[] found = new KdPacket[1];
        Framer framer = new Framer(event -> {
            if (found[0] == null && event instanceof FrameEvent.PacketFramed framed) {
                found[0] = framed.packet();
            }
        });
        framer.feed(raw);
        return found[0];
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "0x%X", value);
    }
}
