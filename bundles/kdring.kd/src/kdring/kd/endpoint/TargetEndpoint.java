package kdring.kd.endpoint;

import java.time.Duration;
import java.util.Objects;

import kdring.kd.framing.FrameEvent;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.FileIo;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;

/**
 * The target side of KDCOM, behaving as the kernel's kdcom transport does (fact sheet §3.2, §3.3): ids
 * 0x80800800 at boot, one ACK per good packet, RESEND for bad ones, RESET echo, 20 retries and then giving
 * up on the droppable kinds (DbgPrint, LoadSymbols, CreateFile), and the break-in poll.
 * <p>
 * Two deliberate differences from kdcom: a byte read by {@link #pollBreakIn()} that is not 0x62 is kept for
 * the next receive instead of being lost, and on a RESET all input buffered at that moment is discarded
 * (VirtualKD's cure for the "resync bounce" of stale RESETs on pipes and sockets).
 * <p>
 * Confined to one thread, the target's "kernel" thread: every method must be called from it.
 */
public final class TargetEndpoint {

    /**
     * Timing and retry settings.
     *
     * @param ackTimeout how long a send waits for its ACK before retransmitting
     * @param retries    timeouts a send tolerates before it gives up on a droppable packet (kdcom: 20)
     */
    public record Settings(Duration ackTimeout, int retries) {

        /** kdcom-like defaults: 20 retries, 1 s per wait. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), 20);
        }
    }

    /** Outcome of {@link #send}. */
    public enum SendResult {
        /** The debugger acknowledged the packet. */
        SENT,
        /** A droppable packet was given up after all retries; the debugger is now considered absent. */
        DROPPED
    }

    /** Outcome of {@link #receive}, kdcom's KdReceivePacket return codes made explicit. */
    public sealed interface ReceiveResult {
        /**
         * A new data packet of the requested type (kdcom: 0, received).
         *
         * @param packet the packet
         */
        record Received(DataPacket packet) implements ReceiveResult {
        }

        /** Nothing arrived in time (kdcom: 1, timed out). */
        record TimedOut() implements ReceiveResult {
        }

        /** The debugger sent RESEND: resend what you last sent (kdcom: 2). */
        record ResendRequested() implements ReceiveResult {
        }

        /** The debugger reset the ids; the echo was sent (kdcom: 2). Resend what you were reporting. */
        record ResetReceived() implements ReceiveResult {
        }
    }

    private final PacketLink link;
    private final Settings settings;
    private int transmitId = KdWire.INITIAL_PACKET_ID | KdWire.SYNC_PACKET_ID;
    private int expectedReceiveId = KdWire.INITIAL_PACKET_ID;
    private boolean debuggerPresent = true;
    private boolean breakInPending;

