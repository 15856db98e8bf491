package kdring.hv.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.hv.libvirt.QmpReplies;

/** QEMU's answers through {@code virsh qemu-monitor-command}, as QEMU 7.2 gives them under libvirt 9.0. */
class QmpRepliesTest {

    @Test
    void theRamFileIsFoundAmongQemusObjects() throws IOException {
        String list = "{\"return\":[{\"name\":\"type\",\"type\":\"string\"},{\"name\":\"masterKey0\","
                + "\"type\":\"child<secret>\"},{\"name\":\"pc.ram\",\"type\":\"child<memory-backend-file>\"}],"
                + "\"id\":\"libvirt-413\"}";
        assertEquals(List.of("pc.ram"), QmpReplies.fileBackends(list));
        assertEquals("/var/lib/libvirt/qemu/ram/1-kdring-hv-try/pc.ram", QmpReplies.value(
                "{\"return\":\"/var/lib/libvirt/qemu/ram/1-kdring-hv-try/pc.ram\",\"id\":\"libvirt-414\"}"));
        assertEquals(List.of(), QmpReplies.fileBackends("{\"return\":[],\"id\":\"libvirt-1\"}"));
    }

    @Test
    void refusalsAndGarbageSayWhat() {
        IOException refused = assertThrows(IOException.class, () -> QmpReplies.value(
                "{\"id\":\"libvirt-9\",\"error\":{\"class\":\"DeviceNotFound\",\"desc\":\"Device '/objects/x' not found\"}}"));
        assertEquals("QEMU refused: Device '/objects/x' not found", refused.getMessage());
        IOException garbage = assertThrows(IOException.class, () -> QmpReplies.fileBackends("error: no"));
        assertTrue(garbage.getMessage().startsWith("QEMU's answer is not"), garbage.getMessage());
        IOException noList = assertThrows(IOException.class,
                () -> QmpReplies.fileBackends("{\"return\":\"x\"}"));
        assertTrue(noList.getMessage().startsWith("QEMU's qom-list answer holds no list"), noList.getMessage());
        assertThrows(IOException.class, () -> QmpReplies.value("{\"return\":{\"a\":1}}"));
        assertThrows(IOException.class, () -> QmpReplies.value("{\"id\":\"libvirt-2\"}"));
    }
}
