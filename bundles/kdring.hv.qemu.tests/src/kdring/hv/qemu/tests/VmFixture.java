package kdring.hv.qemu.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.transport.ByteTap;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;

/** Boots reference guests for VM tests and stops every one of them (QEMU included) at the end. */
final class VmFixture implements AutoCloseable {

    static final Duration OPEN = Duration.ofSeconds(60);
    static final Accelerator.Choice ACCEL = Accelerator.detect();

    private final Path work;
    private final List<AutoCloseable> opened = new ArrayList<>();

    VmFixture(Path work) {
        this.work = work;
        System.out.println("VM tests run under " + ACCEL);
    }

    QemuVm boot(ReferenceGuest.Options options) throws Exception {
        QemuVm vm = ReferenceGuest.launch(options, work, ACCEL.accelerator());
        opened.add(vm);
        return vm;
    }

    QemuVm.AttachedVm attach(QemuVm vm) throws Exception {
        QemuVm.AttachedVm attached = vm.attach();
        opened.add(attached);
        return attached;
    }

    /** Boots a ring guest and waits for its channel to open. */
    QemuVm.AttachedVm ring(String name) throws Exception {
        QemuVm.AttachedVm attached = attach(boot(ReferenceGuest.Options.of(name, "ring")));
        if (!attached.channel().awaitState(ChannelState.OPEN, OPEN)) {
            throw new AssertionError("channel did not open: " + attached.channel().lifecycle());
        }
        return attached;
    }

    /**
     * Decodes {@code channel}'s bytes on the side, as a channel session would (here on the channel's own
     * thread, which is fine for a test), and counts its packets in the channel's statistics.
     */
    static KdObserver observe(VmChannel channel) {
        KdObserver observer = new KdObserver();
        observer.addListener(event -> {
            if (event instanceof KdEvent.PacketSeen seen) {
                channel.packetSeen(seen.direction());
            }
        });
        channel.addByteTap(ByteTap.decodingInto(observer));
        return observer;
    }

    <T extends AutoCloseable> T add(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    @Override
    public void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
    }
}