    /** A target endpoint talking over {@code channel}. */
    public TargetEndpoint(KdChannel channel, Settings settings) {
        this.link = new PacketLink(Objects.requireNonNull(channel, "channel"));
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** False after a droppable packet was given up (kdcom's KdDebuggerNotPresent), true again on an ACK. */
    public boolean isDebuggerPresent() {
        return debuggerPresent;
    }

    /** The id the next data packet will carry. */
    public int transmitId() {
        return transmitId;
    }

    /** The id the next accepted debugger packet must carry. */
    public int expectedReceiveId() {
        return expectedReceiveId;
    }

    /**
     * Sends a data packet reliably, as KdSendPacket does: stamp the current id, send, wait for the ACK;
     * retransmit on RESEND, RESET or timeout. A new data packet arriving instead of the ACK is answered with
     * RESEND and taken as an implicit ACK (the debugger only sends after it received ours), as ReactOS does;
     * a repeated one is acknowledged again and the wait goes on, as VirtualKD does, because a retransmitted
     * request proves nothing about our packet.
     *
     * @return {@link SendResult#DROPPED} when a droppable packet ran out of retries
     * @throws KdDisconnectedException when the channel closed (the only way a non-droppable send ends
     *                                 without an ACK)
     */
    public SendResult send(PacketType type, Bytes body) throws KdDisconnectedException {
        DataPacket packet = new DataPacket(type, transmitId, body);
        int retriesLeft = settings.retries();
        while (true) {
            packet = packet.withId(transmitId);
            link.send(packet);
            switch (awaitAck()) {
                case ACKED -> {
                    transmitId = KdWire.nextId(transmitId) & ~KdWire.SYNC_PACKET_ID;
                    debuggerPresent = true;
                    return SendResult.SENT;
                }
                case RESEND -> {
                    // retransmit; retries are not used up
                }
                case TIMEOUT -> {
                    if (--retriesLeft <= 0) {
                        if (isDroppable(type, body)) {
                            debuggerPresent = false;
                            transmitId = KdWire.INITIAL_PACKET_ID | KdWire.SYNC_PACKET_ID;
                            expectedReceiveId = KdWire.INITIAL_PACKET_ID;
                            return SendResult.DROPPED;
                        }
                        retriesLeft = settings.retries();
                    }
                }
            }
        }
    }

    private enum AckWait { ACKED, RESEND, TIMEOUT }

    private AckWait awaitAck() throws KdDisconnectedException {
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        while (true) {
            FrameEvent event = link.next(deadline);
            if (event == null) {
                return AckWait.TIMEOUT;
            }
            switch (event) {
                case FrameEvent.PacketFramed(ControlPacket control, long offset) -> {
                    switch (control.type()) {
                        case ACKNOWLEDGE -> {
                            if (control.id() == (transmitId & ~KdWire.SYNC_PACKET_ID)) {
                                return AckWait.ACKED;
                            }
                        }
                        case RESEND -> {
                            return AckWait.RESEND;
                        }
                        case RESET -> {
                            handleReset();
                            return AckWait.RESEND;
                        }
                        default -> { }
                    }
                }
                case FrameEvent.PacketFramed(DataPacket data, long offset) when !KdWire.isPlausibleDataId(data.id()) ->
                        link.send(ControlPacket.resend());
                case FrameEvent.PacketFramed(DataPacket data, long offset) -> {
                    if (data.id() == expectedReceiveId) {
                        // a new request: the debugger has our packet, only its ACK got lost
                        link.send(ControlPacket.resend());
                        return AckWait.ACKED;
                    }
                    // a retransmission of a request we already took: its ACK got lost
                    link.send(ControlPacket.ack(data.id()));
                }
                case FrameEvent.BadPacket bad -> link.send(ControlPacket.resend());
                case FrameEvent.BreakIn breakIn -> breakInPending = true;
                case FrameEvent.Skipped skipped -> { }
            }
        }
    }

    /**
     * Waits for a data packet of type {@code type}, as KdReceivePacket does: ACK every good data packet with
     * its id, drop duplicates and packets of another type, answer bad packets with RESEND.
     */
    public ReceiveResult receive(PacketType type, Duration timeout) throws KdDisconnectedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FrameEvent event = link.next(deadline);
            if (event == null) {
                return new ReceiveResult.TimedOut();
            }
            switch (event) {
                case FrameEvent.PacketFramed(ControlPacket control, long offset) -> {
                    if (control.type() == PacketType.RESEND) {
                        return new ReceiveResult.ResendRequested();
                    }
                    if (control.type() == PacketType.RESET) {
                        handleReset();
                        return new ReceiveResult.ResetReceived();
                    }
                    // a stray ACK is ignored
                }
                case FrameEvent.PacketFramed(DataPacket data, long offset) when !KdWire.isPlausibleDataId(data.id()) ->
                        link.send(ControlPacket.resend());
                case FrameEvent.PacketFramed(DataPacket data, long offset) -> {
                    link.send(ControlPacket.ack(data.id()));
                    if (data.id() == expectedReceiveId && data.type() == type) {
                        expectedReceiveId = KdWire.nextId(expectedReceiveId);
                        debuggerPresent = true;
                        return new ReceiveResult.Received(data);
                    }
                }
                case FrameEvent.BadPacket bad -> link.send(ControlPacket.resend());
                case FrameEvent.BreakIn breakIn -> breakInPending = true;
                case FrameEvent.Skipped skipped -> { }
            }
        }
    }

    /**
     * The kernel's periodic break-in check: true when a 0x62 arrived since the last check. Reads only what
     * is already buffered, never waits. Unlike kdcom it also acknowledges again a repeated request the
     * target already took (a Continue whose ACK was lost), so the debugger does not retry it in vain.
     */
    public boolean pollBreakIn() throws KdDisconnectedException {
        if (!breakInPending) {
            link.readAvailable();
            // break-ins are taken here, and retransmissions of requests already taken (their ACK was lost,
            // typically a Continue's) are acknowledged again; everything else waits for the next receive
            for (FrameEvent event : link.takePending(this::isBreakInOrRetransmission)) {
                if (event instanceof FrameEvent.PacketFramed(DataPacket data, long offset)) {
                    link.send(ControlPacket.ack(data.id()));
                } else {
                    breakInPending = true;
                }
            }
        }
        boolean seen = breakInPending;
        breakInPending = false;
        return seen;
    }

    private boolean isBreakInOrRetransmission(FrameEvent event) {
        return event instanceof FrameEvent.BreakIn
                || event instanceof FrameEvent.PacketFramed(DataPacket data, long offset)
                        && KdWire.isPlausibleDataId(data.id()) && data.id() != expectedReceiveId;
    }

    private void handleReset() throws KdDisconnectedException {
        link.discardInput();
        transmitId = KdWire.INITIAL_PACKET_ID;
        expectedReceiveId = KdWire.INITIAL_PACKET_ID;
        link.send(ControlPacket.reset());
    }

    /** DbgPrint, LoadSymbols and CreateFile may be dropped when no debugger answers (fact sheet §3.2). */
    static boolean isDroppable(PacketType type, Bytes body) {
        return switch (type) {
            case DEBUG_IO -> body.length() >= 4 && body.u32(0) == DebugIo.PRINT_STRING;
            case STATE_CHANGE64 -> body.length() >= 4 && body.u32(0) == StateChange.LOAD_SYMBOLS;
            case FILE_IO -> body.length() >= 4 && body.u32(0) == FileIo.CREATE_FILE;
            default -> false;
        };
    }
}
