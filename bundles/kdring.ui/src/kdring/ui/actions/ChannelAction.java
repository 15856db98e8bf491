package kdring.ui.actions;

import java.util.Optional;

import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;

/**
 * The actions on one channel and when each applies, by the channel's kind (live local, remote, offline
 * capture) and its target's state. The one place that decides enablement: the workbench's commands, menus
 * and toolbars ask {@link #enabledFor}, and the Jobs ask {@link #whyNot} before they start, so an action that
 * needs a stopped target says "break in first" at once instead of timing out. Stateless; thread-safe.
 */
public enum ChannelAction {
    /** Stop the target. */
    BREAK_IN("Break"),
    /** Resume the stopped target. */
    GO("Go"),
    /** Execute one instruction of the stopped target ({@code t}). */
    STEP_INTO("Step into"),
    /** Execute one instruction, a call as a whole ({@code p}). */
    STEP_OVER("Step over"),
    /** Run the stopped target to an address ({@code g address}). */
    RUN_TO("Run to address"),
    /** Walk the stopped target's module list. */
    LIST_MODULES("List modules"),
    /** Read the stopped target's memory. */
    READ_MEMORY("Read memory"),
    /** Write a crash dump of the stopped target. */
    SAVE_CRASH_DUMP("Save crash dump"),
    /** Copy the WinDbg command line. */
    COPY_WINDBG("Copy WinDbg command line"),
    /** Save a WinDbg launcher (.cmd). */
    SAVE_WINDBG_CMD("Save WinDbg .cmd"),
    /** Start a capture. */
    START_CAPTURE("Start capture"),
    /** Stop the running capture. */
    STOP_CAPTURE("Stop capture"),
    /** Download a remote service's capture and open it. */
    DOWNLOAD_CAPTURE("Download remote capture"),
    /** Let the next debugger that connects take the channel from the attached one. */
    REPLACE_DEBUGGER("Replace debugger"),
    /** Disconnect the attached debugger. */
    DISCONNECT_DEBUGGER("Disconnect debugger"),
    /** Detach, disconnect or close the channel. */
    CLOSE("Close channel");

    private final String label;

    ChannelAction(String label) {
        this.label = label;
    }

    /** @return the action's name, for messages */
    public String label() {
        return label;
    }

    /** @return whether this action applies to {@code channel} now (empty: no channel selected) */
    public boolean enabledFor(Optional<WorkbenchChannel> channel) {
        return channel.isPresent() && whyNot(channel.get()).isEmpty();
    }

    /** @return why this action does not apply to {@code channel} now, in words for the user; empty when it does */
    public Optional<String> whyNot(WorkbenchChannel channel) {
        TargetState target = channel.targetState();
        String vm = channel.info().vm();
        boolean offline = channel.kind() == WorkbenchChannel.Kind.OFFLINE;
        String why = switch (this) {
            case BREAK_IN -> offline ? offline(vm)
                    : channel.control().isEmpty() ? vm + " has no debugger in this workbench"
                    : target.stopped() ? "the target of " + vm + " is already stopped (" + target.text() + ")"
                    : !target.live() ? "the target of " + vm + " is " + target.text()
                    : null;
            case GO, STEP_INTO, STEP_OVER, RUN_TO, LIST_MODULES, READ_MEMORY -> offline ? offline(vm)
                    : channel.control().isEmpty() ? vm + " has no debugger in this workbench"
                    : !target.stopped() ? "the target of " + vm + " is " + target.text()
                            + ": break in first (Run > Break, Ctrl+Break)"
                    : null;
            case SAVE_CRASH_DUMP -> offline ? offline(vm)
                    : channel.channelSession().isEmpty() ? vm + " is not a channel of this workbench (a remote "
                            + "service writes its dumps: POST /api/channels/ID/dump)"
                    : !target.stopped() ? "the target of " + vm + " is " + target.text()
                            + ": break in first (Run > Break, Ctrl+Break)"
                    : null;
            case COPY_WINDBG, SAVE_WINDBG_CMD -> offline ? offline(vm)
                    : channel.info().windbgCommand().isEmpty() ? vm + " serves no WinDbg endpoint"
                    : null;
            case START_CAPTURE -> offline ? offline(vm)
                    : channel.kind() == WorkbenchChannel.Kind.REMOTE && channel.remote().isEmpty()
                            ? vm + " is captured by its service"
                    : channel.capturing().isPresent() ? vm + " is already being captured into "
                            + channel.capturing().get()
                    : target.kind() == TargetState.Kind.CLOSED ? vm + " is closed"
                    : null;
            case STOP_CAPTURE -> offline ? offline(vm)
                    : channel.remote().isEmpty() && channel.capturing().isEmpty() ? "no capture of " + vm
                            + " is running"
                    : null;
            case DOWNLOAD_CAPTURE -> channel.remote().isEmpty()
                    ? vm + " is not a remote service's channel (its captures are on this machine already)"
                    : null;
            case REPLACE_DEBUGGER, DISCONNECT_DEBUGGER -> offline ? offline(vm)
                    : channel.channelSession().isEmpty() ? vm + " is not a channel of this workbench (its service "
                            + "does that: POST /api/channels/ID/debugger/" + (this == REPLACE_DEBUGGER ? "replace"
                                    : "disconnect") + ")"
                    : target.kind() == TargetState.Kind.CLOSED || channel.channelSession().get().isClosed()
                            ? vm + " is closed"
                    : !channel.channelSession().get().debuggerAttached() ? "no debugger is attached to " + vm
                    : null;
            case CLOSE -> null;
        };
        return Optional.ofNullable(why);
    }

    private static String offline(String vm) {
        return vm + " is a capture reopened offline: nothing runs behind it";
    }
}
