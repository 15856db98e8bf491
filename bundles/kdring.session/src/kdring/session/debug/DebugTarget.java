package kdring.session.debug;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.debugger.KdRequestFailedException;
import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;

/**
 * The debugger a front end drives, over one {@link KdDebugger}: the stopped processor's registers, memory
 * read and write, {@code module!export+offset} symbols, software breakpoints, single step ({@code t}) and go
 * ({@code g}).
 * <p>
 * <b>Breakpoints</b> are written into the target (WriteBreakPoint) when set, and stay there while it runs.
 * A target stopped on one of them has its program counter on the breakpoint (the kernel backs it up over
 * the int3); to run on, {@link #go} and {@link #step} first take that one breakpoint out
 * (RestoreBreakPoint), execute the original instruction with the trace flag (Continue2), and write it
 * back, as WinDbg does. A disabled breakpoint stays listed but is not in the target.
 * <p>
 * Confined to the thread that owns the {@link KdDebugger} (the session's debugger thread).
 */
public final class DebugTarget {

    /**
     * A software breakpoint.
     *
     * @param id      the front end's number ({@code bl} lists it, {@code bc} clears it): the lowest free one
     * @param address its virtual address
     * @param symbol  the address as {@code module!export+offset} when it was set
     * @param handle  the target's handle for it (RestoreBreakPoint)
     * @param original the byte the breakpoint instruction replaced (what {@link DebugTarget#read} shows there)
     * @param enabled whether it is in the target; a disabled one stays listed but is not written (its handle is
     *                {@link #NO_HANDLE}), and enabling it writes it again with a new handle
     */
    public record Breakpoint(int id, long address, String symbol, int handle, byte original, boolean enabled) {

        /** The handle of a disabled breakpoint: the target holds none for it. */
        public static final int NO_HANDLE = -1;

        /** An enabled breakpoint. */
        public Breakpoint(int id, long address, String symbol, int handle, byte original) {
            this(id, address, symbol, handle, original, true);
        }

        /** @return "breakpoint N at module!export+offset" */
        public String label() {
            return "breakpoint " + id + " at " + symbol;
        }
    }

    private final KdDebugger kd;
    private final Symbols symbols;
    private final List<Breakpoint> breakpoints = new ArrayList<>();
    /** A copy of {@link #breakpoints} after each change, for {@link #publishedBreakpoints()}. */
    private volatile List<Breakpoint> published = List.of();
    /**
     * The last enabled breakpoint taken out (cleared or disabled) while the target was stopped on it, e.g. a
     * run-to's temporary one: the story may decode that stop a moment after the debugger took it out, and
     * still names it (see {@link #takenOutAt}).
     */
    private volatile Breakpoint takenOutOnStop;
    private boolean modulesKnown;
    private StackWalk walker;

    /** A debug target over {@code kd}, which has the target stopped. */
    public DebugTarget(KdDebugger kd) {
        this.kd = kd;
        this.symbols = new Symbols((address, length) -> kd.readVirtualUpTo(address, length).bytes());
    }

    /** The stop the target is in. */
    public StateChange stop() throws KdException {
        return kd.lastStop().orElseThrow(() -> new KdException("the target is running: no stop is known"));
    }

    /** The processor that reported the stop. */
    public int processor() throws KdException {
        return stop().processor();
    }

    /** The stopped processor's registers (GetContext). */
    public ProcessorContext registers() throws KdException {
        return kd.getProcessorContext(processor());
    }

    /** Processor {@code processor}'s registers (GetContext); any processor of the stopped target. */
    public ProcessorContext registers(int processor) throws KdException {
        int count = stop().numberProcessors();
        if (processor < 0 || processor >= count) {
            throw new KdException("no processor " + processor + ": the target has " + count);
        }
        return kd.getProcessorContext(processor);
    }

    /** Sets one register of processor {@code processor} (GetContext, change, SetContext). */
    public ProcessorContext setRegister(int processor, String name, long value) throws KdException {
        ProcessorContext changed = registers(processor).with(name, value);
        kd.setProcessorContext(processor, changed);
        return changed;
    }

