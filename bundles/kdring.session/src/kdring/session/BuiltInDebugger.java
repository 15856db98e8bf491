package kdring.session;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdDisconnectedException;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.KdTimeoutException;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.model.story.ChannelStory;
import kdring.session.debug.DebugTarget;
import kdring.transport.VmChannel;
import kdring.transport.bridge.LocalDebuggerChannel;

/**
 * kdring's own debugger on one channel: kdring.kd's {@link KdDebugger} over the channel's debugger hub,
 * the same bytes WinDbg would exchange through the same bridge.
 *
 * <p>Confined to one named thread ({@code kdring-debugger-<channel>}), the debugger executor: the API and
 * the workbench submit work to it and wait with a deadline; nobody holds a lock across a KD request. A
 * caller whose deadline passes gets a {@link TimeoutException}, and the request is cancelled.
 *
 * <p>It attaches on the first break-in and stays attached until {@link #close()}; an external debugger
 * (WinDbg) arriving later takes the channel from it, and it attaches again on the next break-in. While
 * WinDbg is attached a break-in is refused with a message that says so.
 */
public final class BuiltInDebugger implements AutoCloseable {

    /** How long one break-in may take (a boot-time LoadSymbols burst must pass first). */
    public static final Duration BREAK_IN_TIMEOUT = Duration.ofSeconds(60);
    /** How long a request on a stopped target may take by default. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** How long {@link #close()} tries to let a target it stopped run again before it gives up. */
    public static final Duration RESUME_ON_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger("kdring.session");

    private final VmChannel channel;
    private final ChannelStory story;
    private final ExecutorService thread;
    /** Confined to {@link #thread}. */
    private LocalDebuggerChannel link;
    /** Confined to {@link #thread}. */
    private KdDebugger debugger;
    /** Confined to {@link #thread}; made with {@link #debugger}. */
    private DebugTarget target;
    private volatile boolean stopped;
    /** {@link #target} for the story's stop labels (other threads read only its published breakpoints). */
    private volatile DebugTarget labelSource;

