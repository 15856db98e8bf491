package kdring.kd.observer;

import kdring.kd.framing.FrameEvent;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.VersionInfo;

/**
 * One step of a KD session's story, as a {@link KdObserver} tells it. Immutable values holding no
 * references to services; safe to pass between threads. {@link #nanos()} is the timestamp the feeder gave
 * with the bytes that completed the event.
 */
public sealed interface KdEvent {

    /** Timestamp in nanoseconds, on the feeder's clock. */
    long nanos();

    /**
     * A packet crossed the line.
     *
     * @param direction      which way
     * @param nanos          time
     * @param packet         the packet
     * @param body           its decoded body, or {@code null} for a control packet
     * @param retransmission true when it repeats the previous unacknowledged packet of that direction
     * @param offset         stream offset of its first byte in its direction
     */
    record PacketSeen(Direction direction, long nanos, KdPacket packet, KdBody body, boolean retransmission,
            long offset) implements KdEvent {
    }

    /**
     * The debugger sent the break-in byte 0x62.
     *
     * @param nanos time
     */
    record BreakInRequested(long nanos) implements KdEvent {
    }

    /**
     * The target stopped with an exception (a break-in, breakpoint, single step or fault).
     *
     * @param nanos          time
     * @param processor      reporting CPU
     * @param exceptionCode  NTSTATUS exception code, e.g. 0x80000003
     * @param address        exception address
     * @param programCounter program counter
     * @param firstChance    first-chance exception
     */
    record Stopped(long nanos, int processor, int exceptionCode, long address, long programCounter,
            boolean firstChance) implements KdEvent {
    }

    /**
     * The target resumed (Continue or Continue2 from the debugger).
     *
     * @param nanos          time
     * @param continueStatus the continue status, e.g. DBG_CONTINUE
     */
    record Resumed(long nanos, int continueStatus) implements KdEvent {
    }

    /**
     * A module appeared in the module table.
     *
     * @param nanos  time
     * @param module the module
     */
    record ModuleLoaded(long nanos, LoadedModule module) implements KdEvent {
    }

    /**
     * A module left the module table (BaseOfDll -1 with unload: the system is going away, the table is
     * emptied).
     *
     * @param nanos  time
     * @param module the module as reported by the unload
     */
    record ModuleUnloaded(long nanos, LoadedModule module) implements KdEvent {
    }

    /**
     * The target printed (DbgPrint) or prompted (DbgPrompt).
     *
     * @param nanos     time
     * @param processor printing CPU
     * @param text      the text, line breaks included
     * @param prompt    true for a DbgPrompt
     */
    record DebugPrint(long nanos, int processor, String text, boolean prompt) implements KdEvent {
    }

    /**
     * The target restarted while a debugger request waited for its reply: it sent a new state change whose
     * id carries {@code SYNC_PACKET_ID} (0x800, a target's first packet after boot or after giving up), so
     * the request will never be answered. The new stop follows as its own event.
     *
     * @param nanos   time
     * @param waiting the request that was waiting (it gets no reply)
     */
    record TargetRestarted(long nanos, ManipulateApi waiting) implements KdEvent {
    }

    /**
     * The target answered GetVersion.
     *
     * @param nanos   time
     * @param version the version block
     */
    record VersionReported(long nanos, VersionInfo version) implements KdEvent {
    }

    /**
     * A RESET crossed the line (a resynchronisation; from the target it is the echo).
     *
     * @param direction which way
     * @param nanos     time
     */
    record ResetSeen(Direction direction, long nanos) implements KdEvent {
    }

    /**
     * A RESEND crossed the line: the sender of it saw a bad packet or wants the last packet again.
     *
     * @param direction which way
     * @param nanos     time
     */
    record ResendRequested(Direction direction, long nanos) implements KdEvent {
    }

    /**
     * Bytes that were not a good packet: a bad checksum, missing trailer, oversize, unknown type or
     * truncation.
     *
     * @param direction which way
     * @param nanos     time
     * @param problem   what was wrong
     * @param offset    stream offset of the bad packet
     * @param detail    readable detail
     */
    record ProtocolError(Direction direction, long nanos, FrameEvent.Problem problem, long offset, String detail)
            implements KdEvent {
    }

    /**
     * Bytes outside any packet were skipped (line noise, stale data).
     *
     * @param direction which way
     * @param nanos     time
     * @param offset    stream offset of the first skipped byte
     * @param count     how many
     */
    record BytesSkipped(Direction direction, long nanos, long offset, long count) implements KdEvent {
    }
}
