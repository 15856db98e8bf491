package kdring.transport.vm;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import kdring.transport.StreamConnector;
import kdring.transport.memory.GuestMemory;
import kdring.transport.ring.GuestRamLayout;

/**
 * One VM that kdring can open a channel to, as a hypervisor adapter hands it over: where its handshake
 * port bytes and its serial bytes come from, its guest-physical memory, and whatever control over the VM
 * the hypervisor offers. The channel itself (rings, bridge, endpoints) is built on top by the channel
 * session; an adapter never builds one.
 *
 * <p>Closing releases what the adapter opened for the connection: the memory mapping, and the VM itself
 * when the adapter launched it. Implementations are thread-safe.
 */
public interface VmConnection extends AutoCloseable {

    /** What a hypervisor lets kdring do to a VM besides reading its streams and memory. */
    enum Control {
        /** Reboot the VM ({@link #reset()}). */
        RESET,
        /** Stop the VM at once, as a crash would ({@link #kill()}). */
        KILL,
        /**
         * Freeze the VM's CPUs and let them go again ({@link #pause()}, {@link #resume()}), so that a target
         * stopped in the debugger costs no host CPU while it waits. Offered for VMs kdring launched, and for
         * VMs kdring attached to only when the user allowed it.
         */
        PAUSE
    }

    /** @return the VM's name (channel, thread and file names) */
    String name();

    /** @return the id of the hypervisor adapter that opened it, e.g. {@code qemu} */
    String hypervisor();

    /** @return how the VM runs, e.g. {@code kvm} or {@code tcg}; empty when the adapter cannot tell */
    String accelerator();

    /**
     * @return the handshake port's byte stream, empty for a VM with a serial port only (stock kdcom); an
     *         adapter offers it only together with {@link #memory()}, which the rings live in
     */
    Optional<StreamConnector> portStream();

    /** @return the VM's serial port stream (COM1), empty when it has none */
    Optional<StreamConnector> serialStream();

    /**
     * @return the VM's RAM, mapped and owned by this connection; empty for a VM kdring reaches through its
     *         serial port only (stock kdcom): such a VM has no ring channel, and whatever needs guest memory
     *         (crash dumps) says so
     */
    Optional<GuestMemory> memory();

    /** @return which guest page frames are RAM; only meaningful when {@link #memory()} is present */
    default GuestRamLayout ramLayout() {
        return GuestRamLayout.pc(memory().map(GuestMemory::size).orElse(0L));
    }

    /** @return the controls this VM offers; the others throw {@link UnsupportedOperationException} */
    Set<Control> controls();

    /** Reboots the VM. */
    default void reset() throws IOException {
        throw new UnsupportedOperationException(hypervisor() + " cannot reset " + name());
    }

    /** Stops the VM at once; what was recorded of it stays. */
    default void kill() throws IOException {
        throw new UnsupportedOperationException(hypervisor() + " cannot kill " + name());
    }

    /**
     * Freezes the VM's CPUs (the guest sees no time pass); idempotent. Whoever pauses a VM resumes it: kdring
     * never leaves a VM it only attached to paused, even when it dies (the adapter's duty).
     */
    default void pause() throws IOException {
        throw new UnsupportedOperationException(hypervisor() + " cannot pause " + name());
    }

    /** Lets the CPUs of a paused VM run again; idempotent. */
    default void resume() throws IOException {
        throw new UnsupportedOperationException(hypervisor() + " cannot resume " + name());
    }

    /** @return whether the hypervisor reports the VM's CPUs as paused (asks it; takes milliseconds) */
    default boolean paused() throws IOException {
        throw new UnsupportedOperationException(hypervisor() + " cannot tell whether " + name() + " is paused");
    }

    /** @return whether the VM still runs, as far as the adapter can tell */
    boolean isAlive();

    /** @return the guest's own log so far (the reference guest's port-0xE9 lines), empty when there is none */
    default String guestLog() {
        return "";
    }

    /** Releases the mapping and, for a VM the adapter launched, stops it and removes its files. */
    @Override
    void close();
}
