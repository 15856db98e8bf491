package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kdring.kd.observer.KdEvent;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;

/**
 * A stop the debugger names (a hit of one of its breakpoints) is told in its words before the stop's own; a
 * stop it does not name, and every stop before a label is set, keeps the decoder's words; the stop's fields
 * stay as decoded.
 */
class StoryStopLabelTest {

    private static final long HOOK = 0xFFFFF80000108D50L;

    @Test
    void aBreakpointHitIsNamedAndOtherStopsAreNot() {
        ChannelStory story = new ChannelStory(ChannelStatus.waiting("test"));
        story.told(new KdEvent.Stopped(1, 0, 0x80000003, HOOK, HOOK, true));
        story.labelStops(stop -> stop.exceptionCode() == 0x80000003 && stop.address() == HOOK
                ? "breakpoint 0 hit at nt!KeTickHook" : null);
        story.told(new KdEvent.Stopped(2, 0, 0x80000003, HOOK, HOOK, true));
        story.told(new KdEvent.Stopped(3, 0, 0x80000004, HOOK + 1, HOOK + 1, true));
        story.told(new KdEvent.Stopped(4, 1, 0x80000003, HOOK + 0x100, HOOK + 0x100, true));

        List<StoryEvent> stops = story.events(Set.of(StoryEvent.Kind.STOPPED), 0, 10).events();
        assertEquals(4, stops.size());
        String words = "exception 0x80000003 (breakpoint) at 0xFFFFF80000108D50 on processor 0, first chance";
        assertEquals(words, stops.get(0).detail(), "no label yet");
        assertEquals("breakpoint 0 hit at nt!KeTickHook: " + words, stops.get(1).detail());
        assertEquals(HOOK, stops.get(1).stopped().orElseThrow().address(), "the fields stay as decoded");
        assertEquals("exception 0x80000004 (single step) at 0xFFFFF80000108D51 on processor 0, first chance",
                stops.get(2).detail());
        assertEquals("exception 0x80000003 (breakpoint) at 0xFFFFF80000108E50 on processor 1, first chance",
                stops.get(3).detail(), "a breakpoint the debugger did not set");
    }
}
