package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.packet.ControlPacket;
import kdring.kd.observer.Direction;
import kdring.model.persist.SessionStore;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.BreakIn;
import kdring.model.session.Channel;
import kdring.model.session.ChannelState;
import kdring.model.session.Module;
import kdring.model.session.PacketKind;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;
import kdring.model.session.Transport;
import kdring.model.trace.PacketFilter;
import kdring.model.trace.PacketRow;
import kdring.model.trace.PacketTrace;

/** A live session recorded, saved, and reopened offline tells the same story. */
class SessionRecorderTest {

    @TempDir
    Path dir;

    private Session newSession() {
        Session session = SessionFactory.eINSTANCE.createSession();
        session.setName("win10");
        session.setHost("dom0");
        session.setStartTime(SyntheticSession.T0);
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("win10");
        channel.setVmName("win10-vm");
        channel.setHypervisor("qemu");
        channel.setTransport(Transport.RING);
        channel.setTcpPort(50001);
        channel.setPipeName("kdring-win10");
        session.getChannels().add(channel);
        return session;
    }

    private ChannelRecorder recordLive(Session session, Path capture) throws IOException {
        ChannelRecorder recorder = ChannelRecorder.live(session.getChannels().get(0), capture);
        recorder.channelState(ChannelState.OPEN, "guest said hello", SyntheticSession.T0);
        new SyntheticSession(recorder).play();
        recorder.endOfInput(SyntheticSession.T0 + 1_000_000_000L);
        return recorder;
    }

    @Test
    void aLiveSessionFillsTheModel() throws IOException {
        Session session = newSession();
        try (ChannelRecorder recorder = recordLive(session, dir.resolve("win10.kdcap"))) {
            Channel channel = session.getChannels().get(0);
            assertEquals(SyntheticSession.PACKETS, channel.getPacketCount());
            assertEquals(SyntheticSession.PACKETS, channel.getRecentPackets().size());
            assertEquals(1, channel.getCounters().getBreakIns());
            assertEquals(1, channel.getCounters().getStops());
            assertEquals(2, channel.getCounters().getResets());

            BreakIn breakIn = channel.getBreakIns().get(0);
            assertTrue(breakIn.getRequestTime() > 0 && breakIn.getStopTime() > breakIn.getRequestTime());
            assertTrue(breakIn.getResumeTime() > breakIn.getStopTime(), "the continue ends the stop");
            assertEquals(0x80000003, breakIn.getExceptionCode());
            assertEquals(SyntheticSession.BREAK_PC, breakIn.getAddress());

            Module nt = channel.getModules().get(0);
            assertEquals("ntoskrnl.exe", nt.getName());
            assertEquals(SyntheticSession.NT_BASE, nt.getBase());
            assertEquals(19041, channel.getTarget().getBuildNumber());
            assertEquals("kdring: hello, debugger\n", channel.getPrints().get(0).getText());
            assertEquals(1, channel.getSamples().size(), "all within one second: one sample");
            assertEquals(channel.getCounters().getBytesToDebugger(), channel.getSamples().get(0).getBytesToDebugger());
        }
    }

