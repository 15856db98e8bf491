package kdring.model.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kdring.model.persist.SessionStore;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.ChannelState;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;

/**
 * A capture reopened for export: its session metadata (from the {@code .kdsession} beside it, or made up
 * from the file name when there is none) and the replayed recorder with the whole story and trace.
 *
 * @param session  the session
 * @param channel  the channel the capture belongs to
 * @param recorder the replayed recorder (close it when done)
 */
public record ExportSource(Session session, Channel channel, ChannelRecorder recorder) implements AutoCloseable {

    /**
     * Replays {@code capture}, telling {@code listeners} everything on the way.
     *
     * @throws IOException when the capture or its metadata cannot be read
     */
    public static ExportSource open(Path capture, RecorderListener... listeners) throws IOException {
        if (!Files.isRegularFile(capture)) {
            throw new IOException("no capture file at " + capture);
        }
        Path metadata = SessionStore.metadataFor(capture);
        Session session;
        Channel channel = null;
        if (Files.isRegularFile(metadata)) {
            session = SessionStore.load(metadata);
            Path absolute = capture.toAbsolutePath().normalize();
            for (Channel candidate : session.getChannels()) {
                if (candidate.getCaptureFile() != null
                        && Path.of(candidate.getCaptureFile()).toAbsolutePath().normalize().equals(absolute)) {
                    channel = candidate;
                }
            }
            if (channel == null && session.getChannels().size() == 1) {
                channel = session.getChannels().get(0);
            }
        } else {
            session = SessionFactory.eINSTANCE.createSession();
            session.setName(capture.getFileName().toString());
        }
        if (channel == null) {
            channel = SessionFactory.eINSTANCE.createChannel();
            String name = capture.getFileName().toString().replaceFirst("\\.kdcap$", "");
            channel.setName(name);
            channel.setVmName(name);
            channel.setState(ChannelState.OFFLINE);
            session.getChannels().add(channel);
        }
        // The replay rebuilds windows and counters from the bytes; start from empty ones.
        channel.getRecentPackets().clear();
        channel.getModules().clear();
        channel.getBreakIns().clear();
        channel.getPrints().clear();
        channel.getFaults().clear();
        channel.getSamples().clear();
        channel.setCounters(null);
        channel.setCaptureFile(capture.toAbsolutePath().normalize().toString());
        ChannelRecorder recorder = ChannelRecorder.replay(channel, capture, ChannelRecorder.DEFAULT_WINDOW, listeners);
        return new ExportSource(session, channel, recorder);
    }

    @Override
    public void close() throws IOException {
        recorder.close();
    }
}
