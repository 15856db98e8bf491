package kdring.transport.ring;

import java.lang.invoke.VarHandle;
import java.util.Objects;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;

/**
 * The host side of one open channel's two rings (docs/channel-protocol.md §5, §6): consumes tx, produces
 * rx, sets and clears the host-waiting flags, writes the host status word.
 *
 * <p>The host keeps private copies of the indices it owns (tx consumer, rx producer) and never reads them
 * back. The guest-owned indices (tx producer, rx consumer) are loaded once per call with acquire semantics
 * and checked before any length is derived from them (§7.4, codes 1..3). Sizes and page frames come only
 * from the {@link ValidatedDescriptor} snapshot, so every data access stays inside pages validated at attach.
 *
 * <p>Not thread-safe: confined to the channel's owner thread.
 */
public final class RingEngine {

    private final GuestMemory memory;
    private final ValidatedDescriptor descriptor;
    private final RingGeometry tx;
    private final RingGeometry rx;
    private int txConsumer;
    private int rxProducer;
    private int rxConsumerSeen;
    private boolean waitingFlagsSet;

    /** An engine for a descriptor that passed {@link AttachValidator}; call {@link #attach} next. */
    public RingEngine(GuestMemory memory, ValidatedDescriptor descriptor) {
        this.memory = Objects.requireNonNull(memory);
        this.descriptor = Objects.requireNonNull(descriptor);
        this.tx = descriptor.tx();
        this.rx = descriptor.rx();
    }

    /** @return the descriptor this engine serves */
    public ValidatedDescriptor descriptor() {
        return descriptor;
    }

    /**
     * §7.1 steps 3 and 4: discards stale tx bytes, takes rx as found, stores host features, clears the
     * waiting flags, stores the host nonce, fences, then stores the host status.
     */
    public void attach(boolean debuggerAttached) throws GuestMemoryException {
        txConsumer = descriptor.txProducer();
        rxProducer = descriptor.rxProducer();
        rxConsumerSeen = descriptor.rxConsumer();
        memory.writeIntRelease(tx.consumerAddress(), txConsumer);
        memory.writeIntRelease(field(DescriptorLayout.HOST_FEATURES),
                descriptor.guestFeatures() & DescriptorLayout.HOST_FEATURES_IMPLEMENTED);
        memory.writeIntRelease(tx.waitingAddress(), 0);
        memory.writeIntRelease(rx.waitingAddress(), 0);
        memory.writeIntRelease(field(DescriptorLayout.HOST_FAULT_CODE), 0);
        memory.writeIntRelease(field(DescriptorLayout.HOST_NONCE), descriptor.nonce());
        VarHandle.fullFence();
        writeStatus(debuggerAttached);
    }

    /** Rewrites the host status word: HOST_ATTACHED, plus DEBUGGER_ATTACHED when a debugger is connected. */
    public void writeStatus(boolean debuggerAttached) throws GuestMemoryException {
        memory.writeIntRelease(field(DescriptorLayout.HOST_NONCE), descriptor.nonce());
        memory.writeIntRelease(field(DescriptorLayout.HOST_STATUS), DescriptorLayout.HOST_ATTACHED
                | (debuggerAttached ? DescriptorLayout.DEBUGGER_ATTACHED : 0));
    }

    /** Stores the fault code and host nonce, then status = FAULTED (§7.4). Memory errors are ignored. */
    public void markFaulted(FaultCode code) {
        markFaulted(memory, descriptor.address(), descriptor.nonce(), code);
    }

    /** As {@link #markFaulted(FaultCode)} for a descriptor that failed validation but lies in guest RAM. */
    public static void markFaulted(GuestMemory memory, long descriptorAddress, int nonce, FaultCode code) {
        try {
            memory.writeIntRelease(descriptorAddress + DescriptorLayout.HOST_FAULT_CODE, code.code());
            memory.writeIntRelease(descriptorAddress + DescriptorLayout.HOST_NONCE, nonce);
            memory.writeIntRelease(descriptorAddress + DescriptorLayout.HOST_STATUS, DescriptorLayout.FAULTED);
        } catch (GuestMemoryException e) {
            // the descriptor was checked to lie in RAM; if the mapping went away there is nobody to tell
        }
    }

    /** Clears the host status word (the host stops serving this channel, e.g. on shutdown). */
    public void writeDetached() throws GuestMemoryException {
        memory.writeIntRelease(field(DescriptorLayout.HOST_STATUS), 0);
    }

    /**
     * @return whether magic and nonce are still those of the attached descriptor; a change means the guest
     *         freed or re-used the page ("descriptor vanished", §7.2)
     */
    public boolean descriptorUnchanged() throws GuestMemoryException {
        return memory.readIntAcquire(field(DescriptorLayout.MAGIC_OFFSET)) == DescriptorLayout.MAGIC
                && memory.readIntAcquire(field(DescriptorLayout.NONCE)) == descriptor.nonce();
    }

    /**
     * Consumes up to {@code target.length} bytes of tx into {@code target}.
     *
     * @return the number of bytes taken
     * @throws ChannelFault code 1 when the tx producer claims more bytes than the ring holds
     */
    public int readTx(byte[] target) throws ChannelFault, GuestMemoryException {
        return readTx(target, target.length);
    }

