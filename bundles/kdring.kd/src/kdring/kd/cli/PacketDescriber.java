package kdring.kd.cli;

import java.util.LinkedHashMap;
import java.util.Map;

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
import kdring.kd.packet.StateChange;
import kdring.kd.packet.StateChangeReport;
import kdring.kd.packet.UnparsedBody;
import kdring.kd.packet.VersionInfo;

/**
 * The essentials of a packet as ordered name/value pairs, shared by the text and JSON output of
 * {@link DecodeCommand}. Stateless; thread-safe.
 */
final class PacketDescriber {

    private PacketDescriber() {
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase();
    }

    /**
     * The decoded essentials of {@code packet}; empty for control packets. {@code fromTarget} tells requests
     * from replies, whose union members differ (a GetVersion request carries junk where the reply has the
     * version block).
     */
    static Map<String, Object> essentials(KdPacket packet, boolean fromTarget) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (packet instanceof ControlPacket) {
            return fields;
        }
        KdBody body = KdBody.decode((DataPacket) packet);
        switch (body) {
            case StateChange change -> describe(change, fields);
            case Manipulate manipulate -> describe(manipulate, fromTarget, fields);
            case DebugIo io -> {
                fields.put("api", io.isPrint() ? "PrintString" : io.isPrompt() ? "GetString" : hex(io.apiNumber()));
                fields.put("processor", io.processor());
                fields.put("text", io.text());
            }
            case FileIo io -> {
                fields.put("api", io.apiName());
                fields.put("status", NtStatus.describe(io.status()));
                if (io.apiNumber() == FileIo.CREATE_FILE && io.data().length() > 0) {
                    fields.put("path", io.path());
                }
            }
            case UnparsedBody unparsed -> fields.put("note", unparsed.reason());
        }
        return fields;
    }

    private static void describe(StateChange change, Map<String, Object> fields) {
        StateChangeReport report = change.report();
        switch (report) {
            case ExceptionReport exception -> {
                fields.put("state", "Exception");
                fields.put("code", String.format("0x%08X", exception.code()));
                fields.put("name", NtStatus.describe(exception.code()));
                fields.put("address", hex(exception.address()));
                fields.put("firstChance", exception.firstChance());
            }
            case LoadSymbolsReport load -> {
                fields.put("state", load.unload() ? "UnloadSymbols" : "LoadSymbols");
                fields.put("path", load.path());
                fields.put("base", hex(load.baseOfDll()));
                fields.put("size", hex(Integer.toUnsignedLong(load.sizeOfImage())));
                fields.put("imageChecksum", hex(Integer.toUnsignedLong(load.checkSum())));
            }
            case CommandStringReport command -> {
                fields.put("state", "CommandString");
                fields.put("name", command.name());
                fields.put("command", command.command());
            }
            case StateChangeReport.Unknown unknown -> fields.put("state", hex(unknown.newState()));
        }
        fields.put("processor", change.processor());
        fields.put("pc", hex(change.programCounter()));
    }

    private static void describe(Manipulate manipulate, boolean fromTarget, Map<String, Object> fields) {
        fields.put("api", ManipulateApi.describe(manipulate.apiNumber()));
        if (fromTarget) {
            fields.put("status", NtStatus.describe(manipulate.returnStatus()));
        }
        ManipulateDetail detail = manipulate.detail();
        if (detail instanceof VersionInfo && !fromTarget) {
            detail = new ManipulateDetail.Other(manipulate.apiNumber()); // the request's union is junk
        }
        switch (detail) {
            case ManipulateDetail.MemoryTransfer transfer -> {
                fields.put("address", hex(transfer.address()));
                fields.put("count", Integer.toUnsignedLong(transfer.transferCount()));
                fields.put("actual", Integer.toUnsignedLong(transfer.actualCount()));
            }
            case VersionInfo version -> {
                fields.put("build", version.buildNumber());
                fields.put("machine", version.machineName());
                fields.put("kernBase", hex(version.kernBase()));
                fields.put("psLoadedModuleList", hex(version.psLoadedModuleList()));
            }
            case ManipulateDetail.BreakPoint breakPoint -> {
                fields.put("address", hex(breakPoint.address()));
                fields.put("handle", breakPoint.handle());
            }
            case ManipulateDetail.RestoreBreakPoint restore -> fields.put("handle", restore.handle());
            case ManipulateDetail.Continue resume -> fields.put("continueStatus", NtStatus.describe(resume.continueStatus()));
            case ManipulateDetail.Continue2 resume -> {
                fields.put("continueStatus", NtStatus.describe(resume.continueStatus()));
                fields.put("traceFlag", resume.traceFlag());
                fields.put("dr7", hex(resume.dr7()));
            }
            case ManipulateDetail.ContextRequest context -> fields.put("processor", manipulate.processor());
            case ManipulateDetail.Other other -> { }
        }
        if (manipulate.dataLength() > 0) {
            fields.put("dataLength", manipulate.dataLength());
        }
    }
}
