package kdring.hv.xen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.xen.XenDomains;
import kdring.hv.xen.XenForeignMemory;
import kdring.hv.xen.XenHypervisor;

/**
 * The FFM binding to Debian's {@code libxenforeignmemory.so.1} (package libxenforeignmemory1, installed by the
 * test prerequisites) on a machine that is no Xen dom0: it loads the library, calls
 * {@code xenforeignmemory_open} for real, and fails with the sentence that says why. Also the {@code xl}
 * answers and the dom0 check.
 */
class XenBindingTest {

    @TempDir
    Path dir;

    @Test
    void theBindingLoadsDebiansLibraryAndSaysThisIsNoDom0() {
        assertTrue(Files.exists(Path.of("/proc/xen")) == false, "this test runs outside Xen");
        IOException e = assertThrows(IOException.class, XenForeignMemory::open);
        // the library was found and called: the failure is the hypercall device's, with errno and strerror
        assertTrue(e.getMessage().startsWith("cannot open Xen's foreign-memory interface (/dev/xen/privcmd): "
                + "No such file or directory (errno 2). "), e.getMessage());
        assertTrue(e.getMessage().endsWith("This is not a Xen domain at all (no /proc/xen): run kdring in the dom0 "
                + "of the Xen host."), e.getMessage());
    }

    @Test
    void attachingToADomainHereSaysWhatIsMissing() {
        XenHypervisor xen = new XenHypervisor();
        IOException e = assertThrows(IOException.class, () -> xen.attach("w", Map.of("domain", "win10")));
        assertTrue(e.getMessage().startsWith("w: cannot open Xen's foreign-memory interface"), e.getMessage());
        IOException unknown = assertThrows(IOException.class, () -> xen.attach("w", Map.of("dom", "win10")));
        assertEquals("w: unknown Xen attach setting 'dom' (known: domain, port-socket, serial-socket, pause-idle)",
                unknown.getMessage());
        IOException missing = assertThrows(IOException.class, () -> xen.attach("w", Map.of()));
        assertEquals("w: the Xen domain's name ('domain') is required", missing.getMessage());
    }

    @Test
    void dom0IsToldFromAGuestAndFromNoXen() throws Exception {
        assertTrue(XenDomains.whyNotDom0(dir.resolve("absent")).startsWith("this is not a Xen domain (no "));
        Path proc = Files.createDirectories(dir.resolve("xen"));
        Files.writeString(proc.resolve("capabilities"), "");
        assertTrue(XenDomains.whyNotDom0(proc).startsWith("this is a Xen guest, not dom0"), XenDomains.whyNotDom0(proc));
        Files.writeString(proc.resolve("capabilities"), "control_d\n");
        assertNull(XenDomains.whyNotDom0(proc));
    }

    @Test
    void xlListLongGivesIdTypeAndRamBound() throws IOException {
        // the fields kdring reads from xl list -l (Xen 4.17), the rest of the answer cut
        String json = """
                [
                    {
                        "domid": 5,
                        "config": {
                            "c_info": { "type": "hvm", "name": "win10", "uuid": "a4c9e2f0-0d1c-4c1e-9a8e-1c1c1c1c1c1c" },
                            "b_info": { "max_vcpus": 2, "max_memkb": 4194304, "target_memkb": 4194304,
                                        "type.hvm": { "firmware": "bios" } }
                        }
                    }
                ]
                """;
        XenDomains.Domain domain = XenDomains.parseList("win10", json);
        assertEquals(new XenDomains.Domain("win10", 5, "hvm", 4L << 30), domain);
        assertThrows(IOException.class, () -> XenDomains.parseList("x", "[]"));
        assertThrows(IOException.class, () -> XenDomains.parseList("x", "not json ["));
        assertThrows(IOException.class, () -> XenDomains.parseList("x", "[{\"domid\": 1}]"));
        assertThrows(IOException.class, () -> XenDomains.parseList("x",
                "[{\"domid\":-1,\"config\":{\"c_info\":{\"type\":\"hvm\"},\"b_info\":{\"max_memkb\":1}}}]"));
    }

    @Test
    void theXlCfgLinesNameTheDeviceModelsSocketsAndPort() {
        String cfg = new XenHypervisor().configSnippets("win10", 4096, Map.of()).get("Xen xl.cfg");
        assertTrue(cfg.contains("type = \"hvm\""), cfg);
        assertTrue(cfg.contains("device_model_args_hvm = [ \"-chardev\", \"socket,id=kdport,path=/run/kdring/win10.port,"
                + "server=on,wait=off\","), cfg);
        assertTrue(cfg.contains("\"isa-debugcon,iobase=0xe10,chardev=kdport,readback=0x6b\" ]"), cfg);
        assertTrue(cfg.contains("serial = \"unix:/run/kdring/win10.serial,server,nowait\""), cfg);
    }
}
