package kdring.model.trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;
import kdring.model.capture.CaptureRandomAccess;
import kdring.model.capture.CaptureRecord;
import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;

/**
 * The packet trace provider of one channel: the query object that the workbench's virtual table and the
 * HTTP API both page through. It answers from a {@link PacketIndex} (kept by the recorder) and the capture
 * file: {@link #page} re-reads and re-decodes just the rows asked for, so no per-packet objects live
 * longer than a page.
 * <p>
 * Thread-safe. The trace grows while a channel is live; {@link #count()} is the number of rows now.
 * Rows are immutable {@link PacketRow} values.
 */
public final class PacketTrace implements AutoCloseable {

    private static final int CACHED_RECORDS = 32;

    private final Path capture;
    private final PacketIndex index;
    private CaptureRandomAccess file;
    private final Map<Long, CaptureRecord> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CaptureRecord> eldest) {
            return size() > CACHED_RECORDS;
        }
    };

    /**
     * A trace over {@code capture}, indexed by {@code index}.
     *
     * @param capture the capture file the index points into
     * @param index   the index, which may still be growing
     */
    public PacketTrace(Path capture, PacketIndex index) {
        this.capture = capture;
        this.index = index;
    }

    /** @return the number of rows */
    public long count() {
        return index.count();
    }

    /** @return the capture file the rows come from */
    public Path capture() {
        return capture;
    }

    /**
     * Rows {@code from} to {@code from + n - 1} (fewer at the end of the trace).
     *
     * @throws UncheckedIOException when the capture file cannot be read
     */
    public List<PacketRow> page(long from, int n) {
        long end = Math.min(count(), from + Math.max(0, n));
        List<PacketRow> rows = new ArrayList<>((int) Math.max(0, end - from));
        for (long i = Math.max(0, from); i < end; i++) {
            rows.add(row(i));
        }
        return List.copyOf(rows);
    }

    /** Row {@code i}. */
    public synchronized PacketRow row(long i) {
        Direction direction = index.direction(i);
        PacketKind kind = index.kind(i);
        long recordOffset = index.recordOffset(i);
        int inRecord = index.offsetInRecord(i);
        boolean retransmission = index.retransmission(i);
        if (recordOffset < 0) {
            return new PacketRow(i, 0, direction, kind, "", 0, 0, "", "(not in the capture)", retransmission, -1, 0);
        }
        try {
            Raw raw = raw(recordOffset, inRecord, direction, kind);
            if (raw == null) {
                return new PacketRow(i, 0, direction, kind, "", 0, 0, "", "(capture unreadable here)", retransmission,
                        recordOffset, inRecord);
            }
            if (kind == PacketKind.BREAK_IN) {
                PacketDescriptions.Description d = PacketDescriptions.breakIn();
                return new PacketRow(i, raw.lastTime, direction, kind, d.api(), 0, 1, d.status(), d.summary(),
                        retransmission, recordOffset, inRecord);
            }
            KdPacket[] packet = new KdPacket[1];
            Framer framer = new Framer(event -> {
                if (packet[0] == null && event instanceof FrameEvent.PacketFramed framed) {
                    packet[0] = framed.packet();
                }
            });
            framer.feed(raw.bytes);
            framer.endOfInput();
            if (packet[0] == null) {
                return new PacketRow(i, raw.lastTime, direction, kind, "", 0, raw.bytes.length, "",
                        "(bytes in the capture do not frame as a packet)", retransmission, recordOffset, inRecord);
            }
            PacketDescriptions.Description d = PacketDescriptions.describe(packet[0], null, direction);
            return new PacketRow(i, raw.lastTime, direction, kind, d.api(), packet[0].id(), packet[0].wireLength(),
                    d.status(), d.summary(), retransmission, recordOffset, inRecord);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + capture + " at offset " + recordOffset, e);
        }
    }

    /**
     * The exact wire bytes of row {@code i}, as they crossed (a packet may span several capture records).
     *
     * @return the bytes, or an empty array when the capture does not hold them
     */
    public synchronized byte[] rawBytes(long i) {
        long recordOffset = index.recordOffset(i);
        if (recordOffset < 0) {
            return new byte[0];
        }
        try {
            Raw raw = raw(recordOffset, index.offsetInRecord(i), index.direction(i), index.kind(i));
            return raw == null ? new byte[0] : raw.bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + capture + " at offset " + recordOffset, e);
        }
    }

    /**
     * The rows that {@code filter} keeps. Direction and kind filters are answered from the index alone;
     * text and API filters decode every row once (seconds for millions of rows: call it off the UI thread).
     */
    public FilteredTrace filter(PacketFilter filter) {
        FilteredTrace filtered = new FilteredTrace(this, filter);
        filtered.update();
        return filtered;
    }

    PacketIndex index() {
        return index;
    }

    /** The bytes of a packet, gathered across records of its direction, and the time of its last byte. */
    private record Raw(byte[] bytes, long lastTime) {
    }

    private Raw raw(long recordOffset, int inRecord, Direction direction, PacketKind kind) throws IOException {
        CaptureRecord record = record(recordOffset);
        if (record == null || record.direction() != direction || inRecord >= record.bytes().length) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        int needed = kind == PacketKind.BREAK_IN ? 1 : KdWire.HEADER_SIZE;
        boolean lengthKnown = kind == PacketKind.BREAK_IN;
        int at = inRecord;
        long lastTime = record.timeNanos();
        while (true) {
            int take = Math.min(needed - bytes.size(), record.bytes().length - at);
            bytes.write(record.bytes(), at, take);
            at += take;
            lastTime = record.timeNanos();
            if (!lengthKnown && bytes.size() >= KdWire.HEADER_SIZE) {
                byte[] header = bytes.toByteArray();
                lengthKnown = true;
                if (header[0] == KdWire.DATA_LEADER_BYTE) {
                    needed = KdWire.HEADER_SIZE + ((header[6] & 0xFF) | (header[7] & 0xFF) << 8) + 1;
                    needed = Math.min(needed, KdWire.MAX_WIRE_SIZE);
                }
                continue;
            }
            if (bytes.size() >= needed) {
                return new Raw(bytes.toByteArray(), lastTime);
            }
            if (at < record.bytes().length) {
                continue;
            }
            // continue in the next record of the same direction
            long next = CaptureRandomAccess.nextOffset(record);
            do {
                record = record(next);
                if (record == null) {
                    return new Raw(bytes.toByteArray(), lastTime);
                }
                next = CaptureRandomAccess.nextOffset(record);
            } while (record.direction() != direction);
            at = 0;
        }
    }

    private CaptureRecord record(long offset) throws IOException {
        CaptureRecord cached = cache.get(offset);
        if (cached != null) {
            return cached;
        }
        if (file == null) {
            file = CaptureRandomAccess.open(capture);
        }
        CaptureRecord record = file.recordAt(offset);
        if (record != null) {
            cache.put(offset, record);
        }
        return record;
    }

    @Override
    public synchronized void close() throws IOException {
        cache.clear();
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
