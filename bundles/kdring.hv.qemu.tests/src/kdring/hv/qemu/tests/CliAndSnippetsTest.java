package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.hv.qemu.VmConfigSnippets;
import kdring.hv.qemu.cli.BenchCommand;
import kdring.hv.qemu.cli.ProbeCommand;

/** The CLI tools as a user runs them, and the configuration snippets users paste. */
class CliAndSnippetsTest {

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    static Run probe(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ProbeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Tag("vm")
    @Test
    void probeBootsBreaksInListsReadsAndContinues() throws Exception {
        Path capture = work.resolve("probe.kdcap");
        Run run = probe("--transport", "ring", "--vm", "demo", "--capture", capture.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        // the capture holds the session byte for byte: replayed through the KD observer it tells the same story
        kdring.kd.observer.SessionObserver replay = new kdring.kd.observer.SessionObserver();
        java.util.List<kdring.kd.observer.SessionEvent> stops = new java.util.ArrayList<>();
        replay.addListener(event -> {
            if (event instanceof kdring.kd.observer.SessionEvent.Stopped) {
                stops.add(event);
            }
        });
        kdring.model.capture.CaptureReader.Result read = kdring.model.capture.CaptureReader.read(capture, record -> {
            if (record.direction() == kdring.kd.observer.Direction.TARGET_TO_DEBUGGER) {
                replay.onTargetBytes(record.bytes(), 0, record.bytes().length, record.timeNanos());
            } else {
                replay.onDebuggerBytes(record.bytes(), 0, record.bytes().length, record.timeNanos());
            }
        });
        assertTrue(read.damage().isEmpty(), read.toString());
        assertTrue(!stops.isEmpty(), "the break-in stop is in the capture");
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
            var spec = qemu.spec();
            Run run = probe("--attach", spec.channelSocket() + "," + spec.serialSocket() + "," + spec.memoryFile());
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("kdring probe: OK"), run.out());
        }
    }

    @Test
    void probeRejectsBadArgumentsWithUsage() {
        Run run = probe("--transport", "carrier-pigeon");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("usage: kdring probe"), run.err());
        Run missing = probe("--attach", "/nonexistent/a,/nonexistent/b,/nonexistent/c");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void probePrintsTheConfigurationForTheUsersOwnVm() {
        Run run = probe("--print-config", "win10", "8192");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("size=8192M,mem-path=/dev/shm/kdring-win10,share=on"), run.out());
        assertTrue(run.out().contains("<qemu:commandline>"), run.out());
        assertTrue(run.out().contains("device_model_args"), run.out());
        assertTrue(run.out().contains("kdring probe --attach /run/kdring/win10.port,/run/kdring/win10.serial,"
                + "/dev/shm/kdring-win10"), run.out());
    }

    @Test
    void benchJsonHasTheAgreedKeys() {
        var uart = new BenchCommand.Result("uart", 4 << 20, 0.1, 100, 10000, 20000, 3000, 150, 5, 0.2, 0.1, 90);
        var ring = new BenchCommand.Result("ring", 4 << 20, 10, 5000, 200, 900, 30, 150, 4, 0.1, 0.05, 95);
        String json = BenchCommand.json(new Accelerator.Choice(Accelerator.TCG, "test"), uart, ring);
        assertTrue(json.startsWith("{\"accel\":\"tcg\""), json);
        for (String key : new String[] {"\"uart\":{", "\"ring\":{", "\"bulk_read_mb_s\":", "\"requests_per_s\":",
            "\"bridge_idle_cpu_pct\":", "\"ratio\":{\"bulk_read\":100.000,\"request_rate\":50.000}"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void snippetsNameTheDevicesOfTheContract() {
        VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard("win10", 4096);
        String qemu = VmConfigSnippets.qemuArguments(paths);
        assertTrue(qemu.contains("isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b"), qemu);
        assertTrue(qemu.contains("mem-path=/dev/shm/kdring-win10,share=on"), qemu);
        String xml = VmConfigSnippets.libvirtXml(paths);
        assertTrue(xml.contains("<qemu:commandline>") && xml.contains("<access mode='shared'/>"), xml);
        assertTrue(xml.contains("path=/run/kdring/win10.port,server=on,wait=off"), xml);
        String xen = VmConfigSnippets.xenXlCfg(paths);
        assertTrue(xen.contains("device_model_args") && xen.contains("iobase=0xe10"), xen);
    }
}
