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
     * Picks KVM when the KVM device exists, this process may open it read-write and the host's KVM is not
     * the PVM flavour, else TCG. {@code KDRING_ACCEL=tcg} or {@code =kvm} forces a choice (for comparing
     * the two, or for a PVM host that does run the guest well).
     *
     * <p>Why PVM is refused by default: with the {@code kvm_pvm} module (a page-table based nested
     * hypervisor) the bare-metal reference guest runs about 1000 times slower than under TCG (SeaBIOS
     * alone takes seconds and the guest's 32-bit boot path crawls), which makes every test time out.
     */
    public static Choice detect() {
        return detect(Path.of("/dev/kvm"), Path.of("/sys/module/kvm_pvm"), System.getenv("KDRING_ACCEL"));
    }

    static Choice detect(Path kvmDevice, Path pvmModule, String override) {
        if ("tcg".equalsIgnoreCase(override)) {
            return new Choice(TCG, "KDRING_ACCEL=tcg");
        }
        if ("kvm".equalsIgnoreCase(override)) {
            return new Choice(KVM, "KDRING_ACCEL=kvm");
        }
        if (Files.isDirectory(pvmModule)) {
            return new Choice(TCG, "host KVM is kvm_pvm, which runs this guest far slower than TCG; "
                    + "KDRING_ACCEL=kvm forces it");
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
