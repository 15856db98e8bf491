package kdring.hv.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kdring.hv.libvirt.DomainXml;
import kdring.hv.libvirt.LibvirtHypervisor;
import kdring.hv.qemu.VmConfigSnippets;

/** What the libvirt adapter says about domains it cannot serve, and about its settings. */
class LibvirtHypervisorTest {

    private static DomainXml.Domain domain(String xml) throws IOException {
        return DomainXml.parse(xml);
    }

    @Test
    void aDomainWithoutKdringDevicesGetsTheExactXmlToAdd() throws IOException {
        DomainXml.Domain stock = domain("""
                <domain type='kvm' id='7'><name>win7</name><memory unit='GiB'>4</memory>
                  <devices><serial type='pty'><target port='0'/></serial></devices></domain>
                """);
        IOException e = assertThrows(IOException.class, () -> LibvirtHypervisor.check(stock, "qemu:///system", null));
        String snippet = VmConfigSnippets.libvirtXml(VmConfigSnippets.Paths.standard("win7", 4096));
        assertTrue(e.getMessage().startsWith("libvirt domain win7 (qemu:///system) has no kdring handshake device "
                + "(isa-debugcon in <qemu:commandline>) and a serial port of type 'pty', not 'unix': nothing kdring "
                + "can reach.\nAdd to its XML (virsh edit win7), restart it, and attach again:\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith(snippet), e.getMessage());
        assertTrue(snippet.contains("isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b"), snippet);
        assertTrue(snippet.contains("<access mode='shared'/>"), snippet);
    }

    @Test
    void aHandshakeDeviceWithoutSharedRamIsRefusedUnlessTheRamFileIsGiven() throws IOException {
        DomainXml.Domain privateRam = domain(DomainXmlTest.RUNNING.replace("<access mode='shared'/>", ""));
        IOException e = assertThrows(IOException.class,
                () -> LibvirtHypervisor.check(privateRam, "qemu:///system", null));
        assertTrue(e.getMessage().startsWith("libvirt domain kdring-hv-try (qemu:///system) has the kdring handshake "
                + "device but its RAM is not a shared file"), e.getMessage());
        assertTrue(e.getMessage().contains("<memoryBacking>"), e.getMessage());
        assertEquals("libvirt domain kdring-hv-try (qemu:///system)",
                LibvirtHypervisor.check(privateRam, "qemu:///system", Path.of("/dev/shm/given")));
    }

    @Test
    void aShutOffDomainIsToldToStart() throws IOException {
        DomainXml.Domain off = domain(DomainXmlTest.RUNNING.replace(" id='1'", ""));
        IOException e = assertThrows(IOException.class, () -> LibvirtHypervisor.check(off, "qemu:///session", null));
        assertEquals("libvirt domain kdring-hv-try (qemu:///session) is not running; start it (virsh -c "
                + "qemu:///session start kdring-hv-try) and attach again", e.getMessage());
    }

    @Test
    void aSerialOnlyDomainIsServed() throws IOException {
        DomainXml.Domain serialOnly = domain("""
                <domain type='kvm' id='3'><name>kdcom</name><memory unit='MiB'>512</memory>
                  <devices><serial type='unix'><source mode='bind' path='/run/kdring/kdcom.serial'/>
                  <target port='0'/></serial></devices></domain>
                """);
        assertEquals("libvirt domain kdcom (qemu:///system)", LibvirtHypervisor.check(serialOnly, "qemu:///system",
                null));
    }

    @Test
    void settingsAreCheckedBeforeLibvirtIsAsked() {
        LibvirtHypervisor libvirt = new LibvirtHypervisor();
        IOException unknown = assertThrows(IOException.class, () -> libvirt.attach("w", Map.of("domian", "w")));
        assertEquals("w: unknown libvirt attach setting 'domian' (known: domain, uri, memory, pause-idle)", unknown.getMessage());
        IOException missing = assertThrows(IOException.class, () -> libvirt.attach("w", Map.of("uri", "qemu:///system")));
        assertEquals("w: the libvirt domain's name ('domain') is required", missing.getMessage());
        assertEquals(Map.of("domain", "win10", "uri", "qemu:///system"), libvirt.suggestedSettings("win10"));
        assertTrue(libvirt.configSnippets("win10", 4096, Map.of()).get("libvirt domain XML")
                .contains("<qemu:commandline>"));
    }
}
