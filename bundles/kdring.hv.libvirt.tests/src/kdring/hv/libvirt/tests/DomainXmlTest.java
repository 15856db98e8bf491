package kdring.hv.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kdring.hv.libvirt.DomainXml;

/** The live domain XML, as libvirt 9.0 (Debian 12) writes it, and what a hostile or broken one does. */
class DomainXmlTest {

    /** {@code virsh dumpxml} of a running domain set up with {@code kdring probe --print-config}'s XML. */
    static final String RUNNING = """
            <domain type='qemu' id='1' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
              <name>kdring-hv-try</name>
              <uuid>082dc964-cb1a-4ddb-806a-3d884f7a73cf</uuid>
              <memory unit='KiB'>131072</memory>
              <currentMemory unit='KiB'>131072</currentMemory>
              <memoryBacking>
                <source type='file'/>
                <access mode='shared'/>
              </memoryBacking>
              <vcpu placement='static'>1</vcpu>
              <os>
                <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>
                <kernel>/work/guest/build/refvm.bin</kernel>
                <cmdline>transport=ring pattern=2 modules=150</cmdline>
                <boot dev='hd'/>
              </os>
              <devices>
                <emulator>/usr/bin/qemu-system-x86_64</emulator>
                <controller type='pci' index='0' model='pci-root'>
                  <alias name='pci.0'/>
                </controller>
                <serial type='unix'>
                  <source mode='bind' path='/tmp/hv-virt/try.serial'/>
                  <target type='isa-serial' port='0'>
                    <model name='isa-serial'/>
                  </target>
                  <alias name='serial0'/>
                </serial>
                <console type='unix'>
                  <source mode='bind' path='/tmp/hv-virt/try.serial'/>
                  <target type='serial' port='0'/>
                  <alias name='serial0'/>
                </console>
                <memballoon model='virtio'>
                  <alias name='balloon0'/>
                </memballoon>
              </devices>
              <seclabel type='dynamic' model='dac' relabel='yes'>
                <label>+0:+0</label>
              </seclabel>
              <qemu:commandline>
                <qemu:arg value='-chardev'/>
                <qemu:arg value='file,id=guestlog,path=/tmp/hv-virt/try.log'/>
                <qemu:arg value='-device'/>
                <qemu:arg value='isa-debugcon,iobase=0xe9,chardev=guestlog'/>
                <qemu:arg value='-chardev'/>
                <qemu:arg value='socket,id=kdport,path=/tmp/hv-virt/try.port,server=on,wait=off'/>
                <qemu:arg value='-device'/>
                <qemu:arg value='isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b'/>
              </qemu:commandline>
            </domain>
            """;

    @Test
    void aRunningRingDomainGivesItsSocketsPortAndSharedRam() throws IOException {
        DomainXml.Domain domain = DomainXml.parse(RUNNING);
        assertEquals("kdring-hv-try", domain.name());
        assertEquals("qemu", domain.type());
        assertEquals(1, domain.id());
        assertTrue(domain.running());
        assertEquals(128L << 20, domain.memoryBytes());
        assertTrue(domain.sharedFileMemory());
        assertEquals(Optional.of(Path.of("/tmp/hv-virt/try.serial")), domain.serialSocket());
        assertEquals("unix", domain.serialType());
        // the guest log's debugcon at 0xE9 comes first and has no readback byte: not the handshake device
        assertEquals(Optional.of(Path.of("/tmp/hv-virt/try.port")), domain.portSocket());
        assertEquals(0x10, domain.portIobase());
    }

    @Test
    void aShutOffDomainHasNoId() throws IOException {
        DomainXml.Domain domain = DomainXml.parse(RUNNING.replace(" id='1'", ""));
        assertEquals(-1, domain.id());
        assertFalse(domain.running());
    }

