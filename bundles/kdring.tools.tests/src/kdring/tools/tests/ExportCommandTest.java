package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.model.tests.SyntheticSession;

/**
 * {@code kdring export} on a recorded session: each format reaches its writer and is read back by its real
 * reader (tshark, Gson, text); bad input gets one clear line and exit code 2. The formats themselves are
 * tested in kdring.model.tests.
 */
class ExportCommandTest {

    @TempDir
    Path dir;
    private Path capture;

    @BeforeEach
    void record() throws IOException {
        capture = SyntheticSession.recordWin10(dir);
    }

    private static ToolRun export(String... args) {
        return ToolRun.command("export", args);
    }

    /** Runs a reader (tshark) and returns its output lines; it must succeed. */
    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, process.exitValue(), command[0] + " exit status; output: " + lines);
        return lines;
    }

    @Test
    void pcapngIsReadByTshark() throws Exception {
        Path pcapng = dir.resolve("win10.pcapng");
        ToolRun run = export(capture.toString(), "--to", "pcapng", pcapng.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("kdring export: wrote " + pcapng + " (pcapng, " + SyntheticSession.PACKETS + " packets)",
                run.out().strip());
        List<String> lines = run("tshark", "-r", pcapng.toString(), "-T", "fields", "-e", "frame.interface_name",
                "-e", "frame.comment");
        assertEquals(SyntheticSession.PACKETS, lines.size(), String.join("\n", lines));
        assertEquals("win10\tD->T RESET", lines.get(0));
    }

    @Test
    void jsonIsReadByGson() throws Exception {
        Path json = dir.resolve("win10.json");
        ToolRun run = export(capture.toString(), "--to", "json", json.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(json, " + SyntheticSession.PACKETS + " packets, 8 events)"), run.out());
        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals("win10", root.getAsJsonObject("channel").get("name").getAsString());
        assertEquals(SyntheticSession.PACKETS, root.getAsJsonObject("channel").get("packets").getAsInt());
    }

    @Test
    void csvWritesItsThreeFiles() throws Exception {
        Path out = dir.resolve("csv");
        assertEquals(0, export(capture.toString(), "--to", "csv", out.toString()).code());
        assertEquals(9, Files.readString(out.resolve("events.csv")).split("\r\n").length,
                "a header and 8 events, one record each");
        assertTrue(Files.readAllLines(out.resolve("modules.csv")).get(1).startsWith("ntoskrnl.exe,"));
        assertEquals(2, Files.readAllLines(out.resolve("throughput.csv")).size());
    }

    @Test
    void windbgTakesTheEndpointFromTheMetadataOrFromTheOptions() throws Exception {
        Path out = dir.resolve("windbg");
        ToolRun run = export(capture.toString(), "--to", "windbg", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 debug prints"), run.out());
        String connect = Files.readString(out.resolve("connect.txt"));
        assertTrue(connect.contains("windbg -k com:ipport=50001,port=127.0.0.1\r\n"), connect);
        assertTrue(connect.contains("windbg -k com:pipe,port=\\\\.\\pipe\\kdring-win10,resets=0,reconnect\r\n"),
                connect);

        Path other = dir.resolve("windbg-remote");
        assertEquals(0, export(capture.toString(), "--to", "windbg", other.toString(), "--host", "10.0.0.5", "--port",
                "50100").code());
        assertTrue(Files.readString(other.resolve("connect.txt")).contains("windbg -k com:ipport=50100,port=10.0.0.5"));
    }

    @Test
    void badInputGetsAClearErrorAndStatusTwo() throws IOException {
        ToolRun missing = export(dir.resolve("nothing.kdcap").toString(), "--to", "json",
                dir.resolve("x.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no capture file at"), missing.err());

        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a capture");
        ToolRun notCapture = export(notes.toString(), "--to", "pcapng", dir.resolve("x.pcapng").toString());
        assertEquals(2, notCapture.code());
        assertTrue(notCapture.err().contains("not a kdring capture"), notCapture.err());

        for (ToolRun bad : List.of(export(capture.toString(), "--to", "xml", "out"), export(capture.toString(), "out"),
                export(capture.toString(), "--to", "windbg", "out", "--port", "99999"),
                export(capture.toString(), "--to", "windbg", "out", "--port", "many"), export("--to", "json"))) {
            bad.assertUsageError("kdring export");
        }
        assertTrue(export(capture.toString(), "--to", "xml", "out").err().contains("pcapng, json, csv or windbg"));
        assertTrue(export(capture.toString(), "--to", "windbg", "out", "--port", "99999").err()
                .contains("--port needs a TCP port 1..65535"));
    }

    @Test
    void aDamagedCaptureIsExportedUpToTheDamageWithAWarning() throws Exception {
        long size = Files.size(capture);
        try (RandomAccessFile file = new RandomAccessFile(capture.toFile(), "rw")) {
            file.setLength(size - 30); // cut inside the last record (the continue's ACK)
        }
        Path json = dir.resolve("cut.json");
        ToolRun run = export(capture.toString(), "--to", "json", json.toString());
        assertEquals(0, run.code());
        assertTrue(run.err().contains("warning: capture damaged at offset"), run.err());
        assertEquals(SyntheticSession.PACKETS - 1, JsonParser.parseString(Files.readString(json)).getAsJsonObject()
                .getAsJsonObject("channel").get("packets").getAsInt());
    }

    @Test
    void helpPrintsUsage() {
        ToolRun run = export("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("kdring export CAPTURE --to pcapng|json|csv|windbg OUT"), run.out());
        assertTrue(run.out().contains("windbg  OUT is a folder"), run.out());
    }
}
