package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kdring.tools.DecoderBench;

/** The bench's decoder figure comes from the real JMH benchmark (releng/kd-bench), built and run here. */
class DecoderBenchTest {

    @Test
    void theJmhBenchmarkRunsAndItsRateIsRead() throws Exception {
        DecoderBench.Figures figures = DecoderBench.measure();
        System.out.println("decoder: " + figures);
        assertNull(figures.failure(), String.valueOf(figures.failure()));
        // a rate and its confidence half-width, as JMH printed them: numbers, not a speed claim
        assertTrue(figures.mbPerS() > 0, figures.toString());
        assertTrue(figures.errorMbPerS() >= 0, figures.toString());
        assertEquals("frameAndDecode", DecoderBench.JMH_ARGUMENTS.get(DecoderBench.JMH_ARGUMENTS.size() - 1));
    }
}
