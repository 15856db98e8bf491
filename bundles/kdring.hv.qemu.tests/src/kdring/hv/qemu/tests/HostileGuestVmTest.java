package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.transport.ChannelLifecycle;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;

/**
 * The reference guest's hostile switches against the real host: each misbehaving channel ends FAULTED with
 * its reason (or closed, for a vanished descriptor; or merely busy, for a kick storm), while a healthy VM's
 * channel next to it keeps working.
 */
@Tag("vm")
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung VM fails the test instead of the build
class HostileGuestVmTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path work;
    static VmFixture healthyFixture;
    static VmChannel healthy;
    VmFixture fixture;

    @BeforeAll
    static void bootHealthyNeighbour() throws Exception {
        healthyFixture = new VmFixture(work);
        healthy = healthyFixture.ring("healthy").channel();
    }

    @AfterAll
    static void stopHealthyNeighbour() throws Exception {
        healthyFixture.close();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void corruptIndicesFault() throws Exception {
        hostile("indices", ChannelState.FAULTED, "tx producer index out of range");
    }

    @Test
    void oversizeLengthFaults() throws Exception {
        hostile("length", ChannelState.FAULTED, "bad ring size");
    }

    @Test
    void bogusPageFramesFault() throws Exception {
        hostile("pfn", ChannelState.FAULTED, "bad page frame number");
    }

    @Test
    void vanishedDescriptorClosesTheChannel() throws Exception {
        hostile("vanish", ChannelState.CLOSED, "descriptor vanished");
    }

    private void hostile(String mode, ChannelState expected,
            String reason) throws Exception {
        List<ChannelLifecycle.Transition> seen = new CopyOnWriteArrayList<>();
        fixture = new VmFixture(work);
        QemuVm qemu = fixture.boot(ReferenceGuest.Options.of("hostile-" + mode, "ring").hostile(mode));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        vm.channel().lifecycle().addListener(seen::add);
        awaitTransition(seen, t -> t.to() == expected && t.reason().contains(reason), qemu);
        assertTrue(vm.channel().ownerThread().isAlive());
        neighbourStillWorks();
    }

    @Test
    void kickStormIsCoalesced() throws Exception {
        fixture = new VmFixture(work);
        QemuVm qemu = fixture.boot(ReferenceGuest.Options.of("hostile-kickstorm", "ring").hostile("kickstorm"));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        assertTrue(vm.channel().awaitState(ChannelState.OPEN, WAIT));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (vm.channel().stats().kicks() < 20_000) {
            assertTrue(System.nanoTime() < deadline, "kicks: " + vm.channel().stats());
            Thread.sleep(50);
        }
        var stats = vm.channel().stats();
        assertTrue(stats.coalescedKicks() > stats.kicks() / 2, stats.toString());
        assertEquals(ChannelState.OPEN, vm.channel().lifecycle().state());
        try (KdClient session = KdClient.builtIn(vm.channel())) {
            session.breakIn(WAIT);
            session.debugger().getVersion();
            session.resume();
        }
        neighbourStillWorks();
    }

    private static void awaitTransition(List<ChannelLifecycle.Transition> seen,
            Predicate<ChannelLifecycle.Transition> wanted, QemuVm qemu) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (seen.stream().noneMatch(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("transitions: " + seen + "\nguest log:\n" + qemu.guestLog());
            }
            Thread.sleep(20);
        }
    }

    private static void neighbourStillWorks() throws Exception {
        assertEquals(ChannelState.OPEN, healthy.lifecycle().state());
        assertEquals(0, healthy.stats().faults());
        try (KdClient session = KdClient.builtIn(healthy)) {
            session.breakIn(WAIT);
            assertEquals(0xFFFFF80000100000L, session.debugger().getVersion().kernBase());
            session.resume();
        }
    }
}
