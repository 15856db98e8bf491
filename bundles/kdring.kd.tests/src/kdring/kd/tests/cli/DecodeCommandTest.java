package kdring.kd.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.cli.DecodeCommand;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.PacketType;
import kdring.kd.tests.Frames;
import kdring.kd.tests.KdVectors;

/** {@code decode} on real files in a temporary folder: text, JSON, both directions, bad input. */
public class DecodeCommandTest {

    @TempDir
    Path folder;

    /** Output of one run. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run decode(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // run() is package-private: the launcher uses main(), tests the testable entry point
        Method run = DecodeCommand.class.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        run.setAccessible(true);
        int code = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path targetStream() throws IOException {
        byte[] print = new DataPacket(PacketType.DEBUG_IO, 0x80800000,
                DebugIo.print(0, "say \"hi\"\n").raw()).encode();
        return write("target.bin", Frames.concat(KdVectors.xpF(0x80800800), KdVectors.xpResetEcho(),
                KdVectors.xpF(0x80800000), KdVectors.xpB(), KdVectors.xpC(), new byte[] {0x11, 0x22},
                KdVectors.w81A(), print));
    }

    private Path debuggerStream() throws IOException {
        return write("debugger.bin", Frames.concat(KdVectors.reset(), KdVectors.reset(),
                ackOf(0x80800000), KdVectors.xpA(), ackOf(0x80800001)));
    }

    private static byte[] ackOf(int id) {
        return kdring.kd.packet.ControlPacket.ack(id).encode();
    }

    @Test
    void textOneLinePerPacket() throws Exception {
        Run run = decode(targetStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(8, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("T->D"), lines.get(0));
        assertTrue(lines.get(0).contains("STATE_CHANGE64"), lines.get(0));
        assertTrue(lines.get(0).contains("id=0x80800800"), lines.get(0));
        assertTrue(lines.get(0).contains("length=271"), lines.get(0));
        assertTrue(lines.get(0).contains("checksum=\"ok 0x3344\""), lines.get(0));
        assertTrue(lines.get(0).contains("path=\"\\\\WINDOWS\\\\system32\\\\ntkrnlpa.exe\""), lines.get(0));
        assertTrue(lines.get(1).contains("RESET"), lines.get(1));
        assertTrue(lines.get(4).contains("api=DbgKdGetVersionApi") && lines.get(4).contains("build=2600"), lines.get(4));
        assertTrue(lines.get(5).contains("SKIPPED") && lines.get(5).contains("length=2"), lines.get(5));
        assertTrue(lines.get(6).contains("code=0x80000003") && lines.get(6).contains("address=0xFFFFF8026BD72B90"),
                lines.get(6));
        assertTrue(lines.get(7).contains("text=\"say \\\"hi\\\"\\n\""), lines.get(7));
    }

    @Test
    void jsonLinesAreEscaped() throws Exception {
        Run run = decode("--json", targetStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(8, lines.size());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"dir\":\"T->D\",\"offset\":") && line.endsWith("}"), line);
        }
        assertTrue(lines.get(0).contains("\"path\":\"\\\\WINDOWS\\\\system32\\\\ntkrnlpa.exe\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"length\":271"), lines.get(0));
        assertTrue(lines.get(6).contains("\"firstChance\":true"), lines.get(6));
        assertTrue(lines.get(7).contains("\"text\":\"say \\\"hi\\\"\\n\""), lines.get(7));
    }

    @Test
    void fromDebuggerDirection() throws Exception {
        Run run = decode("--from", "debugger", debuggerStream().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().stream().allMatch(line -> line.startsWith("D->T")), run.out());
        assertTrue(run.out().contains("api=DbgKdGetVersionApi"), run.out());
    }

    @Test
    void bothDirectionsInterleaveAsAConversation() throws Exception {
        Run run = decode("--target", targetStream().toString(), "--debugger", debuggerStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> types = run.lines().stream().map(line -> line.substring(0, 4) + " "
                + line.substring(15).trim().split("\\s+")[0]).toList();
        assertEquals(List.of("D->T RESET", "D->T RESET", "T->D STATE_CHANGE64", "T->D RESET",
                "T->D STATE_CHANGE64", "D->T ACKNOWLEDGE", "D->T STATE_MANIPULATE", "T->D ACKNOWLEDGE",
                "T->D STATE_MANIPULATE", "D->T ACKNOWLEDGE"), types.subList(0, 10), run.out());
        assertEquals(13, run.lines().size());
    }

    @Test
    void notKdBytesExitTwoWithAMessage() throws Exception {
        Path text = write("notes.txt", "just some text, nothing to see here\n".repeat(50).getBytes(StandardCharsets.US_ASCII));
        Run run = decode(text.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no KD packets found"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileAndBadArgumentsExitTwo() throws Exception {
        Run missing = decode(folder.resolve("nope.bin").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        assertEquals(2, decode().code());
        assertEquals(2, decode("--from", "sideways", "x").code());
        assertEquals(2, decode("--target", "x").code());
        assertEquals(2, decode("--bogus").code());
        assertEquals(2, decode(folder.toString()).code());
    }

    @Test
    void helpPrintsUsage() throws Exception {
        Run run = decode("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("usage: decode [--json]"), run.out());
    }
}
