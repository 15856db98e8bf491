package kdring.hv.qemu.tests;

import java.nio.file.Path;
import java.util.Map;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuHypervisor;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.transport.vm.VmConnection;

/**
 * A kdring process in miniature, run in a child JVM by {@link OwnerDeathVmTest}: boots the reference guest,
 * prints {@code qemu PID RAMFILE} and waits to be killed. With {@code attach-pause QMP RAMFILE} instead, it
 * attaches to a VM someone else started, with pausing allowed, pauses it, prints {@code paused true|false}
 * (QMP's word) and waits to be killed.
 */
public final class OwnerProcess {

    private OwnerProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args[1].equals("attach-pause")) {
            VmConnection vm = new QemuHypervisor().attach("attached", Map.of(QemuHypervisor.QMP_SOCKET, args[2],
                    QemuHypervisor.MEMORY, args[3], QemuHypervisor.PAUSE_IDLE, "yes", QemuHypervisor.SERIAL_SOCKET,
                    args[4]));
            vm.pause();
            System.out.println("paused " + vm.paused());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        QemuVm vm = ReferenceGuest.launch(ReferenceGuest.Options.of(args[1], "ring"), Path.of(args[0]),
                Accelerator.detect().accelerator());
        System.out.println("qemu " + vm.pid() + " " + vm.spec().memoryFile());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
