package kdring.ui.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kdring.hv.qemu.QemuVm;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.ui.session.CaptureFiles;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.LiveSession;
import kdring.ui.session.ObserverBridge;

/**
 * A VM channel this workbench serves: the attached VM's host channel, a TCP endpoint for WinDbg, the
 * recorded session, and kdring's built-in debugger on it. Used for the demo VM and for a VM the user
 * attaches to. Thread-safe; {@link #open} takes a moment (sockets, a file): call it from a Job.
 */
public final class LocalChannel implements AutoCloseable {

    private final QemuVm.AttachedVm attached;
    private final SocketDebuggerServer endpoint;
    private final LiveSession session;
    private final ObserverBridge bridge;
    private final BuiltInDebugger debugger;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private LocalChannel(QemuVm.AttachedVm attached, SocketDebuggerServer endpoint, LiveSession session,
            ObserverBridge bridge, BuiltInDebugger debugger) {
        this.attached = attached;
        this.endpoint = endpoint;
        this.session = session;
        this.bridge = bridge;
        this.debugger = debugger;
    }

    /**
     * Serves {@code attached}: WinDbg endpoint on 127.0.0.1:{@code windbgPort} (0: any free port), the
     * session recorded into {@code captureFolder}. On failure {@code attached} is closed.
     *
     * @param transport "ring" or "uart", as the Channels view shows it
     */
    public static LocalChannel open(QemuVm.AttachedVm attached, String name, String transport, int windbgPort,
            Path captureFolder) throws IOException {
        SocketDebuggerServer endpoint = null;
        LiveSession session = null;
        try {
            Files.createDirectories(captureFolder);
            endpoint = SocketDebuggerServer.tcp(attached.channel().hub(), "127.0.0.1", windbgPort);
            ChannelInfo info = new ChannelInfo("local", name, transport, endpoint.windbgCommandLine());
            session = LiveSession.record(info, CaptureFiles.newCapture(captureFolder, info));
            ObserverBridge bridge = ObserverBridge.connect(attached.channel(), session);
            BuiltInDebugger debugger = new BuiltInDebugger(attached.channel(), session);
            session.setControl(debugger);
            return new LocalChannel(attached, endpoint, session, bridge, debugger);
        } catch (IOException | RuntimeException e) {
            if (session != null) {
                session.close();
            }
            if (endpoint != null) {
                endpoint.close();
            }
            attached.close();
            throw e;
        }
    }

    /** @return the recorded session */
    public LiveSession session() {
        return session;
    }

    /** @return the built-in debugger on the channel */
    public BuiltInDebugger debugger() {
        return debugger;
    }

    /** Stops debugger, bridge, endpoint and channel; the capture stays. Only the first call does anything. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        debugger.close();
        bridge.close();
        endpoint.close();
        attached.close();
        try {
            session.close();
        } catch (IOException e) {
            // the capture was flushed record by record; a failing close loses nothing recorded
        }
    }
}