    /** Sets one register of the stopped processor (GetContext, change, SetContext); the target runs on with it. */
    public ProcessorContext setRegister(String name, long value) throws KdException {
        ProcessorContext changed = registers().with(name, value);
        kd.setProcessorContext(processor(), changed);
        return changed;
    }

    /**
     * Up to {@code length} bytes of virtual memory at {@code address}: fewer where the rest is unreadable. The
     * debugger's own breakpoints show as the bytes they replaced, as in WinDbg ({@link KdDebugger#readVirtual}
     * shows the memory as it is).
     */
    public byte[] read(long address, int length) throws KdException {
        byte[] bytes = kd.readVirtualUpTo(address, length).bytes();
        for (Breakpoint bp : enabledBreakpoints()) {
            long offset = bp.address() - address;
            if (offset >= 0 && offset < bytes.length) {
                bytes[(int) offset] = bp.original();
            }
        }
        return bytes;
    }

    /**
     * Up to {@code length} bytes of physical memory at {@code address} (ReadPhysicalMemory): fewer where the
     * rest is unreadable (beyond the guest's RAM), none when nothing at {@code address} is. Breakpoints show as
     * the target has them (the physical view does not know their virtual addresses).
     */
    public byte[] readPhysical(long address, int length) throws KdException {
        try {
            return kd.readPhysicalUpTo(address, length).bytes();
        } catch (KdRequestFailedException unreadable) {
            return new byte[0];
        }
    }

    /**
     * As {@link #read}, but none when nothing at {@code address} is readable (an unmapped page) rather than a
     * failure: what a view that shows unreadable bytes as such wants.
     */
    public byte[] readUpTo(long address, int length) throws KdException {
        try {
            return read(address, length);
        } catch (KdRequestFailedException unreadable) {
            return new byte[0];
        }
    }

    /** Writes {@code bytes} at {@code address} (WriteVirtualMemory); fails naming where it stopped. */
    public void write(long address, byte[] bytes) throws KdException {
        kd.writeVirtual(address, bytes);
    }

    /** The symbols, with the module list walked on first use. */
    public Symbols symbols() throws KdException {
        if (!modulesKnown) {
            symbols.setModules(kd.listModules().modules());
            modulesKnown = true;
        }
        return symbols;
    }

    /**
     * The stopped processor's call stack ({@code k}): frames unwound with the modules' .pdata, or by the
     * frame-pointer chain where there is none; each frame says which (x64 only).
     */
    public StackWalk.Stack stack() throws KdException {
        ProcessorContext regs = registers();
        if (regs.layout() != ProcessorContext.Layout.AMD64) {
            throw new KdException("call stacks are walked for x64 targets only; this one is x86");
        }
        if (walker == null) {
            walker = new StackWalk((address, length) -> kd.readVirtualUpTo(address, length).bytes(), symbols());
        }
        return walker.walk(regs.programCounter(), regs.stackPointer(), regs.get("rbp"));
    }

    /** {@code address} as {@code module!export+offset}. */
    public String describe(long address) throws KdException {
        return symbols().describe(address);
    }

