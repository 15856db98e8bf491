package kdring.session;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Disassembler;
import kdring.session.debug.Instruction;
import kdring.session.debug.Expressions;
import kdring.session.debug.StackWalk;

/**
 * A {@code kd>} command interpreter over a session's {@link BuiltInDebugger}: {@code r}, {@code db/dd/dq},
 * {@code bp/bl/bc/be/bd}, {@code g} (and {@code g address}), {@code t}, {@code p} (over direct calls), {@code k}, {@code lm}, {@code u}, and {@code .reboot} refused with the reason. One line
 * in, the text WinDbg would print (close to it) out; a bad line gives a one-line error and changes nothing.
 * <p>
 * Addresses are expressions ({@link Expressions}): hex numbers ({@code fffff800`00100000}, {@code 0x10}),
 * {@code module!export}, a module's base ({@code hal+0x1000}), registers ({@code rip}, {@code @rsp}),
 * {@code poi(expr)}, parentheses, joined with {@code +}, {@code -} and {@code *}. Counts follow {@code L}
 * ({@code dq rsp L4}), in units of the command's element size.
 * <p>
 * Thread-safe as far as the debugger is (each command is one or more calls on its thread); {@code g} waits
 * for the next stop up to the console's deadline.
 */
public final class KdConsole {

    /** The commands, for help and completion. */
    public static final List<String> COMMANDS = List.of("r", "db", "dd", "dq", "bp", "bl", "bc", "be", "bd", "g", "t", "p",
            "k", "lm", "u", ".reboot");

    private static final int DEFAULT_DUMP_BYTES = 0x80;
    private static final int MAX_DUMP_BYTES = 0x10000;

    private static final int DEFAULT_UNASSEMBLE_COUNT = 8;
    private static final int MAX_UNASSEMBLE_COUNT = 0x200;
    private static final java.util.regex.Pattern UNASSEMBLE_COUNT = java.util.regex.Pattern
            .compile("(?i)(?:^|\\s+)L\\s*((?:0x|0n)?[0-9a-f`]+)\\s*$");

    private final BuiltInDebugger debugger;
    private final Duration deadline;
    /** Where a bare {@code u} goes on, and the stop that was current then (a new stop starts at its PC). */
    private volatile Unassembled lastUnassembled;

    private record Unassembled(StateChange stop, long next) {
    }
    private final Duration runDeadline;

    /** A console over {@code debugger}; each command may take {@code deadline} ({@code g}: until the stop). */
    public KdConsole(BuiltInDebugger debugger, Duration deadline) {
        this(debugger, deadline, deadline);
    }

    /**
     * A console over {@code debugger} whose requests may take {@code deadline} each, and whose {@code g} (and
     * {@code g address}, {@code p} over a call) waits up to {@code runDeadline} for the target to stop: a
     * front end that lets the user break in meanwhile (the wait holds the debugger thread only in short slices)
     * gives it a long one, as WinDbg waits.
     */
    public KdConsole(BuiltInDebugger debugger, Duration deadline, Duration runDeadline) {
        this.debugger = debugger;
        this.deadline = deadline;
        this.runDeadline = runDeadline;
    }

    /** A command line's failure, with the text to show. */
    public static final class CommandException extends Exception {
        private static final long serialVersionUID = 1L;

        CommandException(String message) {
            super(message);
        }
    }