    BuiltInDebugger(VmChannel channel, ChannelStory story) {
        this.channel = channel;
        this.story = story;
        story.labelStops(this::labelStop);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kdring-debugger-" + channel.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** @return whether kdring's debugger has the target stopped (a break-in it made, not yet continued) */
    public boolean targetStopped() {
        return stopped;
    }

    /**
     * Stops the target and waits for its state change: on first use it attaches and resynchronises (letting
     * a boot-time LoadSymbols burst pass), later it sends the break-in byte again until the target stops.
     *
     * @throws IOException when another debugger (WinDbg) has the channel
     * @throws KdException when the target does not stop in time, or the protocol failed
     */
    public StateChange breakIn(Duration deadline) throws IOException, KdException, TimeoutException {
        return call(() -> {
            StateChange stop;
            if (debugger != null && link.isClosed()) {
                detach(); // WinDbg took the channel meanwhile (or the user disconnected us): attach afresh
            }
            if (debugger == null) {
                attach();
                stop = debugger.connect(deadline);
            } else {
                stop = debugger.interrupt(deadline);
            }
            stopped = true;
            return stop;
        }, deadline.plusSeconds(5));
    }

    /** Walks the stopped target's module list; the story's module table becomes the walk. */
    public ModuleList listModules(Duration deadline) throws IOException, KdException, TimeoutException {
        return call(() -> {
            ModuleList list = stoppedDebugger().listModules();
            story.moduleWalk(list.modules());
            return list;
        }, deadline);
    }

    /** Reads {@code length} bytes of virtual memory at {@code address} from the stopped target. */
    public byte[] readVirtual(long address, int length, Duration deadline)
            throws IOException, KdException, TimeoutException {
        return call(() -> stoppedDebugger().readVirtual(address, length), deadline);
    }

    /** Reads {@code length} bytes of physical memory at {@code address} from the stopped target. */
    public byte[] readPhysical(long address, int length, Duration deadline)
            throws IOException, KdException, TimeoutException {
        return call(() -> stoppedDebugger().readPhysical(address, length), deadline);
    }

    /** Lets the stopped target run again (DBG_CONTINUE). */
    public void go(Duration deadline) throws IOException, KdException, TimeoutException {
        call(() -> {
            stoppedDebugger().continueExecution(NtStatus.DBG_CONTINUE);
            stopped = false;
            return null;
        }, deadline);
    }

    /** Work on the stopped target's {@link DebugTarget}, run on the debugger thread. */
    @FunctionalInterface
    public interface DebugWork<T> {
        /** Runs on the debugger thread with the target stopped. */
        T run(DebugTarget target) throws KdException;
    }

    /**
     * Runs {@code work} on the stopped target (registers, memory, symbols, breakpoints) on the debugger
     * thread, within {@code deadline}.
     *
     * @throws KdException when the target is running (break in first) or a request failed
     */
    public <T> T onStopped(DebugWork<T> work, Duration deadline) throws IOException, KdException, TimeoutException {
        return call(() -> {
            stoppedDebugger();
            return work.run(target);
        }, deadline);
    }

    /**
     * Executes one instruction ({@code t}: Continue2 with the trace flag, a breakpoint under the program
     * counter taken out for it) and waits for the single-step stop.
     */
    public StateChange step(Duration deadline) throws IOException, KdException, TimeoutException {
        return call(() -> {
            stoppedDebugger();
            return target.step(deadline);
        }, deadline.plusSeconds(5));
    }

    /**
     * Lets the stopped target run ({@code g}), stepping over a breakpoint under the program counter first;
     * {@link #awaitStop} waits for the stop that follows (a breakpoint hit).
     */
    public void run(Duration deadline) throws IOException, KdException, TimeoutException {
        call(() -> {
            stoppedDebugger();
            target.go(deadline);
            stopped = false;
            return null;
        }, deadline.plusSeconds(5));
    }

    /** How long {@link #awaitStop} holds the debugger thread at a time: a break-in can get in between. */
    static final Duration STOP_POLL = Duration.ofMillis(200);

    /**
     * Waits until the target, let run by {@link #run}, stops (a breakpoint, a single step, or a
     * {@link #breakIn} another caller makes meanwhile: the wait takes the debugger thread only
     * {@link #STOP_POLL} at a time, so a break-in is never queued behind it).
     *
     * @return the stop
     * @throws KdTimeoutException when the target did not stop within {@code deadline}
     */
    public StateChange awaitStop(Duration deadline) throws IOException, KdException, TimeoutException {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new KdTimeoutException("the target of " + channel.name() + " did not stop within "
                        + deadline.toSeconds() + " s");
            }
            Duration slice = Duration.ofNanos(Math.min(left, STOP_POLL.toNanos()));
            Optional<StateChange> stop = call(() -> {
                if (debugger == null) {
                    throw new KdException("the target is not running under kdring's debugger: nothing to wait for");
                }
                if (stopped) {
                    return debugger.lastStop(); // stopped meanwhile (a break-in)
                }
                try {
                    StateChange change = target.awaitStop(slice);
                    stopped = true;
                    return Optional.of(change);
                } catch (KdTimeoutException stillRunning) {
                    return Optional.<StateChange>empty();
                }
            }, slice.plusSeconds(5));
            if (stop.isPresent()) {
                return stop.get();
            }
        }
    }

    /**
     * What a crash dump's header needs from the stopped target: GetVersion, the stopped processor's CONTEXT
     * and CR3 (control space), the KDDEBUGGER_DATA64 address when the kernel lists it, and the stop.
     */
    public CrashDump.Facts dumpFacts(Duration deadline) throws IOException, KdException, TimeoutException {
        return call(() -> {
            KdDebugger kd = stoppedDebugger();
            StateChange stop = kd.lastStop().orElseThrow(() -> new KdException("no stop is known"));
            int processor = stop.processor();
            VersionInfo version = kd.getVersion();
            if (!version.is64Bit()) {
                throw new KdException("crash dumps are written for x64 kernels only; this one is "
                        + version.machineName());
            }
            byte[] context = kd.getContext(processor);
            byte[] special = kd.readControlSpace(processor, 2, 0xE0);
            long cr3 = special.length >= 0x18 ? java.nio.ByteBuffer.wrap(special, 0x10, 8)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong() : 0;
            long kdbg = 0;
            if (version.debuggerDataList() != 0) {
                try {
                    kdbg = java.nio.ByteBuffer.wrap(kd.readVirtual(version.debuggerDataList(), 8))
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                } catch (KdException e) {
                    kdbg = 0; // an unreadable list: the dump says "not known"
                }
            }
            int code = stop.report() instanceof ExceptionReport e ? e.code() : 0;
            long address = stop.report() instanceof ExceptionReport e ? e.address() : stop.programCounter();
            return new CrashDump.Facts(version.buildNumber(), cr3, version.psLoadedModuleList(), kdbg,
                    stop.numberProcessors(), context, code, address);
        }, deadline);
    }

    /**
     * Recorder thread (the story): "breakpoint N hit at module!export+offset" when {@code stop} is a hit of one of
     * this debugger's enabled breakpoints, else null.
     */
    private String labelStop(kdring.model.story.StoryEvent.Stop stop) {
        DebugTarget source = labelSource;
        if (source == null || stop.exceptionCode() != NtStatus.BREAKPOINT) {
            return null;
        }
        for (DebugTarget.Breakpoint bp : source.publishedBreakpoints()) {
            if (bp.enabled() && bp.address() == stop.address()) {
                return "breakpoint " + bp.id() + " hit at " + bp.symbol();
            }
        }
        // decoded after the debugger took the breakpoint out again (a run-to's temporary one)
        return source.takenOutAt(stop.address()).map(bp -> "breakpoint " + bp.id() + " hit at " + bp.symbol())
                .orElse(null);
    }

    /** How long a request on a target that runs under this debugger looks for a stop it already reported. */
    private static final Duration PENDING_STOP = Duration.ofMillis(20);

    /**
     * Debugger thread: the debugger, with the target stopped. A target let run by this debugger that has
     * stopped since (a breakpoint hit after Go, seen by the story before anyone awaited it) is taken as
     * stopped here, so that the views which follow the story's stop can ask at once.
     */
    private KdDebugger stoppedDebugger() throws KdException {
        if (debugger != null && !stopped && link != null && !link.isClosed()) {
            try {
                target.awaitStop(PENDING_STOP);
                stopped = true;
            } catch (KdTimeoutException stillRunning) {
                // running: refused below
            }
        }
        if (debugger == null || !stopped) {
            throw new KdException("the target of " + channel.name() + " is running (or stopped by another "
                    + "debugger); break in first");
        }
        return debugger;
    }

    /** Debugger thread: attaches to the hub (refused while WinDbg is attached). */
    private void attach() throws IOException {
        link = LocalDebuggerChannel.attach(channel.hub(), "built-in debugger", false);
        debugger = new KdDebugger(new DebuggerEndpoint(link, DebuggerEndpoint.Settings.defaults()),
                KdDebugger.Settings.defaults(), null);
        target = new DebugTarget(debugger);
        labelSource = target;
    }

    /** Debugger thread: forgets the debugger, so that the next break-in attaches again. */
    private void detach() {
        if (link != null) {
            link.close();
        }
        link = null;
        debugger = null;
        target = null;
        labelSource = null;
        stopped = false;
    }

    private <T> T call(Callable<T> work, Duration deadline) throws IOException, KdException, TimeoutException {
        Future<T> future;
        try {
            future = thread.submit(() -> {
                try {
                    return work.call();
                } catch (KdDisconnectedException e) {
                    // WinDbg took the channel, or the channel went away: attach again next time
                    detach();
                    throw e;
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IOException("the built-in debugger of " + channel.name() + " is closed");
        }
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimeoutException("the built-in debugger of " + channel.name() + " got no answer within "
                    + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the built-in debugger", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KdException kd) {
                throw kd;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Lets the target run again if this debugger stopped it (a break-in not yet continued), within
     * {@code deadline}; a failure is logged, never thrown: the caller is leaving anyway.
     *
     * @return whether the target runs now as far as this debugger knows (true also when it had not stopped it)
     */
    public boolean resumeIfStopped(Duration deadline) {
        if (!stopped) {
            return true;
        }
        try {
            go(deadline);
            LOG.log(System.Logger.Level.INFO, () -> channel.name() + ": the target kdring's debugger had stopped"
                    + " was continued before the debugger left");
            return true;
        } catch (IOException | KdException | TimeoutException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, channel.name() + ": could not continue the target kdring's debugger "
                    + "had stopped (" + e.getMessage() + "); it may be left stopped");
            return false;
        }
    }

    /**
     * Continues the target first if this debugger stopped it (at most {@link #RESUME_ON_CLOSE_TIMEOUT}: a
     * channel, a service or a workbench that goes away never leaves its VM stopped in kdring's debugger),
     * then detaches and ends the debugger thread. A stop made by another debugger (WinDbg) is that
     * debugger's to end.
     */
    @Override
    public void close() {
        resumeIfStopped(RESUME_ON_CLOSE_TIMEOUT);
        try {
            thread.execute(this::detach);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
