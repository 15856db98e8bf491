package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.model.export.Exports;
import kdring.model.export.WindbgEndpoint;

/**
 * Exports of a recorded session, opened by their real readers: tshark, Gson, and text. (The {@code export}
 * command around them is tested in kdring.tools.tests.)
 */
class ExportTest {

    @TempDir
    Path dir;
    private Path capture;

    @BeforeEach
    void record() throws IOException {
        capture = SyntheticSession.recordWin10(dir);
    }

    /** The endpoint the session metadata names, used when the export is given none. */
    private static final WindbgEndpoint FROM_METADATA = new WindbgEndpoint("", 0, "");

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        assertEquals(0, process.exitValue(), "tshark exit status; output: " + lines);
        return lines;
    }

    @Test
    void tsharkReadsThePcapngWithDirectionsAndTheChannelName() throws Exception {
        Path pcapng = dir.resolve("win10.pcapng");
        Exports.Result result = Exports.pcapng(capture, pcapng);
        assertEquals(SyntheticSession.PACKETS, result.packets());
        assertTrue(result.damage().isEmpty(), result.toString());
        List<String> lines = run("tshark", "-r", pcapng.toString(), "-T", "fields", "-e", "frame.len", "-e",
                "frame.interface_name", "-e", "frame.packet_flags_direction", "-e", "frame.comment");
        assertEquals(SyntheticSession.PACKETS, lines.size(), String.join("\n", lines));
        String[] first = lines.get(0).split("\t");
        assertEquals("16", first[0]);
        assertEquals("win10", first[1]);
        assertEquals(2, Integer.decode(first[2]), "the debugger's RESET goes outbound");
        assertEquals("D->T RESET", first[3]);
        String[] stop = lines.get(3).split("\t");
        assertEquals(1, Integer.decode(stop[2]), "the target's stop comes inbound");
        assertTrue(stop[3].startsWith("T->D Exception 0x80000003"), stop[3]);
        assertEquals("1", lines.get(2).split("\t")[0], "the break-in byte is one byte");
    }

    @Test
    void theLuaDissectorDecodesKdcomInTshark() throws Exception {
        Path dissector = Path.of(System.getProperty("kdring.root", "../.."), "tools/wireshark/kdcom.lua");
        assertTrue(Files.isRegularFile(dissector), "the dissector is at " + dissector);
        Path pcapng = dir.resolve("win10.pcapng");
        Exports.pcapng(capture, pcapng);
        List<String> lines = run("tshark", "-X", "lua_script:" + dissector.toAbsolutePath(), "-r", pcapng.toString(),
                "-T", "fields", "-e", "kdcom.type", "-e", "kdcom.id", "-e", "kdcom.api", "-e", "kdcom.text");
        assertEquals(SyntheticSession.PACKETS, lines.size(), String.join("\n", lines));
        assertEquals("6", lines.get(0).split("\t", -1)[0], "RESET is type 6");
        assertTrue(lines.get(5).contains("0x00003146"), "GetVersion request: " + lines.get(5));
        assertTrue(lines.get(11).contains("kdring: hello, debugger"), "DbgPrint text: " + lines.get(11));
    }

    @Test
    void gsonReadsTheJson() throws IOException {
        Path json = dir.resolve("win10.json");
        Exports.Result result = Exports.json(capture, json);
        assertEquals(8, result.events());
        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals("kdring-session", root.get("format").getAsString());
        JsonObject channel = root.getAsJsonObject("channel");
        assertEquals("win10", channel.get("name").getAsString());
        assertEquals(50001, channel.get("tcpPort").getAsInt());
        assertEquals(SyntheticSession.PACKETS, channel.get("packets").getAsInt());
        assertEquals(19041, channel.getAsJsonObject("target").get("build").getAsInt());
        List<String> kinds = new ArrayList<>();
        for (var event : root.getAsJsonArray("events")) {
            kinds.add(event.getAsJsonObject().get("event").getAsString());
        }
        assertEquals(List.of("reset", "reset", "breakInRequested", "stopped", "version", "moduleLoaded", "print",
                "resumed"), kinds);
        JsonArray modules = root.getAsJsonArray("modules");
        assertEquals("ntoskrnl.exe", modules.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("0xFFFFF8017B800000", modules.get(0).getAsJsonObject().get("base").getAsString());
        assertEquals(1, root.getAsJsonArray("throughput").size());
        assertTrue(root.get("damage").isJsonNull());
    }

    @Test
    void csvHasEventsModulesAndThroughput() throws IOException {
        Path out = dir.resolve("csv");
        Exports.csv(capture, out);
        String events = Files.readString(out.resolve("events.csv"));
        assertTrue(events.startsWith("time_ns,time,event,direction,processor,code,address,name,base,size,text\r\n"));
        assertEquals(9, events.split("\r\n").length, "a header and 8 events, one record each");
        assertTrue(events.contains(",print,,0,,,,,,\"kdring: hello, debugger\n\"\r\n"),
                "the print's line break stays inside its quoted field: " + events);
        List<String> modules = Files.readAllLines(out.resolve("modules.csv"));
        assertTrue(modules.get(1).startsWith("ntoskrnl.exe,\\SystemRoot\\system32\\ntoskrnl.exe,0xFFFFF8017B800000,"),
                modules.get(1));
        assertEquals(2, Files.readAllLines(out.resolve("throughput.csv")).size());
    }

    @Test
    void windbgGetsExactCommandLinesALauncherModulesAndPrints() throws IOException {
        Path out = dir.resolve("windbg");
        Exports.windbg(capture, out, FROM_METADATA);
        String connect = Files.readString(out.resolve("connect.txt"));
        assertTrue(connect.contains("windbg -k com:ipport=50001,port=127.0.0.1\r\n"), connect);
        assertTrue(connect.contains("windbg -k com:pipe,port=\\\\.\\pipe\\kdring-win10,resets=0,reconnect\r\n"), connect);
        String cmd = Files.readString(out.resolve("windbg-win10.cmd"));
        assertTrue(cmd.startsWith("@echo off\r\n"));
        assertTrue(cmd.contains("windbg.exe -k com:ipport=50001,port=127.0.0.1"), cmd);
        assertTrue(Files.readString(out.resolve("modules.txt")).contains("fffff8017b800000   fffff8017c846000   ntoskrnl.exe"));
        assertTrue(Files.readString(out.resolve("dbgprint.log")).contains("CPU0] kdring: hello, debugger\r\n"));

        Path other = dir.resolve("windbg-remote");
        Exports.windbg(capture, other, new WindbgEndpoint("10.0.0.5", 50100, ""));
        assertTrue(Files.readString(other.resolve("connect.txt")).contains("windbg -k com:ipport=50100,port=10.0.0.5"));
    }

    @Test
    void badInputIsAnIOExceptionThatSaysWhatIsWrong() throws IOException {
        IOException missing = assertThrows(IOException.class,
                () -> Exports.json(dir.resolve("nothing.kdcap"), dir.resolve("x.json")));
        assertTrue(String.valueOf(missing.getMessage()).contains("nothing.kdcap"), missing.toString());

        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a capture");
        IOException notCapture = assertThrows(IOException.class, () -> Exports.pcapng(notes, dir.resolve("x.pcapng")));
        assertTrue(notCapture.getMessage().contains("not a kdring capture"), notCapture.getMessage());
    }

    @Test
    void aDamagedCaptureIsExportedUpToTheDamageWithAWarning() throws Exception {
        long size = Files.size(capture);
        try (RandomAccessFile file = new RandomAccessFile(capture.toFile(), "rw")) {
            file.setLength(size - 30); // cut inside the last record (the continue's ACK)
        }
        Path json = dir.resolve("cut.json");
        Exports.Result result = Exports.json(capture, json);
        assertTrue(result.damage().isPresent(), result.toString());
        assertTrue(result.damage().get().toString().contains("capture damaged at offset"), result.toString());
        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(SyntheticSession.PACKETS - 1, root.getAsJsonObject("channel").get("packets").getAsInt());
        assertTrue(root.getAsJsonObject("damage").get("problem").getAsString().contains("cut short"));

        Path pcapng = dir.resolve("cut.pcapng");
        assertTrue(Exports.pcapng(capture, pcapng).damage().isPresent());
        assertEquals(SyntheticSession.PACKETS - 1, run("tshark", "-r", pcapng.toString()).size());
    }
}
