package kdring.ui.session;

import java.util.List;

import kdring.kd.observer.LoadedModule;
import kdring.model.recorder.Throughput;

/**
 * Follows one {@link LiveSession}. Called on the thread that feeds the session, under its lock: return
 * quickly (queue the value and let the UI thread pick it up). Every value passed is immutable.
 */
public interface SessionListener {

    /** The module table changed; {@code modules} is the whole new table in load order. */
    default void modulesChanged(List<LoadedModule> modules) {
    }

    /** Something for the Events view happened. */
    default void event(EventRow row) {
    }

    /** The target printed {@code text} (DbgPrint) on {@code processor}. */
    default void printed(int processor, String text) {
    }

    /** A throughput interval ended. */
    default void throughput(Throughput sample) {
    }
}
