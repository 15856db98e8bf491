package kdring.ui.session;

import java.util.List;

import kdring.kd.observer.LoadedModule;

/**
 * What the workbench's own debugger can do with a channel: break in, go, list modules, read memory.
 * Every method blocks until the target answered (seconds at most) and says what failed in its exception's
 * message: call them from a Job, never from the UI thread. Implementations confine the debugger to one
 * thread of their own.
 */
public interface DebugControl extends AutoCloseable {

    /** Stops the target; @return a line describing the stop. */
    String breakIn() throws Exception;

    /** Resumes the stopped target. */
    void go() throws Exception;

    /** Walks the stopped target's module list (the session's module table follows). */
    List<LoadedModule> listModules() throws Exception;

    /** Reads {@code length} bytes of virtual memory at {@code address} from the stopped target. */
    byte[] readVirtual(long address, int length) throws Exception;

    @Override
    void close();
}
