package kdring.server.channels;

import java.io.IOException;
import java.nio.file.Path;

import kdring.server.ChannelConfig;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * Opens the service's channels from their configuration through the hypervisor seam: the adapter that
 * launches the demo VM for a {@code vm = demo} channel, the configured adapter for an attached VM; then a
 * {@link ChannelSession} on it. A channel that fails leaves nothing running (the session closes what it
 * opened).
 */
public final class ChannelFactory {

    private ChannelFactory() {
    }

    /**
     * @param config        the channel's settings
     * @param workDirectory where launched VMs keep their RAM file, sockets and log, and where session
     *                      recordings go
     * @param captures      where captures go
     */
    public static ServedChannel open(ChannelConfig config, Path workDirectory, Path captures) throws IOException {
        VmConnection vm = switch (config.kind()) {
            case DEMO -> Hypervisors.demo().launchDemo(Hypervisor.DemoRequest.of(config.name(), config.transport()),
                    workDirectory);
            case ATTACH -> Hypervisors.find(config.hypervisor()).attach(config.name(), config.attachSettings());
        };
        ChannelSession session = ChannelSession.open(vm, new ChannelSession.Options(config.endpoints(),
                workDirectory.resolve("recordings"), captures, config.debuggerStallTimeout()));
        return new ServedChannel(config.name(), session);
    }
}
