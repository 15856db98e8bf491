package kdring.kd.tests.debugger;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import kdring.kd.endpoint.KdChannel;
import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.PacketType;

/**
 * The target's end of the wire, seen from the target: frames what it writes and what it reads, and counts the
 * break-in bytes it read by the state it was in. It is stopped from the moment it writes a state change until
 * it reads a Continue. Reads and writes come from the one kernel thread, so the order is exact: a 0x62
 * counted while stopped reached the target after its state change had gone out.
 */
final class TargetTap implements KdChannel {

    private final KdChannel inner;
    private final Framer written = new Framer(this::onWritten);
    private final Framer read = new Framer(this::onRead);
    private final AtomicInteger whileRunning = new AtomicInteger();
    private final AtomicInteger whileStopped = new AtomicInteger();
    private boolean stopped;

    TargetTap(KdChannel inner) {
        this.inner = inner;
    }

    int breakInsWhileRunning() {
        return whileRunning.get();
    }

    int breakInsWhileStopped() {
        return whileStopped.get();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        inner.write(bytes, offset, length);
        written.feed(bytes, offset, length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException {
        int n = inner.read(buffer, offset, length, timeoutNanos);
        if (n > 0) {
            read.feed(buffer, offset, n);
        }
        return n;
    }

    @Override
    public void close() {
        inner.close();
    }

    private void onWritten(FrameEvent event) {
        if (event instanceof FrameEvent.PacketFramed(DataPacket data, long offset)
                && data.type() == PacketType.STATE_CHANGE64) {
            stopped = true;
        }
    }

    private void onRead(FrameEvent event) {
        switch (event) {
            case FrameEvent.BreakIn breakIn -> (stopped ? whileStopped : whileRunning).incrementAndGet();
            case FrameEvent.PacketFramed(DataPacket data, long offset) when isContinue(data) -> stopped = false;
            default -> { }
        }
    }

    private static boolean isContinue(DataPacket data) {
        return data.type() == PacketType.STATE_MANIPULATE && KdBody.decode(data) instanceof Manipulate request
                && (request.api() == ManipulateApi.CONTINUE || request.api() == ManipulateApi.CONTINUE2);
    }
}
