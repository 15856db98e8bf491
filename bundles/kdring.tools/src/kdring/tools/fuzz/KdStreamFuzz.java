package kdring.tools.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.TargetEndpoint;
import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;

/**
 * Mutated KDCOM streams through everything in kdring.kd that reads a line: the {@link Framer}, the
 * {@link KdObserver} (in both directions, one observer for a thousand streams so that its module table and
 * version live across them), and both endpoint state machines ({@link DebuggerEndpoint} connecting, sending and
 * receiving; {@link TargetEndpoint} receiving, sending and polling for break-ins), each over a
 * {@link ScriptedChannel} that ends with the stream.
 *
 * <p>Each stream is built from valid packets (requests, replies, state changes, prints, control packets),
 * break-in bytes and garbage, then mutated (bit flips, truncation, length and id fields, insertions,
 * duplicated slices, protocol-significant bytes). The rules: nothing throws but the documented
 * {@link KdException}s, and no stream takes longer than the time limit. Case {@code i} depends only on the seed
 * and {@code i}, so a failure replays alone. Confined to the calling thread.
 */
public final class KdStreamFuzz {

    private static final int MAX_STREAM = 16 * 1024;
    private static final PacketType[] DATA_TYPES = { PacketType.STATE_MANIPULATE, PacketType.STATE_CHANGE64,
        PacketType.DEBUG_IO, PacketType.FILE_IO, PacketType.TRACE_IO, PacketType.CONTROL_REQUEST,
        PacketType.STATE_CHANGE32 };
    private static final int OBSERVER_STREAMS = 1000;

    private final long seed;
    private final long limitNanos;
    private final byte[] stream = new byte[MAX_STREAM + 64];
    private final byte[] scratch = new byte[MAX_STREAM + 64];
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final long[] frameCounts = new long[2];
    private final Framer framer = new Framer(event -> {
        switch (event) {
            case FrameEvent.PacketFramed framed -> frameCounts[0]++;
            case FrameEvent.BadPacket bad -> frameCounts[1]++;
            default -> { }
        }
    });
    private KdObserver observer = new KdObserver();

    /**
     * @param seed      the run's seed
     * @param timeLimit the longest one stream may take through all of them
     */
    public KdStreamFuzz(long seed, Duration timeLimit) {
        this.seed = seed;
        this.limitNanos = timeLimit.toNanos();
    }

    private java.util.function.Consumer<String> progress = line -> { };

    /** Where to say, once a minute, how far a long run got. */
    public void reportProgressTo(java.util.function.Consumer<String> sink) {
        this.progress = java.util.Objects.requireNonNull(sink);
    }

    /** Runs cases {@code first} .. {@code first + count - 1}; stops at the first failure. */
    public FuzzResult run(long first, long count) {
        long start = System.nanoTime();
        long nextReport = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        long slowest = 0;
        FuzzFailure failure = null;
        long done = 0;
        for (long i = first; i < first + count; i++) {
            long caseStart = CaseClock.now();
            String problem;
            try {
                problem = runCase(i);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problem = "unexpected " + FuzzFailure.describe(e);
            }
            long took = CaseClock.now() - caseStart;
            slowest = Math.max(slowest, took);
            done++;
            if ((done & 0x3FF) == 0 && System.nanoTime() - nextReport > 0) {
                nextReport = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
                progress.accept(String.format(java.util.Locale.ROOT, "%d of %d %s in %.0f s", done, count, "streams",
                        (System.nanoTime() - start) / 1e9));
            }
            if (problem == null && took > limitNanos) {
                problem = "took " + took / 1_000_000 + " ms of " + CaseClock.WHAT + " (limit " + limitNanos / 1_000_000
                        + " ms)";
            }
            if (problem != null) {
                failure = new FuzzFailure("kd", seed, i, problem + "; stream " + hex(stream, lastLength));
                break;
            }
        }
        outcomes.put("packets framed", frameCounts[0]);
        outcomes.put("bad packets", frameCounts[1]);
        return new FuzzResult("kd", done, System.nanoTime() - start, slowest, CaseClock.WHAT, outcomes, failure);
    }

    private int lastLength;