    @Test
    void theTraceProviderPagesRowsFromTheCapture() throws IOException {
        Session session = newSession();
        try (ChannelRecorder recorder = recordLive(session, dir.resolve("win10.kdcap"))) {
            PacketTrace trace = recorder.trace();
            assertEquals(SyntheticSession.PACKETS, trace.count());
            List<PacketRow> rows = trace.page(0, 100);
            assertEquals(SyntheticSession.PACKETS, rows.size());
            assertEquals(PacketKind.RESET, rows.get(0).kind());
            assertEquals(Direction.DEBUGGER_TO_TARGET, rows.get(0).direction());
            assertEquals(PacketKind.BREAK_IN, rows.get(2).kind());
            assertTrue(rows.get(3).summary().startsWith("Exception 0x80000003 STATUS_BREAKPOINT"), rows.get(3).summary());
            assertEquals("GetVersion", rows.get(5).api());
            assertEquals("STATUS_SUCCESS", rows.get(7).status());
            assertTrue(rows.get(7).summary().contains("build 19041"), rows.get(7).summary());
            assertEquals("LoadSymbols", rows.get(9).api());
            assertTrue(rows.get(11).summary().contains("hello, debugger"), rows.get(11).summary());
            PacketRow splitReply = rows.get(15);
            assertEquals("ReadVirtualMemory", splitReply.api());
            assertTrue(splitReply.summary().contains("actual 16"), splitReply.summary());
            assertEquals(PacketKind.ACKNOWLEDGE, rows.get(16).kind());
            assertEquals("Continue", rows.get(17).api());
            assertArrayEquals(ControlPacket.reset().encode(), trace.rawBytes(1));
            assertEquals(splitReply.length(), trace.rawBytes(15).length, "a packet split over two records is joined");

            // the rows the model window holds are the rows the provider pages
            Channel channel = session.getChannels().get(0);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(channel.getRecentPackets().get(i).getSummary(), rows.get(i).summary());
                assertEquals(channel.getRecentPackets().get(i).getCaptureOffset(), rows.get(i).captureOffset());
            }

            assertEquals(2, trace.page(17, 10).size());
            assertEquals(0, trace.page(50, 10).size());
            assertEquals(8, trace.filter(PacketFilter.ALL.withKinds(PacketKind.ACKNOWLEDGE)).count());
            assertEquals(3, trace.filter(PacketFilter.ALL.withDirection(Direction.DEBUGGER_TO_TARGET)
                    .withKinds(PacketKind.STATE_MANIPULATE)).count(), "GetVersion, read and continue requests");
            assertEquals(2, trace.filter(PacketFilter.ALL.withApi("getversion")).count());
            List<PacketRow> hello = trace.filter(PacketFilter.ALL.withText("HELLO, debugger")).page(0, 10);
            assertEquals(1, hello.size());
            assertEquals(11, hello.get(0).index());
        }
    }

    @Test
    void reopeningTheCaptureTellsTheSameStory() throws IOException {
        Session live = newSession();
        Path capture = dir.resolve("win10.kdcap");
        List<PacketRow> liveRows;
        try (ChannelRecorder recorder = recordLive(live, capture)) {
            liveRows = recorder.trace().page(0, 100);
        }
        Channel offline = SessionFactory.eINSTANCE.createChannel();
        try (ChannelRecorder replay = ChannelRecorder.replay(offline, capture, ChannelRecorder.DEFAULT_WINDOW)) {
            assertTrue(replay.damage().isEmpty());
            assertEquals(ChannelState.OFFLINE, offline.getState());
            assertEquals(liveRows, replay.trace().page(0, 100));
            Channel channel = live.getChannels().get(0);
            assertTrue(EcoreUtil.equals(channel.getCounters(), offline.getCounters()), "same counters");
            assertTrue(EcoreUtil.equals(channel.getModules(), offline.getModules()), "same modules");
            assertTrue(EcoreUtil.equals(channel.getBreakIns(), offline.getBreakIns()), "same break-ins");
            assertTrue(EcoreUtil.equals(channel.getPrints(), offline.getPrints()), "same prints");
            assertTrue(EcoreUtil.equals(channel.getRecentPackets(), offline.getRecentPackets()), "same packets");
            assertTrue(EcoreUtil.equals(channel.getTarget(), offline.getTarget()), "same target");
        }
    }

    @Test
    void sessionMetadataRoundTripsThroughXmiBesideTheCapture() throws IOException {
        Session session = newSession();
        Path capture = dir.resolve("win10.kdcap");
        try (ChannelRecorder recorder = recordLive(session, capture)) {
            Path metadata = SessionStore.metadataFor(capture);
            assertEquals(dir.resolve("win10.kdsession"), metadata);
            recorder.read(() -> {
                try {
                    SessionStore.save(session, metadata);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            assertFalse(java.nio.file.Files.exists(dir.resolve("win10.kdsession.tmp")));
            assertTrue(java.nio.file.Files.readString(metadata).contains("captureFile=\"win10.kdcap\""),
                    "the capture path is stored relative to the metadata");
            Session loaded = SessionStore.load(metadata);
            assertEquals(capture.toAbsolutePath().normalize().toString(), loaded.getChannels().get(0).getCaptureFile());
            loaded.getChannels().get(0).setCaptureFile(session.getChannels().get(0).getCaptureFile());
            assertTrue(EcoreUtil.equals(session, loaded), "model -> file -> model gives the same model");
        }
    }

    @Test
    void metadataThatIsNotASessionIsRefusedClearly() throws IOException {
        Path bogus = dir.resolve("bogus.kdsession");
        java.nio.file.Files.writeString(bogus, "<not-xmi/>");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> SessionStore.load(bogus));
        assertTrue(e.getMessage().contains("bogus.kdsession"), e.getMessage());
    }

    @Test
    void aCorruptedCaptureIsReplayedUpToTheDamageWhichIsReported() throws IOException {
        Path capture = dir.resolve("win10.kdcap");
        List<PacketRow> liveRows;
        try (ChannelRecorder recorder = recordLive(newSession(), capture)) {
            liveRows = recorder.trace().page(0, 100);
        }
        List<kdring.model.capture.CaptureRecord> records = new java.util.ArrayList<>();
        kdring.model.capture.CaptureReader.read(capture, records::add);
        long damaged = records.get(9).fileOffset(); // the LoadSymbols state change
        byte[] bytes = java.nio.file.Files.readAllBytes(capture);
        bytes[(int) damaged + 16 + 40] ^= 0x20; // a bit flipped inside its payload
        java.nio.file.Files.write(capture, bytes);

        Channel offline = SessionFactory.eINSTANCE.createChannel();
        try (ChannelRecorder replay = ChannelRecorder.replay(offline, capture, ChannelRecorder.DEFAULT_WINDOW)) {
            assertEquals(damaged, replay.damage().orElseThrow().offset());
            assertTrue(replay.damage().get().problem().contains("checksum"));
            assertEquals(9, replay.trace().count(), "the 9 packets before the damage are recovered");
            assertEquals(liveRows.subList(0, 9), replay.trace().page(0, 100));
            assertEquals(19041, offline.getTarget().getBuildNumber(), "the story before the damage is told");
            kdring.model.session.Fault fault = offline.getFaults().get(offline.getFaults().size() - 1);
            assertEquals(kdring.model.session.FaultKind.CAPTURE_DAMAGE, fault.getKind());
            assertTrue(fault.getMessage().contains("offset " + damaged), fault.getMessage());
        }
    }
}
