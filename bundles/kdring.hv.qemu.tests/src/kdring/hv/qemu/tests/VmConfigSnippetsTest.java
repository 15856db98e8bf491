package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kdring.hv.qemu.VmConfigSnippets;

/** The configuration snippets users paste into their own VM's definition. */
class VmConfigSnippetsTest {

    @Test
    void snippetsNameTheDevicesOfTheContract() {
        VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard("win10", 4096);
        String qemu = VmConfigSnippets.qemuArguments(paths);
        assertTrue(qemu.contains("isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b"), qemu);
        assertTrue(qemu.contains("mem-path=/dev/shm/kdring-win10,share=on"), qemu);
        String xml = VmConfigSnippets.libvirtXml(paths);
        assertTrue(xml.contains("<qemu:commandline>") && xml.contains("<access mode='shared'/>"), xml);
        assertTrue(xml.contains("path=/run/kdring/win10.port,server=on,wait=off"), xml);
        String xen = VmConfigSnippets.xenXlCfg(paths);
        assertTrue(xen.contains("device_model_args") && xen.contains("iobase=0xe10"), xen);
    }
}
