package kdring.ui.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.Bytes;
import kdring.session.KdConsole;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Instruction;
import kdring.ui.session.DebugControl;
import kdring.ui.session.WorkbenchChannel;

/**
 * The workbench's debugger on a remote channel: every {@link DebugControl} operation as a call to the
 * service's HTTP API (break-in, continue, modules, memory, and the {@code /target} routes of
 * docs/openapi.yaml), its JSON turned back into the values the local debugger gives, so the same views work
 * on remote channels. Blocking: called from Jobs. Thread-safe (no state of its own beyond the service).
 * <p>
 * Failures say what the service said: bad input and the target's refusals as {@link IOException}s whose
 * message is the service's one line, what the service cannot do (no disassembler; an older service without
 * the {@code /target} routes) as {@link UnsupportedOperationException}, as the contract asks.
 */
final class RemoteDebugControl implements DebugControl {

    /** How long a step, run-to or console line may take: the service waits up to 20 s per stop. */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(70);
    /** The service's caps (docs/openapi.yaml): larger requests are split. */
    static final int MAX_READ = 64 * 1024;
    static final int MAX_WRITE = 16 * 1024;
    static final int MAX_INSTRUCTIONS = 256;

    private final RemoteService service;
    private final String id;
    private final WorkbenchChannel session;

    RemoteDebugControl(RemoteService service, String id, WorkbenchChannel session) {
        this.service = service;
        this.id = id;
        this.session = session;
    }

    @Override
    public String breakIn() throws Exception {
        return service.breakIn(id);
    }

    @Override
    public void go() throws Exception {
        service.resume(id);
    }

    @Override
    public List<LoadedModule> listModules() throws Exception {
        List<LoadedModule> modules = service.modules(id);
        session.moduleWalk(modules);
        return modules;
    }

    @Override
    public byte[] readVirtual(long address, int length) throws Exception {
        return service.memory(id, address, length);
    }

    /** One call to a {@code /target} route; the service's refusals become the contract's exceptions. */
    private JsonElement call(String method, String route, JsonObject body, Duration timeout) throws IOException {
        try {
            return service.target(id, method, route, body, timeout);
        } catch (RemoteService.Refused refused) {
            if (refused.status() == 501) {
                throw new UnsupportedOperationException(refused.getMessage(), refused);
            }
            if (refused.status() == 404 && refused.getMessage().startsWith("no such route")) {
                throw new UnsupportedOperationException("the service at " + service.host() + " is older than this"
                        + " workbench: it has no debugging routes (" + refused.getMessage() + ")", refused);
            }
            throw refused;
        }
    }

    private JsonObject get(String route) throws IOException {
        return call("GET", route, null, RemoteService.TIMEOUT).getAsJsonObject();
    }

