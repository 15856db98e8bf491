package kdring.transport.vm;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Pausing a VM kdring only attached to, as the adapters offer it ({@code pause-idle = yes}): allowed only on the
 * user's word; while allowed, a {@link WhenOwnerDies} watcher runs the hypervisor's resume command if this JVM dies;
 * {@link #pause()} and {@link #resume()} are idempotent and {@link #close()} resumes a VM that kdring paused.
 * The hypervisor's own commands (virsh, xl) come in through {@link Commands}.
 *
 * <p>Thread-safe.
 */
public final class AttachedPause implements AutoCloseable {

    /** The hypervisor's commands for one VM. */
    public interface Commands {
        /** Freezes the VM's CPUs. */
        void pause() throws IOException;

        /** Lets them run again. */
        void resume() throws IOException;

        /** @return whether the hypervisor reports the VM paused */
        boolean paused() throws IOException;
    }

    private final String vm;
    private final String setting;
    private final Commands commands;
    private WhenOwnerDies watcher;
    private volatile boolean pausedByKdring;

    /**
     * @param vm       how messages name the VM, e.g. {@code libvirt domain win10}
     * @param setting  the attach setting that allows pausing (named when pausing is refused)
     * @param commands the hypervisor's commands for it
     */
    public AttachedPause(String vm, String setting, Commands commands) {
        this.vm = vm;
        this.setting = setting;
        this.commands = commands;
    }

    /**
     * Reads a {@code pause-idle} attach setting: yes/true/on/1 or no/false/off/0, case-insensitive; absent or
     * blank is no.
     *
     * @throws IOException naming the channel, the setting and the value otherwise
     */
    public static boolean setting(String channel, String setting, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            case "no", "false", "off", "0" -> false;
            default -> throw new IOException(channel + ": " + setting + " is yes or no, not '" + value + "'");
        };
    }

    /** Allows pausing: starts the watcher that runs {@code resumeCommand} if this JVM dies. */
    public synchronized void allow(List<String> resumeCommand) throws IOException {
        if (watcher == null) {
            watcher = WhenOwnerDies.run(resumeCommand);
        }
    }

    /** @return whether the user allowed pausing (and the watcher runs) */
    public synchronized boolean allowed() {
        return watcher != null;
    }

    /** Pauses the VM unless it is paused already. */
    public void pause() throws IOException {
        requireAllowed();
        if (!commands.paused()) {
            commands.pause();
            pausedByKdring = true;
        }
    }

    /** Lets the VM run unless it runs already. */
    public void resume() throws IOException {
        requireAllowed();
        if (commands.paused()) {
            commands.resume();
        }
        pausedByKdring = false;
    }

    /** @return whether the hypervisor reports the VM paused */
    public boolean paused() throws IOException {
        return commands.paused();
    }

    private void requireAllowed() {
        if (!allowed()) {
            throw new UnsupportedOperationException(vm + " may not be paused: give '" + setting
                    + " = yes' to allow it");
        }
    }

    /** Resumes the VM if kdring paused it (never left paused by kdring), then ends the watcher. */
    @Override
    public void close() {
        if (pausedByKdring) {
            try {
                resume();
            } catch (IOException | RuntimeException e) {
                // the watcher cannot help here (this JVM lives on): say so in the log
                System.getLogger(AttachedPause.class.getName()).log(System.Logger.Level.WARNING,
                        "could not resume " + vm + ": " + e.getMessage());
            }
        }
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }
    }
}
