package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

/**
 * Carries values from any thread to the UI thread in batches: {@link #offer} never blocks and costs no
 * more than a queue insert; at most one delivery is scheduled at a time, and it runs no sooner than
 * {@code delayMillis} after the first value of its batch, so a flood of events becomes a few UI updates a
 * second. Deliveries stop when the owning widget is disposed.
 *
 * @param <T> the value type (immutable values only)
 */
public final class UiBatcher<T> {

    private final Display display;
    private final Widget owner;
    private final int delayMillis;
    private final Consumer<List<T>> sink;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** Delivers to {@code sink} on the UI thread of {@code owner}. */
    public UiBatcher(Widget owner, int delayMillis, Consumer<List<T>> sink) {
        this.display = owner.getDisplay();
        this.owner = owner;
        this.delayMillis = delayMillis;
        this.sink = sink;
    }

    /** Any thread: queues {@code value} for the next batch. */
    public void offer(T value) {
        queue.add(value);
        if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!owner.isDisposed()) {
                    display.timerExec(delayMillis, this::deliver);
                }
            });
        }
    }

    /** UI thread: delivers what is queued now, if anything (tests call it to settle). */
    public void deliver() {
        scheduled.set(false);
        if (owner.isDisposed()) {
            queue.clear();
            return;
        }
        List<T> batch = new ArrayList<>();
        for (T value; (value = queue.poll()) != null;) {
            batch.add(value);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
