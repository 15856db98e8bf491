package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.transport.ChannelStats;
import kdring.transport.VmChannel;
import kdring.transport.bridge.LocalDebuggerChannel;
import kdring.transport.ring.DescriptorLayout;

/**
 * The whole host channel (owner thread, port stream over a real unix socket, rings in a real memory file,
 * debugger hub) against the Java {@link FakeGuest}, including hostile behaviour.
 */
class VmChannelTest {

    static final Duration WAIT = Duration.ofSeconds(5);
    static final int ATTACHED = DescriptorLayout.HOST_ATTACHED;
    static final int WITH_DEBUGGER = DescriptorLayout.HOST_ATTACHED | DescriptorLayout.DEBUGGER_ATTACHED;

    @TempDir
    Path directory;
    final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private FakeGuest guest(String name) throws Exception {
        FakeGuest guest = new FakeGuest(directory, name);
        cleanup.add(guest);
        return guest;
    }

    private VmChannel channel(FakeGuest guest, String name) throws Exception {
        VmChannel channel = VmChannel.start(guest.config(name));
        cleanup.add(channel);
        guest.awaitHost(WAIT);
        return channel;
    }

    /** A channel opened by its fake guest, with the built-in debugger attached and the guest told so. */
    private record Opened(FakeGuest guest, VmChannel channel, LocalDebuggerChannel debugger) {
    }

