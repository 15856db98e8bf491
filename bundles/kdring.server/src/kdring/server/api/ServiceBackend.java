package kdring.server.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import kdring.model.story.StoryEvent;

/**
 * What the HTTP API serves, independent of HTTP: the service's channels and the actions on them. The
 * service implements it over its channels ({@code kdring.server.channels}); tests may implement it over
 * anything real. Every method is thread-safe and returns immutable values; none blocks on a guest for
 * longer than the timeout it names.
 */
public interface ServiceBackend {

    /** A channel id that names no channel. */
    final class NoSuchChannelException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoSuchChannelException(String id) {
            super("no channel named '" + id + "'");
        }
    }

    /** An action that could not be carried out; the message says why and what to do. */
    final class ActionFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        public ActionFailedException(String message) {
            super(message);
        }
    }

    /** A request whose parameter or body field is wrong; the message names the field. */
    final class BadRequestException extends Exception {
        private static final long serialVersionUID = 1L;

        public BadRequestException(String message) {
            super(message);
        }
    }

    /** Something this service cannot do at all (e.g. no disassembler on its host); the message says why. */
    final class NotAvailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public NotAvailableException(String message) {
            super(message);
        }
    }

    List<ApiModel.Channel> channels();

    ApiModel.Channel channel(String id) throws NoSuchChannelException;

    List<ApiModel.Module> modules(String id) throws NoSuchChannelException;

    /** Events with sequence number ≥ {@code from}, oldest first, at most {@code limit}; kinds empty = all. */
    ApiModel.EventPage events(String id, Set<StoryEvent.Kind> kinds, long from, int limit) throws NoSuchChannelException;

    /** Packet trace rows {@code from} to {@code from + limit - 1} (fewer at the end), oldest first. */
    ApiModel.TracePage trace(String id, long from, int limit) throws NoSuchChannelException;

    /** Throughput samples taken at or after {@code sinceMillis} (epoch milliseconds). */
    List<ApiModel.ThroughputSample> throughput(String id, long sinceMillis) throws NoSuchChannelException;

    /** Breaks into the guest with the built-in debugger and waits for it to stop. */
    ApiModel.StopInfo breakIn(String id) throws NoSuchChannelException, ActionFailedException;

    /**
     * Reads guest virtual memory while kdring has the guest stopped (after {@link #breakIn}).
     *
     * @param length at most {@link ApiHandler#MAX_READ} bytes
     */
    byte[] readMemory(String id, long address, int length) throws NoSuchChannelException, ActionFailedException;

    /** The debugging front end's operations on the channel's target (registers, memory, breakpoints, ...). */
    TargetApi target(String id) throws NoSuchChannelException;

    /** Lets a stopped guest run again. */
    void go(String id) throws NoSuchChannelException, ActionFailedException;

    /**
     * Lets the next debugger that connects to one of the channel's endpoints take over from the attached one
     * (which keeps the endpoint until then).
     *
     * @param askedBy who asked, for the log and the event log
     */
    ApiModel.DebuggerChange replaceDebugger(String id, String askedBy) throws NoSuchChannelException;

    /**
     * Disconnects the channel's attached debugger, saying why.
     *
     * @throws ActionFailedException when no debugger is attached
     */
    ApiModel.DebuggerChange disconnectDebugger(String id, String reason)
            throws NoSuchChannelException, ActionFailedException;

    ApiModel.Capture startCapture(String id) throws NoSuchChannelException, ActionFailedException;

    ApiModel.Capture stopCapture(String id) throws NoSuchChannelException, ActionFailedException;

    /**
     * Writes a Windows kernel crash dump ({@code kind} "full" or "bitmap") of the guest kdring has stopped
     * into the capture directory; the guest stays stopped.
     */
    ApiModel.Dump dump(String id, String kind) throws NoSuchChannelException, ActionFailedException;

    /**
     * Exports the channel's capture as {@code format} ("pcapng" or "json") into a new temporary file, which
     * the caller deletes after use.
     */
    Path export(String id, String format) throws NoSuchChannelException, ActionFailedException;

    /** The channel's capture file, when one was recorded. */
    Optional<Path> captureFile(String id) throws NoSuchChannelException;

    /**
     * Streams live items (packet summaries, events, throughput samples) of one channel to {@code sink}, each
     * an {@link ApiModel.StreamItem} serialised to JSON once and shared by every subscriber. Called on the
     * channel's recorder thread: the sink must not block. Closing the handle stops it.
     */
    AutoCloseable subscribe(String id, Consumer<String> sink) throws NoSuchChannelException;
}
