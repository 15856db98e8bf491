package kdring.ui.session;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.model.story.ChannelStatus;
import kdring.model.story.StoryEvent;

/**
 * What the target behind a channel is doing, as every view and action of the workbench sees it: running,
 * stopped at an address (and why), waiting for the guest, faulted, closed, or an offline capture. Computed
 * from the channel's live status and its story (a STOPPED event after which no RESUMED came means stopped),
 * never frozen. Immutable.
 *
 * @param kind    which of the states
 * @param text    the state in words, e.g. "stopped at 0xFFFFF80000001000 (breakpoint)"
 * @param address where the target stopped, for {@link Kind#STOPPED}; else 0
 */
public record TargetState(Kind kind, String text, long address) {

    /** The states a target can be in, as far as the workbench can tell. */
    public enum Kind {
        /** The target runs (a ring channel is open, or KD traffic crosses the serial port). */
        RUNNING,
        /** The target is stopped in the debugger: memory and modules can be read, Go resumes it. */
        STOPPED,
        /** No guest has said hello yet, nor has any KD traffic crossed. */
        WAITING,
        /** The guest broke the channel contract. */
        FAULTED,
        /** The channel is gone (VM stopped, detached). */
        CLOSED,
        /** A capture reopened offline: nothing runs behind it. */
        OFFLINE
    }

    private static final Pattern STOP_DETAIL = Pattern.compile("\\((?<reason>[^)]*)\\) at (?<address>0x[0-9A-Fa-f]+)");

    public TargetState {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
    }

    /** @return whether the target is stopped in the debugger */
    public boolean stopped() {
        return kind == Kind.STOPPED;
    }

    /** @return whether something runs behind the channel that a debugger could stop */
    public boolean live() {
        return kind == Kind.RUNNING || kind == Kind.STOPPED || kind == Kind.WAITING;
    }

    /**
     * The target state of a channel in {@code status}.
     *
     * @param lastStop the last STOPPED event after which no RESUMED (nor reset) came, or null
     * @param trafficSeen whether KD traffic crossed since the channel's state last changed
     */
    public static TargetState of(ChannelStatus status, StoryEvent lastStop, boolean trafficSeen) {
        return switch (status.state()) {
            case OFFLINE -> new TargetState(Kind.OFFLINE, "offline capture", 0);
            case FAULTED -> new TargetState(Kind.FAULTED, "faulted: " + status.reason(), 0);
            case CLOSED -> new TargetState(Kind.CLOSED, "closed: " + status.reason(), 0);
            default -> {
                if (lastStop != null) {
                    yield stoppedBy(lastStop);
                }
                if (status.state() == kdring.model.session.ChannelState.OPEN) {
                    yield new TargetState(Kind.RUNNING, "running (ring)", 0);
                }
                yield trafficSeen ? new TargetState(Kind.RUNNING, "running (uart)", 0)
                        : new TargetState(Kind.WAITING, "waiting: " + status.reason(), 0);
            }
        };
    }

    /**
     * "stopped at 0x… (reason)" from a STOPPED event's fields, or from its words when another party (a remote
     * service) put it into words.
     */
    static TargetState stoppedBy(StoryEvent stop) {
        if (stop.stopped().isPresent()) {
            StoryEvent.Stop facts = stop.stopped().get();
            return new TargetState(Kind.STOPPED, facts.describe(), facts.address());
        }
        Matcher m = STOP_DETAIL.matcher(stop.detail());
        if (!m.find()) {
            return new TargetState(Kind.STOPPED, "stopped: " + stop.detail(), 0);
        }
        long address = Long.parseUnsignedLong(m.group("address").substring(2), 16);
        return new TargetState(Kind.STOPPED,
                String.format(Locale.ROOT, "stopped at 0x%016X (%s)", address, m.group("reason")), address);
    }
}
