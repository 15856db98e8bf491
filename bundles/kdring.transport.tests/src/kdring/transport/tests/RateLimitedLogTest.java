package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import kdring.transport.RateLimitedLog;

/** A guest faulting on every hello costs one warning a minute, not one per hello. */
class RateLimitedLogTest {

    @Test
    void oneLinePerIntervalAndTheNextSaysHowManyWereLeftOut() {
        String name = "kdring.transport.tests.rate-limited";
        Logger jul = Logger.getLogger(name);
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            AtomicLong now = new AtomicLong();
            RateLimitedLog log = new RateLimitedLog(System.getLogger(name), Duration.ofMinutes(1), now::get);
            assertTrue(log.log(System.Logger.Level.WARNING, "vm: channel FAULTED: bad index"));
            for (int hello = 0; hello < 10_000; hello++) {
                now.addAndGet(1_000_000); // one hello a millisecond, for 10 s
                assertFalse(log.log(System.Logger.Level.WARNING, "vm: channel FAULTED: bad index"));
            }
            assertEquals(1, lines.size(), lines.toString());
            now.addAndGet(Duration.ofMinutes(1).toNanos());
            assertTrue(log.log(System.Logger.Level.WARNING, "vm: channel FAULTED: bad index"));
            assertEquals(2, lines.size());
            assertTrue(lines.get(1).contains("10000 similar lines left out"), lines.get(1));
        } finally {
            jul.removeHandler(handler);
        }
    }
}
