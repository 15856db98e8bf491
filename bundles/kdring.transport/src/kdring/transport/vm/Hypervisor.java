package kdring.transport.vm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A hypervisor adapter: the one seam between kdring and a kind of VM host. Each adapter bundle
 * (kdring.hv.qemu today) registers one as an OSGi Declarative Services component; front ends find it
 * through the service registry (the channel session's {@code Hypervisors}) and never import an adapter.
 *
 * <p>Implementations are stateless or thread-safe.
 */
public interface Hypervisor {

    /**
     * One setting an attach needs, for configuration files and dialogs.
     *
     * @param key      its name in {@link #attach}'s settings and in {@code [channel]} sections
     * @param help     one line for the user
     * @param required whether an attach fails without it
     */
    record Setting(String key, String help, boolean required) {
    }

    /**
     * The built-in demo VM to launch.
     *
     * @param name       VM name
     * @param transport  "ring", "uart" or "auto"
     * @param patternMiB size of the reference guest's pattern region
     */
    record DemoRequest(String name, String transport, int patternMiB) {
        /** The demo on {@code transport} with the default 16 MiB pattern. */
        public static DemoRequest of(String name, String transport) {
            return new DemoRequest(name, transport, 16);
        }
    }

    /** @return a short id, e.g. {@code qemu}; configuration files name adapters by it */
    String id();

    /** @return a name for people, e.g. "QEMU/KVM" */
    String label();

    /** @return whether this adapter can boot the built-in demo VM (the reference guest) */
    default boolean launchesDemo() {
        return false;
    }

    /**
     * Boots the built-in demo VM and waits until it runs. Takes seconds: never call it on a UI thread.
     *
     * @param workDirectory where the VM's sockets, logs and files go
     * @throws IOException saying what failed (hypervisor missing, guest not booting, ...)
     */
    default VmConnection launchDemo(DemoRequest request, Path workDirectory) throws IOException {
        throw new UnsupportedOperationException(label() + " cannot launch the demo VM");
    }

    /**
     * @return null when this adapter can attach to VMs on this machine, else why not in one sentence (e.g. the
     *         Xen adapter outside a dom0); dialogs offer only adapters that can
     */
    default String unavailableReason() {
        return null;
    }

    /** @return the settings {@link #attach} understands */
    List<Setting> attachSettings();

    /**
     * Opens a VM someone else started.
     *
     * @param name     the VM's name
     * @param settings values for {@link #attachSettings()} keys
     * @throws IOException saying which setting is wrong or which file or socket is missing
     */
    VmConnection attach(String name, Map<String, String> settings) throws IOException;

    /** @return attach settings for a VM named {@code vmName} set up the conventional way (dialog defaults) */
    default Map<String, String> suggestedSettings(String vmName) {
        return Map.of();
    }

    /**
     * The configuration a user adds to a VM of theirs so that kdring can attach to it with {@code settings}
     * (the {@link #suggestedSettings} when empty), by kind (e.g. "QEMU command line", "libvirt XML"), in
     * display order.
     */
    Map<String, String> configSnippets(String vmName, int memoryMiB, Map<String, String> settings);
}