    /**
     * Disassembles {@code count} instructions from {@code address} in the stopped processor's mode (x64 or
     * x86), each labelled {@code module!export+offset}; the debugger's own breakpoints show as the bytes they
     * replaced. Stops early where memory becomes unreadable, without the bytes of an instruction cut off there
     * (which would decode as {@code ??}).
     *
     * @throws Disassembler.UnavailableException when this machine has no disassembler (the message says why)
     */
    public List<Instruction> disassemble(long address, int count) throws KdException, Disassembler.UnavailableException {
        Disassembler disassembler = Disassembler.load();
        Disassembler.Mode mode = registers().layout() == ProcessorContext.Layout.AMD64 ? Disassembler.Mode.X64
                : Disassembler.Mode.X86;
        int wanted = Math.max(16, count * 15);
        byte[] code = read(address, wanted);
        List<Instruction> decoded = disassembler.decode(code, address, mode, count);
        int keep = decoded.size();
        if (code.length < wanted) {
            // the memory ends here: a ?? in its last 14 bytes may be an instruction the unreadable page cut off
            while (keep > 0 && decoded.get(keep - 1).mnemonic().equals("??")
                    && address + code.length - decoded.get(keep - 1).address() < 15) {
                keep--;
            }
        }
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : decoded.subList(0, keep)) {
            out.add(new Instruction(i.address(), i.bytes(), i.mnemonic(), i.operands(), labelOf(i.address())));
        }
        return out;
    }

    private String labelOf(long address) throws KdException {
        Optional<kdring.kd.observer.LoadedModule> module = symbols().moduleAt(address);
        return module.isPresent() ? describe(address) : "";
    }

    /**
     * Sets a breakpoint at {@code address} (WriteBreakPoint); one already there is returned as it is (enabled
     * again if it was disabled, as WinDbg's {@code bp} does).
     */
    public Breakpoint setBreakpoint(long address) throws KdException {
        Optional<Breakpoint> existing = breakpointAt(address);
        if (existing.isPresent()) {
            return existing.get().enabled() ? existing.get() : enableBreakpoint(existing.get().id(), true);
        }
        String symbol = describe(address);
        byte original = kd.readVirtual(address, 1)[0];
        int handle = kd.writeBreakPoint(address);
        Breakpoint bp = new Breakpoint(lowestFreeId(), address, symbol, handle, original);
        breakpoints.add(bp);
        published = List.copyOf(breakpoints);
        return bp;
    }

    /** Clears breakpoint {@code id} (RestoreBreakPoint when it is enabled). */
    public void clearBreakpoint(int id) throws KdException {
        Breakpoint bp = breakpoint(id);
        if (bp.enabled()) {
            kd.restoreBreakPoint(bp.handle());
            rememberIfStoppedOn(bp);
        }
        breakpoints.remove(bp);
        published = List.copyOf(breakpoints);
    }

    /**
     * Enables or disables breakpoint {@code id}. Disabling takes it out of the target (RestoreBreakPoint) and
     * keeps it listed; enabling writes it again (WriteBreakPoint, a new handle; the byte it replaces is read
     * afresh). A breakpoint already in that state is returned as it is.
     *
     * @return the breakpoint as it now is
     */
    public Breakpoint enableBreakpoint(int id, boolean enabled) throws KdException {
        Breakpoint bp = breakpoint(id);
        if (bp.enabled() == enabled) {
            return bp;
        }
        Breakpoint changed;
        if (enabled) {
            byte original = kd.readVirtual(bp.address(), 1)[0];
            int handle = kd.writeBreakPoint(bp.address());
            changed = new Breakpoint(id, bp.address(), bp.symbol(), handle, original, true);
        } else {
            kd.restoreBreakPoint(bp.handle());
            rememberIfStoppedOn(bp);
            changed = new Breakpoint(id, bp.address(), bp.symbol(), Breakpoint.NO_HANDLE, bp.original(), false);
        }
        breakpoints.replaceAll(b -> b.id() == id ? changed : b);
        published = List.copyOf(breakpoints);
        return changed;
    }

    private Breakpoint breakpoint(int id) throws KdException {
        return breakpoints.stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new KdException("no breakpoint " + id + " (bl lists them)"));
    }

    /** The breakpoints, in the order they were set, disabled ones included. */
    public List<Breakpoint> breakpoints() {
        return List.copyOf(breakpoints);
    }

    /**
     * The breakpoints as last changed, for other threads (the story labels a stop on one of them). Thread-safe:
     * the only member that may be called off the debugger thread.
     */
    public List<Breakpoint> publishedBreakpoints() {
        return published;
    }

    /**
     * The enabled breakpoint at {@code address} that was taken out while the target was stopped on it, once:
     * a stop decoded after its breakpoint was cleared (a run-to's temporary one) is still that breakpoint's
     * hit. Thread-safe, like {@link #publishedBreakpoints()}.
     */
    public Optional<Breakpoint> takenOutAt(long address) {
        Breakpoint bp = takenOutOnStop;
        if (bp == null || bp.address() != address) {
            return Optional.empty();
        }
        takenOutOnStop = null;
        return Optional.of(bp);
    }

    private void rememberIfStoppedOn(Breakpoint bp) {
        kd.lastStop().filter(stop -> stop.programCounter() == bp.address()).ifPresent(stop -> takenOutOnStop = bp);
    }

    /** The breakpoint at {@code address}, enabled or not, if any. */
    public Optional<Breakpoint> breakpointAt(long address) {
        return breakpoints.stream().filter(b -> b.address() == address).findFirst();
    }

    /** The enabled breakpoint at {@code address} (one the target traps on), if any. */
    public Optional<Breakpoint> enabledBreakpointAt(long address) {
        return breakpointAt(address).filter(Breakpoint::enabled);
    }

    private List<Breakpoint> enabledBreakpoints() {
        return breakpoints.stream().filter(Breakpoint::enabled).toList();
    }

    /** The breakpoint the current stop was caused by, if it was one of ours (an enabled one). */
    public Optional<Breakpoint> hitBreakpoint() throws KdException {
        StateChange stop = stop();
        if (stop.report() instanceof ExceptionReport e && e.code() == NtStatus.BREAKPOINT) {
            return enabledBreakpointAt(e.address());
        }
        return Optional.empty();
    }

    /**
     * Executes one instruction of the stopped processor ({@code t}) and waits for the single-step stop.
     *
     * @return the new stop
     */
    public StateChange step(Duration timeout) throws KdException {
        long pc = stop().programCounter();
        Optional<Breakpoint> under = enabledBreakpointAt(pc);
        if (under.isPresent()) {
            kd.restoreBreakPoint(under.get().handle());
        }
        kd.continueExecution2(NtStatus.DBG_CONTINUE, true, registers().get("dr7"));
        StateChange next;
        try {
            next = kd.waitForStateChange(timeout);
        } catch (KdException e) {
            // the breakpoint was taken out for the step and cannot be put back while the target runs
            under.ifPresent(breakpoints::remove);
            published = List.copyOf(breakpoints);
            throw under.isEmpty() ? e : new KdException(e.getMessage() + "; breakpoint " + under.get().id() + " at "
                    + under.get().symbol() + " was taken out for the step and is gone", e);
        }
        if (under.isPresent()) {
            rewrite(under.get());
        }
        return next;
    }

    /**
     * Lets the target run ({@code g}); a breakpoint under the program counter is stepped over first. Returns
     * once the target runs: {@link #awaitStop} waits for the next stop.
     */
    public void go(Duration timeout) throws KdException {
        if (enabledBreakpointAt(stop().programCounter()).isPresent()) {
            step(timeout);
        }
        kd.continueExecution(NtStatus.DBG_CONTINUE);
    }

    /** Waits for the running target's next state change (a breakpoint hit, a break-in, a step). */
    public StateChange awaitStop(Duration timeout) throws KdException {
        return kd.waitForStateChange(timeout);
    }

    /** The lowest number no breakpoint has, as WinDbg numbers them. */
    private int lowestFreeId() {
        int id = 0;
        while (true) {
            int candidate = id;
            if (breakpoints.stream().noneMatch(b -> b.id() == candidate)) {
                return id;
            }
            id++;
        }
    }

    private void rewrite(Breakpoint bp) throws KdException {
        int handle = kd.writeBreakPoint(bp.address());
        breakpoints.replaceAll(b -> b.id() == bp.id() ? new Breakpoint(b.id(), b.address(), b.symbol(), handle, b.original()) : b);
        published = List.copyOf(breakpoints);
    }
}
