package kdring.hv.qemu;

import java.nio.file.Path;

/**
 * The configuration a user adds to a VM they start themselves, so that kdring can serve it
 * (docs/channel-protocol.md §8, §8.1): QEMU arguments, a libvirt domain XML fragment and a Xen
 * {@code xl.cfg} fragment. Stateless.
 */
public final class VmConfigSnippets {

    private VmConfigSnippets() {
    }

    /**
     * The paths one VM uses.
     *
     * @param name        VM name
     * @param memoryMiB   guest RAM
     * @param memoryFile  RAM backing file (on tmpfs)
     * @param portSocket  handshake port socket
     * @param serialSocket COM1 socket
     */
    public record Paths(String name, int memoryMiB, Path memoryFile, Path portSocket, Path serialSocket) {
        /** The conventional paths under /run/kdring and /dev/shm. */
        public static Paths standard(String name, int memoryMiB) {
            return new Paths(name, memoryMiB, Path.of("/dev/shm/kdring-" + name), Path.of("/run/kdring/" + name + ".port"),
                    Path.of("/run/kdring/" + name + ".serial"));
        }
    }

    /** @return QEMU arguments (one option per line, ready to paste) */
    public static String qemuArguments(Paths p) {
        return String.join(" \\\n  ",
                "-object memory-backend-file,id=mem,size=" + p.memoryMiB() + "M,mem-path=" + p.memoryFile() + ",share=on",
                "-machine pc,memory-backend=mem",
                "-chardev socket,id=kdport,path=" + p.portSocket() + ",server=on,wait=off",
                "-device isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b",
                "-chardev socket,id=kdser,path=" + p.serialSocket() + ",server=on,wait=off",
                "-serial chardev:kdser");
    }

    /**
     * @return a libvirt domain XML fragment: shared file-backed memory natively, the handshake device through
     *         {@code <qemu:commandline>} (the root element needs
     *         {@code xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'})
     */
    public static String libvirtXml(Paths p) {
        return """
                <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <memoryBacking>
                    <source type='file'/>
                    <access mode='shared'/>
                  </memoryBacking>
                  <devices>
                    <serial type='unix'>
                      <source mode='bind' path='%4$s'/>
                      <target port='0'/>
                    </serial>
                  </devices>
                  <qemu:commandline>
                    <qemu:arg value='-chardev'/>
                    <qemu:arg value='socket,id=kdport,path=%3$s,server=on,wait=off'/>
                    <qemu:arg value='-device'/>
                    <qemu:arg value='isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b'/>
                  </qemu:commandline>
                </domain>
                <!-- %1$s: with <source type='file'/> libvirt places guest RAM (%2$d MiB) under
                     memory_backing_dir of qemu.conf; point kdring attach at that file -->
                """.formatted(p.name(), p.memoryMiB(), p.portSocket(), p.serialSocket());
    }

    /** @return an xl.cfg fragment for a Xen HVM guest with the upstream QEMU device model (port 0xE10) */
    public static String xenXlCfg(Paths p) {
        return """
                type = "hvm"
                device_model_version = "qemu-xen"
                device_model_args_hvm = [ "-chardev", "socket,id=kdport,path=%s,server=on,wait=off",
                                          "-device",  "isa-debugcon,iobase=0xe10,chardev=kdport,readback=0x6b" ]
                serial = "unix:%s,server,nowait"
                # configure the guest with port 0xE10 (its default probes 0x10, then 0xE10); guest RAM is mapped
                # through the foreign-memory interface on Xen, not a shared file. kdring.conf in dom0:
                #   [channel %s]
                #   vm = xen
                #   domain = %s
                """.formatted(p.portSocket(), p.serialSocket(), p.name(), p.name());
    }
}
