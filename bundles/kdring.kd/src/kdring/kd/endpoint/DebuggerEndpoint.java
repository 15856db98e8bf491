package kdring.kd.endpoint;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;

import kdring.kd.framing.FrameEvent;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.PacketType;

/**
 * The debugger side of KDCOM, behaving as WinDbg does (fact sheet §3.4, §3.7): RESET at connect until the
 * target echoes it, one ACK per target data packet carrying the target's id (with the 0x800 sync flag
 * cleared), RESEND for bad packets, alternating ids for its own packets, retransmission until acknowledged.
 * <p>
 * Receiving: a packet with the expected id is new; a packet repeating the last accepted id is a
 * retransmission (its ACK was lost) and is acknowledged again but not delivered; a packet carrying the sync
 * flag starts a new sequence (the target booted or gave up on us), and resets this side's ids too.
 * <p>
 * While a packet of ours waits for its ACK, a new data packet from the target acknowledges it implicitly
 * (the target only answers what it received), and a state change with the sync id ends the wait with
 * {@link KdTargetRestartedException}: the target restarted and no longer serves what we sent.
 * <p>
 * Confined to one thread: every method except {@link #breakIn()}'s write must be called from the thread that
 * owns the endpoint (the debugger's session thread).
 */
public final class DebuggerEndpoint {

    /**
     * Timing and retry settings.
     *
     * @param ackTimeout    how long a send waits for the target's ACK before retransmitting
     * @param retries       transmissions of one packet before {@link KdTimeoutException}
     * @param resetInterval how often {@link #connect} repeats its RESET while no echo arrives (WinDbg: 1 s)
     */
    public record Settings(Duration ackTimeout, int retries, Duration resetInterval) {

