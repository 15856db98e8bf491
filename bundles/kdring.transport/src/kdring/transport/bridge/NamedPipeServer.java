package kdring.transport.bridge;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A debugger endpoint on a Windows named pipe, for
 * {@code windbg -k com:pipe,port=\\.\pipe\NAME,resets=0,reconnect}: kdring is the pipe's server, WinDbg the
 * client, as with a VM's virtual COM port on a Windows host.
 *
 * <p>A client's first bytes pass a {@link GreetingGate}, as on the socket endpoints: one that does not speak
 * KDCOM is told why and disconnected, and nothing it sent reaches the guest.
 *
 * <p>Deliberately small: kernel32 through the Foreign Function and Memory API (no JNA), one pipe instance,
 * byte mode, and {@code PIPE_NOWAIT}, so that the reader thread polls (1 ms) instead of blocking — a
 * synchronous pipe handle serialises a blocking ReadFile with the channel thread's WriteFile, and overlapped
 * I/O would triple the size of this class. It is compiled everywhere but only usable on Windows
 * ({@link #isSupported()}); kdring's tests exercise it only there.
 *
 * <p>Threads: one named {@code kdring-pipe-<vm>} that waits for a client and reads, and per client a writer
 * {@code kdring-pipe-<vm>-out} that drains the client's bounded {@link OutputQueue}, so the channel's owner
 * thread never waits on the pipe. {@link #close} from any thread.
 */
public final class NamedPipeServer implements AutoCloseable {

    private static final int PIPE_ACCESS_DUPLEX = 0x3;
    private static final int PIPE_TYPE_BYTE_NOWAIT = 0x1; // PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_NOWAIT
    private static final int ERROR_PIPE_CONNECTED = 535;
    private static final int ERROR_PIPE_LISTENING = 536;
    private static final int ERROR_NO_DATA = 232;
    private static final long INVALID_HANDLE = -1;

    private final DebuggerHub hub;
    private final String pipeName;
    private final Kernel32 kernel32;
    private final MemorySegment handle;
    private final Thread worker;
    private volatile boolean closed;

    private NamedPipeServer(DebuggerHub hub, String pipeName, Kernel32 kernel32, MemorySegment handle) {
        this.hub = hub;
        this.pipeName = pipeName;
        this.kernel32 = kernel32;
        this.handle = handle;
        this.worker = new Thread(this::serve, "kdring-pipe-" + hub.name());
        worker.setDaemon(true);
        worker.start();
    }

    /** @return whether named pipes can be served here (Windows) */
    public static boolean isSupported() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /**
     * Creates {@code \\.\pipe\<name>} and waits for debuggers on it.
     *
     * @throws IOException when not on Windows or the pipe cannot be created
     */
    public static NamedPipeServer open(DebuggerHub hub, String name) throws IOException {
        Objects.requireNonNull(hub);
        if (!isSupported()) {
            throw new IOException("named pipes are a Windows feature; use the TCP or unix-socket endpoint here");
        }
        String pipeName = name.startsWith("\\\\.\\pipe\\") ? name : "\\\\.\\pipe\\" + name;
        Kernel32 kernel32 = new Kernel32();
        MemorySegment handle = kernel32.createPipe(pipeName);
        if (handle.address() == INVALID_HANDLE) {
            throw new IOException("CreateNamedPipeW(" + pipeName + ") failed");
        }
        return new NamedPipeServer(hub, pipeName, kernel32, handle);
    }

    /** @return the WinDbg command line that reaches this endpoint */
    public String windbgCommandLine() {
        return "windbg -k com:pipe,port=" + pipeName + ",resets=0,reconnect";
    }

    private void serve() {
        byte[] bytes = new byte[16384];
        while (!closed) {
            int status = kernel32.connect(handle);
            if (status != ERROR_PIPE_CONNECTED) {
                sleep(status == ERROR_PIPE_LISTENING ? 20 : 100);
                continue;
            }
            Client client = new Client();
            if (!hub.attach(client)) {
                hub.refused(client.describe(), "the debugger endpoint is in use by " + hub.attachedDescription());
                kernel32.disconnect(handle);
                continue;
            }
            client.writer.start();
            // the same judgement of the first bytes as on the socket endpoints: a peer that does not speak
            // KDCOM is told why and dropped, and nothing it sent reaches the guest
            GreetingGate gate = new GreetingGate((b, offset, length) -> hub.offer(client, b, offset, length));
            while (!closed && !client.gone) {
                int n = kernel32.read(handle, bytes);
                if (n > 0) {
                    GreetingGate.Outcome outcome = gate.feed(bytes, 0, n);
                    if (outcome == GreetingGate.Outcome.REJECTED) {
                        hub.rejected(client, gate.reason() + "; nothing it sent reached the guest");
                        client.output.finish(gate.lastWords());
                        break;
                    }
                    if (outcome == GreetingGate.Outcome.REFUSED) {
                        break;
                    }
                } else if (n == -ERROR_NO_DATA || n == 0) {
                    sleep(1);
                } else {
                    client.gone = true;
                }
            }
            hub.detach(client);
            if (gate.reason() == null) {
                client.close();
            }
            try {
                client.writer.join(1000); // a rejected peer's last words are written by now, or never will be
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            client.close();
            kernel32.disconnect(handle);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            worker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kernel32.close(handle);
    }

    /** The connected WinDbg. */
    private final class Client implements DebuggerConnection {
        volatile boolean gone;
        final OutputQueue output = new OutputQueue(SocketDebuggerServer.OUTPUT_CAPACITY, hub::wake);
        final Thread writer = new Thread(this::writeLoop, "kdring-pipe-" + hub.name() + "-out");

        Client() {
            writer.setDaemon(true);
        }

        private void writeLoop() {
            byte[] bytes = new byte[16384];
            try {
                int n;
                while (!gone && (n = output.take(bytes, 100_000_000L)) >= 0) {
                    int done = 0;
                    while (done < n && !gone) {
                        int written = kernel32.write(handle, bytes, done, n - done);
                        if (written < 0) {
                            gone = true;
                            hub.detach(this, "the debugger closed " + pipeName);
                            return;
                        }
                        if (written == 0) {
                            sleep(1);
                        }
                        done += written;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String describe() {
            return "named pipe " + pipeName;
        }

        @Override
        public boolean external() {
            return true;
        }

        @Override
        public int room() {
            return output.room();
        }

        @Override
        public long fullSinceNanos() {
            return output.fullSince();
        }

        @Override
        public void deliver(byte[] bytes, int offset, int length) {
            output.put(bytes, offset, length);
        }

        @Override
        public void close() {
            gone = true;
            output.close();
        }
    }

    /** The five kernel32 calls, bound through FFM. Thread-safe. */
    private static final class Kernel32 {
        private final Arena arena = Arena.ofShared();
        private final MethodHandle createNamedPipe;
        private final MethodHandle connectNamedPipe;
        private final MethodHandle disconnectNamedPipe;
        private final MethodHandle readFile;
        private final MethodHandle writeFile;
        private final MethodHandle closeHandle;
        private final MethodHandle getLastError;

        Kernel32() {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = SymbolLookup.libraryLookup("kernel32", arena);
            ValueLayout.OfInt i = ValueLayout.JAVA_INT;
            ValueLayout a = ValueLayout.ADDRESS;
            createNamedPipe = linker.downcallHandle(lib.find("CreateNamedPipeW").orElseThrow(),
                    FunctionDescriptor.of(a, a, i, i, i, i, i, i, a));
            connectNamedPipe = linker.downcallHandle(lib.find("ConnectNamedPipe").orElseThrow(),
                    FunctionDescriptor.of(i, a, a));
            disconnectNamedPipe = linker.downcallHandle(lib.find("DisconnectNamedPipe").orElseThrow(),
                    FunctionDescriptor.of(i, a));
            readFile = linker.downcallHandle(lib.find("ReadFile").orElseThrow(), FunctionDescriptor.of(i, a, a, i, a, a));
            writeFile = linker.downcallHandle(lib.find("WriteFile").orElseThrow(),
                    FunctionDescriptor.of(i, a, a, i, a, a));
            closeHandle = linker.downcallHandle(lib.find("CloseHandle").orElseThrow(), FunctionDescriptor.of(i, a));
            getLastError = linker.downcallHandle(lib.find("GetLastError").orElseThrow(), FunctionDescriptor.of(i));
        }

        MemorySegment createPipe(String name) throws IOException {
            byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
            MemorySegment wide = arena.allocate(utf16.length);
            MemorySegment.copy(utf16, 0, wide, ValueLayout.JAVA_BYTE, 0, utf16.length);
            try {
                return (MemorySegment) createNamedPipe.invokeExact(wide, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE_NOWAIT, 1,
                        65536, 65536, 0, MemorySegment.NULL);
            } catch (Throwable t) {
                throw new IOException("CreateNamedPipeW failed: " + t, t);
            }
        }

        /** @return ERROR_PIPE_CONNECTED once a client is there, else the last error */
        int connect(MemorySegment pipe) {
            try {
                int ok = (int) connectNamedPipe.invokeExact(pipe, MemorySegment.NULL);
                return ok != 0 ? ERROR_PIPE_CONNECTED : (int) getLastError.invokeExact();
            } catch (Throwable t) {
                return -1;
            }
        }

        void disconnect(MemorySegment pipe) {
            try {
                int ignored = (int) disconnectNamedPipe.invokeExact(pipe);
            } catch (Throwable t) {
                // nothing to do
            }
        }

        /** @return bytes read, or -(last error) */
        int read(MemorySegment pipe, byte[] target) {
            try (Arena call = Arena.ofConfined()) {
                MemorySegment buffer = call.allocate(target.length);
                MemorySegment count = call.allocate(ValueLayout.JAVA_INT);
                int ok = (int) readFile.invokeExact(pipe, buffer, target.length, count, MemorySegment.NULL);
                if (ok == 0) {
                    return -(int) getLastError.invokeExact();
                }
                int n = count.get(ValueLayout.JAVA_INT, 0);
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, target, 0, n);
                return n;
            } catch (Throwable t) {
                return -1;
            }
        }

        /** @return bytes written, or -1 when the pipe broke */
        int write(MemorySegment pipe, byte[] source, int offset, int length) {
            try (Arena call = Arena.ofConfined()) {
                MemorySegment buffer = call.allocate(length);
                MemorySegment.copy(source, offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
                MemorySegment count = call.allocate(ValueLayout.JAVA_INT);
                int ok = (int) writeFile.invokeExact(pipe, buffer, length, count, MemorySegment.NULL);
                return ok != 0 ? count.get(ValueLayout.JAVA_INT, 0) : -1;
            } catch (Throwable t) {
                return -1;
            }
        }

        void close(MemorySegment pipe) {
            try {
                int ignored = (int) closeHandle.invokeExact(pipe);
            } catch (Throwable t) {
                // closing anyway
            }
            arena.close();
        }
    }
}
