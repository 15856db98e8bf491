package kdring.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.model.persist.SessionStore;
import kdring.model.session.Channel;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;
import kdring.model.session.Transport;

/**
 * Capture files as the workbench names, describes and reopens them: {@code VM-yyyyMMdd-HHmmss.kdcap} with
 * the model's {@code .kdsession} metadata beside it (transport, WinDbg port), so that a reopened or
 * exported capture still knows where it came from. Stateless; blocking file I/O: call it off the UI thread.
 */
public final class CaptureFiles {

    private static final Pattern TCP_PORT = Pattern.compile("com:ipport=(\\d+)");
    private static final Pattern PIPE = Pattern.compile("\\\\pipe\\\\([^,\\s]+)");

    private CaptureFiles() {
    }

    /** A new capture path for {@code info} in {@code folder}, e.g. {@code demo-ring-20261126-054512.kdcap}. */
    public static Path newCapture(Path folder, ChannelInfo info) {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return folder.resolve(safe(info.vm()) + "-" + stamp + SessionStore.CAPTURE_EXTENSION);
    }

    /** Writes the {@code .kdsession} beside {@code capture} that describes {@code info}'s channel. */
    public static void writeMetadata(Path capture, ChannelInfo info) throws IOException {
        Session session = SessionFactory.eINSTANCE.createSession();
        session.setName(info.key());
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName(info.vm());
        channel.setVmName(info.vm());
        channel.setTransport("ring".equals(info.transport()) ? Transport.RING : Transport.SERIAL);
        Matcher port = TCP_PORT.matcher(info.windbgCommand());
        if (port.find()) {
            channel.setTcpPort(Integer.parseInt(port.group(1)));
        }
        Matcher pipe = PIPE.matcher(info.windbgCommand());
        if (pipe.find()) {
            channel.setPipeName(pipe.group(1));
        }
        channel.setCaptureFile(capture.toAbsolutePath().normalize().toString());
        session.getChannels().add(channel);
        SessionStore.save(session, SessionStore.metadataFor(capture));
    }

    /**
     * Who a capture file belongs to: from its {@code .kdsession} when there is one, else from the file
     * name (transport unknown: "uart" is assumed, the classic path).
     *
     * @throws IOException when the file is missing or the metadata beside it is unreadable
     */
    public static ChannelInfo describe(Path capture) throws IOException {
        if (!Files.isRegularFile(capture)) {
            throw new IOException("there is no capture file at " + capture);
        }
        String name = capture.getFileName().toString().replaceFirst("\\.kdcap$", "");
        Path metadata = SessionStore.metadataFor(capture);
        if (Files.isRegularFile(metadata)) {
            Session session = SessionStore.load(metadata);
            if (!session.getChannels().isEmpty()) {
                Channel channel = session.getChannels().get(0);
                String command = channel.getTcpPort() > 0
                        ? "windbg -k com:ipport=" + channel.getTcpPort() + ",port=127.0.0.1"
                        : "";
                return new ChannelInfo("capture", name,
                        channel.getTransport() == Transport.RING ? "ring" : "uart", command);
            }
        }
        return new ChannelInfo("capture", name, "uart", "");
    }

    /** A file-name-safe form of {@code name}. */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
