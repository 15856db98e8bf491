package kdring.kd.debugger;

/**
 * A memory read stopped before its end: {@link #read()} holds the bytes that were read and how many.
 */
public class KdPartialReadException extends KdRequestFailedException {

    private static final long serialVersionUID = 1L;

    private final transient MemoryRead read;

    /** The read ended early with {@code read}. */
    public KdPartialReadException(MemoryRead read) {
        super(read.status(), read.what() + ": " + read.describe());
        this.read = read;
    }

    /** What was read: {@link MemoryRead#bytes()}, {@link MemoryRead#count()}. */
    public MemoryRead read() {
        return read;
    }
}
