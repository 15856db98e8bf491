package kdring.session;

import java.nio.file.Path;

/**
 * A capture the user started on a channel: every byte from its start to its stop, in the model's capture
 * format, with the {@code .kdsession} metadata beside it once stopped. Immutable.
 *
 * @param active  whether it is still being written
 * @param file    the capture file
 * @param records byte records written so far
 * @param bytes   the file's size so far
 */
public record Capture(boolean active, Path file, long records, long bytes) {
}
