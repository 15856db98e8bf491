package kdring.transport;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a byte stream of the VM comes from: the handshake port (for QEMU, the {@code isa-debugcon}
 * chardev) or the VM's serial port. The channel connects as a client and reconnects when the stream ends
 * (the VM restarted). Implementations are immutable and thread-safe.
 */
public interface StreamConnector {

    /** Connects; returns a connected, blocking channel. */
    SocketChannel connect() throws IOException;

    /** @return where it connects to, for messages */
    String describe();

    /** A client of the unix-domain socket {@code path}. */
    static StreamConnector unixSocket(Path path) {
        Objects.requireNonNull(path);
        return new StreamConnector() {
            @Override
            public SocketChannel connect() throws IOException {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(path));
                    return channel;
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            }

            @Override
            public String describe() {
                return "unix socket " + path;
            }
        };
    }
}
