package kdring.model.story;

import java.util.List;

import kdring.kd.observer.LoadedModule;
import kdring.model.recorder.Throughput;

/**
 * Follows one {@link ChannelStory}. Called on the thread that tells the story (a channel session's
 * recorder thread, a remote stream's thread), under the story's lock: return quickly — queue the value
 * and let a UI thread or a sender thread pick it up. Every value passed is immutable.
 */
public interface StoryListener {

    /** The module table changed; {@code modules} is the whole new table in load order. */
    default void modulesChanged(List<LoadedModule> modules) {
    }

    /** Something happened (prints included: they are also told to {@link #printed}). */
    default void event(StoryEvent event) {
    }

    /** The target printed {@code text} (DbgPrint) on {@code processor}. */
    default void printed(int processor, String text) {
    }

    /** A throughput interval ended. */
    default void throughput(Throughput sample) {
    }

    /** The channel's state, reason or transport changed. */
    default void statusChanged(ChannelStatus status) {
    }
}
