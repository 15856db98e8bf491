package kdring.ui.session;

import java.util.List;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.observer.LoadedModule;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Instruction;

/**
 * What the workbench's own debugger can do with a channel: break in, go, list modules, read memory, and the
 * debugging front end's operations on a stopped target (registers, memory, disassembly, breakpoints,
 * stepping, the {@code kd>} console).
 * Every method blocks until the target answered (seconds at most) and says what failed in its exception's
 * message: call them from a Job, never from the UI thread. Implementations confine the debugger to one
 * thread of their own. A connection that cannot do one of the front-end operations throws
 * {@link UnsupportedOperationException} with a message the view can show as it is.
 */
public interface DebugControl extends AutoCloseable {

    /**
     * Where the stopped target is.
     *
     * @param processor      the processor that reported the stop
     * @param processorCount how many the target has
     * @param programCounter where it stopped
     * @param description    one line: what stopped it and where, with the symbol
     */
    record Stop(int processor, int processorCount, long programCounter, String description) {
    }

    /** Stops the target; @return a line describing the stop. */
    String breakIn() throws Exception;

    /** Resumes the stopped target. */
    void go() throws Exception;

    /** Walks the stopped target's module list (the session's module table follows). */
    List<LoadedModule> listModules() throws Exception;

    /** Reads {@code length} bytes of virtual memory at {@code address} from the stopped target. */
    byte[] readVirtual(long address, int length) throws Exception;

    /** The stop the target is in; throws when it runs. */
    default Stop stop() throws Exception {
        throw unsupported("the target's stop");
    }

    /** Processor {@code processor}'s registers (GetContext), x64 or x86 layout. */
    default ProcessorContext registers(int processor) throws Exception {
        throw unsupported("registers");
    }

    /** Writes one register of {@code processor} (SetContext); @return the context as it now is. */
    default ProcessorContext setRegister(int processor, String name, long value) throws Exception {
        throw unsupported("register writes");
    }

    /**
     * Up to {@code length} bytes at {@code address}, fewer where the rest is unreadable (the views show those
     * as unreadable), none when nothing at {@code address} is (an unmapped page, beyond RAM): virtual memory,
     * or physical memory when {@code physical}.
     */
    default byte[] read(long address, int length, boolean physical) throws Exception {
        if (physical) {
            throw unsupported("physical memory");
        }
        return readVirtual(address, length);
    }

    /** Writes {@code bytes} at virtual {@code address} (WriteVirtualMemory). */
    default void writeVirtual(long address, byte[] bytes) throws Exception {
        throw unsupported("memory writes");
    }

    /**
     * The value of an address expression as the console takes it: hex numbers, registers ({@code rip}),
     * {@code module!export}, {@code module+0x1234}, {@code poi(expr)}, joined with {@code +} and {@code -}.
     */
    default long evaluate(String expression) throws Exception {
        throw unsupported("expressions");
    }

    /** {@code address} as {@code module!export+offset}, or the bare hex address outside every module. */
    default String describe(long address) throws Exception {
        throw unsupported("symbols");
    }

    /** {@code count} instructions from {@code address}, labelled; the message says when no disassembler exists. */
    default List<Instruction> disassemble(long address, int count) throws Exception {
        throw unsupported("disassembly");
    }

    /** The debugger's breakpoints. */
    default List<DebugTarget.Breakpoint> breakpoints() throws Exception {
        throw unsupported("breakpoints");
    }

    /** Sets a breakpoint at the address {@code expression} names. */
    default DebugTarget.Breakpoint setBreakpoint(String expression) throws Exception {
        throw unsupported("breakpoints");
    }

    /** Clears breakpoint {@code id}. */
    default void clearBreakpoint(int id) throws Exception {
        throw unsupported("breakpoints");
    }

    /** Enables or disables breakpoint {@code id} (a disabled one stays listed but is not in the target). */
    default DebugTarget.Breakpoint enableBreakpoint(int id, boolean enabled) throws Exception {
        throw unsupported("breakpoints");
    }

    /** One instruction ({@code t}), or over a call ({@code p}) when {@code over}; @return the new stop. */
    default Stop step(boolean over) throws Exception {
        throw unsupported("stepping");
    }

    /** Runs until {@code expression}'s address is reached (or another stop); @return that stop. */
    default Stop runTo(String expression) throws Exception {
        throw unsupported("run to address");
    }

    /** Executes one {@code kd>} command line; @return what it prints. */
    default String console(String line) throws Exception {
        throw unsupported("the kd> console");
    }

    /** The console commands (for completion and help). */
    default List<String> consoleCommands() {
        return List.of();
    }

    @Override
    void close();

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " are not available on this connection to the channel");
    }
}
