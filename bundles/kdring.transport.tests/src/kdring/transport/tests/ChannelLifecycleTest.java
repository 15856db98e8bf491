package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.transport.ChannelLifecycle;
import kdring.transport.ChannelState;

class ChannelLifecycleTest {

    @Test
    void helloOpensAndGoodbyeClosesThenRearms() {
        ChannelLifecycle lifecycle = new ChannelLifecycle("demo");
        List<ChannelLifecycle.Transition> seen = new ArrayList<>();
        lifecycle.addListener(seen::add);
        assertEquals(ChannelState.WAITING, lifecycle.state());
        lifecycle.opened("hello v1");
        lifecycle.closed("goodbye");
        lifecycle.rearm("listening again");
        assertEquals(List.of(ChannelState.OPEN, ChannelState.CLOSED, ChannelState.WAITING),
                seen.stream().map(ChannelLifecycle.Transition::to).toList());
        assertEquals("listening again", lifecycle.reason());
    }

    @Test
    void aNewHelloWhileOpenIsAGuestResetNotAnError() {
        ChannelLifecycle lifecycle = new ChannelLifecycle("demo");
        lifecycle.opened("hello");
        lifecycle.opened("hello after reboot");
        assertEquals(ChannelState.OPEN, lifecycle.state());
    }

    @Test
    void faultKeepsItsReasonAndBlocksClosingTwice() {
        ChannelLifecycle lifecycle = new ChannelLifecycle("demo");
        lifecycle.opened("hello");
        lifecycle.faulted("tx ring: producer ahead of consumer by 9999 bytes");
        assertEquals(ChannelState.FAULTED, lifecycle.state());
        assertTrue(lifecycle.reason().contains("9999"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lifecycle.closed("goodbye"));
        assertTrue(e.getMessage().contains("FAULTED"), e.getMessage());
        lifecycle.opened("hello after fault");
        assertEquals(ChannelState.OPEN, lifecycle.state());
    }
}