    /**
     * Executes one command line.
     *
     * @return what the command prints
     * @throws CommandException for a line that is not a command (usage, unknown register or symbol)
     * @throws KdException      when the target refused a request or is running
     */
    public String execute(String line) throws CommandException, KdException, IOException, TimeoutException {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] parts = trimmed.split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1].strip() : "";
        return switch (command) {
            case "r" -> registers(args);
            case "db" -> dump(args, 1);
            case "dd" -> dump(args, 4);
            case "dq" -> dump(args, 8);
            case "bp" -> setBreakpoint(args);
            case "bl" -> listBreakpoints();
            case "bc" -> clearBreakpoints(args);
            case "be" -> enableBreakpoints(args, true);
            case "bd" -> enableBreakpoints(args, false);
            case "g" -> args.isEmpty() ? go() : runTo(args);
            case "t" -> step();
            case "p" -> stepOver();
            case "lm" -> modules();
            case "k" -> stack();
            case "u" -> unassemble(args);
            case ".reboot" -> throw new CommandException(".reboot refused: kdring's console does not restart the"
                    + " target. DbgKdRebootApi has no reply, so the VM would reset under every tool on this channel"
                    + " (a WinDbg attached later, the capture, the service's clients) with nothing to confirm it;"
                    + " restart the VM from its hypervisor (it is an ordinary reset to the channel)");
            default -> throw new CommandException("unknown command " + parts[0] + " (known: "
                    + String.join(", ", COMMANDS) + ")");
        };
    }

    private String registers(String args) throws CommandException, KdException, IOException, TimeoutException {
        if (args.isEmpty()) {
            return debugger.onStopped(t -> {
                ProcessorContext regs = t.registers();
                StringBuilder out = new StringBuilder();
                int column = 0;
                for (Map.Entry<String, Long> r : regs.registers().entrySet()) {
                    if (r.getKey().startsWith("dr") || r.getKey().equals("mxcsr")) {
                        continue;
                    }
                    int width = regs.layout().register(r.getKey()).size() * 2;
                    out.append(String.format("%s=%0" + width + "x", r.getKey(), r.getValue()));
                    out.append(++column % 3 == 0 ? "\n" : " ");
                }
                out.append(column % 3 == 0 ? "" : "\n").append(t.describe(regs.programCounter())).append(':');
                return out.toString();
            }, deadline);
        }
        int eq = args.indexOf('=');
        String name = (eq < 0 ? args : args.substring(0, eq)).strip().replaceFirst("^@", "");
        if (ProcessorContext.Layout.AMD64.register(name) == null && ProcessorContext.Layout.X86.register(name) == null) {
            throw new CommandException("no register " + name);
        }
        if (eq < 0) {
            return debugger.onStopped(t -> String.format("%s=%016x", name.toLowerCase(Locale.ROOT),
                    t.registers().get(name)), deadline);
        }
        String expression = args.substring(eq + 1).strip();
        return debugger.onStopped(t -> {
            long value = evaluate(t, expression);
            t.setRegister(name, value);
            return String.format("%s=%016x", name.toLowerCase(Locale.ROOT), t.registers().get(name));
        }, deadline);
    }

    private String dump(String args, int unit) throws CommandException, KdException, IOException, TimeoutException {
        if (args.isEmpty()) {
            throw new CommandException("usage: d" + (unit == 1 ? "b" : unit == 4 ? "d" : "q")
                    + " address [L count]");
        }
        String[] split = args.split("(?i)\\s+L\\s*", 2);
        int bytes = DEFAULT_DUMP_BYTES;
        if (split.length == 2) {
            long count = parseNumber(split[1].strip());
            if (count <= 0 || count * unit > MAX_DUMP_BYTES) {
                throw new CommandException("count " + split[1].strip() + " is out of range (1.."
                        + MAX_DUMP_BYTES / unit + ")");
            }
            bytes = (int) (count * unit);
        }
        int length = bytes;
        String expression = split[0].strip();
        return debugger.onStopped(t -> {
            long address = evaluate(t, expression);
            byte[] data = t.read(address, length);
            StringBuilder out = new StringBuilder();
            for (int line = 0; line < length; line += 16) {
                out.append(String.format("%016x ", address + line));
                StringBuilder ascii = new StringBuilder();
                for (int i = line; i < line + 16 && i < length; i += unit) {
                    if (i + unit > data.length) {
                        out.append(' ').append("?".repeat(unit * 2));
                        continue;
                    }
                    long value = 0;
                    for (int b = unit - 1; b >= 0; b--) {
                        value = value << 8 | (data[i + b] & 0xFF);
                    }
                    out.append(unit == 1 && i - line == 8 ? '-' : ' ')
                            .append(String.format("%0" + unit * 2 + "x", value));
                    for (int b = 0; unit == 1 && b < unit; b++) {
                        int c = data[i + b] & 0xFF;
                        ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
                    }
                }
                if (unit == 1) {
                    out.append("  ").append(ascii);
                }
                out.append('\n');
            }
            return out.toString().stripTrailing();
        }, deadline);
    }

    private String setBreakpoint(String args) throws CommandException, KdException, IOException, TimeoutException {
        if (args.isEmpty()) {
            throw new CommandException("usage: bp address");
        }
        return debugger.onStopped(t -> {
            DebugTarget.Breakpoint bp = t.setBreakpoint(evaluate(t, args));
            return String.format("breakpoint %d at %016x %s", bp.id(), bp.address(), bp.symbol());
        }, deadline);
    }

    private String listBreakpoints() throws KdException, IOException, TimeoutException {
        return debugger.onStopped(t -> {
            StringBuilder out = new StringBuilder();
            for (DebugTarget.Breakpoint bp : t.breakpoints()) {
                out.append(String.format("%2d %s %016x     %s%n", bp.id(), bp.enabled() ? "e" : "d", bp.address(),
                        bp.symbol()));
            }
            return out.toString().stripTrailing();
        }, deadline);
    }

    private String clearBreakpoints(String args) throws CommandException, KdException, IOException, TimeoutException {
        if (args.isEmpty()) {
            throw new CommandException("usage: bc id | *");
        }
        if (args.equals("*")) {
            return debugger.onStopped(t -> {
                for (DebugTarget.Breakpoint bp : t.breakpoints()) {
                    t.clearBreakpoint(bp.id());
                }
                return "";
            }, deadline);
        }
        int id;
        try {
            id = Integer.parseInt(args);
        } catch (NumberFormatException e) {
            throw new CommandException("usage: bc id | * (not a breakpoint number: " + args + ")");
        }
        return debugger.onStopped(t -> {
            t.clearBreakpoint(id);
            return "";
        }, deadline);
    }

    /**
     * {@code be}/{@code bd}: ids separated by spaces or commas, or {@code *}; all are checked before any changes.
     */
    private String enableBreakpoints(String args, boolean enable)
            throws CommandException, KdException, IOException, TimeoutException {
        String usage = "usage: " + (enable ? "be" : "bd") + " id [id ...] | *";
        if (args.isEmpty()) {
            throw new CommandException(usage);
        }
        List<Integer> ids = new java.util.ArrayList<>();
        if (!args.equals("*")) {
            for (String id : args.split("[\\s,]+")) {
                try {
                    ids.add(Integer.parseInt(id));
                } catch (NumberFormatException e) {
                    throw new CommandException(usage + " (not a breakpoint number: " + id + ")");
                }
            }
        }
        return debugger.onStopped(t -> {
            List<Integer> chosen = ids.isEmpty() ? t.breakpoints().stream().map(DebugTarget.Breakpoint::id).toList()
                    : ids;
            for (int id : chosen) {
                if (t.breakpoints().stream().noneMatch(b -> b.id() == id)) {
                    throw new KdException("no breakpoint " + id + " (bl lists them)");
                }
            }
            for (int id : chosen) {
                t.enableBreakpoint(id, enable);
            }
            return "";
        }, deadline);
    }

    private String go() throws KdException, IOException, TimeoutException {
        debugger.run(deadline);
        StateChange stop = debugger.awaitStop(runDeadline);
        return describeStop(stop);
    }

    /**
     * {@code g address}: a temporary breakpoint there (unless one is), go, and take it out again at the stop; a
     * disabled breakpoint there is enabled for the run and disabled again.
     */
    private String runTo(String expression) throws KdException, IOException, TimeoutException {
        long[] address = new long[1];
        Temporary temporary = debugger.onStopped(t -> {
            address[0] = evaluate(t, expression);
            return temporaryAt(t, address[0]);
        }, deadline);
        return runToAddress(address[0], temporary);
    }

    /**
     * What a run to an address put into the target for it: a new breakpoint to clear, or a disabled one to
     * disable again.
     */
    private record Temporary(int id, boolean disableAgain) {
    }

    /** Debugger thread: a breakpoint at {@code address} for a run to it; null when an enabled one is there. */
    private static Temporary temporaryAt(DebugTarget t, long address) throws KdException {
        var there = t.breakpointAt(address);
        if (there.isPresent()) {
            return there.get().enabled() ? null : new Temporary(t.enableBreakpoint(there.get().id(), true).id(), true);
        }
        return new Temporary(t.setBreakpoint(address).id(), false);
    }

    private String runToAddress(long address, Temporary temporary) throws KdException, IOException, TimeoutException {
        StateChange stop;
        try {
            debugger.run(deadline);
            stop = debugger.awaitStop(runDeadline);
        } finally {
            if (temporary != null && debugger.targetStopped()) {
                debugger.onStopped(t -> {
                    if (temporary.disableAgain()) {
                        t.enableBreakpoint(temporary.id(), false);
                    } else {
                        t.clearBreakpoint(temporary.id());
                    }
                    return null;
                }, deadline);
            }
        }
        if (temporary != null && stop.programCounter() == address) {
            return debugger.onStopped(t -> t.describe(address) + ":", deadline);
        }
        return describeStop(stop);
    }

    /**
     * {@code p}: steps over a direct call ({@code E8 rel32}: run to the instruction after it); any other
     * instruction is traced as {@code t}. An indirect call ({@code FF /2}) is stepped over to where the
     * disassembler says it ends; without a disassembler it is refused with what to do instead.
     */
    private String stepOver() throws CommandException, KdException, IOException, TimeoutException {
        StateChange stop = debugger.onStopped(DebugTarget::stop, deadline);
        byte[] stream = stop.controlReport().instructionStream().toArray(); // breakpoints already removed
        int at = 0;
        while (at < stream.length && (stream[at] & 0xF0) == 0x40) {
            at++; // REX prefixes
        }
        if (stream.length >= 5 && (stream[0] & 0xFF) == 0xE8) {
            long after = stop.programCounter() + 5;
            Temporary temporary = debugger.onStopped(t -> temporaryAt(t, after), deadline);
            return runToAddress(after, temporary);
        }
        if (at + 1 < stream.length && (stream[at] & 0xFF) == 0xFF && ((stream[at + 1] >> 3) & 7) == 2) {
            long after = indirectCallEnd(stop.programCounter());
            Temporary temporary = debugger.onStopped(t -> temporaryAt(t, after), deadline);
            return runToAddress(after, temporary);
        }
        return step();
    }

    /** Where the indirect call at {@code pc} ends ({@code FF /2} has many lengths): the disassembler says. */
    private long indirectCallEnd(long pc) throws CommandException, KdException, IOException, TimeoutException {
        try {
            Disassembler.load();
        } catch (Disassembler.UnavailableException e) {
            throw new CommandException("p: an indirect call, whose length needs the disassembler: " + e.getMessage()
                    + ". Use 'g <address after the call>' (or t to step into it)");
        }
        List<Instruction> call = debugger.onStopped(t -> {
            try {
                return t.disassemble(pc, 1);
            } catch (Disassembler.UnavailableException e) {
                throw new KdException("p: " + e.getMessage(), e);
            }
        }, deadline);
        if (call.isEmpty() || !call.get(0).mnemonic().equals("call")) {
            throw new KdException(String.format("p: the indirect call at %016x does not decode as one (%s)", pc,
                    call.isEmpty() ? "unreadable" : call.get(0).mnemonic() + " " + call.get(0).operands()));
        }
        return call.get(0).next();
    }

    private String step() throws KdException, IOException, TimeoutException {
        return describeStop(debugger.step(deadline));
    }

    private String describeStop(StateChange stop) throws KdException, IOException, TimeoutException {
        return debugger.onStopped(t -> {
            String where = t.describe(stop.programCounter()) + ":";
            if (stop.report() instanceof ExceptionReport e) {
                if (e.code() == NtStatus.BREAKPOINT) {
                    var hit = t.hitBreakpoint();
                    if (hit.isPresent()) {
                        return "Breakpoint " + hit.get().id() + " hit\n" + where;
                    }
                    return "Break instruction exception - code 80000003\n" + where;
                }
                if (e.code() == NtStatus.SINGLE_STEP) {
                    return where;
                }
                return String.format("Exception %08x%n%s", e.code(), where);
            }
            return "stopped: state 0x" + Integer.toHexString(stop.newState()) + "\n" + where;
        }, deadline);
    }

    private String stack() throws KdException, IOException, TimeoutException {
        return debugger.onStopped(t -> {
            StackWalk.Stack stack = t.stack();
            StringBuilder out = new StringBuilder(" # Child-SP          RetAddr           Call Site\n");
            List<StackWalk.Frame> frames = stack.frames();
            for (int i = 0; i < frames.size(); i++) {
                StackWalk.Frame f = frames.get(i);
                String returnAddress = i + 1 < frames.size() ? String.format("%016x", frames.get(i + 1).ip())
                        : "----------------";
                String how = f.callerFoundBy() == null ? "" : f.callerFoundBy() == StackWalk.Method.PDATA
                        ? "  (unwound by .pdata)" : "  (unwound by frame pointer)";
                out.append(String.format("%02x %016x %s %s%s%n", f.number(), f.sp(), returnAddress, f.symbol(), how));
            }
            return out.append("(").append(stack.stoppedBecause()).append(')').toString();
        }, deadline);
    }

    /**
     * {@code u [address] [L count]}: {@code count} instructions (8 by default) from {@code address}, or from the
     * program counter; a bare {@code u} after a {@code u} goes on where that one stopped, while the target is in
     * the same stop. A label line ({@code module!export+0x10:}) opens the listing and each export it enters.
     */
    private String unassemble(String args) throws CommandException, KdException, IOException, TimeoutException {
        try {
            Disassembler.load();
        } catch (Disassembler.UnavailableException e) {
            throw new CommandException("u: " + e.getMessage());
        }
        // "L count" ends the line: "u L4", "u rip L4", "u nt!KeTickHook l 0n10"
        java.util.regex.Matcher range = UNASSEMBLE_COUNT.matcher(args);
        int count = DEFAULT_UNASSEMBLE_COUNT;
        String expression = args;
        if (range.find()) {
            long n = parseNumber(range.group(1));
            if (n <= 0 || n > MAX_UNASSEMBLE_COUNT) {
                throw new CommandException("count " + range.group(1) + " is out of range (1.." + MAX_UNASSEMBLE_COUNT
                        + " instructions)");
            }
            count = (int) n;
            expression = args.substring(0, range.start()).strip();
        }
        int instructions = count;
        String where = expression;
        return debugger.onStopped(t -> {
            StateChange stop = t.stop();
            Unassembled last = lastUnassembled;
            long address = !where.isEmpty() ? evaluate(t, where)
                    : last != null && last.stop() == stop ? last.next() : t.registers().programCounter();
            List<Instruction> code;
            try {
                code = t.disassemble(address, instructions);
            } catch (Disassembler.UnavailableException e) {
                throw new KdException("u: " + e.getMessage(), e);
            }
            if (code.isEmpty()) {
                throw new KdException(String.format("u: memory at %016x is not readable", address));
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < code.size(); i++) {
                Instruction insn = code.get(i);
                if (!insn.label().isEmpty() && (i == 0 || !insn.label().contains("+"))) {
                    out.append(insn.label()).append(":\n");
                }
                StringBuilder hex = new StringBuilder();
                for (byte b : insn.bytes()) {
                    hex.append(String.format("%02x", b & 0xFF));
                }
                out.append(String.format("%016x %-16s %-7s %s", insn.address(), hex, insn.mnemonic(), insn.operands())
                        .stripTrailing()).append('\n');
            }
            lastUnassembled = new Unassembled(stop, code.get(code.size() - 1).next());
            return out.toString().stripTrailing();
        }, deadline);
    }

    private String modules() throws KdException, IOException, TimeoutException {
        return debugger.onStopped(t -> {
            StringBuilder out = new StringBuilder("start             end                 module name\n");
            for (LoadedModule m : t.symbols().modules()) {
                out.append(String.format("%016x  %016x   %-10s %s%n", m.base(),
                        m.base() + Integer.toUnsignedLong(m.size()), t.symbols().shortName(m), m.name()));
            }
            return out.toString().stripTrailing();
        }, deadline);
    }

    /**
     * Evaluates an address expression on the stopped target: {@link Expressions} (numbers, registers,
     * {@code module!export}, {@code module}, {@code poi(expr)}, parentheses, {@code + - *}).
     */
    public static long evaluate(DebugTarget target, String expression) throws KdException {
        return Expressions.evaluate(target, expression);
    }

    /**
     * A number as WinDbg reads it: hex by default, {@code 0x} allowed, a backtick between the halves of a
     * 64-bit value ({@code fffff800`00100000}), {@code 0n} for decimal.
     *
     * @throws CommandException naming what is not a number
     */
    public static long parseNumber(String text) throws CommandException {
        String digits = text.replace("`", "").toLowerCase(Locale.ROOT);
        int radix = 16;
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0n")) {
            digits = digits.substring(2);
            radix = 10;
        }
        if (digits.isEmpty() || digits.length() > (radix == 16 ? 16 : 20)) {
            throw new CommandException("not a number: " + text);
        }
        try {
            return Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new CommandException("not a number, register or module!export: " + text);
        }
    }
}
