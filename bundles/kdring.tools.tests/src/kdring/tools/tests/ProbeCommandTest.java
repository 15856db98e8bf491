package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.QemuVmSpec;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.model.capture.CaptureReader;
import kdring.kd.observer.Direction;

/** {@code kdring probe} as a user runs it: on the reference guest under QEMU, attached, and misused. */
class ProbeCommandTest {

    @TempDir
    Path work;

    static ToolRun probe(String... args) {
        return ToolRun.command("probe", args);
    }

    @Tag("vm")
    @Test
    void probeBootsBreaksInListsReadsAndContinues() throws Exception {
        Path capture = work.resolve("probe.kdcap");
        ToolRun run = probe("--transport", "ring", "--vm", "demo", "--capture", capture.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        // the capture holds the session byte for byte: replayed through the KD observer it tells the same story
        KdObserver replay = new KdObserver();
        List<KdEvent> stops = new ArrayList<>();
        replay.addListener(event -> {
            if (event instanceof KdEvent.Stopped) {
                stops.add(event);
            }
        });
        CaptureReader.Result read = CaptureReader.read(capture, record -> {
            if (record.direction() == Direction.TARGET_TO_DEBUGGER) {
                replay.onTargetBytes(record.bytes(), 0, record.bytes().length, record.timeNanos());
            } else {
                replay.onDebuggerBytes(record.bytes(), 0, record.bytes().length, record.timeNanos());
            }
        });
        assertTrue(read.damage().isEmpty(), read.toString());
        assertFalse(stops.isEmpty(), "the break-in stop is in the capture");
        assertTrue(replay.version().isPresent(), "the GetVersion reply is in the capture");
        assertTrue(run.out().contains("capture: " + read.records() + " records"), run.out());
        assertTrue(run.out().contains("modules: 150"), run.out());
        assertTrue(run.out().contains("00 9e 3c da 78 17 b5 53"), run.out());
        assertTrue(run.out().contains("kdring probe: OK"), run.out());
        assertTrue(run.out().contains("under " + Accelerator.detect().accelerator().qemuName()), run.out());
    }

    @Tag("vm")
    @Test
    void probeAttachesToAVmTheUserStarted() throws Exception {
        try (QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("user", "ring"), work,
                Accelerator.detect().accelerator())) {
            QemuVmSpec spec = qemu.spec();
            ToolRun run = probe("--attach", spec.channelSocket() + "," + spec.serialSocket() + "," + spec.memoryFile());
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("kdring probe: OK"), run.out());
        }
    }

    @Tag("vm")
    @Test
    void probeAttachesToAStockKdcomVmThroughItsSerialPortAlone() throws Exception {
        try (QemuVm qemu = ReferenceGuest.launchSerialOnly("kdcom", work, Accelerator.detect().accelerator())) {
            ToolRun run = probe("--attach", "," + qemu.spec().serialSocket() + ",");
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("attaching to serial " + qemu.spec().serialSocket() + " only"), run.out());
            assertTrue(run.out().contains("debugger bytes go to the serial port"), run.out());
            assertTrue(run.out().contains("modules: 150"), run.out());
            assertTrue(run.out().contains("kdring probe: OK"), run.out());
        }
    }

    @Test
    void probeRejectsBadArgumentsInOneLine() {
        for (ToolRun run : List.of(probe("--transport", "carrier-pigeon"), probe("--transport"), probe("--vm", "prod"),
                probe("--attach", "a,b"), probe("--vm", "demo", "--attach", "a,b,c"), probe("--attach", "p,s,"),
                probe("--attach", ",,"), probe("--attach", "p,,"), probe("--print-config"),
                probe("--print-config", "win10", "lots"), probe("--print-config", "win10", "--transport", "uart"),
                probe("4096"), probe("--capture", work.resolve("no/such/folder/x.kdcap").toString()))) {
            run.assertUsageError("kdring probe");
        }
        assertTrue(probe("--transport", "carrier-pigeon").err().contains("ring or uart"));
        ToolRun missing = probe("--attach", "/nonexistent/a,/nonexistent/b,/nonexistent/c");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void probePrintsTheConfigurationForTheUsersOwnVm() {
        ToolRun run = probe("--print-config", "win10", "8192");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("size=8192M,mem-path=/dev/shm/kdring-win10,share=on"), run.out());
        assertTrue(run.out().contains("<qemu:commandline>"), run.out());
        assertTrue(run.out().contains("device_model_args"), run.out());
        assertTrue(run.out().contains("kdring probe --attach /run/kdring/win10.port,/run/kdring/win10.serial,"
                + "/dev/shm/kdring-win10"), run.out());
        assertTrue(run.out().contains("kdring probe --attach ,/run/kdring/win10.serial,"), run.out());
    }

    @Test
    void helpPrintsUsage() {
        ToolRun run = probe("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("kdring probe --print-config NAME [MEMORY_MIB]"), run.out());
        assertTrue(run.out().contains("--attach=PORTSOCK,SERIALSOCK,MEMFILE"), run.out());
    }
}
