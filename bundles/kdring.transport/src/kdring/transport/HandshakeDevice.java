package kdring.transport;

import java.util.function.BooleanSupplier;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.port.PortMessage;
import kdring.transport.port.PortStreamParser;
import kdring.transport.ring.AttachValidator;
import kdring.transport.ring.ChannelFault;
import kdring.transport.ring.FaultCode;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.ring.RingEngine;
import kdring.transport.ring.ValidatedDescriptor;

/**
 * The device end of the port handshake (docs/channel-protocol.md §2, §7): turns hellos, goodbyes and
 * faults into channel life-cycle moves and owns the {@link RingEngine} of the open channel. The table of
 * §7.2 is {@link #hello}.
 *
 * <p>Not thread-safe: confined to the channel's owner thread.
 */
final class HandshakeDevice implements PortStreamParser.Sink {

    private static final System.Logger LOG = System.getLogger("kdring.transport");

    private final String name;
    /** Faults are the guest's doing: at most one warning a minute per channel. */
    private final RateLimitedLog faultLog = new RateLimitedLog(LOG, java.time.Duration.ofMinutes(1));
    private final GuestMemory memory;
    private final GuestRamLayout layout;
    private final ChannelLifecycle lifecycle;
    private final ChannelStatistics stats;
    private final BooleanSupplier debuggerAttached;
    private final Runnable onNewChannel;
    private RingEngine engine;
    private PortMessage.Hello current;
    private int kicksSinceLastPass;

    HandshakeDevice(String name, GuestMemory memory, GuestRamLayout layout, ChannelLifecycle lifecycle,
            ChannelStatistics stats, BooleanSupplier debuggerAttached, Runnable onNewChannel) {
        this.name = name;
        // null for a serial-only channel, whose device never hears a hello (it has no port stream)
        this.memory = memory;
        this.layout = layout;
        this.lifecycle = lifecycle;
        this.stats = stats;
        this.debuggerAttached = debuggerAttached;
        this.onNewChannel = onNewChannel;
    }

    /** @return the engine of the OPEN channel, or null */
    RingEngine engine() {
        return engine;
    }

    /** @return kicks since the last call, for coalescing (one ring pass for any number of kicks) */
    int takeKicks() {
        int k = kicksSinceLastPass;
        kicksSinceLastPass = 0;
        return k;
    }

    @Override
    public void kick() {
        stats.kicks.incrementAndGet();
        kicksSinceLastPass++;
    }

    @Override
    public void garbage(int count) {
        stats.garbageBytes.addAndGet(count);
    }

    @Override
    public void rejected(String reason) {
        stats.malformed.incrementAndGet();
        LOG.log(System.Logger.Level.DEBUG, name + ": " + reason);
    }

    @Override
    public void message(PortMessage message) {
        switch (message) {
            case PortMessage.Hello hello -> hello(hello);
            case PortMessage.Goodbye goodbye -> goodbye(goodbye);
        }
    }

    private void hello(PortMessage.Hello hello) {
        stats.hellos.incrementAndGet();
        boolean same = current != null && current.descriptorGpa() == hello.descriptorGpa()
                && current.nonce() == hello.nonce();
        switch (lifecycle.state()) {
            case OPEN -> {
                if (same) {
                    stats.reannouncements.incrementAndGet();
                    try {
                        engine.writeStatus(debuggerAttached.getAsBoolean());
                    } catch (GuestMemoryException e) {
                        close("guest memory is no longer accessible: " + e.getMessage());
                    }
                    return;
                }
                reset(hello);
            }
            case FAULTED -> {
                if (same) {
                    stats.reannouncements.incrementAndGet();
                    return; // the guest must re-initialise with a new nonce to recover
                }
                reset(hello);
            }
            default -> attach(hello);
        }
    }

    private void reset(PortMessage.Hello hello) {
        stats.resets.incrementAndGet();
        close(String.format("guest reset channel (new hello: descriptor 0x%x, nonce 0x%08x)", hello.descriptorGpa(),
                hello.nonce()));
        attach(hello);
    }

    private void attach(PortMessage.Hello hello) {
        current = hello;
        if (memory == null) {
            faulted(new ChannelFault(FaultCode.DESCRIPTOR_OUTSIDE_RAM, "the VM's memory is not mapped (serial only)"));
            return;
        }
        ValidatedDescriptor descriptor;
        try {
            descriptor = AttachValidator.validate(memory, layout, hello.descriptorGpa(), hello.nonce());
        } catch (ChannelFault fault) {
            if (fault.code() != FaultCode.DESCRIPTOR_OUTSIDE_RAM) {
                RingEngine.markFaulted(memory, hello.descriptorGpa(), hello.nonce(), fault.code());
            }
            faulted(fault);
            return;
        }
        RingEngine attached = new RingEngine(memory, descriptor);
        try {
            attached.attach(debuggerAttached.getAsBoolean());
        } catch (GuestMemoryException e) {
            faulted(new ChannelFault(FaultCode.DESCRIPTOR_OUTSIDE_RAM, e.getMessage()));
            return;
        }
        engine = attached;
        onNewChannel.run();
        lifecycle.opened(String.format("guest said hello: descriptor 0x%x, nonce 0x%08x, %s, %s, guest kind %d",
                descriptor.address(), descriptor.nonce(), descriptor.tx(), descriptor.rx(), descriptor.guestKind()));
    }

    private void goodbye(PortMessage.Goodbye goodbye) {
        if (current != null && goodbye.nonce() == current.nonce()
                && (lifecycle.state() == ChannelState.OPEN || lifecycle.state() == ChannelState.FAULTED)) {
            stats.goodbyes.incrementAndGet();
            stats.resets.incrementAndGet();
            close("guest said goodbye: " + goodbye.reasonText());
        } else {
            stats.malformed.incrementAndGet();
            LOG.log(System.Logger.Level.DEBUG, name + ": " + goodbye + " names no open channel; ignored");
        }
    }

    /** A ring pass found a violation: mark the descriptor, stop servicing. */
    void faulted(ChannelFault fault) {
        if (engine != null) {
            engine.markFaulted(fault.code());
        }
        engine = null;
        stats.faults.incrementAndGet();
        faultLog.log(System.Logger.Level.WARNING, name + ": channel FAULTED: " + fault.getMessage());
        lifecycle.faulted(fault.getMessage());
    }

    /**
     * Ends the channel without touching its pages again (goodbye, reset, chardev closed, descriptor
     * vanished): OPEN goes through CLOSED to WAITING, FAULTED to WAITING.
     */
    void close(String reason) {
        engine = null;
        current = null;
        switch (lifecycle.state()) {
            case OPEN -> {
                lifecycle.closed(reason);
                lifecycle.rearm("waiting for the guest's hello (" + reason + ")");
            }
            case FAULTED, CLOSED -> lifecycle.rearm("waiting for the guest's hello (" + reason + ")");
            case WAITING -> { }
        }
    }

    /** The host stops: clears the status word of an open channel so the guest knows. */
    void shutdown() {
        if (engine != null) {
            try {
                engine.writeDetached();
            } catch (GuestMemoryException e) {
                // nobody to tell
            }
        }
        close("host stopped the channel");
    }
}