        /** WinDbg-like defaults: RESET every second, 1 s per ACK wait, 10 transmissions. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), 10, Duration.ofSeconds(1));
        }
    }

    private static final long NONE = -1L;

    private final PacketLink link;
    private final Settings settings;
    private final ArrayDeque<DataPacket> inbox = new ArrayDeque<>();
    private boolean connected;
    private int transmitId = KdWire.INITIAL_PACKET_ID;
    private int expectedReceiveId = KdWire.INITIAL_PACKET_ID;
    private long lastAcceptedId = NONE;
    private boolean awaitingAck;
    private boolean acknowledged;
    private boolean resendNeeded;
    private boolean idsReset;
    private int awaitedAckId;
    private DataPacket restartedWith;
    private DataPacket lastSent;
    private int lastSentId;
    private long resetsSeen;
    private long stateChangesIgnored;

    /** A debugger endpoint talking over {@code channel}; call {@link #connect} before anything else. */
    public DebuggerEndpoint(KdChannel channel, Settings settings) {
        this.link = new PacketLink(Objects.requireNonNull(channel, "channel"));
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** True once the target echoed a RESET (or {@link #assumeConnected()} was called). */
    public boolean isConnected() {
        return connected;
    }

    /** The id the next debugger data packet will carry. */
    public int transmitId() {
        return transmitId;
    }

    /** RESET packets received from the target so far (echoes). */
    public long resetsSeen() {
        return resetsSeen;
    }

    /**
     * STATE_CHANGE64 packets that arrived while this side was not connected (before the echo of its RESET)
     * and were therefore ignored. A target that sends one has stopped and waits for it to be acknowledged; it
     * sends it again after the RESET handshake.
     */
    public long stateChangesIgnored() {
        return stateChangesIgnored;
    }

    /** Sends the break-in byte 0x62: a running target stops and reports an exception state change. */
    public void breakIn() throws KdDisconnectedException {
        link.write(new byte[] {KdWire.BREAKIN_BYTE}, 1);
    }

    /**
     * Resynchronises with the target: sends RESET every reset interval until the target echoes one, then
     * both sides' ids restart at 0x80800000. Data packets before the echo are ignored unacknowledged; the
     * target sends its state change again after the reset.
     *
     * @throws KdTimeoutException when no echo arrives within {@code timeout}
     */
    public void connect(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            sendReset();
            long intervalEnd = Math.min(deadline, System.nanoTime() + settings.resetInterval().toNanos());
            while (!connected) {
                FrameEvent event = link.next(intervalEnd);
                if (event == null) {
                    break;
                }
                handle(event);
            }
            if (connected) {
                return;
            }
        }
        throw new KdTimeoutException("the target did not answer RESET within " + timeout.toMillis()
                + " ms: no target on the channel, or it is running and not polling for a break-in");
    }

    /**
     * Starts a resynchronisation without waiting for it: forgets the connection and what was queued, and
     * sends one RESET. Whichever read comes next ({@link #poll}, {@link #awaitInput}, {@link #receive}) takes
     * the echo, after which {@link #isConnected()} is true. {@link #connect} is this plus the waiting.
     */
    public void sendReset() throws KdDisconnectedException {
        connected = false;
        inbox.clear();
        lastAcceptedId = NONE;
        link.send(ControlPacket.reset());
    }

    /** Starts exchanging packets without a RESET handshake (WinDbg's {@code resets=0}). */
    public void assumeConnected() {
        connected = true;
    }

    /**
     * Sends a data packet and waits until the target acknowledges it, retransmitting on RESEND, RESET and
     * timeouts. Target data packets that arrive meanwhile are acknowledged and queued for {@link #receive}.
     *
     * @throws KdTimeoutException after {@link Settings#retries()} unacknowledged transmissions
     */
    public void send(PacketType type, Bytes body) throws KdException {
        if (!connected) {
            throw new KdException("cannot send " + type + ": not connected to a target (connect first)");
        }
        transmit(new DataPacket(type, transmitId, body), transmitId);
    }

    /**
     * Sends the last acknowledged data packet again with the <em>same</em> id and waits for its ACK: for a
     * request the target acknowledged and then dropped (kdcom drops a packet whose type byte was corrupted —
     * the checksum covers only the body — after acknowledging it). A target that did take it sees a
     * retransmission, acknowledges it and ignores it, so the resend is always safe.
     *
     * @throws KdException when nothing was sent yet, or as {@link #send}
     */
    public void resendLast() throws KdException {
        if (lastSent == null || !connected) {
            throw new KdException("nothing to send again: no packet was acknowledged since the last reset");
        }
        transmit(lastSent, lastSentId);
    }

    private void transmit(DataPacket packet, int firstId) throws KdException {
        awaitingAck = true;
        restartedWith = null;
        int id = firstId;
        try {
            int transmissions = 0;
            while (true) {
                acknowledged = false;
                resendNeeded = false;
                idsReset = false;
                awaitedAckId = id;
                link.send(packet.withId(id));
                transmissions++;
                long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
                while (!acknowledged && !resendNeeded && restartedWith == null) {
                    FrameEvent event = link.next(deadline);
                    if (event == null) {
                        break;
                    }
                    handle(event);
                }
                if (restartedWith != null) {
                    DataPacket stateChange = restartedWith;
                    restartedWith = null;
                    lastSent = null;
                    throw new KdTargetRestartedException("sending " + packet.type(), stateChange);
                }
                if (acknowledged) {
                    lastSent = packet;
                    lastSentId = id;
                    transmitId = KdWire.nextId(id);
                    return;
                }
                if (idsReset) {
                    id = transmitId; // a RESET restarted both sides' ids
                }
                if (!resendNeeded && transmissions >= settings.retries()) {
                    throw new KdTimeoutException("the target did not acknowledge " + packet.type() + " after "
                            + transmissions + " transmissions of " + settings.ackTimeout().toMillis() + " ms each");
                }
            }
        } finally {
            awaitingAck = false;
        }
    }

    /** The next new data packet from the target, or empty when none arrives within {@code timeout}. */
    public Optional<DataPacket> receive(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inbox.isEmpty()) {
            FrameEvent event = link.next(deadline);
            if (event == null) {
                return Optional.empty();
            }
            handle(event);
        }
        return Optional.of(inbox.poll());
    }

    /**
     * The next new data packet among the bytes that have arrived so far, without waiting. Everything the
     * channel holds at this moment is read and handled first (ACKs sent, RESET echoes taken), so an empty
     * answer means: nothing has been received that was not already taken. A packet whose bytes are still
     * arriving is kept for later, never given up (see {@link #isReceivingPacket()}).
     */
    public Optional<DataPacket> poll() throws KdException {
        if (inbox.isEmpty()) {
            do {
                handlePending();
            } while (link.readAvailable());
            handlePending();
        }
        return Optional.ofNullable(inbox.poll());
    }

    /**
     * Waits up to {@code timeout} until bytes arrive, and handles the packets they complete; new data packets
     * are queued for {@link #poll} and {@link #receive}. Returns as soon as anything arrived. Unlike
     * {@link #receive}, a packet still incomplete when the time is up is kept, not given up as truncated.
     *
     * @return true when any byte arrived
     */
    public boolean awaitInput(Duration timeout) throws KdException {
        boolean arrived = link.readWithin(timeout.toNanos());
        handlePending();
        return arrived;
    }

    /** True while a packet's first bytes have arrived but not yet all of it. */
    public boolean isReceivingPacket() {
        return link.isInsidePacket();
    }

    private void handlePending() throws KdException {
        for (FrameEvent event = link.nextFramed(); event != null; event = link.nextFramed()) {
            handle(event);
        }
    }

    private void handle(FrameEvent event) throws KdException {
        switch (event) {
            case FrameEvent.PacketFramed(ControlPacket control, long offset) -> handleControl(control);
            case FrameEvent.PacketFramed(DataPacket data, long offset) -> handleData(data);
            case FrameEvent.BadPacket bad -> link.send(ControlPacket.resend());
            case FrameEvent.BreakIn breakIn -> { }
            case FrameEvent.Skipped skipped -> { }
        }
    }

    private void handleControl(ControlPacket control) {
        switch (control.type()) {
            case ACKNOWLEDGE -> {
                if (awaitingAck && control.id() == awaitedAckId) {
                    acknowledged = true;
                }
            }
            case RESEND -> resendNeeded = awaitingAck;
            case RESET -> {
                // the target reset both of its ids when it echoed our RESET
                resetsSeen++;
                connected = true;
                transmitId = KdWire.INITIAL_PACKET_ID;
                expectedReceiveId = KdWire.INITIAL_PACKET_ID;
                lastAcceptedId = NONE;
                lastSent = null;
                resendNeeded = awaitingAck;
                idsReset = awaitingAck;
            }
            default -> { }
        }
    }

    private void handleData(DataPacket data) throws KdException {
        if (!connected) {
            if (data.type() == PacketType.STATE_CHANGE64) {
                stateChangesIgnored++;
            }
            return;
        }
        int id = data.id();
        if (!KdWire.isPlausibleDataId(id)) {
            link.send(ControlPacket.resend()); // a corrupted header: the checksum does not cover it
            return;
        }
        link.send(ControlPacket.ack(id & ~KdWire.SYNC_PACKET_ID));
        if (Integer.toUnsignedLong(id) == lastAcceptedId) {
            return;
        }
        if ((id & KdWire.SYNC_PACKET_ID) != 0) {
            expectedReceiveId = KdWire.nextId(id & ~KdWire.SYNC_PACKET_ID);
            transmitId = KdWire.INITIAL_PACKET_ID;
            lastSent = null;
            if (awaitingAck && data.type() == PacketType.STATE_CHANGE64) {
                // the target restarted: what we are sending is moot; the caller gets the state change
                lastAcceptedId = Integer.toUnsignedLong(id);
                restartedWith = data;
                return;
            }
            resendNeeded = awaitingAck;
            idsReset = awaitingAck;
        } else if (id == expectedReceiveId) {
            expectedReceiveId = KdWire.nextId(id);
            if (awaitingAck) {
                acknowledged = true; // a reply proves the request arrived, even if its ACK was lost
            }
        } else {
            return;
        }
        lastAcceptedId = Integer.toUnsignedLong(id);
        inbox.add(data);
    }
}
