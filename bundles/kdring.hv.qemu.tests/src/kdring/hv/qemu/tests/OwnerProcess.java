package kdring.hv.qemu.tests;

import java.nio.file.Path;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;

/**
 * A kdring process in miniature, run in a child JVM by {@link OwnerDeathVmTest}: boots the reference guest,
 * prints {@code qemu PID RAMFILE} and waits to be killed.
 */
public final class OwnerProcess {

    private OwnerProcess() {
    }

    public static void main(String[] args) throws Exception {
        QemuVm vm = ReferenceGuest.launch(ReferenceGuest.Options.of(args[1], "ring"), Path.of(args[0]),
                Accelerator.detect().accelerator());
        System.out.println("qemu " + vm.pid() + " " + vm.spec().memoryFile());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
