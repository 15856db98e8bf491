package kdring.hv.qemu;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How QEMU runs the guest's instructions. KVM is what users have; TCG (software emulation) is the
 * fallback where /dev/kvm is missing or not ours to use, and tests and benchmarks always say which one
 * they ran on, because VM-exit costs (and so every serial-versus-ring figure) differ by orders of
 * magnitude between them.
 */
public enum Accelerator {
    KVM("kvm"), TCG("tcg");

    private final String qemuName;

    Accelerator(String qemuName) {
        this.qemuName = qemuName;
    }

    /** @return the name QEMU's {@code -accel} option takes */
    public String qemuName() {
        return qemuName;
    }

    /** The choice made for this machine, and why, for logs and benchmark reports. */
    public record Choice(Accelerator accelerator, String reason) {
        @Override
        public String toString() {
            return accelerator.qemuName + " (" + reason + ")";
        }
    }

    /**
     * Picks KVM when the KVM device exists and this process may open it read-write, else TCG.
     * The environment variable {@code KDRING_ACCEL=tcg} forces TCG (for comparing the two).
     */
    public static Choice detect() {
        return detect(Path.of("/dev/kvm"), System.getenv("KDRING_ACCEL"));
    }

    static Choice detect(Path kvmDevice, String override) {
        if ("tcg".equalsIgnoreCase(override)) {
            return new Choice(TCG, "KDRING_ACCEL=tcg");
        }
        if (!Files.exists(kvmDevice)) {
            return new Choice(TCG, kvmDevice + " does not exist");
        }
        if (!Files.isReadable(kvmDevice) || !Files.isWritable(kvmDevice)) {
            return new Choice(TCG, kvmDevice + " is not readable and writable by this user");
        }
        return new Choice(KVM, kvmDevice + " is usable");
    }
}