    private Opened openWithDebugger(String name) throws Exception {
        FakeGuest guest = guest(name);
        VmChannel channel = channel(guest, name);
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "test", false);
        assertTrue(guest.awaitStatus(WITH_DEBUGGER, WAIT));
        return new Opened(guest, channel, debugger);
    }

    private static void awaitState(VmChannel channel, ChannelState state) throws InterruptedException {
        assertTrue(channel.awaitState(state, WAIT), () -> "expected " + state + ", got " + channel.lifecycle());
    }

    private static byte[] read(LocalDebuggerChannel debugger, int count) throws Exception {
        byte[] out = new byte[count];
        int done = 0;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (done < count && System.nanoTime() < deadline) {
            int n = debugger.read(out, done, count - done, 100_000_000L);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return java.util.Arrays.copyOf(out, done);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws Exception {
        await(what, WAIT, condition);
    }

    /** For conditions that take seconds by design (throughput samples come once a second). */
    private static void awaitLong(String what, java.util.function.BooleanSupplier condition) throws Exception {
        await(what, WAIT.multipliedBy(4), condition);
    }

    private static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void helloOpensAndBytesFlowBothWays() throws Exception {
        FakeGuest guest = guest("flow");
        VmChannel channel = channel(guest, "flow");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        assertTrue(guest.awaitStatus(ATTACHED, WAIT));
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "test", false);
        assertTrue(guest.awaitStatus(WITH_DEBUGGER, WAIT), "DEBUGGER_ATTACHED set when a debugger connects");
        byte[] request = "debugger bytes".getBytes();
        debugger.write(request);
        assertArrayEquals(request, guest.receive(request.length, WAIT));
        byte[] reply = new byte[100_000];
        new java.util.Random(3).nextBytes(reply);
        int sent = 0;
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        while (sent < reply.length) {
            sent += guest.send(java.util.Arrays.copyOfRange(reply, sent, Math.min(reply.length, sent + 30_000)));
            got.write(read(debugger, Math.min(reply.length, sent) - got.size()));
        }
        assertArrayEquals(reply, got.toByteArray());
        debugger.close();
        assertTrue(guest.awaitStatus(ATTACHED, WAIT), "DEBUGGER_ATTACHED cleared when it leaves");
        ChannelStats stats = channel.stats();
        assertEquals(reply.length, stats.targetBytes());
        assertEquals(request.length, stats.debuggerBytes());
        assertEquals(1, stats.hellos());
    }

    @Test
    void throughputIsSampledEverySecondWithoutTheDataPathLocking() throws Exception {
        FakeGuest guest = guest("samples");
        VmChannel channel = channel(guest, "samples");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "test", false);
        guest.send(new byte[1000]);
        assertEquals(1000, read(debugger, 1000).length);
        awaitLong("two throughput samples", () -> channel.stats().samples().size() >= 2);
        ChannelStats stats = channel.stats();
        assertTrue(stats.samples().stream().mapToDouble(ChannelStats.ThroughputSample::targetBytesPerS).sum() > 0,
                stats.samples().toString());
        // an idle channel sleeps: a spinning one would use about all of the wall time; on a loaded machine the
        // thread may get less CPU, never more, so a share of the measured wall time is a load-proof bound
        long wallBefore = System.nanoTime();
        long cpuBefore = java.lang.management.ManagementFactory.getThreadMXBean()
                .getThreadCpuTime(channel.ownerThread().threadId());
        Thread.sleep(1000);
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean()
                .getThreadCpuTime(channel.ownerThread().threadId()) - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        assertTrue(cpu < wall / 10, "an idle channel sleeps (used " + cpu / 1_000_000 + " ms of CPU in "
                + wall / 1_000_000 + " ms)");
    }

    @Test
    void theHostStopsSpinningWhenSpinsDoNotPay() throws Exception {
        Opened opened = openWithDebugger("spin");
        FakeGuest guest = opened.guest();
        VmChannel channel = opened.channel();
        LocalDebuggerChannel debugger = opened.debugger();
        // a guest that answers each request 3 ms later and a debugger that asks 3 ms after each answer: a 50 µs
        // spin after either can never catch what comes next
        int requests = 60;
        for (int i = 0; i < requests; i++) {
            debugger.write(new byte[] {(byte) i});
            assertArrayEquals(new byte[] {(byte) i}, guest.receive(1, WAIT));
            Thread.sleep(3); // the guest's think time (pacing, not a wait for a result)
            guest.send(new byte[] {(byte) ~i});
            guest.port((byte) 0x6B);
            assertArrayEquals(new byte[] {(byte) ~i}, read(debugger, 1));
            Thread.sleep(3); // the debugger's think time: a spin after the answer cannot catch the next request
        }
        VmChannel.SpinStats spins = channel.spinStats();
        // the score runs out after a few wasted spins; from then on most chances are declined, a few probed
        assertTrue(spins.skipped() > requests / 2, spins.toString());
        assertTrue(spins.wasted() < spins.skipped(), spins.toString());
    }

    @Test
    void theHostSleepsWithTheWaitingFlagSetAndAKickWakesIt() throws Exception {
        // attaching wakes the host (it writes DEBUGGER_ATTACHED): attach first, then wait until it sleeps again
        Opened opened = openWithDebugger("sleep");
        FakeGuest guest = opened.guest();
        VmChannel channel = opened.channel();
        LocalDebuggerChannel debugger = opened.debugger();
        await("tx host-waiting flag", () -> {
            try {
                return guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING) == 1;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        guest.send(new byte[] {9, 8, 7});
        assertArrayEquals(new byte[] {9, 8, 7}, read(debugger, 3));
        // the guest kicked because it saw the flag (no timing assertion: the machine may be loaded); the kick
        // byte may be counted just after the ring pass that moved the data, so wait for it
        await("the guest kicked the sleeping host", () -> channel.stats().kicks() >= 1);
    }

    @Test
    void requestsAreAnsweredOnTheDebuggersThreadAndTheFlagsReturnWhenTheyStop() throws Exception {
        Opened opened = openWithDebugger("inline");
        FakeGuest guest = opened.guest();
        VmChannel channel = opened.channel();
        LocalDebuggerChannel debugger = opened.debugger();
        int txWaiting = DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING;
        await("the idle host sleeps for a kick", () -> flag(guest, txWaiting) == 1);
        // a guest that polls rx and answers at once, as a stopped target in its KD loop does
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Throwable> guestFailed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread target = new Thread(() -> {
            try {
                while (!stop.get()) {
                    byte[] request = guest.receive();
                    if (request.length > 0) {
                        guest.send(new byte[] {(byte) ~request[request.length - 1]});
                    } else {
                        Thread.onSpinWait();
                    }
                }
            } catch (Throwable e) {
                guestFailed.set(e);
            }
        }, "fake-guest-inline");
        target.start();
        try {
            // a data packet's leader byte (0x30) asks for an answer; answers come until one was caught by the
            // debugger's own thread spinning on tx (a deadline, not a count: a loaded machine may deschedule the
            // fake guest past a spin now and then)
            long deadline = System.nanoTime() + WAIT.toNanos();
            int sent = 0;
            while (channel.spinStats().inline().paid() == 0 && System.nanoTime() < deadline) {
                byte last = (byte) sent++;
                debugger.write(new byte[] {0x30, last});
                assertArrayEquals(new byte[] {(byte) ~last}, read(debugger, 1), "answer " + sent);
            }
            VmChannel.InlineStats inline = channel.spinStats().inline();
            assertTrue(inline.paid() > 0, "no answer was caught inline in " + sent + " requests: " + inline);
            assertTrue(inline.passes() > 0, inline.toString());
        } finally {
            stop.set(true);
            target.join(WAIT.toMillis());
        }
        assertEquals(null, guestFailed.get());
        // no kicks were asked for while answers came inline; once they stop, the owner thread sleeps for kicks again
        await("the host-waiting flag is set again after the inline traffic", () -> flag(guest, txWaiting) == 1);
        guest.send(new byte[] {42});
        assertArrayEquals(new byte[] {42}, read(debugger, 1), "a target packet after the inline traffic arrives");
    }

    @Test
    void inlineSpinsGoOnWhenTheGuestWasOnlyAbsentAndStopWhenItIsSlow() throws Exception {
        Opened opened = openWithDebugger("inline-score");
        FakeGuest guest = opened.guest();
        VmChannel channel = opened.channel();
        LocalDebuggerChannel debugger = opened.debugger();
        // the guest's side on its own thread. absent: it takes each request out of rx only 2 ms after it was
        // written (its vCPU was not running); slow: it polls rx, takes the request at once and answers 3 ms later
        java.util.concurrent.atomic.AtomicBoolean absentGuest = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.Semaphore written = new java.util.concurrent.Semaphore(0);
        java.util.concurrent.atomic.AtomicReference<Throwable> guestFailed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread target = new Thread(() -> {
            try {
                while (!stop.get()) {
                    byte[] request;
                    if (absentGuest.get()) {
                        if (!written.tryAcquire(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                            continue;
                        }
                        Thread.sleep(2); // pacing: the guest is elsewhere, not a wait for a result
                        request = guest.receive(2, WAIT);
                    } else {
                        request = guest.receive();
                        if (request.length == 0) {
                            Thread.onSpinWait();
                            continue;
                        }
                        request = java.util.Arrays.copyOf(request, 2);
                        if (request[1] == 0) {
                            request[1] = guest.receive(1, WAIT)[0];
                        }
                        Thread.sleep(3); // pacing: the guest's think time
                    }
                    guest.send(new byte[] {(byte) ~request[1]});
                    guest.port((byte) 0x6B);
                }
            } catch (Throwable e) {
                guestFailed.set(e);
            }
        }, "fake-guest-inline-score");
        target.start();
        try {
            // every inline spin for the absent guest gives up unanswered, each costing at most the absent time: the
            // next one is tried all the same (three times as many as the wasted spins that stop the spinning)
            for (int i = 1; i <= 24; i++) {
                debugger.write(new byte[] {0x30, (byte) i});
                written.release();
                assertArrayEquals(new byte[] {(byte) ~i}, read(debugger, 1), "answer " + i);
            }
            VmChannel.InlineStats absent = channel.spinStats().inline();
            assertEquals(0, absent.skipped(), "spins were given up for a guest that was only absent: " + absent);
            assertTrue(absent.wasted() > 0, absent.toString());
            // spinning for a guest that took the request and is slow to answer does not pay: after a few wasted
            // spins, chances are declined (a deadline, not a count: a loaded machine may deschedule the fake guest
            // so that it looks absent now and then)
            absentGuest.set(false);
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (int i = 1; channel.spinStats().inline().skipped() == 0 && System.nanoTime() < deadline; i++) {
                debugger.write(new byte[] {0x30, (byte) (i % 100 + 1)});
                assertArrayEquals(new byte[] {(byte) ~(i % 100 + 1)}, read(debugger, 1), "slow answer " + i);
            }
            assertTrue(channel.spinStats().inline().skipped() > 0, channel.spinStats().inline().toString());
        } finally {
            stop.set(true);
            target.join(WAIT.toMillis());
        }
        assertEquals(null, guestFailed.get());
    }

    private static int flag(FakeGuest guest, int offset) {
        try {
            return guest.getInt(offset);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void kickStormCostsFewRingPasses() throws Exception {
        FakeGuest guest = guest("storm");
        VmChannel channel = channel(guest, "storm");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        byte[] storm = new byte[100_000];
        java.util.Arrays.fill(storm, (byte) 0x6B);
        guest.port(storm);
        await("all kicks counted", () -> channel.stats().kicks() == storm.length);
        // the kicks are counted as the port stream is read, and coalesced when the pass takes them a moment later
        await("most kicks coalesced into passes", () -> channel.stats().coalescedKicks() > storm.length / 2);
        ChannelStats stats = channel.stats();
        assertTrue(stats.ringPasses() < storm.length / 10, "passes: " + stats.ringPasses());
        assertEquals(ChannelState.OPEN, channel.lifecycle().state());
    }

    @Test
    void reannouncementKeepsTheChannelAndNewNonceResetsIt() throws Exception {
        FakeGuest guest = guest("reset");
        VmChannel channel = channel(guest, "reset");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        guest.putInt(DescriptorLayout.HOST_STATUS, 0); // the guest has not seen it: the host rewrites it
        guest.hello();
        assertTrue(guest.awaitStatus(ATTACHED, WAIT));
        await("re-announcement counted", () -> channel.stats().reannouncements() == 1);
        assertEquals(0, channel.stats().resets());
        guest.initialise(0x100);
        guest.hello();
        assertTrue(guest.awaitStatus(ATTACHED, WAIT));
        await("reset counted", () -> channel.stats().resets() == 1);
        assertEquals(ChannelState.OPEN, channel.lifecycle().state());
    }

    @Test
    void goodbyeReturnsToWaitingAndAWrongNonceIsIgnored() throws Exception {
        FakeGuest guest = guest("bye");
        VmChannel channel = channel(guest, "bye");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        guest.port(kdring.transport.port.PortStreamParser.goodbye(0, guest.nonce + 5));
        await("the wrong goodbye counted as malformed", () -> channel.stats().malformed() == 1);
        assertEquals(ChannelState.OPEN, channel.lifecycle().state());
        guest.goodbye();
        awaitState(channel, ChannelState.WAITING);
        assertTrue(channel.lifecycle().reason().contains("goodbye"), channel.lifecycle().reason());
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
    }

    @Test
    void hostileIndicesFaultTheChannelWithAReadableReason() throws Exception {
        FakeGuest guest = guest("indices");
        VmChannel channel = channel(guest, "indices");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING + 0x11);
        guest.port((byte) 0x6B);
        awaitState(channel, ChannelState.FAULTED);
        assertTrue(channel.lifecycle().reason().contains("tx producer index out of range"),
                channel.lifecycle().reason());
        assertTrue(guest.awaitStatus(DescriptorLayout.FAULTED, WAIT));
        assertEquals(1, guest.faultCode());
        long reannounced = channel.stats().reannouncements();
        guest.hello(); // same nonce: ignored
        await("the same hello counted as a re-announcement",
                () -> channel.stats().reannouncements() == reannounced + 1);
        assertEquals(ChannelState.FAULTED, channel.lifecycle().state());
        guest.initialise(0); // recovery: a new nonce
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
    }

    @Test
    void aGuestFaultingAgainAndAgainCostsOneWarning() throws Exception {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("kdring.transport");
        java.util.List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                        && record.getMessage().contains("storm-fault")) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            FakeGuest guest = guest("storm-fault");
            VmChannel channel = channel(guest, "storm-fault");
            for (int round = 1; round <= 20; round++) {
                guest.initialise(0); // a new nonce: the channel recovers, and faults again
                guest.hello();
                awaitState(channel, ChannelState.OPEN);
                guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING + 0x11);
                guest.port((byte) 0x6B);
                awaitState(channel, ChannelState.FAULTED);
                int faults = round;
                await("fault " + round + " counted", () -> channel.stats().faults() == faults);
            }
            assertEquals(1, warnings.size(), warnings.toString());
        } finally {
            jul.removeHandler(handler);
        }
    }

    @Test
    void badDescriptorAtAttachFaultsWithItsCode() throws Exception {
        FakeGuest guest = guest("attach");
        VmChannel channel = channel(guest, "attach");
        guest.initialise(0);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_SIZE, 0x40000000);
        guest.hello();
        awaitState(channel, ChannelState.FAULTED);
        assertTrue(channel.lifecycle().reason().contains("bad ring size"), channel.lifecycle().reason());
        assertTrue(guest.awaitStatus(DescriptorLayout.FAULTED, WAIT));
        assertEquals(5, guest.faultCode());
        guest.port(kdring.transport.port.PortStreamParser.hello(FakeGuest.RAM * 4, 99, 1));
        await("descriptor outside RAM", () -> channel.lifecycle().reason().contains("descriptor outside guest RAM"));
    }

    @Test
    void vanishedDescriptorClosesTheChannel() throws Exception {
        FakeGuest guest = guest("vanish");
        VmChannel channel = channel(guest, "vanish");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        guest.send(new byte[] {0x30, 0x30, 0x30, 0x30, 3, 0});
        guest.port((byte) 0x6B);
        guest.memory.write(FakeGuest.DESCRIPTOR, new byte[4096], 0, 4096);
        guest.port((byte) 0x6B);
        awaitState(channel, ChannelState.WAITING);
        assertTrue(channel.lifecycle().reason().contains("descriptor vanished"), channel.lifecycle().reason());
        assertEquals(0, channel.stats().faults());
        assertEquals(0, guest.status(), "nothing written after the page vanished");
    }

    @Test
    void portClosedReturnsToWaitingAndReconnects() throws Exception {
        FakeGuest guest = guest("gone");
        VmChannel channel = channel(guest, "gone");
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        guest.dropPortConnection();
        awaitState(channel, ChannelState.WAITING);
        assertTrue(channel.lifecycle().reason().contains("port chardev closed"), channel.lifecycle().reason());
        guest.awaitHost(WAIT);
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
    }

    @Test
    void withoutARingChannelDebuggerBytesGoToTheSerialPort() throws Exception {
        FakeGuest guest = guest("serial");
        VmChannel channel = channel(guest, "serial");
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "test", false);
        debugger.write(new byte[] {0x62});
        assertArrayEquals(new byte[] {0x62}, guest.readSerial(1, WAIT));
        guest.serial("uart reply".getBytes());
        assertArrayEquals("uart reply".getBytes(), read(debugger, 10));
        guest.initialise(0);
        guest.hello();
        awaitState(channel, ChannelState.OPEN);
        debugger.write(new byte[] {0x62});
        assertArrayEquals(new byte[] {0x62}, guest.receive(1, WAIT), "diverted into rx while OPEN");
        assertEquals(0, guest.readSerial(1, Duration.ofMillis(100)).length);
    }

    @Test
    void aSerialOnlyChannelBridgesTheSerialPortAndNeverTouchesAPort() throws Exception {
        FakeGuest guest = guest("kdcom");
        VmChannel channel = VmChannel.start(guest.serialOnlyConfig("kdcom"));
        cleanup.add(channel);
        guest.awaitSerialHost(WAIT);
        assertEquals(false, channel.hasPort());
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "test", false);
        debugger.write(new byte[] {0x62});
        assertArrayEquals(new byte[] {0x62}, guest.readSerial(1, WAIT));
        guest.serial("kdcom reply".getBytes());
        assertArrayEquals("kdcom reply".getBytes(), read(debugger, 11));
        // the round trip above took several reconnect periods' worth of passes: the port was never dialled
        assertEquals(false, guest.portConnected(), "a serial-only channel dials no handshake port");
        assertEquals(ChannelState.WAITING, channel.lifecycle().state());
        assertEquals(11, channel.stats().targetBytes());
    }

    @Test
    void aChannelConfigSaysWhatItLacks() {
        var serial = kdring.transport.StreamConnector.unixSocket(directory.resolve("s"));
        var port = kdring.transport.StreamConnector.unixSocket(directory.resolve("p"));
        NullPointerException noMemory = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> new VmChannel.Config("x", port, serial, null, null));
        assertEquals("a channel with a handshake port needs the guest memory", noMemory.getMessage());
        IllegalArgumentException nothing = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new VmChannel.Config("x", null, null, null, null));
        assertEquals("x: neither a handshake port nor a serial port", nothing.getMessage());
    }

    @Test
    void anExternalDebuggerReplacesTheBuiltInOne() throws Exception {
        FakeGuest guest = guest("external");
        VmChannel channel = channel(guest, "external");
        LocalDebuggerChannel builtIn = LocalDebuggerChannel.attach(channel.hub(), "built-in", false);
        LocalDebuggerChannel windbg = LocalDebuggerChannel.attach(channel.hub(), "windbg", true);
        assertEquals(-1, builtIn.read(new byte[1], 0, 1, 0));
        assertEquals("windbg", channel.hub().attachedDescription());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> LocalDebuggerChannel.attach(channel.hub(), "built-in again", false));
        windbg.close();
        LocalDebuggerChannel.attach(channel.hub(), "built-in again", false);
    }

    @Test
    void eightChannelsWithOneFaultedStayIsolated() throws Exception {
        List<FakeGuest> guests = new ArrayList<>();
        List<VmChannel> channels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FakeGuest guest = guest("vm" + i);
            guests.add(guest);
            channels.add(channel(guest, "vm" + i));
            guest.initialise(i * 1000);
            guest.hello();
        }
        for (VmChannel channel : channels) {
            awaitState(channel, ChannelState.OPEN);
        }
        guests.get(3).putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, -1);
        guests.get(3).port((byte) 0x6B);
        awaitState(channels.get(3), ChannelState.FAULTED);
        for (int i = 0; i < 8; i++) {
            if (i == 3) {
                continue;
            }
            LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channels.get(i).hub(), "test", false);
            guests.get(i).send(new byte[] {(byte) i});
            assertArrayEquals(new byte[] {(byte) i}, read(debugger, 1));
            assertEquals(ChannelState.OPEN, channels.get(i).lifecycle().state());
            assertTrue(channels.get(i).ownerThread().getName().equals("kdring-channel-vm" + i));
        }
    }
}
