package kdring.kd.tests.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdChannel;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.endpoint.TargetEndpoint;
import kdring.kd.endpoint.TargetEndpoint.ReceiveResult;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.tests.Frames;

/**
 * The debugger endpoint and the target endpoint talk to each other through pipes that drop, corrupt,
 * duplicate and delay bytes; every data packet must still arrive exactly once and in order, both ways.
 * The conversation follows KD's discipline: the target reports a stop, the debugger asks and the target
 * answers, the debugger continues, the running target prints.
 */
public class EndpointInteropTest {

    private static final Duration FAST = Duration.ofMillis(25);

    @Test
    void everyPacketExactlyOnceInOrderDespiteFaults() throws Exception {
        for (long seed : new long[] {1, 2, 3}) {
            runSession(seed, new FaultyChannel.Faults(0.02, 0.02, 0.03, 0.02, 0.05), 12);
        }
    }

    @Test
    void cleanChannelSession() throws Exception {
        runSession(7, FaultyChannel.Faults.NONE, 20);
    }

    private static void runSession(long seed, FaultyChannel.Faults faults, int rounds) throws Exception {
        MemoryPipe.Pair pipes = MemoryPipe.pair();
        FaultyChannel debuggerSide = new FaultyChannel(pipes.first(), seed * 31, faults);
        FaultyChannel targetSide = new FaultyChannel(pipes.second(), seed * 37, faults);
        List<Bytes> sentByTarget = Collections.synchronizedList(new ArrayList<>());
        List<Bytes> receivedByTarget = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> targetFailure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean targetDone = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean powerOff = new java.util.concurrent.atomic.AtomicBoolean();

        Thread target = new Thread(() -> {
            try {
                runTarget(targetSide, rounds, seed, sentByTarget, receivedByTarget, targetDone, powerOff);
            } catch (Throwable e) {
                targetFailure.set(e);
            }
        }, "kd-test-target-" + seed);
        target.setDaemon(true);
        target.start();

        DebuggerEndpoint debugger = new DebuggerEndpoint(debuggerSide,
                new DebuggerEndpoint.Settings(FAST, 400, Duration.ofMillis(300)));
        List<Bytes> receivedByDebugger = new ArrayList<>();
        List<Bytes> sentByDebugger = new ArrayList<>();
        Random random = new Random(seed);
        try {
            debugger.connect(Duration.ofSeconds(10));
            int stops = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (stops < rounds) {
                assertTrue(System.nanoTime() < deadline, "session took too long; target: " + targetFailure.get());
                Optional<DataPacket> next = debugger.receive(Duration.ofMillis(200));
                if (next.isEmpty()) {
                    continue;
                }
                DataPacket packet = next.get();
                receivedByDebugger.add(packet.body());
                if (packet.type() != PacketType.STATE_CHANGE64) {
                    continue;
                }
                stops++;
                int requests = 1 + random.nextInt(4);
                for (int r = 0; r < requests; r++) {
                    int count = random.nextInt(3) == 0 ? 1 + random.nextInt(Manipulate.MAX_TRANSFER) : 1 + random.nextInt(64);
                    Manipulate request = Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0,
                            0xFFFFF80000000000L + random.nextInt(1 << 20), count);
                    debugger.send(PacketType.STATE_MANIPULATE, request.raw());
                    sentByDebugger.add(request.raw());
                    DataPacket reply = awaitType(debugger, PacketType.STATE_MANIPULATE, receivedByDebugger);
                    assertEquals(count, ((Manipulate) KdBody.decode(reply)).dataLength());
                }
                Manipulate resume = Manipulate.continueRequest(NtStatus.DBG_CONTINUE);
                debugger.send(PacketType.STATE_MANIPULATE, resume.raw());
                sentByDebugger.add(resume.raw());
            }
            // keep acknowledging the prints that follow the last continue until the target has sent them all
            while (!targetDone.get() || receivedByDebugger.size() < sentByTarget.size()) {
                assertTrue(System.nanoTime() < deadline, "target did not finish; " + targetFailure.get());
                if (targetFailure.get() != null) {
                    break;
                }
                debugger.receive(Duration.ofMillis(50)).ifPresent(packet -> receivedByDebugger.add(packet.body()));
            }
            powerOff.set(true);
            target.join(5000);
            if (targetFailure.get() != null) {
                throw new AssertionError("target failed", targetFailure.get());
            }
            assertEquals(sentByTarget, receivedByDebugger, "target → debugger, seed " + seed);
            assertEquals(sentByDebugger, receivedByTarget, "debugger → target, seed " + seed);
        } catch (kdring.kd.endpoint.KdException e) {
            AssertionError error = new AssertionError("debugger failed, seed " + seed, e);
            if (targetFailure.get() != null) {
                error.addSuppressed(targetFailure.get());
            }
            throw error;
        } finally {
            pipes.first().close();
        }
    }

    private static DataPacket awaitType(DebuggerEndpoint debugger, PacketType type, List<Bytes> log)
            throws Exception {
        while (true) {
            Optional<DataPacket> next = debugger.receive(Duration.ofSeconds(10));
            assertTrue(next.isPresent(), "no " + type + " from the target");
            log.add(next.get().body());
            if (next.get().type() == type) {
                return next.get();
            }
        }
    }

    /** The target's kernel loop: report a stop, serve requests until Continue, print twice, repeat. */
    private static void runTarget(KdChannel channel, int rounds, long seed, List<Bytes> sent,
            List<Bytes> received, java.util.concurrent.atomic.AtomicBoolean done,
            java.util.concurrent.atomic.AtomicBoolean powerOff) throws Exception {
        TargetEndpoint endpoint = new TargetEndpoint(channel, new TargetEndpoint.Settings(FAST, 20));
        for (int round = 0; round < rounds; round++) {
            StateChange stop = StateChange.of(6, 0, 1, 0xFFFFF80000001000L + round, 0xFFFFF80012345678L,
                    ExceptionReport.breakpoint(0xFFFFF80012345678L, true),
                    new ControlReport.Amd64(0, 0x400, 0x202, 16, 3, Bytes.of(new byte[16]), 0x10, 0x2B, 0x2B, 0x53));
            sendOrFail(endpoint, PacketType.STATE_CHANGE64, stop.raw(), sent);
            boolean running = false;
            while (!running) {
                ReceiveResult result = endpoint.receive(PacketType.STATE_MANIPULATE, Duration.ofSeconds(30));
                if (!(result instanceof ReceiveResult.Received(DataPacket packet))) {
                    if (result instanceof ReceiveResult.TimedOut) {
                        throw new AssertionError("target waited 30 s for a request");
                    }
                    continue;
                }
                received.add(packet.body());
                Manipulate request = (Manipulate) KdBody.decode(packet);
                if (request.api() == ManipulateApi.CONTINUE) {
                    running = true;
                    continue;
                }
                var transfer = (kdring.kd.packet.ManipulateDetail.MemoryTransfer) request.detail();
                byte[] memory = new byte[transfer.transferCount()];
                new Random(seed ^ transfer.address()).nextBytes(memory);
                Manipulate reply = request.reply(NtStatus.SUCCESS, w -> w.u32(0x1C, memory.length),
                        Bytes.of(memory));
                sendOrFail(endpoint, PacketType.STATE_MANIPULATE, reply.raw(), sent);
            }
            for (int p = 0; p < 2; p++) {
                sendOrFail(endpoint, PacketType.DEBUG_IO, DebugIo.print(0, "round " + round + " print " + p + "\n").raw(), sent);
            }
        }
        done.set(true);
        while (!powerOff.get()) { // running: the kernel polls for a break-in now and then
            endpoint.pollBreakIn();
            Thread.sleep(1);
        }
    }

    private static void sendOrFail(TargetEndpoint endpoint, PacketType type, Bytes body, List<Bytes> sent)
            throws Exception {
        sent.add(body);
        assertEquals(TargetEndpoint.SendResult.SENT, endpoint.send(type, body));
    }

    @Test
    void unansweredPrintIsSentTwentyTimesThenDropped() throws Exception {
        MemoryPipe.Pair pipes = MemoryPipe.pair(1 << 20);
        TargetEndpoint target = new TargetEndpoint(pipes.second(), new TargetEndpoint.Settings(Duration.ofMillis(1), 20));
        assertEquals(0x80800800, target.transmitId());
        assertEquals(TargetEndpoint.SendResult.DROPPED,
                target.send(PacketType.DEBUG_IO, DebugIo.print(0, "nobody listens\n").raw()));
        assertFalse(target.isDebuggerPresent());
        assertEquals(0x80800800, target.transmitId(), "ids return to the boot values");
        byte[] wire = new byte[1 << 20];
        int n = pipes.first().read(wire, 0, wire.length, 0);
        List<kdring.kd.packet.KdPacket> packets = Frames.packets(java.util.Arrays.copyOf(wire, n));
        assertEquals(20, packets.size());
        assertTrue(packets.stream().allMatch(p -> p.id() == 0x80800800));
    }

    @Test
    void targetEchoesResetAndAcknowledgesWithTheRightIds() throws Exception {
        MemoryPipe.Pair pipes = MemoryPipe.pair();
        KdChannel debuggerSide = pipes.first();
        TargetEndpoint target = new TargetEndpoint(pipes.second(), new TargetEndpoint.Settings(FAST, 20));
        debuggerSide.write(ControlPacket.reset().encode());
        assertTrue(target.receive(PacketType.STATE_MANIPULATE, FAST) instanceof ReceiveResult.ResetReceived);
        assertEquals(KdWire.INITIAL_PACKET_ID, target.transmitId());
        Manipulate request = Manipulate.getVersionRequest();
        debuggerSide.write(new DataPacket(PacketType.STATE_MANIPULATE, 0x80800000, request.raw()).encode());
        assertTrue(target.receive(PacketType.STATE_MANIPULATE, FAST) instanceof ReceiveResult.Received);
        byte[] wire = new byte[256];
        int n = debuggerSide.read(wire, 0, wire.length, Duration.ofSeconds(1).toNanos());
        var packets = Frames.packets(java.util.Arrays.copyOf(wire, n));
        assertEquals(List.of(ControlPacket.reset(), ControlPacket.ack(0x80800000)), packets);
    }

    @Test
    void pollTakesWhatArrivedAndKeepsAPacketStillArriving() throws Exception {
        MemoryPipe.Pair pipes = MemoryPipe.pair();
        KdChannel targetSide = pipes.second();
        DebuggerEndpoint debugger = new DebuggerEndpoint(pipes.first(), DebuggerEndpoint.Settings.defaults());
        StateChange stop = StateChange.of(6, 0, 1, 0, 0x1000, ExceptionReport.breakpoint(0x1000, true),
                new ControlReport.Amd64(0, 0, 0x202, 16, 0, Bytes.of(new byte[16]), 0x10, 0x2B, 0x2B, 0x53));

        // before the RESET echo a state change is ignored, but counted: the target has stopped
        debugger.sendReset();
        targetSide.write(new DataPacket(PacketType.STATE_CHANGE64, KdWire.BOOT_PACKET_ID, stop.raw()).encode());
        assertTrue(debugger.poll().isEmpty());
        assertFalse(debugger.isConnected());
        assertEquals(1, debugger.stateChangesIgnored());

        // after the echo, half a packet: poll and a wait that times out keep it, the rest completes it
        byte[] wire = new DataPacket(PacketType.STATE_CHANGE64, KdWire.INITIAL_PACKET_ID, stop.raw()).encode();
        targetSide.write(ControlPacket.reset().encode());
        targetSide.write(java.util.Arrays.copyOf(wire, 40));
        assertTrue(debugger.poll().isEmpty());
        assertTrue(debugger.isConnected());
        assertTrue(debugger.isReceivingPacket());
        assertFalse(debugger.awaitInput(Duration.ofMillis(1)), "nothing more arrived");
        assertTrue(debugger.isReceivingPacket(), "not given up when the wait timed out");
        targetSide.write(java.util.Arrays.copyOfRange(wire, 40, wire.length));
        Optional<DataPacket> received = debugger.poll();
        assertTrue(received.isPresent());
        assertEquals(stop.raw(), received.get().body());
        assertFalse(debugger.isReceivingPacket());
        assertTrue(debugger.poll().isEmpty());
    }

    @Test
    void breakInIsSeenByThePoll() throws Exception {
        MemoryPipe.Pair pipes = MemoryPipe.pair();
        TargetEndpoint target = new TargetEndpoint(pipes.second(), TargetEndpoint.Settings.defaults());
        DebuggerEndpoint debugger = new DebuggerEndpoint(pipes.first(), DebuggerEndpoint.Settings.defaults());
        assertFalse(target.pollBreakIn());
        debugger.breakIn();
        assertTrue(target.pollBreakIn());
        assertFalse(target.pollBreakIn());
    }
}