    @Test
    void aStockDomainHasAPtySerialPortPrivateRamAndNoHandshakeDevice() throws IOException {
        DomainXml.Domain domain = DomainXml.parse("""
                <domain type='kvm' id='7'>
                  <name>win7</name>
                  <memory unit='GiB'>4</memory>
                  <devices>
                    <serial type='pty'>
                      <source path='/dev/pts/3'/>
                      <target type='isa-serial' port='0'/>
                    </serial>
                  </devices>
                </domain>
                """);
        assertEquals(4L << 30, domain.memoryBytes());
        assertFalse(domain.sharedFileMemory());
        assertEquals("pty", domain.serialType());
        assertEquals(Optional.empty(), domain.serialSocket());
        assertEquals(Optional.empty(), domain.portSocket());
        assertEquals(-1, domain.portIobase());
    }

    @Test
    void memfdOrPrivateBackingIsNotAFileKdringCanMap() throws IOException {
        String memfd = RUNNING.replace("<source type='file'/>", "<source type='memfd'/>");
        assertFalse(DomainXml.parse(memfd).sharedFileMemory());
        String privateFile = RUNNING.replace("<access mode='shared'/>", "<access mode='private'/>");
        assertFalse(DomainXml.parse(privateFile).sharedFileMemory());
    }

    @Test
    void theSerialPortOnTargetPortZeroIsCom1() throws IOException {
        DomainXml.Domain domain = DomainXml.parse("""
                <domain type='kvm' id='2'><name>two</name><devices>
                  <serial type='unix'><source mode='bind' path='/run/com2'/><target port='1'/></serial>
                  <serial type='unix'><source mode='bind' path='/run/com1'/><target port='0'/></serial>
                </devices></domain>
                """);
        assertEquals(Optional.of(Path.of("/run/com1")), domain.serialSocket());
    }

    @Test
    void badOrHostileXmlIsAClearErrorAndNeverReadsFiles() {
        IOException entity = assertThrows(IOException.class, () -> DomainXml.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE domain [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <domain type='kvm'><name>&secret;</name></domain>
                """));
        assertTrue(entity.getMessage().startsWith("the domain XML is not readable: "), entity.getMessage());
        assertTrue(entity.getMessage().contains("DOCTYPE"), entity.getMessage());
        IOException truncated = assertThrows(IOException.class, () -> DomainXml.parse(RUNNING.substring(0, 300)));
        assertTrue(truncated.getMessage().startsWith("the domain XML is not readable: "), truncated.getMessage());
        IOException notADomain = assertThrows(IOException.class, () -> DomainXml.parse("<network><name>x</name></network>"));
        assertEquals("expected a <domain> element, found <network>", notADomain.getMessage());
        assertThrows(IOException.class, () -> DomainXml.parse(""));
    }

    @Test
    void nonsenseValuesAreAbsentNotExceptions() throws IOException {
        DomainXml.Domain domain = DomainXml.parse("""
                <domain type='kvm' id='many' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <name>odd</name>
                  <memory unit='parsecs'>12</memory>
                  <devices><serial type='unix'><source mode='bind'/><target port='0'/></serial></devices>
                  <qemu:commandline>
                    <qemu:arg value='-device'/>
                    <qemu:arg value='isa-debugcon,iobase=0x10,chardev=nowhere,readback=0x6b'/>
                    <qemu:arg value='-chardev'/>
                  </qemu:commandline>
                </domain>
                """);
        assertEquals(-1, domain.id());
        assertEquals(0, domain.memoryBytes());
        assertEquals(Optional.empty(), domain.serialSocket(), "a unix serial port without a path");
        assertEquals(Optional.empty(), domain.portSocket(), "a debugcon whose chardev is not defined");
    }

    @Test
    void aCommaInASocketPathIsQemusDoubleComma() throws IOException {
        DomainXml.Domain domain = DomainXml.parse(RUNNING.replace("path=/tmp/hv-virt/try.port,", "path=/tmp/a,,b,"));
        assertEquals(Optional.of(Path.of("/tmp/a,b")), domain.portSocket());
    }
}
