package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kdring.transport.ring.RingIndices;
import kdring.transport.ring.RingViolation;

class RingIndicesTest {

    @Test
    void usedIsTheUnsignedDifferenceAcrossTheWrap() throws RingViolation {
        // producer wrapped past 2^32, consumer has not: 0x10 - 0xFFFFFFF0 = 0x20 bytes in the ring
        RingIndices indices = new RingIndices(4096, 0x10, 0xFFFFFFF0).validate("tx");
        assertEquals(0x20, indices.used());
        assertEquals(4096 - 0x20, indices.free());
        assertEquals(0xFF0, indices.offsetOf(0xFFFFFFF0));
        assertEquals(0x10, indices.offsetOf(0x10));
    }

    @Test
    void aFullRingIsValidAndOneMoreByteIsNot() throws RingViolation {
        assertEquals(4096, new RingIndices(4096, 4096 + 7, 7).validate("rx").used());
        RingViolation violation = assertThrows(RingViolation.class, () -> new RingIndices(4096, 4097 + 7, 7).validate("rx"));
        assertTrue(violation.getMessage().startsWith("rx ring"), violation.getMessage());
    }

    @Test
    void consumerAheadOfProducerIsAViolation() {
        // the guest moved the consumer past the producer: the unsigned difference is huge
        assertThrows(RingViolation.class, () -> new RingIndices(4096, 5, 6).validate("tx"));
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new RingIndices(3000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RingIndices(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RingIndices(-4096, 0, 0));
    }
}
