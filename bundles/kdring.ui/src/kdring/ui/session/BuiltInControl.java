package kdring.ui.session;

import java.util.List;
import java.util.Locale;

import kdring.kd.debugger.ModuleList;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.StateChange;
import kdring.model.story.StoryEvent;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;

/**
 * The workbench's debugger actions on a local channel: a thin adapter that submits them to the channel
 * session's {@link BuiltInDebugger} (its own thread) and waits with the debugger's deadlines. Called from
 * Jobs, never the UI thread. Thread-safe.
 */
final class BuiltInControl implements DebugControl {

    private final ChannelSession session;

    BuiltInControl(ChannelSession session) {
        this.session = session;
    }

    @Override
    public String breakIn() throws Exception {
        StateChange stop = session.debugger().breakIn(BuiltInDebugger.BREAK_IN_TIMEOUT);
        return String.format(Locale.ROOT, "stopped on processor %d at 0x%016X (%s)", stop.processor(),
                stop.programCounter(), stop.report());
    }

    @Override
    public void go() throws Exception {
        session.debugger().go(BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public List<LoadedModule> listModules() throws Exception {
        ModuleList list = session.debugger().listModules(BuiltInDebugger.REQUEST_TIMEOUT);
        list.problem().ifPresent(problem -> session.story().add(StoryEvent.of(System.currentTimeMillis() * 1_000_000L,
                StoryEvent.Kind.FAULT, "module walk stopped early: " + problem)));
        return list.modules();
    }

    @Override
    public byte[] readVirtual(long address, int length) throws Exception {
        return session.debugger().readVirtual(address, length, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public void close() {
        // the debugger belongs to the channel session, which closes it
    }
}
