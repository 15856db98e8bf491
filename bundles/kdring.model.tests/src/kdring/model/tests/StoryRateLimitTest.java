package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.Direction;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.recorder.RecorderListener;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;

/**
 * A guest that storms (tens of thousands of bad packets and RESETs) cannot grow the story without bound or
 * push the rest out of it: each kind is told up to its limit per window, and one line then says how many
 * were left out.
 */
class StoryRateLimitTest {

    private static final int STORM = 30_000;

    @TempDir
    Path dir;

    @Test
    void aStormingGuestIsToldUpToTheLimitAndTheRestIsCounted() throws IOException {
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        ChannelStory story = new ChannelStory(ChannelStatus.waiting("test"), clock::get);
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("storm");
        long t = SyntheticSession.T0;
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, dir.resolve("storm.kdcap"))) {
            recorder.addListener(new RecorderListener() {
                @Override
                public void onEvent(kdring.kd.observer.KdEvent event) {
                    story.told(event);
                }
            });
            // the sentinel: one stop before the storm, which a storm must not push out of the story
            ControlReport amd64 = new ControlReport.Amd64(0, 0, 0, 16, 3, Bytes.of(new byte[16]), 0x10, 0x2B, 0x2B,
                    0x53);
            byte[] stop = new DataPacket(PacketType.STATE_CHANGE64, KdWire.BOOT_PACKET_ID, StateChange.of(6, 0, 1, 0,
                    0x1000, ExceptionReport.breakpoint(0x1000, true), amd64).raw()).encode();
            recorder.bytes(Direction.TARGET_TO_DEBUGGER, t++, stop, 0, stop.length);

            byte[] bad = new DataPacket(PacketType.DEBUG_IO, KdWire.INITIAL_PACKET_ID,
                    DebugIo.print(0, "storm\n").raw()).encode();
            bad[KdWire.HEADER_SIZE + 20] ^= 0x55; // the body no longer matches its checksum
            byte[] reset = ControlPacket.reset().encode();
            for (int i = 0; i < STORM; i++) {
                recorder.bytes(Direction.TARGET_TO_DEBUGGER, t++, bad, 0, bad.length);
                recorder.bytes(Direction.TARGET_TO_DEBUGGER, t++, reset, 0, reset.length);
            }
            assertEquals(STORM, channel.getCounters().getProtocolErrors(), "the model counts every one");

            ChannelStory.EventPage all = story.events(Set.of(), 0, ChannelStory.EVENT_WINDOW);
            int limit = ChannelStory.limitPerWindow(StoryEvent.Kind.PROTOCOL_ERROR);
            assertEquals(0, all.forgotten(), "nothing was pushed out of the story");
            assertEquals(1, count(all.events(), StoryEvent.Kind.STOPPED), "the stop before the storm is still told");
            assertEquals(limit, count(all.events(), StoryEvent.Kind.PROTOCOL_ERROR));
            assertEquals(ChannelStory.limitPerWindow(StoryEvent.Kind.RESET), count(all.events(), StoryEvent.Kind.RESET));

            // the window passes; the guest's next line brings the count of those left out
            clock.addAndGet(ChannelStory.LIMIT_WINDOW.toNanos());
            recorder.bytes(Direction.TARGET_TO_DEBUGGER, t++, reset, 0, reset.length);
        }
        List<StoryEvent> errors = story.events(Set.of(StoryEvent.Kind.PROTOCOL_ERROR), 0, ChannelStory.EVENT_WINDOW)
                .events();
        StoryEvent summary = errors.get(errors.size() - 1);
        assertTrue(summary.detail().startsWith((STORM - ChannelStory.limitPerWindow(StoryEvent.Kind.PROTOCOL_ERROR))
                + " more protocol error lines suppressed"), summary.detail());
        List<StoryEvent> resets = story.events(Set.of(StoryEvent.Kind.RESET), 0, ChannelStory.EVENT_WINDOW).events();
        assertTrue(resets.get(resets.size() - 2).detail().startsWith(
                (STORM - ChannelStory.limitPerWindow(StoryEvent.Kind.RESET)) + " more reset lines suppressed"),
                resets.get(resets.size() - 2).detail());
        assertEquals("RESET T->D", resets.get(resets.size() - 1).detail(), "a new window tells again");
    }

    private static long count(List<StoryEvent> events, StoryEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
