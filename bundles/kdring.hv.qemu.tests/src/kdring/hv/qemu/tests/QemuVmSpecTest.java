package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVmSpec;

class QemuVmSpecTest {

    @TempDir
    Path dir;

    private QemuVmSpec spec(Path kernel, Accelerator accelerator) {
        return new QemuVmSpec("t", Path.of("qemu-system-x86_64"), kernel, "transport=ring", 64, dir.resolve("ram"),
                dir.resolve("kd.sock"), 0x10, 0xD5, dir.resolve("com1.sock"), dir.resolve("guest.log"), accelerator);
    }

    @Test
    void commandLineSharesRamAndPutsTheHandshakeDeviceOnThePort() {
        List<String> args = spec(Path.of("/k.elf"), Accelerator.TCG).commandLine();
        String joined = String.join(" ", args);
        assertTrue(joined.contains("memory-backend-file,id=ram0,size=64M,mem-path=" + dir.resolve("ram") + ",share=on"),
                joined);
        assertTrue(joined.contains("isa-debugcon,iobase=0x10,chardev=kdring0,readback=0xd5"), joined);
        assertTrue(joined.contains("-serial chardev:com1"), joined);
        assertEquals("tcg", args.get(args.indexOf("-accel") + 1));
        assertEquals("transport=ring", args.get(args.indexOf("-append") + 1));
    }

    @Test
    void rejectsValuesQemuWouldRejectLater() {
        assertThrows(IllegalArgumentException.class, () -> new QemuVmSpec("t", Path.of("q"), null, "", 8, dir, null,
                0x10, 0, dir, null, Accelerator.TCG));
        assertThrows(IllegalArgumentException.class, () -> new QemuVmSpec("t", Path.of("q"), null, "", 64, dir, null,
                0x10000, 0, dir, null, Accelerator.TCG));
    }

    @Test
    void detectionNamesItsReason() {
        Accelerator.Choice choice = Accelerator.detect();
        assertTrue(choice.toString().startsWith(choice.accelerator().qemuName()), choice.toString());
        if (Files.isWritable(Path.of("/dev/kvm")) && !Files.isDirectory(Path.of("/sys/module/kvm_pvm"))
                && System.getenv("KDRING_ACCEL") == null) {
            assertEquals(Accelerator.KVM, choice.accelerator());
        }
    }

    /** Real QEMU: the generated command line is accepted (QEMU parses it and starts) without a kernel. */
    @Test
    void qemuAcceptsTheCommandLine() throws Exception {
        QemuVmSpec spec = new QemuVmSpec("t", Path.of("qemu-system-x86_64"), null, "", 32, dir.resolve("ram"),
                dir.resolve("kd.sock"), 0x10, 0xD5, dir.resolve("com1.sock"), dir.resolve("guest.log"),
                Accelerator.detect().accelerator());
        spec.createMemoryFile();
        Process qemu = new ProcessBuilder(spec.commandLine()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("qemu.out").toFile()).start();
        try {
            // the sockets appear once QEMU has parsed everything and created its chardevs
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!(Files.exists(dir.resolve("kd.sock")) && Files.exists(dir.resolve("com1.sock")))
                    && qemu.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(qemu.isAlive(), () -> "QEMU exited: " + read(dir.resolve("qemu.out")));
            assertTrue(Files.exists(dir.resolve("kd.sock")), "no handshake socket");
            assertEquals(32L << 20, Files.size(dir.resolve("ram")));
        } finally {
            qemu.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