    /** @return null when the case kept the rules, else what broke */
    private String runCase(long index) {
        SplittableRandom random = new SplittableRandom(Mix.of(seed, index));
        int length = build(random);
        lastLength = length;

        // the framer, fed in random chunks
        for (int at = 0; at < length;) {
            int n = random.nextInt(3) == 0 ? Math.min(length - at, 1 + random.nextInt(40)) : length - at;
            framer.feed(stream, at, n);
            at += n;
        }
        framer.endOfInput();

        // the observer, as either direction
        if (index % OBSERVER_STREAMS == 0) {
            observer = new KdObserver();
        }
        long now = index;
        if (random.nextBoolean()) {
            observer.onTargetBytes(stream, 0, length, now);
        } else {
            observer.onDebuggerBytes(stream, 0, length, now);
        }
        if (observer.modules().size() > KdObserver.MAX_MODULES) {
            return "the observer keeps " + observer.modules().size() + " modules, more than its cap";
        }
        if (index % OBSERVER_STREAMS == OBSERVER_STREAMS - 1) {
            observer.endOfInput(now);
        }

        // both endpoints, each reading the stream to its end
        count("debugger endpoint: " + debuggerEndpoint(random, length));
        count("target endpoint: " + targetEndpoint(random, length));
        return null;
    }

    private String debuggerEndpoint(SplittableRandom random, int length) {
        ScriptedChannel channel = new ScriptedChannel(stream, length, random);
        DebuggerEndpoint endpoint = new DebuggerEndpoint(channel,
                new DebuggerEndpoint.Settings(Duration.ofSeconds(1), 3, Duration.ofSeconds(1)));
        try {
            switch (random.nextInt(3)) {
                case 0 -> endpoint.connect(Duration.ofSeconds(1));
                case 1 -> {
                    endpoint.assumeConnected();
                    endpoint.send(PacketType.STATE_MANIPULATE, Manipulate.getVersionRequest().raw());
                }
                default -> endpoint.assumeConnected();
            }
            for (int k = 0; k < 10_000; k++) {
                if (random.nextInt(4) == 0) {
                    endpoint.poll();
                } else {
                    endpoint.receive(Duration.ofSeconds(1));
                }
            }
            return "still reading after 10,000 receives";
        } catch (KdException e) {
            return e.getClass().getSimpleName();
        }
    }

    private String targetEndpoint(SplittableRandom random, int length) {
        ScriptedChannel channel = new ScriptedChannel(stream, length, random);
        TargetEndpoint endpoint = new TargetEndpoint(channel, new TargetEndpoint.Settings(Duration.ofSeconds(1), 3));
        try {
            for (int k = 0; k < 10_000; k++) {
                switch (random.nextInt(4)) {
                    case 0 -> endpoint.send(PacketType.DEBUG_IO, DebugIo.print(0, "fuzz\n").raw());
                    case 1 -> endpoint.pollBreakIn();
                    default -> endpoint.receive(PacketType.STATE_MANIPULATE, Duration.ofSeconds(1));
                }
            }
            return "still reading after 10,000 receives";
        } catch (KdException e) {
            return e.getClass().getSimpleName();
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    // ---- streams ----

    private int build(SplittableRandom random) {
        int length = 0;
        int pieces = 1 + random.nextInt(6);
        for (int p = 0; p < pieces && length < MAX_STREAM - KdWire.MAX_WIRE_SIZE; p++) {
            switch (random.nextInt(8)) {
                case 0, 1, 2, 3 -> length = put(dataPacket(random).encode(), length);
                case 4, 5 -> length = put(controlPacket(random).encode(), length);
                case 6 -> {
                    int n = 1 + random.nextInt(4);
                    for (int k = 0; k < n; k++) {
                        stream[length++] = KdWire.BREAKIN_BYTE;
                    }
                }
                default -> {
                    int n = 1 + random.nextInt(40);
                    for (int k = 0; k < n; k++) {
                        stream[length++] = (byte) random.nextInt(256);
                    }
                }
            }
        }
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations && length > 0; m++) {
            length = mutate(random, length);
        }
        return length;
    }

    private int put(byte[] bytes, int at) {
        System.arraycopy(bytes, 0, stream, at, bytes.length);
        return at + bytes.length;
    }

    private static int plausibleId(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> KdWire.INITIAL_PACKET_ID;
            case 1 -> KdWire.INITIAL_PACKET_ID + 1;
            case 2 -> KdWire.BOOT_PACKET_ID;
            default -> random.nextInt();
        };
    }

