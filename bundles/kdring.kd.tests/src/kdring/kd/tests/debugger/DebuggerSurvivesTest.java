package kdring.kd.tests.debugger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.debugger.KdPartialReadException;
import kdring.kd.debugger.MemoryRead;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdTargetRestartedException;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;

/**
 * The built-in debugger against a scripted target that restarts, drops a request after acknowledging it,
 * loses an ACK or answers a read partly or with too much (issue 13, item 6). The debugger runs on its own
 * thread; the test plays the target packet by packet, so every case is one fixed sequence of packets.
 */
public class DebuggerSurvivesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long ADDRESS = 0xFFFFF80100000000L;
    private static final long RESTART_PC = 0xFFFFF8017B7F3000L;

    private final ExecutorService debuggerThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kd-test-debugger");
        thread.setDaemon(true);
        return thread;
    });
    private MemoryPipe.Pair pipes;
    private ScriptedTarget target;

    @AfterEach
    void stop() {
        debuggerThread.shutdownNow();
        if (pipes != null) {
            pipes.first().close();
            pipes.second().close();
        }
    }

    /** A connected debugger (ids at 0x80800000 on both sides) whose requests may take {@code requestTimeout}. */
    private KdDebugger start(Duration ackTimeout, Duration requestTimeout) {
        pipes = MemoryPipe.pair();
        target = new ScriptedTarget(pipes.second());
        DebuggerEndpoint endpoint = new DebuggerEndpoint(pipes.first(),
                new DebuggerEndpoint.Settings(ackTimeout, 10, Duration.ofMillis(500)));
        endpoint.assumeConnected();
        return new KdDebugger(endpoint, new KdDebugger.Settings(requestTimeout, 64, Duration.ofSeconds(1), 3), null);
    }

    private <T> Future<T> onDebugger(Callable<T> call) {
        return debuggerThread.submit(call);
    }

    private static Throwable failureOf(Future<?> future) throws Exception {
        try {
            future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the call did not fail");
    }

    private static StateChange restartStop() {
        return StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, RESTART_PC, ExceptionReport.breakpoint(RESTART_PC, true),
                new ControlReport.Amd64(0xFFFF0FF0L, 0x400, 0x202, 16, 3,
                        Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53));
    }

    private static Manipulate readReply(DataPacket request, int status, byte[] bytes, int actualCount) {
        return ((Manipulate) KdBody.decode(request)).reply(status, w -> w.u32(0x1C, actualCount), Bytes.of(bytes));
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 0x9E);
        }
        return bytes;
    }

    @Test
    void restartWhileWaitingForTheReplyIsReportedAndTheSessionResyncs() throws Exception {
        KdDebugger debugger = start(Duration.ofMillis(500), Duration.ofSeconds(10));
        long started = System.nanoTime();
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 136));

        DataPacket request = target.nextData(WAIT);
        target.ack(request);
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.BOOT_PACKET_ID, restartStop().raw()));

        KdTargetRestartedException restarted = assertInstanceOf(KdTargetRestartedException.class, failureOf(read));
        assertTrue(restarted.getMessage().startsWith(
                "target restarted (new state change) while reading 136 bytes of virtual memory at 0xFFFFF80100000000"),
                restarted.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "reported at once, not after 10 s");
        KdPacket ack = target.next(WAIT);
        assertEquals(ControlPacket.ack(KdWire.INITIAL_PACKET_ID), ack, "the new state change is acknowledged");
        StateChange stop = onDebugger(() -> debugger.lastStop().orElseThrow()).get();
        assertEquals(RESTART_PC, stop.programCounter());

        // re-synced: the next request starts the new sequence and its reply is taken
        Future<byte[]> again = onDebugger(() -> debugger.readVirtual(ADDRESS, 16));
        DataPacket second = target.nextData(WAIT);
        assertEquals(KdWire.INITIAL_PACKET_ID, second.id(), "ids restarted with the target's");
        target.ack(second);
        byte[] bytes = pattern(16);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID + 1,
                readReply(second, NtStatus.SUCCESS, bytes, 16).raw()));
        assertArrayEquals(bytes, again.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void restartBeforeTheRequestWasAcknowledgedIsReportedToo() throws Exception {
        KdDebugger debugger = start(Duration.ofSeconds(2), Duration.ofSeconds(10));
        Future<?> version = onDebugger(debugger::getVersion);

        DataPacket request = target.nextData(WAIT);
        assertEquals(PacketType.STATE_MANIPULATE, request.type());
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.BOOT_PACKET_ID, restartStop().raw()));

        Throwable failure = failureOf(version);
        assertInstanceOf(KdTargetRestartedException.class, failure);
        assertTrue(failure.getMessage().contains("target restarted (new state change) while GetVersion"),
                failure.getMessage());
        assertEquals(RESTART_PC, onDebugger(() -> debugger.lastStop().orElseThrow()).get().programCounter());
    }

    @Test
    void continueThatMeetsARestartKeepsTheNewStop() throws Exception {
        KdDebugger debugger = start(Duration.ofSeconds(2), Duration.ofSeconds(10));
        Future<?> go = onDebugger(() -> {
            debugger.continueExecution(NtStatus.DBG_CONTINUE);
            return null;
        });
        DataPacket request = target.nextData(WAIT);
        assertEquals(PacketType.STATE_MANIPULATE, request.type());
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.BOOT_PACKET_ID, restartStop().raw()));
        Throwable failure = failureOf(go);
        assertInstanceOf(KdTargetRestartedException.class, failure);
        assertEquals("target restarted (new state change) while continuing", failure.getMessage());
        assertEquals(RESTART_PC, onDebugger(() -> debugger.lastStop().orElseThrow()).get().programCounter(),
                "the new stop is kept: the session goes on from it");
    }

    @Test
    void theSameStopReportedAgainIsNoRestartAndTheRequestIsSentAgain() throws Exception {
        KdDebugger debugger = start(Duration.ofSeconds(2), Duration.ofSeconds(10));
        // the target stops (not its first packet: no sync id) and the debugger takes the stop
        Future<StateChange> stop = onDebugger(() -> debugger.waitForStateChange(WAIT));
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.INITIAL_PACKET_ID, restartStop().raw()));
        assertEquals(RESTART_PC, stop.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).programCounter());
        assertEquals(ControlPacket.ack(KdWire.INITIAL_PACKET_ID), target.next(WAIT));

        // a stray break-in byte makes kdcom answer the request's arrival with a resend of the same stop
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 16));
        DataPacket request = target.nextData(WAIT);
        target.ack(request);
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.INITIAL_PACKET_ID + 1, restartStop().raw()));
        DataPacket again = target.nextData(WAIT);
        assertEquals(request.id(), again.id(), "the request is sent again, with its id");
        assertEquals(request.body(), again.body());
        target.ack(again);
        byte[] bytes = pattern(16);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID,
                readReply(again, NtStatus.SUCCESS, bytes, 16).raw()));
        assertArrayEquals(bytes, read.get(WAIT.toMillis(), TimeUnit.MILLISECONDS), "no restart reported");
    }

    @Test
    void aDifferentStopWithoutTheSyncIdIsARestartToo() throws Exception {
        KdDebugger debugger = start(Duration.ofSeconds(2), Duration.ofSeconds(10));
        Future<StateChange> stop = onDebugger(() -> debugger.waitForStateChange(WAIT));
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.INITIAL_PACKET_ID, restartStop().raw()));
        stop.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 16));
        target.ack(target.nextData(WAIT));
        StateChange other = StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, RESTART_PC + 0x10,
                ExceptionReport.breakpoint(RESTART_PC + 0x10, true), new ControlReport.Amd64(0xFFFF0FF0L, 0x400,
                        0x202, 16, 3, Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53));
        target.send(new DataPacket(PacketType.STATE_CHANGE64, KdWire.INITIAL_PACKET_ID + 1, other.raw()));
        assertInstanceOf(KdTargetRestartedException.class, failureOf(read));
        assertEquals(RESTART_PC + 0x10, onDebugger(() -> debugger.lastStop().orElseThrow()).get().programCounter());
    }

    @Test
    void acknowledgedRequestWithoutReplyIsSentAgainWithTheSameId() throws Exception {
        KdDebugger debugger = start(Duration.ofMillis(500), Duration.ofSeconds(4)); // a resend after 1 s
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 32));

        DataPacket dropped = target.nextData(WAIT);
        target.ack(dropped); // ... and dropped, as kdcom drops a packet whose type byte was corrupted
        DataPacket resent = target.nextData(WAIT);
        assertEquals(dropped.id(), resent.id(), "the same id: a target that did take it sees a retransmission");
        assertEquals(dropped.body(), resent.body());
        target.ack(resent);
        byte[] bytes = pattern(32);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID,
                readReply(resent, NtStatus.SUCCESS, bytes, 32).raw()));
        assertArrayEquals(bytes, read.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void replyCountsAsTheAcknowledgementOfItsRequest() throws Exception {
        KdDebugger debugger = start(Duration.ofSeconds(3), Duration.ofSeconds(10));
        long started = System.nanoTime();
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 8));

        DataPacket request = target.nextData(WAIT); // its ACK is "lost": the reply comes straight away
        byte[] bytes = pattern(8);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID,
                readReply(request, NtStatus.SUCCESS, bytes, 8).raw()));

        assertArrayEquals(bytes, read.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "no wait for the 3 s ACK timeout");
        assertEquals(ControlPacket.ack(KdWire.INITIAL_PACKET_ID), target.next(WAIT), "the reply is acknowledged");
        assertNull(target.next(Duration.ofMillis(300)), "and the request is not sent again");
        // the next request carries the next id: the reply really was taken as the ACK
        Future<byte[]> next = onDebugger(() -> debugger.readVirtual(ADDRESS, 8));
        assertEquals(KdWire.INITIAL_PACKET_ID + 1, target.nextData(WAIT).id());
        next.cancel(true);
    }

    @Test
    void partialReadReturnsWhatWasReadAndSaysHowMuch() throws Exception {
        KdDebugger debugger = start(Duration.ofMillis(500), Duration.ofSeconds(10));
        byte[] bytes = pattern(8);

        Future<MemoryRead> upTo = onDebugger(() -> debugger.readVirtualUpTo(ADDRESS, 16));
        DataPacket request = target.nextData(WAIT);
        target.ack(request);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID,
                readReply(request, NtStatus.UNSUCCESSFUL, bytes, 8).raw()));
        MemoryRead partial = upTo.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertFalse(partial.complete());
        assertEquals(8, partial.count());
        assertArrayEquals(bytes, partial.bytes());
        assertTrue(partial.describe().contains("only 8 bytes of 16"), partial.describe());

        Future<byte[]> strict = onDebugger(() -> debugger.readVirtual(ADDRESS, 16));
        DataPacket second = target.nextData(WAIT);
        target.ack(second);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID + 1,
                readReply(second, NtStatus.UNSUCCESSFUL, bytes, 8).raw()));
        KdPartialReadException failure = assertInstanceOf(KdPartialReadException.class, failureOf(strict));
        assertArrayEquals(bytes, failure.read().bytes(), "the strict read still hands over what was read");
        assertTrue(failure.getMessage().contains("only 8 bytes of 16"), failure.getMessage());
    }

    @Test
    void readNeverReturnsMoreThanAsked() throws Exception {
        KdDebugger debugger = start(Duration.ofMillis(500), Duration.ofSeconds(10));
        Future<byte[]> read = onDebugger(() -> debugger.readVirtual(ADDRESS, 16));
        DataPacket request = target.nextData(WAIT);
        target.ack(request);
        byte[] tooMuch = pattern(32);
        target.send(new DataPacket(PacketType.STATE_MANIPULATE, KdWire.INITIAL_PACKET_ID,
                readReply(request, NtStatus.SUCCESS, tooMuch, 32).raw()));
        byte[] got = read.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(16, got.length);
        assertArrayEquals(java.util.Arrays.copyOf(tooMuch, 16), got);
    }
}
