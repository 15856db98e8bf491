package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kdring dump}: the demo VM dumped for real (the header checked here; the format in kdring.session.tests). */
class DumpCommandTest {

    @TempDir
    Path dir;

    @Test
    @Tag("vm")
    void dumpsTheDemoVmAsABitmapKernelDumpAndLetsItRun() throws Exception {
        Path out = dir.resolve("demo.dmp");
        ToolRun run = ToolRun.command("dump", "--vm", "demo", "--kind", "bitmap", out.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("dump: 100%"), run.out());
        assertTrue(run.out().contains("dump: wrote " + out), run.out());
        assertTrue(run.out().contains("dump: the VM runs again"), run.out());
        byte[] header = new byte[0x1000];
        try (var in = Files.newInputStream(out)) {
            assertEquals(header.length, in.readNBytes(header, 0, header.length));
        }
        assertEquals("PAGEDU64", new String(header, 0, 8, StandardCharsets.US_ASCII));
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x8664, h.getInt(0x30));
        assertEquals(5, h.getInt(0xF98), "bitmap dump type");
        assertEquals(Files.size(out), h.getLong(0xFA0), "RequiredDumpSpace is the file's size");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ToolRun.command("dump", "--kind", "tiny", dir.resolve("x.dmp").toString()).assertUsageError("kdring dump");
        ToolRun.command("dump", "--vm", "win10", dir.resolve("x.dmp").toString()).assertUsageError("kdring dump");
        ToolRun.command("dump", "--attach", "a,b", dir.resolve("x.dmp").toString()).assertUsageError("kdring dump");
    }
}
