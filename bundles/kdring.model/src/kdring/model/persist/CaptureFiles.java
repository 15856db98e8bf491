package kdring.model.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.model.session.Channel;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;
import kdring.model.session.Transport;

/**
 * Capture files as kdring names, describes and reopens them: {@code VM-yyyyMMdd-HHmmss.kdcap} with the
 * model's {@code .kdsession} metadata beside it (transport, WinDbg port), so that a reopened or exported
 * capture still knows where it came from. Stateless; blocking file I/O: call it off UI threads.
 */
public final class CaptureFiles {

    private static final Pattern TCP_PORT = Pattern.compile("com:ipport=(\\d+)");
    private static final Pattern PIPE = Pattern.compile("\\\\pipe\\\\([^,\\s]+)");

    /**
     * Where a capture came from.
     *
     * @param name          the capture's name (its file name without extension)
     * @param transport     "ring" or "uart" ("uart", the classic path, when not recorded)
     * @param windbgCommand the command line that attached WinDbg to the channel, or ""
     */
    public record Origin(String name, String transport, String windbgCommand) {
    }

    private CaptureFiles() {
    }

    /** A new capture path for channel {@code vm} in {@code folder}, e.g. {@code demo-20261126-054512.kdcap}. */
    public static Path newCapture(Path folder, String vm) {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path path = folder.resolve(safe(vm) + "-" + stamp + SessionStore.CAPTURE_EXTENSION);
        for (int n = 2; Files.exists(path); n++) {
            path = folder.resolve(safe(vm) + "-" + stamp + "-" + n + SessionStore.CAPTURE_EXTENSION);
        }
        return path;
    }

    /**
     * Writes the {@code .kdsession} beside {@code capture} that describes its channel.
     *
     * @param key           the session's name, e.g. "local/demo"
     * @param vm            the VM's name
     * @param transport     "ring" or "uart"
     * @param windbgCommand the WinDbg command line of the channel's endpoint, or ""
     */
    public static void writeMetadata(Path capture, String key, String vm, String transport, String windbgCommand)
            throws IOException {
        Session session = SessionFactory.eINSTANCE.createSession();
        session.setName(key);
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName(vm);
        channel.setVmName(vm);
        channel.setTransport("ring".equals(transport) ? Transport.RING : Transport.SERIAL);
        Matcher port = TCP_PORT.matcher(windbgCommand);
        if (port.find()) {
            channel.setTcpPort(Integer.parseInt(port.group(1)));
        }
        Matcher pipe = PIPE.matcher(windbgCommand);
        if (pipe.find()) {
            channel.setPipeName(pipe.group(1));
        }
        channel.setCaptureFile(capture.toAbsolutePath().normalize().toString());
        session.getChannels().add(channel);
        SessionStore.save(session, SessionStore.metadataFor(capture));
    }

    /**
     * Where a capture file came from: from its {@code .kdsession} when there is one, else from the file name.
     *
     * @throws IOException when the file is missing or the metadata beside it is unreadable
     */
    public static Origin describe(Path capture) throws IOException {
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
                return new Origin(name, channel.getTransport() == Transport.RING ? "ring" : "uart", command);
            }
        }
        return new Origin(name, "uart", "");
    }

    /** A file-name-safe form of {@code name}. */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
