package kdring.ui.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.DebugControl;
import kdring.ui.session.LiveSession;
import kdring.ui.session.ObserverBridge;

/**
 * The demo: kdring's reference guest under QEMU (ring or UART transport), its host channel, a TCP endpoint
 * for WinDbg, a recorded session and the built-in debugger — everything {@code ./kdring demo} shows.
 * {@link #launch} takes seconds (QEMU boots the guest): call it from a Job. Thread-safe.
 */
public final class DemoVm implements AutoCloseable {

    private final QemuVm vm;
    private final QemuVm.AttachedVm attached;
    private final SocketDebuggerServer endpoint;
    private final LiveSession session;
    private final ObserverBridge bridge;
    private final BuiltInDebugger debugger;

    private DemoVm(QemuVm vm, QemuVm.AttachedVm attached, SocketDebuggerServer endpoint, LiveSession session,
            ObserverBridge bridge, BuiltInDebugger debugger) {
        this.vm = vm;
        this.attached = attached;
        this.endpoint = endpoint;
        this.session = session;
        this.bridge = bridge;
        this.debugger = debugger;
    }

    /**
     * Boots the reference guest and attaches to it.
     *
     * @param name          VM name (sockets, files, the Channels view)
     * @param transport     "ring" or "uart"
     * @param windbgPort    TCP port of the WinDbg endpoint on 127.0.0.1 (0: any free port)
     * @param captureFolder where the session's capture file goes
     * @throws IOException saying what failed: QEMU missing, the guest not booting, a socket not opening
     */
    public static DemoVm launch(String name, String transport, int windbgPort, Path captureFolder) throws IOException {
        return launch(ReferenceGuest.Options.of(name, transport), windbgPort, captureFolder);
    }

    /**
     * Boots the reference guest with {@code options} (e.g. a pattern size from the preferences) and attaches
     * to it; as {@link #launch(String, String, int, Path)}.
     */
    public static DemoVm launch(ReferenceGuest.Options options, int windbgPort, Path captureFolder)
            throws IOException {
        String name = options.name();
        String transport = options.transport();
        Path work = Files.createTempDirectory("kdring-demo-");
        Files.createDirectories(captureFolder);
        QemuVm vm = ReferenceGuest.launch(options, work, Accelerator.detect().accelerator());
        QemuVm.AttachedVm attached = null;
        SocketDebuggerServer endpoint = null;
        LiveSession session = null;
        try {
            attached = vm.attach();
            endpoint = SocketDebuggerServer.tcp(attached.channel().hub(), "127.0.0.1", windbgPort);
            session = LiveSession.record(new ChannelInfo("local", name, transport, endpoint.windbgCommandLine()),
                    captureFolder.resolve(name + "-" + System.currentTimeMillis() + ".kdcap"));
            ObserverBridge bridge = ObserverBridge.connect(attached.channel(), session);
            return new DemoVm(vm, attached, endpoint, session, bridge,
                    new BuiltInDebugger(attached.channel(), session));
        } catch (IOException | RuntimeException e) {
            if (session != null) {
                session.close();
            }
            if (endpoint != null) {
                endpoint.close();
            }
            if (attached != null) {
                attached.close();
            }
            vm.close();
            throw e;
        }
    }

    /** The demo guest's options: {@code name}, {@code transport}, and a pattern region of {@code patternMiB}. */
    public static ReferenceGuest.Options options(String name, String transport, int patternMiB) {
        ReferenceGuest.Options standard = ReferenceGuest.Options.of(name, transport);
        return new ReferenceGuest.Options(name, transport, patternMiB, standard.modules(), null, standard.memoryMiB());
    }

    /** @return the recorded session */
    public LiveSession session() {
        return session;
    }

    /** @return the built-in debugger on the channel */
    public DebugControl debugger() {
        return debugger;
    }

    /** @return the guest's own log so far */
    public String guestLog() {
        return vm.guestLog();
    }

    /** Stops everything: debugger, bridge, endpoint, channel, QEMU; the capture stays. */
    @Override
    public void close() {
        debugger.close();
        bridge.close();
        endpoint.close();
        attached.close();
        vm.close();
        try {
            session.close();
        } catch (IOException e) {
            // the capture was flushed record by record; a failing close loses nothing recorded
        }
    }
}
