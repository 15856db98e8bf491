package kdring.model.trace;

import kdring.kd.packet.CommandStringReport;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.FileIo;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.StateChangeReport;
import kdring.kd.packet.UnparsedBody;
import kdring.kd.packet.VersionInfo;
import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;

/**
 * The words a trace row shows for a packet: its API or state name, the status of a reply and a one-line
 * summary. Stateless; thread-safe.
 */
public final class PacketDescriptions {

    /** Summaries are cut to this many characters. */
    public static final int MAX_SUMMARY = 120;

    /**
     * What a row says about a packet.
     *
     * @param api     API or state name, empty for control packets
     * @param status  the reply's status, empty when it has none
     * @param summary one line
     */
    public record Description(String api, String status, String summary) {
    }

    private PacketDescriptions() {
    }

    /** The trace kind of a KD packet type. */
    public static PacketKind kindOf(PacketType type) {
        return switch (type) {
            case STATE_CHANGE32 -> PacketKind.STATE_CHANGE32;
            case STATE_MANIPULATE -> PacketKind.STATE_MANIPULATE;
            case DEBUG_IO -> PacketKind.DEBUG_IO;
            case ACKNOWLEDGE -> PacketKind.ACKNOWLEDGE;
            case RESEND -> PacketKind.RESEND;
            case RESET -> PacketKind.RESET;
            case STATE_CHANGE64 -> PacketKind.STATE_CHANGE64;
            case TRACE_IO -> PacketKind.TRACE_IO;
            case CONTROL_REQUEST -> PacketKind.CONTROL_REQUEST;
            case FILE_IO -> PacketKind.FILE_IO;
            default -> PacketKind.OTHER;
        };
    }

    /** The row words of the break-in byte. */
    public static Description breakIn() {
        return new Description("", "", "break-in request (0x62)");
    }

    /**
     * Describes {@code packet}, sent in {@code direction}.
     *
     * @param body its decoded body, or {@code null} for a control packet (decoded here when needed)
     */
    public static Description describe(KdPacket packet, KdBody body, Direction direction) {
        if (packet instanceof ControlPacket control) {
            String summary = switch (control.type()) {
                case ACKNOWLEDGE -> "ACK " + hex32(control.id());
                case RESEND -> "RESEND";
                case RESET -> "RESET";
                default -> control.type().name();
            };
            return new Description("", "", summary);
        }
        DataPacket data = (DataPacket) packet;
        KdBody decoded = body != null ? body : KdBody.decode(data);
        boolean fromTarget = direction == Direction.TARGET_TO_DEBUGGER;
        Description description = switch (decoded) {
            case StateChange change -> describe(change);
            case Manipulate manipulate -> describe(manipulate, fromTarget);
            case DebugIo io -> describe(io);
            case FileIo io -> describe(io, fromTarget);
            case UnparsedBody unparsed -> new Description("", "",
                    data.type() + " (" + unparsed.reason() + ", " + data.body().length() + " bytes)");
        };
        return new Description(description.api(), description.status(), cut(description.summary()));
    }

    private static Description describe(StateChange change) {
        StateChangeReport report = change.report();
        return switch (report) {
            case ExceptionReport exception -> new Description("Exception", "",
                    "Exception " + hex32(exception.code()) + " " + NtStatus.describe(exception.code()) + " at "
                            + hex64(exception.address()) + " on CPU " + change.processor()
                            + (exception.firstChance() ? " (first chance)" : ""));
            case LoadSymbolsReport load -> {
                String state = load.unload() ? "UnloadSymbols" : "LoadSymbols";
                yield new Description(state, "", state + " " + load.path() + " at " + hex64(load.baseOfDll()));
            }
            case CommandStringReport command -> new Description("CommandString", "",
                    "CommandString " + command.name() + ": " + command.command());
            case StateChangeReport.Unknown unknown -> new Description(hex32(unknown.newState()), "",
                    "state change " + hex32(unknown.newState()));
        };
    }

    private static Description describe(Manipulate manipulate, boolean fromTarget) {
        String api = shortApi(manipulate.apiNumber());
        String status = fromTarget ? NtStatus.describe(manipulate.returnStatus()) : "";
        StringBuilder summary = new StringBuilder(api).append(fromTarget ? " reply" : " request");
        ManipulateDetail detail = manipulate.detail();
        switch (detail) {
            case ManipulateDetail.MemoryTransfer transfer -> {
                summary.append(' ').append(hex64(transfer.address())).append(" count ")
                        .append(Integer.toUnsignedLong(transfer.transferCount()));
                if (fromTarget) {
                    summary.append(", actual ").append(Integer.toUnsignedLong(transfer.actualCount()));
                }
            }
            case VersionInfo version when fromTarget -> summary.append(": build ").append(version.buildNumber())
                    .append(' ').append(version.machineName()).append(", kernel at ").append(hex64(version.kernBase()));
            case ManipulateDetail.BreakPoint breakPoint -> summary.append(' ').append(hex64(breakPoint.address()));
            case ManipulateDetail.Continue resume -> summary.append(' ').append(NtStatus.describe(resume.continueStatus()));
            case ManipulateDetail.Continue2 resume -> summary.append(' ').append(NtStatus.describe(resume.continueStatus()))
                    .append(resume.traceFlag() != 0 ? ", trace" : "");
            default -> { }
        }
        if (fromTarget) {
            summary.append(" -> ").append(status);
        }
        return new Description(api, status, summary.toString());
    }

    private static Description describe(DebugIo io) {
        if (io.isPrint()) {
            return new Description("PrintString", "", "DbgPrint: " + oneLine(io.text()));
        }
        if (io.isPrompt()) {
            return new Description("GetString", "", "DbgPrompt: " + oneLine(io.text()));
        }
        return new Description(hex32(io.apiNumber()), "", "debug I/O " + hex32(io.apiNumber()));
    }

    private static Description describe(FileIo io, boolean fromTarget) {
        String status = fromTarget ? "" : NtStatus.describe(io.status());
        String summary = io.apiName() + (io.apiNumber() == FileIo.CREATE_FILE && io.data().length() > 0 ? " " + io.path() : "")
                + (fromTarget ? "" : " -> " + status);
        return new Description(io.apiName(), status, summary);
    }

    /** {@code DbgKdReadVirtualMemoryApi} becomes {@code ReadVirtualMemory}. */
    static String shortApi(int apiNumber) {
        String name = ManipulateApi.describe(apiNumber);
        if (name.startsWith("DbgKd")) {
            name = name.substring(5);
        }
        if (name.endsWith("Api")) {
            name = name.substring(0, name.length() - 3);
        }
        return name;
    }

    private static String oneLine(String text) {
        String trimmed = text.strip().replace("\r", "").replace('\n', ' ');
        return '"' + trimmed + '"';
    }

    private static String cut(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    static String hex32(int value) {
        return String.format("0x%08X", value);
    }

    static String hex64(long value) {
        return "0x" + Long.toHexString(value).toUpperCase();
    }
}
