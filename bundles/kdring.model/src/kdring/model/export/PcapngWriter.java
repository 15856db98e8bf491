package kdring.model.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pcapng file (the IETF pcapng draft, little-endian): one Section Header Block, one Interface
 * Description Block per channel, and an Enhanced Packet Block per KD packet.
 *
 * <pre>
 * every block: u32 type, u32 total length, body, options, u32 total length (again); 4-byte aligned
 * SHB 0x0A0D0D0A  u32 byte-order magic 0x1A2B3C4D, u16 major 1, u16 minor 0, i64 section length -1
 *                 options: shb_userappl(4)
 * IDB 0x00000001  u16 link type, u16 reserved, u32 snap length (0 = none)
 *                 options: if_name(2), if_description(3), if_tsresol(9) = 9 (nanoseconds)
 * EPB 0x00000006  u32 interface id, u32 timestamp high, u32 timestamp low, u32 captured length,
 *                 u32 original length, data padded to 4 bytes
 *                 options: opt_comment(1), epb_flags(2): bits 0-1 direction, 1 inbound, 2 outbound
 * option: u16 code, u16 length, value padded to 4 bytes; the list ends with opt_endofopt (0, 0)
 * </pre>
 *
 * Not thread-safe.
 */
public final class PcapngWriter implements AutoCloseable {

    /** LINKTYPE_USER0: the link type of KD packets, which have no registered link type. */
    public static final int LINKTYPE_USER0 = 147;
    /** epb_flags direction: inbound (here: from the target). */
    public static final int INBOUND = 1;
    /** epb_flags direction: outbound (here: from the debugger to the target). */
    public static final int OUTBOUND = 2;

    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 0x00000001;
    private static final int EPB = 0x00000006;

    private final OutputStream out;
    private int interfaces;

    private PcapngWriter(OutputStream out) {
        this.out = out;
    }

    /** Creates {@code file} and writes the section header, naming {@code application}. */
    public static PcapngWriter create(Path file, String application) throws IOException {
        PcapngWriter writer = new PcapngWriter(new BufferedOutputStream(kdring.model.persist.PrivateFiles.newOutputStream(file), 1 << 16));
        Options options = new Options().string(4, application);
        ByteBuffer body = buffer(16);
        body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        writer.block(SHB, body, options);
        return writer;
    }

    /**
     * Adds an interface (a channel).
     *
     * @return its interface id for {@link #packet}
     */
    public int addInterface(int linkType, String name, String description) throws IOException {
        Options options = new Options().string(2, name).string(3, description).bytes(9, new byte[] { 9 });
        ByteBuffer body = buffer(8);
        body.putShort((short) linkType).putShort((short) 0).putInt(0);
        block(IDB, body, options);
        return interfaces++;
    }

    /**
     * Writes one packet.
     *
     * @param interfaceId from {@link #addInterface}
     * @param timeNanos   nanoseconds since the Unix epoch
     * @param direction   {@link #INBOUND} or {@link #OUTBOUND}
     * @param comment     a comment shown by Wireshark, or null
     */
    public void packet(int interfaceId, long timeNanos, byte[] data, int direction, String comment) throws IOException {
        Options options = new Options();
        if (comment != null && !comment.isEmpty()) {
            options.string(1, comment);
        }
        options.u32(2, direction & 3);
        int padded = (data.length + 3) & ~3;
        ByteBuffer body = buffer(20 + padded);
        body.putInt(interfaceId).putInt((int) (timeNanos >>> 32)).putInt((int) timeNanos).putInt(data.length)
                .putInt(data.length).put(data);
        body.position(20 + padded);
        block(EPB, body, options);
    }

    private void block(int type, ByteBuffer body, Options options) throws IOException {
        byte[] optionBytes = options.end();
        int total = 8 + body.position() + optionBytes.length + 4;
        ByteBuffer head = buffer(8).putInt(type).putInt(total);
        out.write(head.array());
        out.write(body.array(), 0, body.position());
        out.write(optionBytes);
        out.write(buffer(4).putInt(total).array());
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** An option list being built. */
    private static final class Options {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private boolean any;

        Options string(int code, String value) {
            return value == null || value.isEmpty() ? this : bytes(code, value.getBytes(StandardCharsets.UTF_8));
        }

        Options u32(int code, int value) {
            return bytes(code, buffer(4).putInt(value).array());
        }

        Options bytes(int code, byte[] value) {
            int length = Math.min(value.length, 0xFFFF - 3);
            int padded = (length + 3) & ~3;
            ByteBuffer option = buffer(4 + padded);
            option.putShort((short) code).putShort((short) length).put(value, 0, length);
            bytes.write(option.array(), 0, option.capacity());
            any = true;
            return this;
        }

        byte[] end() {
            if (any) {
                bytes.write(new byte[4], 0, 4);
            }
            return bytes.toByteArray();
        }
    }
}
