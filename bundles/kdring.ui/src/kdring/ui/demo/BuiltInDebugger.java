package kdring.ui.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import kdring.hv.qemu.KdSession;
import kdring.kd.debugger.ModuleList;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.StateChange;
import kdring.transport.VmChannel;
import kdring.ui.session.DebugControl;
import kdring.ui.session.EventRow;
import kdring.ui.session.LiveSession;

/**
 * kdring's own debugger on a local channel ({@link KdSession#builtIn}), confined to one named thread
 * ({@code kdring-debugger-<vm>}); the calls block their caller (a Job) until the target answered. It
 * attaches on first use, so WinDbg may take the channel instead; WinDbg arriving later detaches it.
 */
public final class BuiltInDebugger implements DebugControl {

    /** How long a break-in may take before it is reported as failed. */
    static final Duration BREAK_IN_TIMEOUT = Duration.ofSeconds(60);

    private final VmChannel channel;
    private final LiveSession session;
    private final ExecutorService thread;
    private KdSession debugger;

    public BuiltInDebugger(VmChannel channel, LiveSession session) {
        this.channel = channel;
        this.session = session;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kdring-debugger-" + channel.name());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String breakIn() throws Exception {
        return call(() -> {
            // The first break-in also resynchronises and lets boot-time LoadSymbols reports pass.
            boolean first = debugger == null;
            StateChange stop = first ? attached().breakIn(BREAK_IN_TIMEOUT) : attached().interrupt(BREAK_IN_TIMEOUT);
            return String.format(Locale.ROOT, "stopped on processor %d at 0x%016X (%s)", stop.processor(),
                    stop.programCounter(), stop.report());
        });
    }

    @Override
    public void go() throws Exception {
        call(() -> {
            attached().resume();
            return null;
        });
    }

    @Override
    public List<LoadedModule> listModules() throws Exception {
        return call(() -> {
            ModuleList list = attached().debugger().listModules();
            session.moduleWalk(list.modules());
            list.problem().ifPresent(problem -> session.channelState(session.state(),
                    "module walk stopped early: " + problem, System.currentTimeMillis() * 1_000_000L));
            return list.modules();
        });
    }

    @Override
    public byte[] readVirtual(long address, int length) throws Exception {
        return call(() -> attached().debugger().readVirtual(address, length));
    }

    private KdSession attached() throws IOException {
        if (debugger == null) {
            debugger = KdSession.builtIn(channel);
        }
        return debugger;
    }

    private <T> T call(Callable<T> work) throws Exception {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        thread.execute(() -> {
            if (debugger != null) {
                debugger.close();
                debugger = null;
            }
        });
        thread.shutdown();
    }

    /** For messages: the kind of thing a stop was. */
    static String describe(int code) {
        return EventRow.exceptionName(code);
    }
}