    /**
     * Consumes up to {@code max} bytes of tx into {@code target} (at most its length).
     *
     * @return the number of bytes taken
     * @throws ChannelFault code 1 when the tx producer claims more bytes than the ring holds
     */
    public int readTx(byte[] target, int max) throws ChannelFault, GuestMemoryException {
        int producer = memory.readIntAcquire(tx.producerAddress());
        long available = Integer.toUnsignedLong(producer - txConsumer);
        if (available > tx.size()) {
            throw new ChannelFault(FaultCode.TX_PRODUCER_OUT_OF_RANGE, String.format(
                    "tx producer 0x%08x is %d bytes ahead of the host's consumer 0x%08x; the ring holds %d",
                    producer, available, txConsumer, tx.size()));
        }
        int count = (int) Math.min(available, Math.min(max, target.length));
        int done = 0;
        while (done < count) {
            int index = txConsumer + done;
            int piece = Math.min(count - done, tx.contiguousFrom(index));
            memory.read(tx.addressOf(index), target, done, piece);
            done += piece;
        }
        if (count > 0) {
            txConsumer += count;
            memory.writeIntRelease(tx.consumerAddress(), txConsumer);
        }
        return count;
    }

    /** @return whether the tx producer differs from the host's consumer (cheap check for spinning) */
    public boolean txMayHaveData() throws GuestMemoryException {
        return memory.readIntAcquire(tx.producerAddress()) != txConsumer;
    }

    /**
     * Produces up to {@code length} bytes of {@code source} into rx, as many as fit.
     *
     * @return the number of bytes placed
     * @throws ChannelFault code 2 when the rx consumer is ahead of the producer, 3 when it moved backwards
     */
    public int writeRx(byte[] source, int offset, int length) throws ChannelFault, GuestMemoryException {
        int consumer = memory.readIntAcquire(rx.consumerAddress());
        if (consumer - rxConsumerSeen < 0) {
            throw new ChannelFault(FaultCode.RX_CONSUMER_BACKWARDS, String.format(
                    "rx consumer went from 0x%08x back to 0x%08x", rxConsumerSeen, consumer));
        }
        long used = Integer.toUnsignedLong(rxProducer - consumer);
        if (used > rx.size()) {
            throw new ChannelFault(FaultCode.RX_CONSUMER_OUT_OF_RANGE, String.format(
                    "rx consumer 0x%08x is ahead of the host's producer 0x%08x", consumer, rxProducer));
        }
        rxConsumerSeen = consumer;
        int count = (int) Math.min(rx.size() - used, length);
        int done = 0;
        while (done < count) {
            int index = rxProducer + done;
            int piece = Math.min(count - done, rx.contiguousFrom(index));
            memory.write(rx.addressOf(index), source, offset + done, piece);
            done += piece;
        }
        if (count > 0) {
            rxProducer += count;
            memory.writeIntRelease(rx.producerAddress(), rxProducer);
        }
        return count;
    }

    /**
     * @return whether the guest has taken everything produced into rx (reads its consumer index now; a cheap
     *         check for spinning: a guest that does not take a request it polls for is not running)
     */
    public boolean rxDrained() throws GuestMemoryException {
        return memory.readIntAcquire(rx.consumerAddress()) == rxProducer;
    }

    /** @return bytes produced into rx that the guest has not consumed yet (by the last consumer seen) */
    public int rxPending() {
        return rxProducer - rxConsumerSeen;
    }

    /**
     * Event suppression before sleeping (§6.3): sets tx.host_waiting (and rx.host_waiting when the host has
     * bytes that did not fit into rx), full fence, re-checks the guest's index.
     *
     * @return true when the host may sleep; false when news arrived meanwhile (the flags are cleared again)
     */
    public boolean prepareToSleep(boolean waitingForRxSpace) throws GuestMemoryException {
        return prepareToSleep(true, waitingForRxSpace);
    }

    /**
     * As {@link #prepareToSleep(boolean)}, but with {@code watchTx} false the host neither asks for a tx kick
     * nor counts unread tx bytes as news: it has no room for them now (the debugger does not read) and is
     * woken when it has.
     */
    public boolean prepareToSleep(boolean watchTx, boolean waitingForRxSpace) throws GuestMemoryException {
        if (watchTx) {
            memory.writeIntRelease(tx.waitingAddress(), 1);
        }
        if (waitingForRxSpace) {
            memory.writeIntRelease(rx.waitingAddress(), 1);
        }
        waitingFlagsSet = true;
        VarHandle.fullFence();
        boolean news = (watchTx && memory.readIntAcquire(tx.producerAddress()) != txConsumer)
                || (waitingForRxSpace && memory.readIntAcquire(rx.consumerAddress()) != rxConsumerSeen);
        if (news) {
            clearWaiting();
        }
        return !news;
    }

    /** @return whether the host-waiting flags are set (by {@link #prepareToSleep}) and not cleared since */
    public boolean waitingFlagsSet() {
        return waitingFlagsSet;
    }

    /** After waking up: clears both host-waiting flags. */
    public void clearWaiting() throws GuestMemoryException {
        if (waitingFlagsSet) {
            memory.writeIntRelease(tx.waitingAddress(), 0);
            memory.writeIntRelease(rx.waitingAddress(), 0);
            waitingFlagsSet = false;
        }
    }

    private long field(int offset) {
        return descriptor.address() + offset;
    }
}
