package kdring.kd.debugger;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.KdTargetRestartedException;
import kdring.kd.endpoint.KdTimeoutException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.FileIo;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;

/**
 * A small kernel debugger on top of a {@link DebuggerEndpoint}: break in, wait for the stop, GetVersion,
 * list the loaded modules, read virtual and physical memory, get a processor's context, continue.
 * <p>
 * <b>Breaking in.</b> {@link #connect} (first attach) and {@link #interrupt} (a connected, running target)
 * send the break-in byte 0x62 again every {@link Settings#breakInInterval()} until the target stops, because
 * kdcom can forget it: kdcom only keeps a 0x62 that its scan for a packet leader saw when that scan then
 * times out. A 0x62 followed by a packet before the timeout (the ACK of a DbgPrint, the RESET of an attach,
 * the Continue of a boot-time LoadSymbols report) is lost, and the target runs on. The converse matters as
 * much: a 0x62 that reaches a target which has <em>already</em> stopped is remembered if no packet follows
 * soon, and the target stops again on its own after the next Continue. So a break-in byte is never sent
 * while the target may be stopped: before each resend everything received so far is read and handled, a
 * state change among it ends the wait, and a packet still arriving postpones the resend once. The one
 * state change that does not end the wait is a LoadSymbols report (a booting target): it is continued, so
 * the target runs again, and only an interval after that Continue may the byte go out again.
 * <p>
 * Every call has a timeout and fails with a {@link KdException} whose message says what was attempted and
 * what went wrong. While waiting for a reply it acknowledges whatever else the target sends, answers file
 * requests with STATUS_NO_SUCH_FILE (no .kdfiles), and keeps the latest state change.
 * <p>
 * Confined to one thread (the endpoint's owner), like the endpoint.
 */
public final class KdDebugger {

    /** The largest memory transfer per request: 4000 - 56 bytes. */
    public static final int MAX_CHUNK = Manipulate.MAX_TRANSFER;
    /** Size of an x64 CONTEXT. */
    public static final int AMD64_CONTEXT_SIZE = 0x4D0;

    private static final long NO_POINTER_64 = -1L;

    /**
     * Limits and timing.
     *
     * @param requestTimeout  how long one request may take until its reply
     * @param maxModules      the most modules a walk reads before it stops (guards a corrupted list)
     * @param breakInInterval how long {@link #connect} and {@link #interrupt} wait for a stop before they send
     *                        the break-in byte again (and, while not connected, the RESET)
     * @param replyResends    how often a request the target acknowledged but did not answer is sent again
     *                        (same id) within the request timeout, which is shared evenly among the sends
     */
    public record Settings(Duration requestTimeout, int maxModules, Duration breakInInterval, int replyResends) {

        /** The default {@link #breakInInterval()}: 1 s, as often as WinDbg repeats its RESET. */
        public static final Duration DEFAULT_BREAK_IN_INTERVAL = Duration.ofSeconds(1);

        /** The default {@link #replyResends()}. */
        public static final int DEFAULT_REPLY_RESENDS = 3;

        /** Checks the values. */
        public Settings {
            if (replyResends < 0) {
                throw new IllegalArgumentException("replyResends must not be negative: " + replyResends);
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(breakInInterval, "breakInInterval");
            if (breakInInterval.isNegative() || breakInInterval.isZero()) {
                throw new IllegalArgumentException("breakInInterval must be positive: " + breakInInterval);
            }
        }

        /** Settings with the {@linkplain #DEFAULT_BREAK_IN_INTERVAL default break-in interval}. */
        public Settings(Duration requestTimeout, int maxModules) {
            this(requestTimeout, maxModules, DEFAULT_BREAK_IN_INTERVAL);
        }

        /** Settings with the {@linkplain #DEFAULT_REPLY_RESENDS default reply resends}. */
        public Settings(Duration requestTimeout, int maxModules, Duration breakInInterval) {
            this(requestTimeout, maxModules, breakInInterval, DEFAULT_REPLY_RESENDS);
        }

        /** 10 s per request, at most 4096 modules, the break-in byte resent every second, 3 reply resends. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), 4096, DEFAULT_BREAK_IN_INTERVAL, DEFAULT_REPLY_RESENDS);
        }
    }

    private final DebuggerEndpoint endpoint;
    private final Settings settings;
    private final KdObserver observer;
    private StateChange lastStop;
    private VersionInfo version;
    private long breakInsSent;

    /**
     * A debugger over {@code endpoint}; {@code observer} (nullable) is told the module walk's result.
     */
    public KdDebugger(DebuggerEndpoint endpoint, Settings settings, KdObserver observer) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.observer = observer;
    }

