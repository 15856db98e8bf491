package kdring.ui.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.ui.session.DebugControl;
import kdring.ui.session.LiveSession;

/**
 * The demo: kdring's reference guest under QEMU (ring or UART transport), its host channel, a TCP endpoint
 * for WinDbg, a recorded session and the built-in debugger — everything {@code ./kdring demo} shows.
 * {@link #launch} takes seconds (QEMU boots the guest): call it from a Job. Thread-safe.
 */
public final class DemoVm implements AutoCloseable {

    private final QemuVm vm;
    private final LocalChannel channel;

    private DemoVm(QemuVm vm, LocalChannel channel) {
        this.vm = vm;
        this.channel = channel;
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
        try {
            return new DemoVm(vm, LocalChannel.open(vm.attach(), name, transport, windbgPort, captureFolder));
        } catch (IOException | RuntimeException e) {
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
        return channel.session();
    }

    /** @return the built-in debugger on the channel */
    public DebugControl debugger() {
        return channel.debugger();
    }

    /** @return the guest's own log so far */
    public String guestLog() {
        return vm.guestLog();
    }

    /** Stops everything: debugger, bridge, endpoint, channel, QEMU; the capture stays. */
    @Override
    public void close() {
        channel.close();
        vm.close();
    }
}
