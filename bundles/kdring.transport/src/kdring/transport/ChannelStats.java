package kdring.transport;

import java.util.List;

/**
 * An immutable snapshot of one channel's counters, taken without locking the data path. "Target" bytes
 * went from the guest to the debugger (ring tx or serial), "debugger" bytes the other way.
 *
 * @param channel         the channel's name
 * @param state           its state when the snapshot was taken
 * @param reason          why it is in that state
 * @param targetBytes     bytes guest → debugger
 * @param debuggerBytes   bytes debugger → guest
 * @param targetPackets   KD packets guest → debugger (counted by the observer)
 * @param debuggerPackets KD packets debugger → guest
 * @param kicks           kick bytes received on the port
 * @param coalescedKicks  kicks that cost no ring pass of their own (several kicks, one pass)
 * @param ringPasses      times the rings were serviced
 * @param hellos          hellos received
 * @param reannouncements hellos that re-announced the open channel
 * @param goodbyes        goodbyes received
 * @param faults          times the channel went FAULTED
 * @param resets          channels replaced by a new hello, or closed by goodbye, vanishing or chardev loss
 * @param garbageBytes    port bytes that were neither kick nor message
 * @param malformed       rejected port messages
 * @param serialDiscarded serial bytes dropped because the ring channel was open
 * @param serialDropped   debugger bytes dropped on the way to the VM's serial port: it has none, or its UART
 *                        did not take them and the bounded buffer in front of it overflowed
 * @param targetBytesUnheard target bytes that reached no debugger (none was attached); a guest that keeps
 *                           sending them storms, which the channel logs
 * @param samples         recent throughput samples, oldest first
 */
public record ChannelStats(String channel, ChannelState state, String reason, long targetBytes,
        long debuggerBytes, long targetPackets, long debuggerPackets, long kicks, long coalescedKicks,
        long ringPasses, long hellos, long reannouncements, long goodbyes, long faults, long resets,
        long garbageBytes, long malformed, long serialDiscarded, long serialDropped, long targetBytesUnheard,
        List<ThroughputSample> samples) {

    public ChannelStats {
        samples = List.copyOf(samples);
    }

    /**
     * Bytes per second in each direction over one sampling interval.
     *
     * @param epochMillis        end of the interval
     * @param targetBytesPerS    guest → debugger
     * @param debuggerBytesPerS  debugger → guest
     */
    public record ThroughputSample(long epochMillis, double targetBytesPerS, double debuggerBytesPerS) {
    }
}