    private JsonObject post(String route, JsonObject body, Duration timeout) throws IOException {
        return call("POST", route, body, timeout).getAsJsonObject();
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "0x%X", value);
    }

    private static long parseHex(JsonObject o, String field) throws IOException {
        String text = RemoteService.text(o, field).replaceFirst("^0[xX]", "");
        try {
            return Long.parseUnsignedLong(text, 16);
        } catch (NumberFormatException e) {
            throw new IOException("the service sent a " + field + " that is not hex: '" + text + "'", e);
        }
    }

    private static Stop stopOf(JsonObject stop) throws IOException {
        return new Stop(stop.get("processor").getAsInt(), stop.get("processorCount").getAsInt(),
                parseHex(stop, "programCounter"), RemoteService.text(stop, "description"));
    }

    @Override
    public Stop stop() throws Exception {
        return stopOf(get("stop"));
    }

    /** The exact context the service read: its layout and its CONTEXT bytes. */
    private static ProcessorContext contextOf(JsonObject registers) throws IOException {
        try {
            return new ProcessorContext(ProcessorContext.Layout.valueOf(RemoteService.text(registers, "layout")),
                    Bytes.of(Base64.getDecoder().decode(RemoteService.text(registers, "context"))));
        } catch (IllegalArgumentException e) {
            throw new IOException("the service sent registers this workbench cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public ProcessorContext registers(int processor) throws Exception {
        return contextOf(get("registers?processor=" + processor));
    }

    @Override
    public ProcessorContext setRegister(int processor, String name, long value) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("processor", processor);
        body.addProperty("name", name);
        body.addProperty("value", hex(value));
        return contextOf(post("registers", body, RemoteService.TIMEOUT));
    }

    /** Reads in blocks of the service's cap, up to the first unreadable byte. */
    @Override
    public byte[] read(long address, int length, boolean physical) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        while (out.size() < length) {
            int ask = Math.min(MAX_READ, length - out.size());
            JsonObject block = get("memory?address=" + hex(address + out.size()) + "&length=" + ask + "&space="
                    + (physical ? "physical" : "virtual"));
            byte[] data = HexFormat.of().parseHex(RemoteService.text(block, "data"));
            out.write(data);
            if (data.length < ask) {
                break; // the rest is unreadable
            }
        }
        return out.toByteArray();
    }

    @Override
    public void writeVirtual(long address, byte[] bytes) throws Exception {
        for (int done = 0; done < bytes.length; done += MAX_WRITE) {
            int n = Math.min(MAX_WRITE, bytes.length - done);
            JsonObject body = new JsonObject();
            body.addProperty("address", hex(address + done));
            body.addProperty("data", HexFormat.of().formatHex(bytes, done, done + n));
            post("memory", body, RemoteService.TIMEOUT);
        }
    }

    private static JsonObject expression(String expression) {
        JsonObject body = new JsonObject();
        body.addProperty("expression", expression);
        return body;
    }

    @Override
    public long evaluate(String expression) throws Exception {
        return parseHex(post("evaluate", expression(expression), RemoteService.TIMEOUT), "value");
    }

    @Override
    public String describe(long address) throws Exception {
        return RemoteService.text(get("describe?address=" + hex(address)), "symbol");
    }

    @Override
    public List<Instruction> disassemble(long address, int count) throws Exception {
        List<Instruction> out = new ArrayList<>();
        long at = address;
        while (out.size() < count) {
            int ask = Math.min(MAX_INSTRUCTIONS, count - out.size());
            List<Instruction> page = new ArrayList<>();
            for (JsonElement element : call("GET", "disassembly?address=" + hex(at) + "&count=" + ask, null,
                    RemoteService.TIMEOUT).getAsJsonArray()) {
                JsonObject i = element.getAsJsonObject();
                page.add(new Instruction(parseHex(i, "address"), HexFormat.of().parseHex(RemoteService.text(i, "bytes")),
                        RemoteService.text(i, "mnemonic"), RemoteService.text(i, "operands"),
                        RemoteService.text(i, "label")));
            }
            out.addAll(page);
            if (page.size() < ask) {
                break; // memory became unreadable
            }
            at = page.get(page.size() - 1).next();
        }
        return out;
    }

    /**
     * A breakpoint as the service lists it. The target's handle and the byte the breakpoint replaced are the
     * service's to know: they are 0 here (the views show id, address and symbol).
     */
    private static DebugTarget.Breakpoint breakpointOf(JsonObject bp) throws IOException {
        boolean enabled = !bp.has("enabled") || bp.get("enabled").getAsBoolean();
        return new DebugTarget.Breakpoint(bp.get("id").getAsInt(), parseHex(bp, "address"),
                RemoteService.text(bp, "symbol"), enabled ? 0 : DebugTarget.Breakpoint.NO_HANDLE, (byte) 0, enabled);
    }

    @Override
    public List<DebugTarget.Breakpoint> breakpoints() throws Exception {
        List<DebugTarget.Breakpoint> out = new ArrayList<>();
        for (JsonElement element : call("GET", "breakpoints", null, RemoteService.TIMEOUT).getAsJsonArray()) {
            out.add(breakpointOf(element.getAsJsonObject()));
        }
        return out;
    }

    @Override
    public DebugTarget.Breakpoint setBreakpoint(String expression) throws Exception {
        return breakpointOf(post("breakpoints", expression(expression), RemoteService.TIMEOUT));
    }

    @Override
    public void clearBreakpoint(int breakpoint) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("breakpoint", breakpoint);
        post("breakpoints/clear", body, RemoteService.TIMEOUT);
    }

    /** Through the service's console ({@code be}/{@code bd}), which has no route of its own for it. */
    @Override
    public DebugTarget.Breakpoint enableBreakpoint(int breakpoint, boolean enabled) throws Exception {
        try {
            console((enabled ? "be " : "bd ") + breakpoint);
        } catch (RemoteService.Refused refused) {
            if (refused.status() == 400 && refused.getMessage().startsWith("unknown command")) {
                throw new UnsupportedOperationException("the service at " + service.host() + " cannot enable or"
                        + " disable breakpoints (" + refused.getMessage() + ")", refused);
            }
            throw refused;
        }
        for (DebugTarget.Breakpoint bp : breakpoints()) {
            if (bp.id() == breakpoint) {
                return bp;
            }
        }
        throw new IOException("breakpoint " + breakpoint + " is gone from the service's list");
    }

    @Override
    public Stop step(boolean over) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("over", over);
        return stopOf(post("step", body, RUN_TIMEOUT));
    }

    @Override
    public Stop runTo(String expression) throws Exception {
        return stopOf(post("run-to", expression(expression), RUN_TIMEOUT));
    }

    @Override
    public String console(String line) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("command", line);
        return RemoteService.text(post("console", body, RUN_TIMEOUT), "output");
    }

    /** The commands of this workbench's console, which the service runs too (same release). */
    @Override
    public List<String> consoleCommands() {
        return KdConsole.COMMANDS;
    }

    @Override
    public void close() {
        // the remote debugger belongs to the service
    }
}