    /** The latest state change the target reported, if any. */
    public Optional<StateChange> lastStop() {
        return Optional.ofNullable(lastStop);
    }

    /** Break-in bytes sent so far by {@link #connect}, {@link #interrupt}, {@link #attach} and {@link #breakIn}. */
    public long breakInsSent() {
        return breakInsSent;
    }

    /**
     * First attach to a target that may be running, booting or already stopped: sends the break-in byte and a
     * RESET, and repeats both every {@link Settings#breakInInterval()} until the target echoes the RESET; then
     * waits for the stop, resending the break-in byte every interval while none arrives, as
     * {@link #interrupt} does. LoadSymbols reports (a target still booting: each one stops it until it is
     * continued) are continued along the way; the call returns the exception state change that reports the
     * break-in.
     * <p>
     * Why the retries: kdcom keeps a 0x62 only when its scan for a packet leader times out after it, so a
     * byte that meets a LoadSymbols report or a DbgPrint waiting for its ACK, or that is followed by the RESET,
     * is forgotten. No break-in byte goes out while the target may be stopped: not after a state change has
     * been received (even one ignored before the RESET echo) until it was continued, since a stopped kdcom
     * that keeps the byte stops again after the next Continue.
     *
     * @param timeout how long all of it may take
     * @return the stop; also {@link #lastStop()}
     * @throws KdTimeoutException when the target did not stop within {@code timeout}
     */
    public StateChange connect(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lastStop = null;
        version = null;
        long ignoredBefore = endpoint.stateChangesIgnored();
        sendBreakIn();
        endpoint.sendReset();
        return awaitBreakInStop(deadline, ignoredBefore);
    }

    /**
     * Breaks into the running, connected target: sends the break-in byte, and again every
     * {@link Settings#breakInInterval()} until a stop arrives. LoadSymbols reports that come in meanwhile are
     * continued; the call returns the exception state change that reports the break-in (or another state
     * change that is not a LoadSymbols report).
     * <p>
     * Why the retries: kdcom only keeps a break-in byte seen while its scan for a packet leader then times
     * out; a 0x62 that reaches it just before a packet leader (typically while a DbgPrint waits for its ACK)
     * is forgotten. Why the care before each retry: a 0x62 that reaches a target which has already stopped
     * is kept, and the target stops again on its own after the next Continue. So everything received so far
     * is read and handled before each resend; a state change among it ends the wait, and a packet still
     * arriving postpones the resend by one interval.
     *
     * @param timeout how long all of it may take
     * @return the stop; also {@link #lastStop()}
     * @throws KdException        when not connected ({@link #connect} first)
     * @throws KdTimeoutException when the target did not stop within {@code timeout}
     */
    public StateChange interrupt(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!endpoint.isConnected()) {
            throw new KdException("cannot interrupt: not connected to a target (connect first)");
        }
        sendBreakIn();
        return awaitBreakInStop(deadline, endpoint.stateChangesIgnored());
    }

    /**
     * One attach attempt: sends the break-in byte once, resynchronises with RESET and waits for the first
     * state change, whatever it is. Nothing is retried; {@link #connect} is the attach that copes with a
     * forgotten break-in byte and with boot-time LoadSymbols reports.
     */
    public StateChange attach(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        sendBreakIn();
        endpoint.connect(remaining(deadline, "connecting"));
        return waitForStateChange(remaining(deadline, "waiting for the target to stop"));
    }

    /**
     * One break-in attempt on a running, connected target: sends the break-in byte once and waits for the
     * next state change, whatever it is. Nothing is retried; see {@link #interrupt}.
     */
    public StateChange breakIn(Duration timeout) throws KdException {
        sendBreakIn();
        return waitForStateChange(timeout);
    }

