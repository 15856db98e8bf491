package kdring.transport.bridge;

import java.io.IOException;

/**
 * One debugger attached to a VM's {@link DebuggerHub}: a WinDbg over TCP, a unix socket or a named pipe,
 * or kdring's built-in debugger in the same process.
 *
 * <p>{@link #room}, {@link #deliver} and {@link #fullSinceNanos} are called only by the channel's pass (its
 * owner thread, or a connection's thread running the pass inline, never two at once) and never block;
 * {@link #close} by any thread.
 */
public interface DebuggerConnection {

    /** @return who is connected, for logs ("tcp 127.0.0.1:50412") */
    String describe();

    /** @return true for an external debugger (WinDbg), false for the built-in one, which yields to it */
    boolean external();

    /** @return how many target bytes {@link #deliver} takes now without waiting */
    default int room() {
        return Integer.MAX_VALUE;
    }

    /** Hands at most {@link #room()} bytes from the target to the debugger; never blocks. */
    void deliver(byte[] bytes, int offset, int length) throws IOException;

    /**
     * @return {@link System#nanoTime()} since when this debugger has had no room for target bytes (it stopped
     *         reading), or 0 while it has room
     */
    default long fullSinceNanos() {
        return 0;
    }

    /** Disconnects; bytes the debugger sends afterwards are dropped. Idempotent. */
    void close();

    /**
     * Disconnects, telling the peer why in one line first where the peer can be told (a socket: bounded,
     * the caller waits at most about a second for a peer that does not read). Called by the user's
     * "disconnect debugger" action, not on the channel thread.
     */
    default void close(String reason) {
        close();
    }
}
