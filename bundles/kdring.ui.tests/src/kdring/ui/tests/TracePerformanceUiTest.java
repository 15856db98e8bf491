package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.PacketType;
import kdring.kd.observer.Direction;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.PacketTraceTable;

/**
 * The packet trace under load, with real widgets: a million rows, and 10,000 packets a second streaming in
 * while the event loop's longest stall is measured with a {@link Display#timerExec} heartbeat.
 */
@Tag("performance")
class TracePerformanceUiTest {

    /** Packets per second the feeder aims for. */
    static final int RATE = 10_000;
    /** How long the stream runs. */
    static final Duration STREAM = Duration.ofSeconds(4);
    /** The heartbeat's period. */
    static final int BEAT_MILLIS = 5;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel session;
    private PacketTraceTable trace;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 packet trace under load");
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 800);
        trace = new PacketTraceTable(shell);
        session = WorkbenchChannel.record(new ChannelInfo("local", "load", ""), dir.resolve("load.kdcap"));
        shell.open();
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        session.close();
    }

    /** Read requests from the debugger and their ACKs: two packets per request, 57 + 16 + 16 bytes. */
    private static byte[] requests(int count, int[] ids) {
        ByteArrayOutputStream debugger = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            debugger.writeBytes(new DataPacket(PacketType.STATE_MANIPULATE, ids[0],
                    Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0, 0xFFFFF80002A00000L + 16L * i, 16)
                            .raw()).encode());
            ids[0] = KdWire.nextId(ids[0]);
        }
        return debugger.toByteArray();
    }

    private void feedPairs(int pairs, int[] ids, long timeNanos) throws Exception {
        int before = ids[0];
        byte[] debugger = requests(pairs, ids);
        ByteArrayOutputStream acks = new ByteArrayOutputStream();
        int id = before;
        for (int i = 0; i < pairs; i++) {
            acks.writeBytes(ControlPacket.ack(id).encode());
            id = KdWire.nextId(id);
        }
        byte[] target = acks.toByteArray();
        session.bytes(Direction.DEBUGGER_TO_TARGET, timeNanos, debugger, 0, debugger.length);
        session.bytes(Direction.TARGET_TO_DEBUGGER, timeNanos, target, 0, target.length);
    }

    @Test
    void aMillionRowsScrollToAnywhere() throws Exception {
        int[] ids = { KdWire.INITIAL_PACKET_ID };
        long now = System.currentTimeMillis() * 1_000_000L;
        for (int done = 0; done < 500_000; done += 5_000) {
            feedPairs(5_000, ids, now + done);
        }
        assertEquals(1_000_000, session.trace().count());
        long start = System.nanoTime();
        trace.setTrace(session.trace());
        UiTestSupport.waitUntil(display, Duration.ofSeconds(60), "a million rows", () -> trace.shownRows() == 1_000_000);
        long shownMillis = (System.nanoTime() - start) / 1_000_000;
        trace.setFollowTail(false);
        start = System.nanoTime();
        trace.getTable().setTopIndex(654_321);
        UiTestSupport.waitUntil(display, Duration.ofSeconds(20), "row 654321 filled", () -> trace.isSettled()
                && "654321".equals(trace.getTable().getItem(654_321).getText(0))
                && !trace.getTable().getItem(654_321).getText(8).equals("\u2026"));
        long jumpMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("packet trace: 1,000,000 rows shown in %d ms; jump to row 654,321 filled in %d ms%n",
                shownMillis, jumpMillis);
        Screenshots.save(shell, "packet-trace-million.png");
        assertTrue(jumpMillis < 5_000, "jump took " + jumpMillis + " ms");
    }

    @Test
    void longestStallWhileTenThousandPacketsASecondStreamIn() throws Exception {
        trace.setTrace(session.trace());
        trace.setFollowTail(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong fed = new AtomicLong();
        // The feeder writes 1 ms worth of packets at a time, paced against the wall clock.
        Thread feeder = new Thread(() -> {
            int[] ids = { KdWire.INITIAL_PACKET_ID };
            long start = System.nanoTime();
            long end = start + STREAM.toNanos();
            try {
                while (System.nanoTime() < end) {
                    long due = (System.nanoTime() - start) * RATE / 1_000_000_000L;
                    int pairs = (int) ((due - fed.get()) / 2);
                    if (pairs > 0) {
                        feedPairs(pairs, ids, System.currentTimeMillis() * 1_000_000L);
                        fed.addAndGet(2L * pairs);
                    }
                    Thread.sleep(1);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "kdring-test-feeder");

        long[] last = { System.nanoTime() };
        long[] longest = { 0 };
        boolean[] beating = { true };
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> {
            long now = System.nanoTime();
            longest[0] = Math.max(longest[0], now - last[0]);
            last[0] = now;
            if (beating[0]) {
                display.timerExec(BEAT_MILLIS, beat[0]);
            }
        };
        Screenshots.settle(display);
        last[0] = System.nanoTime();
        display.timerExec(BEAT_MILLIS, beat[0]);
        feeder.start();
        while (feeder.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        beating[0] = false;
        feeder.join();
        if (failure.get() != null) {
            throw new AssertionError("feeder failed", failure.get());
        }
        UiTestSupport.waitUntil(display, Duration.ofSeconds(20), "the table caught up",
                () -> trace.shownRows() == fed.get());
        double stallMillis = (longest[0] - BEAT_MILLIS * 1_000_000L) / 1e6;
        System.out.printf("packet trace: %,d packets in %d s (%,d/s); longest UI event-loop stall %.1f ms "
                + "(heartbeat every %d ms)%n", fed.get(), STREAM.toSeconds(), fed.get() / STREAM.toSeconds(),
                stallMillis, BEAT_MILLIS);
        Screenshots.save(shell, "packet-trace-streaming.png");
        assertTrue(fed.get() >= RATE * STREAM.toSeconds() * 9 / 10, "fed only " + fed.get());
        assertTrue(stallMillis < 1000, "longest stall " + stallMillis + " ms");
    }
}
