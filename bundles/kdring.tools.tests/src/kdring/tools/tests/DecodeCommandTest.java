package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.PacketType;
import kdring.kd.tests.Frames;
import kdring.kd.tests.KdVectors;

/** {@code kdring decode} on real files in a temporary folder: text, JSON, both directions, bad input. */
class DecodeCommandTest {

    @TempDir
    Path folder;

    static ToolRun decode(String... args) {
        return ToolRun.command("decode", args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /**
     * What the target sent: LoadSymbols, its RESET echo, LoadSymbols again after the RESET, the ACK of a
     * GetVersion request, the GetVersion reply, two bytes of garbage, a breakpoint exception, a DbgPrint.
     */
    private Path targetStream() throws IOException {
        byte[] print = new DataPacket(PacketType.DEBUG_IO, 0x80800000,
                DebugIo.print(0, "say \"hi\"\n").raw()).encode();
        return write("target.bin", Frames.concat(KdVectors.xpF(0x80800800), KdVectors.xpResetEcho(),
                KdVectors.xpF(0x80800000), KdVectors.xpB(), KdVectors.xpC(), new byte[] {0x11, 0x22},
                KdVectors.w81A(), print));
    }

    /** What the debugger sent: two RESETs, an ACK, the GetVersion request, an ACK. */
    private Path debuggerStream() throws IOException {
        return write("debugger.bin", Frames.concat(KdVectors.reset(), KdVectors.reset(),
                ControlPacket.ack(0x80800000).encode(), KdVectors.xpA(), ControlPacket.ack(0x80800001).encode()));
    }

    @Test
    void textOneLinePerPacket() throws Exception {
        ToolRun run = decode(targetStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(8, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("T->D"), lines.get(0));
        assertTrue(lines.get(0).contains("STATE_CHANGE64"), lines.get(0));
        assertTrue(lines.get(0).contains("id=0x80800800"), lines.get(0));
        assertTrue(lines.get(0).contains("length=271"), lines.get(0));
        assertTrue(lines.get(0).contains("checksum=\"ok 0x3344\""), lines.get(0));
        assertTrue(lines.get(0).contains("api=LoadSymbols summary=\"LoadSymbols \\\\WINDOWS\\\\system32\\\\ntkrnlpa.exe"
                + " at 0xFFFFFFFF804D8000\""), lines.get(0));
        assertTrue(lines.get(1).contains("RESET"), lines.get(1));
        assertTrue(lines.get(3).contains("ACKNOWLEDGE") && lines.get(3).contains("summary=\"ACK 0x80800000\""),
                lines.get(3));
        assertTrue(lines.get(4).contains("api=GetVersion") && lines.get(4).contains("build 2600"), lines.get(4));
        assertTrue(lines.get(5).contains("SKIPPED") && lines.get(5).contains("length=2"), lines.get(5));
        assertTrue(lines.get(6).contains("0x80000003") && lines.get(6).contains("at 0xFFFFF8026BD72B90"),
                lines.get(6));
        assertTrue(lines.get(7).contains("summary=\"DbgPrint: \\\"say \\\"hi\\\"\\\"\""), lines.get(7));
    }

    @Test
    void jsonLinesAreEscaped() throws Exception {
        ToolRun run = decode("--json", targetStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(8, lines.size());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"dir\":\"T->D\",\"offset\":") && line.endsWith("}"), line);
        }
        assertTrue(lines.get(0).contains("\"summary\":\"LoadSymbols \\\\WINDOWS\\\\system32\\\\ntkrnlpa.exe"),
                lines.get(0));
        assertTrue(lines.get(0).contains("\"length\":271"), lines.get(0));
        assertTrue(lines.get(6).contains("(first chance)"), lines.get(6));
        assertTrue(lines.get(7).contains("\"summary\":\"DbgPrint: \\\"say \\\"hi\\\"\\\"\""), lines.get(7));
        // and a JSON reader reads back what was printed
        JsonObject print = JsonParser.parseString(lines.get(7)).getAsJsonObject();
        assertEquals("DbgPrint: \"say \"hi\"\"", print.get("summary").getAsString());
        assertEquals("PrintString", print.get("api").getAsString());
    }

    @Test
    void fromDebuggerDirection() throws Exception {
        ToolRun run = decode("--from", "debugger", debuggerStream().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().stream().allMatch(line -> line.startsWith("D->T")), run.out());
        assertTrue(run.out().contains("api=GetVersion summary=\"GetVersion request\""), run.out());
    }

    @Test
    void bothDirectionsInterleaveAsAConversation() throws Exception {
        ToolRun run = decode("--target", targetStream().toString(), "--debugger", debuggerStream().toString());
        assertEquals(0, run.code(), run.err());
        List<String> types = run.lines().stream().map(line -> line.substring(0, 4) + " "
                + line.substring(15).trim().split("\\s+")[0]).toList();
        assertEquals(List.of("D->T RESET", "D->T RESET", "T->D STATE_CHANGE64", "T->D RESET",
                "T->D STATE_CHANGE64", "D->T ACKNOWLEDGE", "D->T STATE_MANIPULATE", "T->D ACKNOWLEDGE",
                "T->D STATE_MANIPULATE", "D->T ACKNOWLEDGE"), types.subList(0, 10), run.out());
        assertEquals(13, run.lines().size());
    }

    /** Each line as "D->T TYPE". */
    private static List<String> kinds(ToolRun run) {
        return run.lines().stream().map(line -> line.substring(0, 4) + " "
                + line.substring(15).trim().split("\\s+")[0]).toList();
    }

    private static byte[] damaged(byte[] packet) {
        byte[] copy = packet.clone();
        copy[20] ^= 0x01; // a body byte: the checksum no longer matches
        return copy;
    }

    @Test
    void bothDirectionsFollowTheProtocolThroughResendAndRetransmission() throws Exception {
        // target: boot LoadSymbols (sync id), RESEND for the damaged request, ACK of the request, the reply
        Path target = write("t.bin", Frames.concat(KdVectors.xpF(0x80800800),
                ControlPacket.resend().encode(), KdVectors.xpB(), KdVectors.xpC()));
        // debugger: RESET, ACK of the LoadSymbols, the request damaged on the line, again intact, ACK of the reply
        Path debugger = write("d.bin", Frames.concat(KdVectors.reset(), ControlPacket.ack(0x80800000).encode(),
                damaged(KdVectors.xpA()), KdVectors.xpA(), ControlPacket.ack(0x80800001).encode()));
        ToolRun run = decode("--target", target.toString(), "--debugger", debugger.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("D->T RESET", "T->D STATE_CHANGE64", "D->T ACKNOWLEDGE", "D->T BAD_PACKET",
                "T->D RESEND", "D->T STATE_MANIPULATE", "T->D ACKNOWLEDGE", "T->D STATE_MANIPULATE",
                "D->T ACKNOWLEDGE"), kinds(run), run.out());
        assertEquals("", run.err());
    }

    @Test
    void requestsHaveNoStatus() throws Exception {
        ToolRun run = decode("--target", targetStream().toString(), "--debugger", debuggerStream().toString());
        String request = run.lines().stream().filter(line -> line.startsWith("D->T") && line.contains("GetVersion"))
                .findFirst().orElseThrow();
        assertFalse(request.contains("status="), request);
        String reply = run.lines().stream().filter(line -> line.startsWith("T->D") && line.contains("GetVersion"))
                .findFirst().orElseThrow();
        assertTrue(reply.contains("status="), reply);
        // decoded as the wrong side, a request still gets no status
        assertFalse(decode(debuggerStream().toString()).out().contains("status="));
    }

    @Test
    void wrongSideIsWarnedAbout() throws Exception {
        ToolRun asTarget = decode(debuggerStream().toString()); // --from target is the default
        assertEquals(0, asTarget.code());
        assertTrue(asTarget.err().contains("warning: 1 packet(s) cannot come from the target"), asTarget.err());
        assertTrue(asTarget.err().contains("--from debugger"), asTarget.err());

        ToolRun asDebugger = decode("--from", "debugger", targetStream().toString());
        assertTrue(asDebugger.err().contains("cannot come from the debugger (STATE_CHANGE64"), asDebugger.err());

        ToolRun swapped = decode("--target", debuggerStream().toString(), "--debugger", targetStream().toString());
        assertTrue(swapped.err().contains("--target"), swapped.err());
        assertTrue(swapped.err().contains("swap --target and --debugger"), swapped.err());

        assertEquals("", decode(targetStream().toString()).err(), "the right side: no warning");
        assertEquals("", decode("--from", "debugger", debuggerStream().toString()).err());
    }

    @Test
    void damagedPacketsAreReportedWhenTheyAreAllThereIs() throws Exception {
        ToolRun bad = decode(write("bad.bin", damaged(KdVectors.xpC())).toString());
        assertEquals(2, bad.code());
        assertTrue(bad.out().contains("BAD_PACKET"), bad.out());
        assertTrue(bad.err().contains("no intact KD packet"), bad.err());
        assertTrue(bad.err().contains("1 damaged packet(s), the first at offset 0"), bad.err());
        assertFalse(bad.err().contains("not a KDCOM byte stream"), bad.err());

        byte[] xpC = KdVectors.xpC();
        ToolRun truncated = decode(write("cut.bin", java.util.Arrays.copyOf(xpC, xpC.length / 2)).toString());
        assertEquals(2, truncated.code());
        assertTrue(truncated.err().contains("no intact KD packet"), truncated.err());
        assertTrue(truncated.out().contains("BAD_PACKET"), truncated.out());
    }

    @Test
    void notKdBytesExitTwoWithAMessage() throws Exception {
        Path text = write("notes.txt", "just some text, nothing to see here\n".repeat(50)
                .getBytes(StandardCharsets.US_ASCII));
        ToolRun run = decode(text.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no KD packets found"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileAndBadArgumentsExitTwo() throws Exception {
        ToolRun missing = decode(folder.resolve("nope.bin").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        assertEquals(2, decode().code());
        assertEquals(2, decode("--from", "sideways", "x").code());
        assertEquals(2, decode("--target", "x").code());
        assertEquals(2, decode("--bogus").code());
        assertEquals(2, decode(folder.toString()).code());
        assertEquals(2, decode("x", "y").code());
    }

    @Test
    void badArgumentsGetOneLineThatNamesTheCommandAndItsHelp() {
        for (ToolRun run : List.of(decode(), decode("--from", "sideways", "x"), decode("--bogus", "x"),
                decode("--target", "x"))) {
            run.assertUsageError("kdring decode");
        }
        assertTrue(decode("--from", "sideways", "x").err().contains("--from takes target or debugger, not 'sideways'"));
    }

    @Test
    void helpPrintsUsage() {
        ToolRun run = decode("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("kdring decode [--json] [--from target|debugger] FILE|-"), run.out());
        assertTrue(run.out().contains("Print the KD packets in raw KDCOM byte streams"), run.out());
    }
}
