package kdring.server.channels;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.transport.bridge.SocketDebuggerServer;

/**
 * Makes the service's channels from their configuration: launches the reference guest for a demo channel,
 * or attaches to a VM someone else started; then opens the WinDbg endpoint. Everything opened is closed
 * again when a later step fails, so a bad channel leaves nothing running.
 */
public final class ChannelFactory {

    /** How long a launched guest may take to say it is ready. */
    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(90);

    private ChannelFactory() {
    }

    /**
     * @param config the channel's settings
     * @param workDirectory where launched VMs keep their RAM file, sockets and log
     * @param captures where captures go
     */
    public static ServedChannel open(ChannelConfig config, Path workDirectory, Path captures) throws IOException {
        return switch (config.kind()) {
            case DEMO -> launch(config, workDirectory, captures);
            case ATTACH -> attach(config, captures);
        };
    }

    private static ServedChannel launch(ChannelConfig config, Path workDirectory, Path captures) throws IOException {
        Accelerator.Choice accel = Accelerator.detect();
        System.out.println("kdring service: channel " + config.name() + ": starting the reference guest ("
                + config.transport() + " transport) under " + accel);
        QemuVm vm = ReferenceGuest.launch(ReferenceGuest.Options.of(config.name(), config.transport()),
                workDirectory, accel.accelerator());
        try {
            vm.awaitLog(ReferenceGuest.READY, BOOT_TIMEOUT);
            QemuVm.AttachedVm attached = vm.attach();
            return withEndpoint(config, attached, accel.accelerator().qemuName(), () -> {
                attached.close();
                vm.close();
            }, captures);
        } catch (IOException | RuntimeException e) {
            vm.close();
            throw e;
        }
    }

    private static ServedChannel attach(ChannelConfig config, Path captures) throws IOException {
        QemuVm.AttachedVm attached = QemuVm.AttachedVm.open(config.name(), config.portSocket(), config.serialSocket(),
                config.memoryFile());
        return withEndpoint(config, attached, "", attached, captures);
    }

    private static ServedChannel withEndpoint(ChannelConfig config, QemuVm.AttachedVm attached, String accelerator,
            AutoCloseable owned, Path captures) throws IOException {
        try {
            SocketDebuggerServer tcp = SocketDebuggerServer.tcp(attached.channel().hub(), "127.0.0.1",
                    config.debuggerPort());
            return new ServedChannel(config.name(), attached.channel(), List.of(tcp), accelerator, owned, captures);
        } catch (IOException | RuntimeException e) {
            try {
                owned.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IOException("channel " + config.name() + ": cannot open the WinDbg endpoint on port "
                    + config.debuggerPort() + ": " + e.getMessage(), e);
        }
    }
}
