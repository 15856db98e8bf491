package kdring.hv.xen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.xen.XenGuestMemory;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import kdring.transport.bridge.LocalDebuggerChannel;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.tests.FakeGuest;

/**
 * The real channel (handshake device, ring engine, bridge) over Xen's page-by-page memory, the mapping call
 * replaced by its double over the fake guest's RAM file: the same hello, data and hostile-guest cases as the
 * QEMU adapter's, plus the one only Xen has: ring pages the domain does not own.
 */
class XenChannelTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private record Xen(FakeGuest guest, FileForeignMemory foreign, XenGuestMemory memory, VmChannel channel) {
    }

    private Xen open(String name) throws Exception {
        FakeGuest guest = new FakeGuest(dir, name);
        cleanup.add(guest);
        FileForeignMemory foreign = new FileForeignMemory(guest.memoryFile(), 3);
        XenGuestMemory memory = new XenGuestMemory(foreign, name, 3, FakeGuest.RAM, () -> OptionalInt.of(3), 64);
        cleanup.add(memory);
        VmChannel channel = VmChannel.start(guest.config(name, memory, GuestRamLayout.pc(memory.size())));
        cleanup.add(channel);
        guest.awaitHost(WAIT);
        return new Xen(guest, foreign, memory, channel);
    }

    private static void awaitState(VmChannel channel, ChannelState state) throws InterruptedException {
        assertTrue(channel.awaitState(state, WAIT), () -> "expected " + state + ", got " + channel.lifecycle());
    }

    @Test
    void helloOpensTheRingsAndBytesFlowBothWaysPageByPage() throws Exception {
        Xen xen = open("flow");
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.OPEN);
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(xen.channel().hub(), "test", false);
        byte[] request = "debugger bytes".getBytes();
        debugger.write(request);
        assertArrayEquals(request, xen.guest().receive(request.length, WAIT));
        byte[] reply = new byte[200_000]; // three times round the 64 KiB tx ring, whose pages are not contiguous
        new java.util.Random(5).nextBytes(reply);
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        int sent = 0;
        byte[] buffer = new byte[65536];
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (got.size() < reply.length) {
            if (sent < reply.length) {
                sent += xen.guest().send(java.util.Arrays.copyOfRange(reply, sent, Math.min(reply.length, sent + 30_000)));
            }
            int n = debugger.read(buffer, 0, buffer.length, 50_000_000L);
            if (n > 0) {
                got.write(buffer, 0, n);
            }
            assertTrue(System.nanoTime() < deadline, "received " + got.size() + " of " + reply.length);
        }
        assertArrayEquals(reply, got.toByteArray());
        // descriptor + 16 tx + 16 rx pages, each mapped on its own and kept
        assertTrue(xen.memory().mappedPages() <= 33, "pages mapped: " + xen.memory().mappedPages());
        assertEquals(xen.memory().mappings(), xen.memory().mappedPages(), "no page mapped twice");
    }

    @Test
    void aRingPageTheDomainDoesNotOwnFaultsTheChannelAtAttach() throws Exception {
        Xen xen = open("notowned");
        xen.foreign().notOwned.add(0x2fL); // tx PFN[0]: FakeGuest lists its tx pages from 0x2f down to 0x20
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.FAULTED);
        String reason = xen.channel().lifecycle().reason();
        assertTrue(reason.contains("bad page frame number"), reason);
        assertTrue(reason.contains("tx PFN[0] = 0x2f cannot be mapped: frame 0x2f is not domain 3's"), reason);
        assertEquals(DescriptorLayout.FAULTED, xen.guest().status() & DescriptorLayout.FAULTED);
        assertEquals(6, xen.guest().faultCode());
        // the guest re-initialises with pages it owns: a new nonce recovers the channel
        xen.foreign().notOwned.clear();
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.OPEN);
    }

    @Test
    void aDescriptorInAFrameTheDomainDoesNotOwnFaultsWithCode8() throws Exception {
        Xen xen = open("descriptor");
        xen.foreign().notOwned.add(FakeGuest.DESCRIPTOR >>> 12);
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.FAULTED);
        assertTrue(xen.channel().lifecycle().reason().contains("frame 0x10 is not domain 3's"),
                xen.channel().lifecycle().reason());
    }

    @Test
    void hostileIndicesFaultTheChannelAndANewNonceRecovers() throws Exception {
        Xen xen = open("indices");
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.OPEN);
        xen.guest().putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING + 0x11);
        xen.guest().port((byte) 0x6B);
        awaitState(xen.channel(), ChannelState.FAULTED);
        assertTrue(xen.channel().lifecycle().reason().contains("tx producer index out of range"),
                xen.channel().lifecycle().reason());
        assertEquals(1, xen.guest().faultCode());
        xen.guest().initialise(0);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.OPEN);
    }

    @Test
    void pageFramesBeyondTheDomainsRamFaultWithoutAMappingAttempt() throws Exception {
        Xen xen = open("beyond");
        xen.guest().initialise(0);
        xen.guest().putLong(DescriptorLayout.RX_PFNS + 8 * 3, 0x7FFF_FFFF_FFFFL);
        xen.guest().hello();
        awaitState(xen.channel(), ChannelState.FAULTED);
        assertTrue(xen.channel().lifecycle().reason().contains("rx PFN[3] = 0x7fffffffffff lies beyond guest RAM"),
                xen.channel().lifecycle().reason());
        assertEquals(6, xen.guest().faultCode());
        assertTrue(xen.foreign().maps.get() <= 1 + 16 + 3, "no frame beyond RAM was mapped");
    }
}
