package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ring.AttachValidator;
import kdring.transport.ring.ChannelFault;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.FaultCode;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.ring.ValidatedDescriptor;

/** Every attach-time fault code of docs/channel-protocol.md §7.4, against a descriptor in a real memory file. */
class AttachValidatorTest {

    @TempDir
    Path directory;
    FakeGuest guest;

    @BeforeEach
    void setUp() throws Exception {
        guest = new FakeGuest(directory, "validate");
        guest.initialise(0);
    }

    @AfterEach
    void tearDown() throws Exception {
        guest.close();
    }

    private ValidatedDescriptor validate() throws ChannelFault {
        return AttachValidator.validate(guest.hostMemory(), GuestRamLayout.pc(FakeGuest.RAM), FakeGuest.DESCRIPTOR,
                guest.nonce);
    }

    private ChannelFault fault(FaultCode expected) {
        ChannelFault fault = assertThrows(ChannelFault.class, this::validate);
        assertEquals(expected, fault.code(), fault.getMessage());
        return fault;
    }

    @Test
    void aGoodDescriptorIsCachedWithItsPageFrames() throws Exception {
        ValidatedDescriptor descriptor = validate();
        assertEquals(FakeGuest.RING, descriptor.tx().size());
        assertEquals(16, descriptor.tx().pageFrames().length);
        assertEquals(0x2F, descriptor.tx().pageFrames()[0]);
        assertEquals(0x2F000, descriptor.tx().addressOf(0));
        assertEquals(0x20FFF, descriptor.tx().addressOf(FakeGuest.RING - 1));
    }

    @Test
    void badMagicVersionPageSizeAndNonceAreCode4() throws Exception {
        guest.putInt(DescriptorLayout.MAGIC_OFFSET, 0x12345678);
        assertTrue(fault(FaultCode.BAD_DESCRIPTOR_HEADER).getMessage().contains("0x12345678"));
        guest.initialise(0);
        guest.putShort(DescriptorLayout.VERSION_OFFSET, 2);
        assertTrue(fault(FaultCode.BAD_DESCRIPTOR_HEADER).getMessage().contains("version 2"));
        guest.initialise(0);
        guest.putShort(DescriptorLayout.PAGE_SIZE_OFFSET, 0x2000);
        fault(FaultCode.BAD_DESCRIPTOR_HEADER);
        guest.initialise(0);
        guest.putInt(DescriptorLayout.NONCE, 77);
        assertTrue(fault(FaultCode.BAD_DESCRIPTOR_HEADER).getMessage().contains("nonce"));
    }

    @Test
    void oversizeNonPowerOfTwoAndMismatchedPageCountAreCode5() throws Exception {
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_SIZE, 0x40000000);
        assertTrue(fault(FaultCode.BAD_RING_SIZE).getMessage().contains("0x40000000"));
        guest.initialise(0);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_SIZE, 0x3000);
        fault(FaultCode.BAD_RING_SIZE);
        guest.initialise(0);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_SIZE, 0x800);
        fault(FaultCode.BAD_RING_SIZE);
        guest.initialise(0);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PAGES, 15);
        assertTrue(fault(FaultCode.BAD_RING_SIZE).getMessage().contains("page count 15"));
    }

    @Test
    void zeroBeyondRamHoleDuplicateAndDescriptorFramesAreCode6() throws Exception {
        guest.putLong(DescriptorLayout.TX_PFNS + 8, 0xFFFFFFFFFFL);
        assertTrue(fault(FaultCode.BAD_PAGE_FRAME).getMessage().contains("tx PFN[1] = 0xffffffffff lies beyond"));
        guest.initialise(0);
        guest.putLong(DescriptorLayout.TX_PFNS + 16, 0xA0);
        assertTrue(fault(FaultCode.BAD_PAGE_FRAME).getMessage().contains("VGA"));
        guest.initialise(0);
        guest.putLong(DescriptorLayout.RX_PFNS, 0);
        fault(FaultCode.BAD_PAGE_FRAME);
        guest.initialise(0);
        guest.putLong(DescriptorLayout.RX_PFNS + 8, 0x2F);
        assertTrue(fault(FaultCode.BAD_PAGE_FRAME).getMessage().contains("is also tx PFN[0]"));
        guest.initialise(0);
        guest.putLong(DescriptorLayout.RX_PFNS + 8, FakeGuest.DESCRIPTOR >> 12);
        assertTrue(fault(FaultCode.BAD_PAGE_FRAME).getMessage().contains("descriptor page"));
        guest.initialise(0);
        guest.putLong(DescriptorLayout.RX_PFNS + 8, Long.MIN_VALUE);
        fault(FaultCode.BAD_PAGE_FRAME);
    }

    @Test
    void indicesFurtherApartThanTheRingAreCode7() throws Exception {
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING + 1);
        fault(FaultCode.BAD_INITIAL_INDICES);
        guest.initialise(5);
        guest.putInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, 6);
        assertTrue(fault(FaultCode.BAD_INITIAL_INDICES).getMessage().contains("rx producer"));
    }

    @Test
    void aFullRingAcrossTheWrapIsFine() throws Exception {
        guest.initialise(-FakeGuest.RING / 2);
        guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, FakeGuest.RING / 2);
        validate();
    }

    @Test
    void descriptorOutsideRamInTheHoleMisalignedOrZeroIsCode8() {
        for (long gpa : new long[] {FakeGuest.RAM, 1L << 40, 0xA0000, 0x10010, 0, -4096}) {
            ChannelFault fault = assertThrows(ChannelFault.class, () -> AttachValidator.validate(guest.hostMemory(),
                    GuestRamLayout.pc(FakeGuest.RAM), gpa, guest.nonce));
            assertEquals(FaultCode.DESCRIPTOR_OUTSIDE_RAM, fault.code(), fault.getMessage());
        }
    }
}