    /**
     * The wait of {@link #connect} and {@link #interrupt} after the first break-in byte went out: until the
     * RESET echo (if not connected) and an exception state change. The decisions to resend are taken only
     * right after {@link DebuggerEndpoint#poll()} found nothing, so they see everything received until then.
     */
    private StateChange awaitBreakInStop(long deadline, long ignoredBefore) throws KdException {
        long interval = settings.breakInInterval().toNanos();
        long resendAt = System.nanoTime() + interval;
        boolean postponed = false;
        DataPacket restartedWith = null;
        while (true) {
            Optional<DataPacket> received = restartedWith != null ? Optional.of(restartedWith) : endpoint.poll();
            restartedWith = null;
            if (received.isPresent()) {
                if (dispatch(received.get()) instanceof StateChange change) {
                    if ((change.newState() & 0xFFFF) != StateChange.LOAD_SYMBOLS) {
                        return change;
                    }
                    // a module load report: the target waits for Continue; the break-in byte may still be pending
                    // in it or may have been forgotten, so it gets a whole interval after the Continue
                    try {
                        continueExecution(NtStatus.DBG_CONTINUE);
                    } catch (KdTargetRestartedException restarted) {
                        restartedWith = restarted.stateChange(); // rebooted meanwhile: its stop is the next one
                        continue;
                    }
                    resendAt = System.nanoTime() + interval;
                    postponed = false;
                    if (System.nanoTime() - deadline >= 0) {
                        throw new KdTimeoutException("timed out waiting for the target to stop: it was still"
                                + " reporting LoadSymbols (the last one continued)");
                    }
                }
                continue;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new KdTimeoutException("timed out waiting for the target to stop after "
                        + breakInsSent + " break-in byte(s)" + (endpoint.isConnected() ? ""
                                : "; it did not answer RESET either: no target on the channel, or it is running and"
                                        + " not polling for a break-in"));
            }
            if (now - resendAt >= 0) {
                boolean connected = endpoint.isConnected();
                // a state change ignored before the RESET echo: the target has stopped, it only needs the RESET
                boolean stopped = !connected && endpoint.stateChangesIgnored() != ignoredBefore;
                // a packet still arriving may be the stop: let it complete first, but only once in a row (a
                // garbled packet may never complete)
                boolean arriving = endpoint.isReceivingPacket() && !postponed;
                postponed = arriving;
                if (!stopped && !arriving) {
                    sendBreakIn();
                }
                if (!connected) {
                    endpoint.sendReset();
                }
                resendAt = now + interval;
                continue;
            }
            endpoint.awaitInput(Duration.ofNanos(Math.min(resendAt - now, deadline - now)));
        }
    }

    private void sendBreakIn() throws KdException {
        endpoint.breakIn();
        breakInsSent++;
    }

