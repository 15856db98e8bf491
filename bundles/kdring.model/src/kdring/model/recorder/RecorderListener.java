package kdring.model.recorder;

import kdring.kd.debugger.ModuleList;
import kdring.kd.observer.KdEvent;

/**
 * Told what a {@link ChannelRecorder} sees, in order, on the thread that feeds it and under its lock:
 * return quickly. Exports use it to stream a whole session without keeping it in memory.
 */
public interface RecorderListener {

    /** One step of the session's story, as the KD observer told it. */
    default void onEvent(KdEvent event) {
    }

    /**
     * A walk of the target's module list was read from the traffic (a debugger's ReadVirtualMemory
     * requests, see {@link kdring.kd.debugger.ObservedModuleWalk}): the walk is the module table now. Told
     * right after the packet that completed it.
     *
     * @param nanos when that packet crossed
     */
    default void onModuleWalk(long nanos, ModuleList walk) {
    }

    /** A throughput interval ended. */
    default void onThroughput(Throughput sample) {
    }
}
