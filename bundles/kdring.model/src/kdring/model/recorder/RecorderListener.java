package kdring.model.recorder;

import kdring.kd.observer.KdEvent;

/**
 * Told what a {@link ChannelRecorder} sees, in order, on the thread that feeds it and under its lock:
 * return quickly. Exports use it to stream a whole session without keeping it in memory.
 */
public interface RecorderListener {

    /** One step of the session's story, as the KD observer told it. */
    default void onEvent(KdEvent event) {
    }

    /** A throughput interval ended. */
    default void onThroughput(Throughput sample) {
    }
}
