package kdring.ui.session;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import kdring.kd.debugger.ModuleList;
import kdring.kd.debugger.ProcessorContext;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.StateChange;
import kdring.model.story.StoryEvent;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.session.KdConsole;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Instruction;

/**
 * The workbench's debugger actions on a local channel: a thin adapter that submits them to the channel
 * session's {@link BuiltInDebugger} (its own thread) and waits with the debugger's deadlines. Called from
 * Jobs, never the UI thread. Thread-safe.
 */
final class BuiltInControl implements DebugControl {

    private final ChannelSession session;

    private final KdConsole console;

    BuiltInControl(ChannelSession session) {
        this.session = session;
        this.console = new KdConsole(session.debugger(), CONSOLE_DEADLINE, RUN_DEADLINE);
    }

    /** How long one request of a console command may take. */
    private static final Duration CONSOLE_DEADLINE = BuiltInDebugger.REQUEST_TIMEOUT;
    /**
     * How long a console {@code g} (a run to an address, a step over a call) waits for the stop: as long as the
     * target runs, as in WinDbg; Break ends the wait with its stop, closing the channel ends it with an error.
     */
    private static final Duration RUN_DEADLINE = Duration.ofDays(1);

    @Override
    public String breakIn() throws Exception {
        StateChange stop = session.debugger().breakIn(BuiltInDebugger.BREAK_IN_TIMEOUT);
        return String.format(Locale.ROOT, "stopped on processor %d at 0x%016X (%s)", stop.processor(),
                stop.programCounter(), stop.report());
    }

    @Override
    public void go() throws Exception {
        // run, not go: a breakpoint under the program counter is stepped over first instead of hit again
        session.debugger().run(BuiltInDebugger.REQUEST_TIMEOUT);
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
    public Stop stop() throws Exception {
        return session.debugger().onStopped(BuiltInControl::stopOf, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    private static Stop stopOf(DebugTarget t) throws kdring.kd.endpoint.KdException {
        StateChange stop = t.stop();
        return new Stop(stop.processor(), stop.numberProcessors(), stop.programCounter(),
                t.describe(stop.programCounter()) + " (" + stop.report() + ")");
    }

    @Override
    public ProcessorContext registers(int processor) throws Exception {
        return session.debugger().onStopped(t -> t.registers(processor), BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public ProcessorContext setRegister(int processor, String name, long value) throws Exception {
        return session.debugger().onStopped(t -> t.setRegister(processor, name, value),
                BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public byte[] read(long address, int length, boolean physical) throws Exception {
        return session.debugger().onStopped(t -> physical ? t.readPhysical(address, length) : t.readUpTo(address, length),
                BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public void writeVirtual(long address, byte[] bytes) throws Exception {
        session.debugger().onStopped(t -> {
            t.write(address, bytes);
            return null;
        }, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public long evaluate(String expression) throws Exception {
        return session.debugger().onStopped(t -> KdConsole.evaluate(t, expression), BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public String describe(long address) throws Exception {
        return session.debugger().onStopped(t -> t.describe(address), BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public List<Instruction> disassemble(long address, int count) throws Exception {
        return session.debugger().onStopped(t -> {
            try {
                return t.disassemble(address, count);
            } catch (kdring.session.debug.Disassembler.UnavailableException e) {
                throw new UnsupportedOperationException(e.getMessage(), e);
            }
        }, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public List<DebugTarget.Breakpoint> breakpoints() throws Exception {
        return session.debugger().onStopped(DebugTarget::breakpoints, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public DebugTarget.Breakpoint setBreakpoint(String expression) throws Exception {
        return session.debugger().onStopped(t -> t.setBreakpoint(KdConsole.evaluate(t, expression)),
                BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public void clearBreakpoint(int id) throws Exception {
        session.debugger().onStopped(t -> {
            t.clearBreakpoint(id);
            return null;
        }, BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public DebugTarget.Breakpoint enableBreakpoint(int id, boolean enabled) throws Exception {
        return session.debugger().onStopped(t -> t.enableBreakpoint(id, enabled), BuiltInDebugger.REQUEST_TIMEOUT);
    }

    @Override
    public Stop step(boolean over) throws Exception {
        console.execute(over ? "p" : "t");
        return stop();
    }

    @Override
    public Stop runTo(String expression) throws Exception {
        console.execute("g " + expression);
        return stop();
    }

    @Override
    public String console(String line) throws Exception {
        return console.execute(line);
    }

    @Override
    public List<String> consoleCommands() {
        return KdConsole.COMMANDS;
    }

    @Override
    public void close() {
        // the debugger belongs to the channel session, which closes it
    }
}
