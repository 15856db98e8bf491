package kdring.transport.bridge;

import java.io.IOException;

/**
 * One debugger attached to a VM's {@link DebuggerHub}: a WinDbg over TCP, a unix socket or a named pipe,
 * or kdring's built-in debugger in the same process.
 *
 * <p>{@link #deliver} is called only by the channel's owner thread; {@link #close} by any thread.
 */
public interface DebuggerConnection {

    /** @return who is connected, for logs ("tcp 127.0.0.1:50412") */
    String describe();

    /** @return true for an external debugger (WinDbg), false for the built-in one, which yields to it */
    boolean external();

    /** Hands bytes from the target to the debugger; may block while the debugger does not read. */
    void deliver(byte[] bytes, int offset, int length) throws IOException;

    /** Disconnects; bytes the debugger sends afterwards are dropped. Idempotent. */
    void close();
}