    /** Waits for the next state change (a stop, or a LoadSymbols while booting). */
    public StateChange waitForStateChange(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            DataPacket packet = next(deadline, "a state change from the target");
            if (KdBody.decode(packet) instanceof StateChange change) {
                lastStop = change;
                return change;
            }
        }
    }

    /** GetVersion: the target's version block (cached for the module walk). */
    public VersionInfo getVersion() throws KdException {
        Manipulate reply = transact(Manipulate.getVersionRequest(), "GetVersion");
        if (!(reply.detail() instanceof VersionInfo info)) {
            throw new KdException("GetVersion reply could not be decoded");
        }
        version = info;
        return info;
    }

    /**
     * Reads {@code length} bytes of virtual memory, in requests of at most {@value #MAX_CHUNK} bytes. Never
     * returns more or fewer bytes than asked: a read that stops early fails with
     * {@link KdPartialReadException}, which holds the bytes that were read ({@link #readVirtualUpTo} returns
     * them instead).
     */
    public byte[] readVirtual(long address, int length) throws KdException {
        return read(ManipulateApi.READ_VIRTUAL_MEMORY, address, length, "virtual").orThrow();
    }

    /** Reads {@code length} bytes of physical memory; as {@link #readVirtual}. */
    public byte[] readPhysical(long address, int length) throws KdException {
        return read(ManipulateApi.READ_PHYSICAL_MEMORY, address, length, "physical").orThrow();
    }

    /**
     * Reads up to {@code length} bytes of virtual memory and returns what was read: all of it, or the
     * readable start of the range and why the rest was not read (a request that failed outright, with nothing
     * readable at {@code address}, still fails).
     */
    public MemoryRead readVirtualUpTo(long address, int length) throws KdException {
        return read(ManipulateApi.READ_VIRTUAL_MEMORY, address, length, "virtual");
    }

    /** Reads up to {@code length} bytes of physical memory; as {@link #readVirtualUpTo}. */
    public MemoryRead readPhysicalUpTo(long address, int length) throws KdException {
        return read(ManipulateApi.READ_PHYSICAL_MEMORY, address, length, "physical");
    }

    private MemoryRead read(ManipulateApi api, long address, int length, String space) throws KdException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
        String whole = String.format("reading %d bytes of %s memory at 0x%016X", length, space, address);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        long at = address;
        while (out.size() < length) {
            int chunk = Math.min(MAX_CHUNK, length - out.size());
            String what = String.format("reading %d bytes of %s memory at 0x%016X", chunk, space, at);
            Manipulate reply = request(Manipulate.readRequest(api, 0, at, chunk), what);
            int actual = reply.detail() instanceof ManipulateDetail.MemoryTransfer transfer
                    ? Math.min(Math.min(transfer.actualCount(), reply.dataLength()), chunk) : 0;
            if (actual <= 0) {
                if (out.size() == 0) {
                    throw new KdRequestFailedException(what,
                            NtStatus.isSuccess(reply.returnStatus()) ? NtStatus.UNSUCCESSFUL : reply.returnStatus());
                }
                return new MemoryRead(address, length, out.toByteArray(), whole, reply.returnStatus());
            }
            reply.data().slice(0, actual).writeTo(out);
            if (actual < chunk) {
                return new MemoryRead(address, length, out.toByteArray(), whole, reply.returnStatus());
            }
            at += actual;
        }
        return new MemoryRead(address, length, out.toByteArray(), whole, NtStatus.SUCCESS);
    }

    /**
     * ReadControlSpace of {@code processor}: on x64 the {@code selector} picks the structure (0 KPCR address,
     * 1 KPRCB address, 2 KSPECIAL_REGISTERS, 3 KTHREAD address; fact sheet §4.6), at most {@code length}
     * bytes of it. @return the bytes the target sent (possibly fewer)
     */
    public byte[] readControlSpace(int processor, long selector, int length) throws KdException {
        String what = String.format("reading control space %d of processor %d", selector, processor);
        Manipulate reply = transact(Manipulate.readRequest(ManipulateApi.READ_CONTROL_SPACE, processor, selector,
                length), what);
        int actual = reply.detail() instanceof ManipulateDetail.MemoryTransfer transfer
                ? Math.min(Math.min(transfer.actualCount(), reply.dataLength()), length) : 0;
        if (actual <= 0) {
            throw new KdRequestFailedException(what, NtStatus.UNSUCCESSFUL);
        }
        return reply.data().slice(0, actual).toArray();
    }

    /** GetContext of {@code processor}: the raw CONTEXT bytes (0x4D0 on x64, 0x2CC on x86). */
    public byte[] getContext(int processor) throws KdException {
        Manipulate request = Manipulate.request(ManipulateApi.GET_CONTEXT, processor, w -> { }, Bytes.EMPTY);
        return transact(request, "GetContext of processor " + processor).data().toArray();
    }

    /**
     * GetContext of {@code processor}, decoded with the CONTEXT layout the version block names (x64 when
     * the target reports PTR64, else x86).
     */
    public ProcessorContext getProcessorContext(int processor) throws KdException {
        ProcessorContext.Layout layout = contextLayout();
        Manipulate reply = transact(Manipulate.getContextRequest(processor), "GetContext of processor " + processor);
        if (reply.dataLength() < layout.size()) {
            throw new KdException(String.format("GetContext of processor %d: the target sent 0x%X bytes, a %s"
                    + " CONTEXT has 0x%X", processor, reply.dataLength(), layout, layout.size()));
        }
        return new ProcessorContext(layout, reply.data().slice(0, layout.size()));
    }

    /** SetContext of {@code processor}: the target takes the whole CONTEXT when it continues. */
    public void setProcessorContext(int processor, ProcessorContext context) throws KdException {
        transact(Manipulate.setContextRequest(processor, context.raw(), context.layout().contextFlagsOffset()),
                "SetContext of processor " + processor);
    }

    private ProcessorContext.Layout contextLayout() throws KdException {
        VersionInfo info = version != null ? version : getVersion();
        return info.is64Bit() ? ProcessorContext.Layout.AMD64 : ProcessorContext.Layout.X86;
    }

    /**
     * Writes {@code bytes} to virtual memory at {@code address}, in requests of at most {@value #MAX_CHUNK}
     * bytes; fails with {@link KdRequestFailedException} naming the first address the target did not write.
     */
    public void writeVirtual(long address, byte[] bytes) throws KdException {
        int done = 0;
        while (done < bytes.length) {
            int chunk = Math.min(MAX_CHUNK, bytes.length - done);
            long at = address + done;
            String what = String.format("writing %d bytes of virtual memory at 0x%016X", chunk, at);
            Manipulate reply = request(Manipulate.writeRequest(ManipulateApi.WRITE_VIRTUAL_MEMORY, 0, at,
                    Bytes.copyOf(bytes, done, chunk)), what);
            int written = reply.detail() instanceof ManipulateDetail.MemoryTransfer transfer
                    ? transfer.actualCount() : 0;
            if (!NtStatus.isSuccess(reply.returnStatus()) || written != chunk) {
                throw new KdRequestFailedException(what + String.format(" (%d written, stopped at 0x%016X)",
                        Math.max(0, Math.min(written, chunk)), at + Math.max(0, Math.min(written, chunk))),
                        NtStatus.isSuccess(reply.returnStatus()) ? NtStatus.UNSUCCESSFUL : reply.returnStatus());
            }
            done += chunk;
        }
    }

    /**
     * WriteBreakPoint: the target saves the byte at {@code address} and puts a breakpoint instruction there.
     *
     * @return the target's handle for {@link #restoreBreakPoint}
     */
    public int writeBreakPoint(long address) throws KdException {
        String what = String.format("writing a breakpoint at 0x%016X", address);
        Manipulate reply = transact(Manipulate.writeBreakPointRequest(address), what);
        if (!(reply.detail() instanceof ManipulateDetail.BreakPoint bp) || bp.handle() == 0) {
            throw new KdException(what + ": the target answered success but no handle");
        }
        return bp.handle();
    }

    /** RestoreBreakPoint: the target puts back the byte saved under {@code handle}. */
    public void restoreBreakPoint(int handle) throws KdException {
        transact(Manipulate.restoreBreakPointRequest(handle), "restoring breakpoint handle " + handle);
    }

    /**
     * Continue2 with {@code continueStatus}, the trace flag (single step: the target stops again after one
     * instruction with a single-step exception) and {@code dr7}; no reply.
     */
    public void continueExecution2(int continueStatus, boolean trace, long dr7) throws KdException {
        try {
            endpoint.send(PacketType.STATE_MANIPULATE, Manipulate.continue2Request(continueStatus, trace, dr7).raw());
        } catch (KdTargetRestartedException restarted) {
            lastStop = KdBody.decode(restarted.stateChange()) instanceof StateChange change ? change : null;
            version = null;
            throw new KdTargetRestartedException("continuing", restarted.stateChange());
        }
        lastStop = null;
    }

    /** Continue with {@code continueStatus} (e.g. DBG_CONTINUE): the target resumes; there is no reply. */
    public void continueExecution(int continueStatus) throws KdException {
        try {
            endpoint.send(PacketType.STATE_MANIPULATE, Manipulate.continueRequest(continueStatus).raw());
        } catch (KdTargetRestartedException restarted) {
            lastStop = KdBody.decode(restarted.stateChange()) instanceof StateChange change ? change : null;
            version = null;
            throw new KdTargetRestartedException("continuing", restarted.stateChange());
        }
        lastStop = null;
    }

    /**
     * Walks PsLoadedModuleList (fact sheet §5) with the x64 or x86 entry layout, guarding against null and
     * -1 links, loops and more than {@link Settings#maxModules()} entries. A walk cut short returns what it
     * read with the reason. The observer, if any, is told the result.
     */
    public ModuleList listModules() throws KdException {
        VersionInfo info = version != null ? version : getVersion();
        long head = info.psLoadedModuleList();
        if (head == 0) {
            throw new KdException("the target reports no PsLoadedModuleList (GetVersion gave 0)");
        }
        EntryLayout layout = info.is64Bit() ? EntryLayout.AMD64 : EntryLayout.X86;
        List<LoadedModule> modules = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        long entry = layout.pointer(Bytes.of(readVirtual(head, layout.pointerSize)), 0);
        String stopped = null;
        while (entry != head) {
            if (entry == 0 || entry == NO_POINTER_64 || entry == 0xFFFFFFFFL) {
                stopped = String.format("link after %d modules is 0x%X", modules.size(), entry);
                break;
            }
            if (!visited.add(entry)) {
                stopped = String.format("loop: entry 0x%016X seen twice after %d modules", entry, modules.size());
                break;
            }
            if (modules.size() >= settings.maxModules()) {
                stopped = "more than " + settings.maxModules() + " modules";
                break;
            }
            Bytes bytes = Bytes.of(readVirtual(entry, layout.entrySize));
            modules.add(layout.module(bytes, this));
            entry = layout.pointer(bytes, 0);
        }
        ModuleList result = new ModuleList(modules, stopped);
        if (observer != null) {
            observer.onModuleWalk(result.modules(), System.nanoTime());
        }
        return result;
    }

    /** Sends a request and waits for the reply with the same ApiNumber; fails on an error status. */
    private Manipulate transact(Manipulate request, String what) throws KdException {
        Manipulate reply = request(request, what);
        if (!NtStatus.isSuccess(reply.returnStatus())) {
            throw new KdRequestFailedException(what, reply.returnStatus());
        }
        return reply;
    }

    /**
     * Sends a request and waits for the reply with the same ApiNumber, whatever its status. A request the
     * target acknowledged but did not answer within its share of the request timeout is sent again with the
     * same id ({@link Settings#replyResends()} times at most). A state change instead of the reply means the
     * target restarted: {@link KdTargetRestartedException}, and {@link #lastStop()} is the new stop.
     */
    private Manipulate request(Manipulate request, String what) throws KdException {
        long start = System.nanoTime();
        long deadline = start + settings.requestTimeout().toNanos();
        long slice = settings.requestTimeout().toNanos() / (settings.replyResends() + 1);
        int resent = 0;
        try {
            endpoint.send(PacketType.STATE_MANIPULATE, request.raw());
            long resendAt = System.nanoTime() + slice;
            while (true) {
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    throw new KdTimeoutException("timed out waiting for the reply to " + what
                            + (resent > 0 ? " (the request was sent " + (resent + 1) + " times)" : ""));
                }
                if (resent < settings.replyResends() && now - resendAt >= 0) {
                    endpoint.resendLast();
                    resent++;
                    resendAt = System.nanoTime() + slice;
                    continue;
                }
                long wait = Math.min(deadline - now,
                        resent < settings.replyResends() ? resendAt - now : deadline - now);
                Optional<DataPacket> received = endpoint.receive(Duration.ofNanos(Math.max(wait, 1)));
                if (received.isEmpty()) {
                    continue;
                }
                StateChange stopBefore = lastStop;
                KdBody body = dispatch(received.get());
                if (body instanceof StateChange change) {
                    if (isRestart(received.get(), change, stopBefore)) {
                        throw new KdTargetRestartedException(what, received.get());
                    }
                    // The same stop reported again without a sync id: the target went back to resending its state
                    // change (kdcom does on a stray break-in byte) and did not take the request. Send it again.
                    endpoint.resendLast();
                    resendAt = System.nanoTime() + slice;
                    continue;
                }
                if (body instanceof Manipulate reply && reply.apiNumber() == request.apiNumber()) {
                    return reply;
                }
            }
        } catch (KdTargetRestartedException restarted) {
            if (KdBody.decode(restarted.stateChange()) instanceof StateChange change) {
                lastStop = change;
            }
            version = null;
            if (restarted.getMessage().endsWith(what)) {
                throw restarted;
            }
            throw new KdTargetRestartedException(what, restarted.stateChange());
        }
    }

    /**
     * Whether a state change that came while a request waited means the target restarted: it carries the sync id
     * (a target's first packet after boot or after giving up), or it is a different stop from the one the
     * request was sent to. The same stop again, without the sync id, is the target resending its report.
     */
    private static boolean isRestart(DataPacket packet, StateChange change, StateChange stopBefore) {
        return (packet.id() & KdWire.SYNC_PACKET_ID) != 0 || stopBefore == null
                || !change.raw().equals(stopBefore.raw());
    }

    /** The next data packet, handling the ones that need an answer of their own. */
    private DataPacket next(long deadline, String awaited) throws KdException {
        while (true) {
            Duration left = remaining(deadline, "waiting for " + awaited);
            Optional<DataPacket> received = endpoint.receive(left);
            if (received.isEmpty()) {
                continue; // remaining() throws once the deadline has passed
            }
            DataPacket packet = received.get();
            dispatch(packet);
            return packet;
        }
    }

    /** Decodes a received packet, keeps a state change, answers a file request; returns the body. */
    private KdBody dispatch(DataPacket packet) throws KdException {
        KdBody body = KdBody.decode(packet);
        switch (body) {
            case StateChange change -> lastStop = change;
            case FileIo file when file.apiNumber() == FileIo.CREATE_FILE ->
                    endpoint.send(PacketType.FILE_IO, file.noSuchFileReply().raw());
            default -> { }
        }
        return body;
    }

    private static Duration remaining(long deadline, String what) throws KdTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new KdTimeoutException("timed out " + what);
        }
        return Duration.ofNanos(left);
    }
}
