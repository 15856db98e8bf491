package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.Direction;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.recorder.RecorderListener;
import kdring.model.session.Channel;
import kdring.model.session.Fault;
import kdring.model.session.FaultKind;
import kdring.model.session.SessionFactory;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;

/**
 * A target that restarts while the debugger's request waits (a new state change with the sync id): the
 * model keeps it as a fault, the story tells it as "target restarted", and the export names it.
 */
class TargetRestartTest {

    private static final long PC = 0xFFFFF8017BC5D2D0L;

    @TempDir
    Path dir;

    private long now = SyntheticSession.T0;

    private static byte[] stop(int id) {
        ControlReport amd64 = new ControlReport.Amd64(0xFFFF0FF0L, 0x400, 0x202, 16, 3,
                Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53);
        return new DataPacket(PacketType.STATE_CHANGE64, id, StateChange.of(6, 0, 1, 0, PC,
                ExceptionReport.breakpoint(PC, true), amd64).raw()).encode();
    }

    private void send(ChannelRecorder recorder, Direction direction, byte[] bytes) throws IOException {
        now += 1_000_000;
        recorder.bytes(direction, now, bytes, 0, bytes.length);
    }

    @Test
    void aRestartWhileARequestWaitsIsInTheModelAndTheStory() throws IOException {
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("win10");
        ChannelStory story = new ChannelStory(ChannelStatus.waiting("test"));
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, dir.resolve("restart.kdcap"))) {
            recorder.addListener(new RecorderListener() {
                @Override
                public void onEvent(kdring.kd.observer.KdEvent event) {
                    story.told(event);
                }
            });
            send(recorder, Direction.DEBUGGER_TO_TARGET, ControlPacket.reset().encode());
            send(recorder, Direction.TARGET_TO_DEBUGGER, ControlPacket.reset().encode());
            send(recorder, Direction.TARGET_TO_DEBUGGER, stop(KdWire.INITIAL_PACKET_ID));
            send(recorder, Direction.DEBUGGER_TO_TARGET, ControlPacket.ack(KdWire.INITIAL_PACKET_ID).encode());
            send(recorder, Direction.DEBUGGER_TO_TARGET, new DataPacket(PacketType.STATE_MANIPULATE,
                    KdWire.INITIAL_PACKET_ID, Manipulate.getVersionRequest().raw()).encode());
            send(recorder, Direction.TARGET_TO_DEBUGGER, ControlPacket.ack(KdWire.INITIAL_PACKET_ID).encode());
            // no reply: the target rebooted and reports its first stop again, with the boot id
            send(recorder, Direction.TARGET_TO_DEBUGGER, stop(KdWire.BOOT_PACKET_ID));
            recorder.endOfInput(now + 1);

            List<Fault> restarts = channel.getFaults().stream()
                    .filter(f -> f.getKind() == FaultKind.TARGET_RESTARTED).toList();
            assertEquals(1, restarts.size(), "the model keeps the restart: " + channel.getFaults());
            assertTrue(restarts.get(0).getMessage().contains("DbgKdGetVersionApi"), restarts.get(0).getMessage());
            assertEquals(2, channel.getCounters().getStops(), "the stop after the restart is a stop of its own");
        }
        List<StoryEvent> told = story.events(Set.of(StoryEvent.Kind.RESTARTED), 0, 10).events();
        assertEquals(1, told.size());
        assertEquals("target restarted", told.get(0).kind().label());
        assertEquals("restart", told.get(0).kind().apiName());
        assertTrue(told.get(0).detail().startsWith("target restarted (new state change) while DbgKdGetVersionApi"),
                told.get(0).detail());
    }
}
