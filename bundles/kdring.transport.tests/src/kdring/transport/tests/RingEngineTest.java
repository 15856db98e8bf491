package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ring.AttachValidator;
import kdring.transport.ring.ChannelFault;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.FaultCode;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.ring.RingEngine;

/** The ring engine alone, against a descriptor in a real memory file; no sockets involved. */
class RingEngineTest {

    @TempDir
    Path directory;
    FakeGuest guest;

    @AfterEach
    void tearDown() throws Exception {
        guest.close();
    }

    private RingEngine attach(int start) throws Exception {
        guest = new FakeGuest(directory, "engine");
        guest.initialise(start);
        RingEngine engine = new RingEngine(guest.hostMemory(), AttachValidator.validate(guest.hostMemory(),
                GuestRamLayout.pc(FakeGuest.RAM), FakeGuest.DESCRIPTOR, guest.nonce));
        engine.attach(true);
        return engine;
    }

    @Test
    void attachWritesFeaturesNonceAndStatus() throws Exception {
        attach(0);
        assertEquals(DescriptorLayout.HOST_ATTACHED | DescriptorLayout.DEBUGGER_ATTACHED, guest.status());
        assertEquals(guest.nonce, guest.hostNonce());
        assertEquals(DescriptorLayout.FEATURE_KICK_ON_WAIT, guest.getInt(DescriptorLayout.HOST_FEATURES));
    }

    @Test
    void bytesCrossTheIndexWrapAroundAndPageBoundariesIntact() throws Exception {
        RingEngine engine = attach(0xFFFFFF00);
        byte[] total = new byte[200_000];
        new java.util.Random(1).nextBytes(total);
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream back = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[7000];
        int sent = 0;
        int echoed = 0;
        while (got.size() < total.length || back.size() < total.length) {
            sent += guest.send(Arrays.copyOfRange(total, sent, Math.min(total.length, sent + 5000)));
            int n = engine.readTx(buffer);
            got.write(buffer, 0, n);
            byte[] fromHost = got.toByteArray();
            echoed += engine.writeRx(fromHost, echoed, fromHost.length - echoed);
            back.write(guest.receive());
        }
        assertArrayEquals(total, got.toByteArray());
        assertArrayEquals(total, back.toByteArray());
        assertTrue(Integer.compareUnsigned(guest.txProducer, 200_000) < 0, "indices wrapped");
    }

    @Test
    void txProducerBeyondTheRingIsFault1() throws Exception {
        RingEngine engine = attach(0);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING + 0x11);
        ChannelFault fault = assertThrows(ChannelFault.class, () -> engine.readTx(new byte[100]));
        assertEquals(FaultCode.TX_PRODUCER_OUT_OF_RANGE, fault.code());
        assertTrue(fault.getMessage().contains("0x00010011"), fault.getMessage());
    }

    @Test
    void rxConsumerAheadIsFault2AndBackwardsIsFault3() throws Exception {
        RingEngine engine = attach(100);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, 105);
        assertEquals(FaultCode.RX_CONSUMER_OUT_OF_RANGE,
                assertThrows(ChannelFault.class, () -> engine.writeRx(new byte[1], 0, 1)).code());
        guest.close();
        RingEngine second = attach(100);
        second.writeRx(new byte[10], 0, 10);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, 108);
        second.writeRx(new byte[1], 0, 0);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, 104);
        assertEquals(FaultCode.RX_CONSUMER_BACKWARDS,
                assertThrows(ChannelFault.class, () -> second.writeRx(new byte[1], 0, 1)).code());
    }

    @Test
    void sleepingSetsTheWaitingFlagUnlessDataArrived() throws Exception {
        RingEngine engine = attach(0);
        assertTrue(engine.prepareToSleep(false));
        assertEquals(1, guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING));
        assertEquals(0, guest.getInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_HOST_WAITING));
        engine.clearWaiting();
        assertEquals(0, guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING));
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, 3);
        assertFalse(engine.prepareToSleep(true));
        assertEquals(0, guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING));
    }

    @Test
    void aRingFullOfDebuggerBytesTakesOnlyWhatFits() throws Exception {
        RingEngine engine = attach(0);
        assertEquals(FakeGuest.RING, engine.writeRx(new byte[FakeGuest.RING + 500], 0, FakeGuest.RING + 500));
        assertEquals(0, engine.writeRx(new byte[10], 0, 10));
        assertEquals(FakeGuest.RING, guest.receive().length);
        assertEquals(10, engine.writeRx(new byte[10], 0, 10));
    }

    @Test
    void aChangedSizeAfterAttachHasNoEffect() throws Exception {
        RingEngine engine = attach(0);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_SIZE, 0x40000000);
        guest.send(new byte[] {1, 2, 3});
        byte[] buffer = new byte[10];
        assertEquals(3, engine.readTx(buffer));
    }
}
