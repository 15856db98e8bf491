package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.server.ChannelConfig;
import kdring.server.ServiceConfig;
import kdring.server.channels.ChannelFactory;

/**
 * {@code vm = xen} and {@code vm = libvirt} channels from the configuration reach their adapters through the
 * hypervisor seam (the service names none), and a channel that cannot be opened says why: here no Xen dom0, and
 * no libvirt domain of that name.
 */
class AdapterChannelsTest {

    @TempDir
    Path dir;

    private ChannelConfig channel(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("kdring.conf"), text);
        return ServiceConfig.load(file).channels().get(0);
    }

    @Test
    void aXenChannelOutsideDom0SaysSo() throws Exception {
        ChannelConfig xen = channel("[channel winxen]\nvm = xen\ndomain = win10-hvm\n");
        IOException e = assertThrows(IOException.class, () -> ChannelFactory.open(xen, dir, dir.resolve("captures")));
        assertTrue(e.getMessage().startsWith("winxen: cannot open Xen's foreign-memory interface"), e.getMessage());
        assertTrue(e.getMessage().contains("run kdring in the dom0 of the Xen host"), e.getMessage());
    }

    @Test
    void aLibvirtChannelForAnAbsentDomainPassesOnLibvirtsWords() throws Exception {
        ChannelConfig libvirt = channel("[channel winvirt]\nvm = libvirt\ndomain = kdring-no-such-domain\n");
        IOException e = assertThrows(IOException.class,
                () -> ChannelFactory.open(libvirt, dir, dir.resolve("captures")));
        assertTrue(e.getMessage().contains("virsh -c qemu:///system dumpxml kdring-no-such-domain failed: "),
                e.getMessage());
    }

    @Test
    void anUnknownAdapterNamesTheInstalledOnes() throws Exception {
        ChannelConfig bhyve = channel("[channel b]\nvm = bhyve\ndomain = x\n");
        IOException e = assertThrows(IOException.class, () -> ChannelFactory.open(bhyve, dir, dir.resolve("captures")));
        assertTrue(e.getMessage().startsWith("no hypervisor adapter 'bhyve' is installed (installed: libvirt, qemu, xen)"),
                e.getMessage());
    }
}
