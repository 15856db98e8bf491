package kdring.server.channels;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import kdring.kd.debugger.KdPartialReadException;
import kdring.kd.debugger.KdRequestFailedException;
import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.packet.StateChange;
import kdring.server.api.ApiModel;
import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.server.api.ServiceBackend.BadRequestException;
import kdring.server.api.ServiceBackend.NotAvailableException;
import kdring.server.api.TargetApi;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.session.KdConsole;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Disassembler;
import kdring.session.debug.Instruction;

/**
 * One channel's target as the API's debugging routes serve it: a thin adapter that runs each operation on
 * the session's {@link BuiltInDebugger} thread ({@link BuiltInDebugger#onStopped}) or through a
 * {@link KdConsole} over it, and turns the answers into the API's values.
 * <p>
 * Thread-safe: HTTP threads call it; every call waits for the debugger thread with a deadline.
 */
final class ServedTarget implements TargetApi {

    /**
     * How long a console command, a step or a run-to may take. Below the HTTP connection's idle timeout, so
     * that a {@code g} that never stops ends as a 409 that says so rather than a dropped connection.
     */
    static final Duration CONSOLE_DEADLINE = Duration.ofSeconds(20);

    private final String id;
    private final ChannelSession session;
    private final KdConsole console;

    ServedTarget(String id, ChannelSession session) {
        this.id = id;
        this.session = session;
        this.console = new KdConsole(session.debugger(), CONSOLE_DEADLINE);
    }