    private static ControlPacket controlPacket(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> ControlPacket.ack(plausibleId(random));
            case 1 -> ControlPacket.resend();
            default -> ControlPacket.reset();
        };
    }

    private static DataPacket dataPacket(SplittableRandom random) {
        PacketType type = DATA_TYPES[random.nextInt(DATA_TYPES.length)];
        Bytes body = switch (random.nextInt(7)) {
            case 0 -> Manipulate.getVersionRequest().raw();
            case 1 -> Manipulate.readRequest(ManipulateApi.values()[random.nextInt(ManipulateApi.values().length)], 0,
                    random.nextLong(), random.nextInt(4096)).raw();
            case 2 -> Manipulate.continueRequest(0x10001).raw();
            case 3 -> DebugIo.print(0, "x".repeat(random.nextInt(200))).raw();
            case 4, 5 -> stateChange(random);
            default -> {
                byte[] raw = new byte[random.nextInt(8) == 0 ? random.nextInt(KdWire.MAX_BODY_SIZE + 1)
                        : random.nextInt(600)];
                random.nextBytes(raw);
                yield Bytes.of(raw);
            }
        };
        if (random.nextInt(4) == 0) {
            // a reply: a manipulate body with a random API number and status and data after the header
            byte[] raw = body.toArray();
            if (raw.length >= 12) {
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0x3130 + random.nextInt(0x30))
                        .putInt(8, random.nextBoolean() ? 0 : random.nextInt());
                body = Bytes.of(raw);
            }
        }
        return new DataPacket(type, plausibleId(random), body);
    }

    /** An exception, LoadSymbols or command-string state change with random fields and extra data. */
    private static Bytes stateChange(SplittableRandom random) {
        int extra = random.nextInt(4) == 0 ? random.nextInt(KdWire.MAX_BODY_SIZE - StateChange.HEADER_SIZE + 1)
                : random.nextInt(120);
        byte[] raw = new byte[StateChange.HEADER_SIZE + extra];
        random.nextBytes(raw);
        ByteBuffer body = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        body.putInt(0, StateChange.EXCEPTION + random.nextInt(3));
        body.putShort(6, (short) random.nextInt(4));
        body.putInt(8, 1 + random.nextInt(4));
        if (random.nextBoolean()) {
            body.putInt(0x20, random.nextInt(3) == 0 ? random.nextInt() : extra); // LoadSymbols path length
            body.putLong(0x28, 0xFFFFF80000000000L + ((long) random.nextInt(1 << 20) << 12)); // base of the DLL
        }
        return Bytes.of(raw);
    }

    private int mutate(SplittableRandom random, int length) {
        switch (random.nextInt(7)) {
            case 0 -> stream[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> length = 1 + random.nextInt(length);
            case 2 -> { // a length field of a packet header (bytes 6..7 after a leader)
                int at = findLeader(length, random.nextInt(length));
                if (at >= 0 && at + 8 <= length) {
                    int count = random.nextBoolean() ? random.nextInt(0x10000) : random.nextInt(KdWire.MAX_BODY_SIZE + 2);
                    stream[at + 6] = (byte) count;
                    stream[at + 7] = (byte) (count >>> 8);
                }
            }
            case 3 -> { // an id field (bytes 8..11 after a leader)
                int at = findLeader(length, random.nextInt(length));
                if (at >= 0 && at + 12 <= length) {
                    ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, plausibleId(random));
                }
            }
            case 4 -> { // insertion
                int n = 1 + random.nextInt(8);
                if (length + n <= MAX_STREAM) {
                    int at = random.nextInt(length + 1);
                    System.arraycopy(stream, at, stream, at + n, length - at);
                    for (int k = 0; k < n; k++) {
                        stream[at + k] = random.nextBoolean() ? (byte) random.nextInt(256) : KdWire.DATA_LEADER_BYTE;
                    }
                    length += n;
                }
            }
            case 5 -> { // a duplicated slice
                int from = random.nextInt(length);
                int n = Math.min(1 + random.nextInt(64), length - from);
                if (length + n <= MAX_STREAM) {
                    System.arraycopy(stream, from, scratch, 0, n);
                    System.arraycopy(stream, from, stream, from + n, length - from);
                    System.arraycopy(scratch, 0, stream, from, n);
                    length += n;
                }
            }
            default -> {
                byte[] special = { 0x30, 0x69, 0x62, (byte) 0xAA, 0, (byte) 0xFF };
                stream[random.nextInt(length)] = special[random.nextInt(special.length)];
            }
        }
        return length;
    }

    private int findLeader(int length, int from) {
        for (int i = from; i + 4 <= length; i++) {
            byte b = stream[i];
            if ((b == KdWire.DATA_LEADER_BYTE || b == KdWire.CONTROL_LEADER_BYTE) && stream[i + 1] == b
                    && stream[i + 2] == b && stream[i + 3] == b) {
                return i;
            }
        }
        return -1;
    }

    static String hex(byte[] bytes, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(length, 512); i++) {
            text.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return text + (length > 512 ? "... (" + length + " bytes)" : "");
    }
}
