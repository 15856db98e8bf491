package kdring.hv.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to start a VM with a kdring channel on stock QEMU, and the command line that does
 * it. The pieces follow docs/channel-protocol.md:
 * <ul>
 * <li>guest RAM is a {@code memory-backend-file} with {@code share=on}, so the host can map it;</li>
 * <li>the handshake port is an {@code isa-debugcon} device whose writes arrive on a unix socket and whose
 * reads return {@code readback} (how the guest detects a kdring host);</li>
 * <li>COM1 is a unix socket as well: the classic serial KD path;</li>
 * <li>a second debugcon at 0xE9 carries the guest's own log.</li>
 * </ul>
 *
 * @param name a short name used for sockets and logs
 * @param qemuBinary the qemu-system-x86_64 to run
 * @param kernel a multiboot kernel (the reference guest) or null when booting a disk image
 * @param kernelCommandLine the multiboot command line, may be empty
 * @param memoryMiB guest RAM size (below 3 GiB, so that guest-physical address equals file offset)
 * @param memoryFile the file that backs guest RAM (on tmpfs, e.g. /dev/shm); it must exist with the RAM's size
 *        before QEMU starts ({@link #createMemoryFile()}), because QEMU unlinks a backing file it created
 *        itself, and the host could then not map it; null for QEMU's own anonymous RAM (a VM that kdring
 *        reaches through its serial port only)
 * @param channelSocket unix socket for the handshake port, or null for a VM without a kdring device
 * @param channelPort the I/O port of the handshake device
 * @param readback the byte a guest read of the handshake port returns
 * @param serialSocket unix socket for COM1
 * @param logFile file that receives the guest's port-0xE9 log, or null
 * @param accelerator KVM or TCG
 */
public record QemuVmSpec(String name, Path qemuBinary, Path kernel, String kernelCommandLine, int memoryMiB,
        Path memoryFile, Path channelSocket, int channelPort, int readback, Path serialSocket, Path logFile,
        Accelerator accelerator) {

    public QemuVmSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(qemuBinary);
        Objects.requireNonNull(serialSocket);
        Objects.requireNonNull(accelerator);
        kernelCommandLine = kernelCommandLine == null ? "" : kernelCommandLine;
        if (memoryMiB < 16 || memoryMiB > 3072) {
            throw new IllegalArgumentException("guest memory must be 16..3072 MiB, got " + memoryMiB);
        }
        if (channelPort < 0 || channelPort > 0xFFFF) {
            throw new IllegalArgumentException("I/O port out of range: " + channelPort);
        }
        if (readback < 0 || readback > 0xFF) {
            throw new IllegalArgumentException("readback must be one byte: " + readback);
        }
    }

    /** Creates (or resizes) the RAM backing file, so that QEMU opens it rather than creating and unlinking it. */
    public void createMemoryFile() throws java.io.IOException {
        if (memoryFile != null) {
            LocalFiles.createMemoryFile(memoryFile, (long) memoryMiB << 20);
        }
    }

    /** @return the argument vector for {@link ProcessBuilder}, starting with the QEMU binary */
    public List<String> commandLine() {
        List<String> args = new ArrayList<>();
        args.add(qemuBinary.toString());
        args.addAll(List.of("-name", name, "-accel", accelerator.qemuName(), "-nodefaults",
                "-no-user-config", "-smp", "1", "-m", memoryMiB + "M"));
        if (memoryFile != null) {
            args.addAll(List.of("-object", "memory-backend-file,id=ram0,size=" + memoryMiB + "M,mem-path="
                    + memoryFile + ",share=on", "-machine", "pc,memory-backend=ram0"));
        } else {
            args.addAll(List.of("-machine", "pc"));
        }
        if (kernel != null) {
            args.addAll(List.of("-kernel", kernel.toString()));
            if (!kernelCommandLine.isEmpty()) {
                args.addAll(List.of("-append", kernelCommandLine));
            }
        }
        if (channelSocket != null) {
            args.addAll(List.of("-chardev", "socket,id=kdring0,path=" + channelSocket + ",server=on,wait=off",
                    "-device", String.format("isa-debugcon,iobase=0x%x,chardev=kdring0,readback=0x%x", channelPort,
                            readback)));
        }
        args.addAll(List.of("-chardev", "socket,id=com1,path=" + serialSocket + ",server=on,wait=off", "-serial",
                "chardev:com1"));
        if (logFile != null) {
            args.addAll(List.of("-chardev", "file,id=guestlog,path=" + logFile, "-device",
                    "isa-debugcon,iobase=0xe9,chardev=guestlog"));
        }
        args.addAll(List.of("-monitor", "none", "-display", "none"));
        return List.copyOf(args);
    }
}