    /** Bad input found on the debugger thread (where the target's layout is known); carried out as a 400. */
    private static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message, null, false, false);
        }
    }

    /** The disassembler is missing; carried off the debugger thread as a 501. */
    private static final class NoDisassembler extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoDisassembler(Disassembler.UnavailableException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private ActionFailedException running() {
        return new ActionFailedException("channel " + id + " is running (or stopped by another debugger); break in"
                + " first (POST /api/channels/" + id + "/break-in)");
    }

    /** Runs {@code work} on the stopped target; 409 when it runs or the target refused, 400 for bad input. */
    private <T> T onStopped(String what, BuiltInDebugger.DebugWork<T> work)
            throws ActionFailedException, BadRequestException {
        if (!session.debugger().targetStopped()) {
            throw running();
        }
        try {
            return session.debugger().onStopped(work, ServedChannel.ACTION_TIMEOUT);
        } catch (BadInput e) {
            throw new BadRequestException(e.getMessage());
        } catch (KdException | IOException | TimeoutException e) {
            if (!session.debugger().targetStopped()) {
                throw running();
            }
            throw new ActionFailedException(what + " on " + id + " failed: " + e.getMessage());
        }
    }

    /** {@link #onStopped} for work that takes no input that could be bad. */
    private <T> T query(String what, BuiltInDebugger.DebugWork<T> work) throws ActionFailedException {
        try {
            return onStopped(what, work);
        } catch (BadRequestException e) {
            throw new IllegalStateException("bad input where none is taken: " + e.getMessage(), e);
        }
    }

    private static String hex64(long value) {
        return String.format(Locale.ROOT, "0x%016X", value);
    }

    @Override
    public ApiModel.TargetStop stop() throws ActionFailedException {
        return query("reading the stop", ServedTarget::stopOf);
    }

    private static ApiModel.TargetStop stopOf(DebugTarget t) throws KdException {
        StateChange stop = t.stop();
        return new ApiModel.TargetStop(stop.processor(), stop.numberProcessors(), hex64(stop.programCounter()),
                t.describe(stop.programCounter()) + " (" + stop.report() + ")");
    }

    private static int checkedProcessor(DebugTarget t, int processor) throws KdException {
        int count = t.stop().numberProcessors();
        if (processor < 0 || processor >= count) {
            throw new BadInput("'processor': no processor " + processor + "; the target has " + count);
        }
        return processor;
    }

    static ApiModel.Registers registersOf(int processor, ProcessorContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ProcessorContext.Register r : context.layout().registers()) {
            values.put(r.name(), String.format(Locale.ROOT, "0x%0" + r.size() * 2 + "X", context.get(r.name())));
        }
        return new ApiModel.Registers(processor, context.layout().name(), values,
                Base64.getEncoder().encodeToString(context.raw().toArray()));
    }

    @Override
    public ApiModel.Registers registers(int processor) throws ActionFailedException, BadRequestException {
        return onStopped("reading the registers", t -> registersOf(processor,
                t.registers(checkedProcessor(t, processor))));
    }

    @Override
    public ApiModel.Registers setRegister(int processor, String name, long value)
            throws ActionFailedException, BadRequestException {
        String bare = name.startsWith("@") ? name.substring(1) : name;
        return onStopped("writing " + bare, t -> {
            ProcessorContext before = t.registers(checkedProcessor(t, processor));
            ProcessorContext.Register register = before.layout().register(bare);
            if (register == null) {
                throw new BadInput("'name': no register '" + bare + "' in this target's " + before.layout()
                        + " context");
            }
            if (register.size() < 8 && value >>> (8 * register.size()) != 0) {
                throw new BadInput(String.format(Locale.ROOT, "'value': 0x%X does not fit %s (%d bytes)", value,
                        register.name(), register.size()));
            }
            t.setRegister(processor, bare, value);
            return registersOf(processor, t.registers(processor));
        });
    }

    @Override
    public ApiModel.MemoryBlock read(long address, int length, boolean physical) throws ActionFailedException {
        if (!session.debugger().targetStopped()) {
            throw running();
        }
        String space = physical ? "physical" : "virtual";
        byte[] bytes;
        String unreadable = "";
        try {
            if (physical) {
                try {
                    bytes = session.debugger().readPhysical(address, length, ServedChannel.ACTION_TIMEOUT);
                } catch (KdPartialReadException partial) {
                    bytes = partial.read().bytes();
                    unreadable = partial.read().describe();
                }
            } else {
                bytes = session.debugger().onStopped(t -> t.read(address, length), ServedChannel.ACTION_TIMEOUT);
                if (bytes.length < length) {
                    unreadable = "only " + bytes.length + " bytes of " + length + " are readable";
                }
            }
        } catch (KdRequestFailedException nothing) {
            // nothing at all is readable at the address: an empty block that says why, not an error
            bytes = new byte[0];
            unreadable = nothing.getMessage();
        } catch (KdException | IOException | TimeoutException e) {
            if (!session.debugger().targetStopped()) {
                throw running();
            }
            throw new ActionFailedException(String.format(Locale.ROOT, "reading %d bytes of %s memory at 0x%016X on %s"
                    + " failed: %s", length, space, address, id, e.getMessage()));
        }
        return new ApiModel.MemoryBlock(hex64(address), space, length, bytes.length, HexFormat.of().formatHex(bytes),
                unreadable);
    }

    @Override
    public ApiModel.MemoryWritten write(long address, byte[] bytes) throws ActionFailedException {
        return query(String.format(Locale.ROOT, "writing %d bytes at 0x%016X", bytes.length, address), t -> {
            t.write(address, bytes);
            return new ApiModel.MemoryWritten(hex64(address), bytes.length);
        });
    }

    /** Evaluates on the debugger thread; an expression that names nothing is bad input. */
    private static long evaluated(DebugTarget t, String expression) {
        try {
            return KdConsole.evaluate(t, expression);
        } catch (KdException e) {
            throw new BadInput("'expression': " + e.getMessage());
        }
    }

    @Override
    public ApiModel.Evaluation evaluate(String expression) throws ActionFailedException, BadRequestException {
        return onStopped("evaluating " + expression, t -> {
            long value = evaluated(t, expression);
            return new ApiModel.Evaluation(expression, hex64(value), t.describe(value));
        });
    }

    @Override
    public ApiModel.Symbol describe(long address) throws ActionFailedException {
        return query("describing an address", t -> new ApiModel.Symbol(hex64(address), t.describe(address)));
    }

    @Override
    public List<ApiModel.Instruction> disassemble(long address, int count)
            throws ActionFailedException, NotAvailableException {
        try {
            return query("disassembling", t -> {
                List<Instruction> instructions;
                try {
                    instructions = t.disassemble(address, count);
                } catch (Disassembler.UnavailableException e) {
                    throw new NoDisassembler(e);
                }
                return instructions.stream().map(i -> new ApiModel.Instruction(hex64(i.address()),
                        HexFormat.of().formatHex(i.bytes()), i.mnemonic(), i.operands(), i.label())).toList();
            });
        } catch (NoDisassembler e) {
            throw new NotAvailableException("disassembly is not available on this service: " + e.getMessage());
        }
    }

    private static ApiModel.Breakpoint breakpoint(DebugTarget.Breakpoint bp) {
        // a disabled breakpoint (bd) stays listed but is out of the target
        return new ApiModel.Breakpoint(bp.id(), hex64(bp.address()), bp.symbol(), bp.enabled());
    }

    @Override
    public List<ApiModel.Breakpoint> breakpoints() throws ActionFailedException {
        return query("listing breakpoints", t -> t.breakpoints().stream().map(ServedTarget::breakpoint).toList());
    }

    @Override
    public ApiModel.Breakpoint setBreakpoint(String expression) throws ActionFailedException, BadRequestException {
        return onStopped("setting a breakpoint at " + expression,
                t -> breakpoint(t.setBreakpoint(evaluated(t, expression))));
    }

    @Override
    public void clearBreakpoint(int breakpoint) throws ActionFailedException, BadRequestException {
        onStopped("clearing breakpoint " + breakpoint, t -> {
            if (t.breakpoints().stream().noneMatch(b -> b.id() == breakpoint)) {
                throw new BadInput("'breakpoint': no breakpoint " + breakpoint + " (GET .../target/breakpoints lists"
                        + " them)");
            }
            t.clearBreakpoint(breakpoint);
            return null;
        });
    }

    @Override
    public ApiModel.TargetStop step(boolean over) throws ActionFailedException, BadRequestException {
        runConsole(over ? "p" : "t");
        return stop();
    }

    @Override
    public ApiModel.TargetStop runTo(String expression) throws ActionFailedException, BadRequestException {
        long address = onStopped("evaluating " + expression, t -> evaluated(t, expression));
        runConsole("g " + hex64(address));
        return stop();
    }

    @Override
    public ApiModel.ConsoleOutput console(String line) throws ActionFailedException, BadRequestException {
        return new ApiModel.ConsoleOutput(line, runConsole(line));
    }

    /** One console line: 400 with its one-line error for a line that is not a command, 409 for the target. */
    private String runConsole(String line) throws ActionFailedException, BadRequestException {
        try {
            return console.execute(line);
        } catch (KdConsole.CommandException e) {
            throw new BadRequestException(e.getMessage());
        } catch (KdException | IOException | TimeoutException e) {
            if (!session.debugger().targetStopped() && e.getMessage() != null
                    && e.getMessage().contains("break in first")) {
                throw running();
            }
            throw new ActionFailedException(line.strip() + ": " + e.getMessage());
        }
    }
}
