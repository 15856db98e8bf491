package kdring.session.debug;

import java.util.Locale;
import java.util.Optional;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;

/**
 * Address expressions as the {@code kd>} console, the Memory view and the API take them:
 *
 * <pre>
 * expression := sum
 * sum        := product (('+' | '-') product)*
 * product    := unary ('*' unary)*
 * unary      := '-' unary | primary
 * primary    := '(' sum ')' | 'poi' '(' sum ')' | term
 * term       := number      hex by default: 1000, 0x1000, fffff800`00100000; 0n10 is decimal
 *             | register    rip, rsp, @rax (the stopped processor's; '@' makes it a register only)
 *             | module!export
 *             | module      a loaded module's base: nt, hal, kdring, hal.dll
 * </pre>
 *
 * A bare word is a register of the target's layout first, then a number, then a module name (a module whose
 * name is also a hex number, say {@code bad.sys}, is {@code bad.sys} or {@code bad!export}). {@code poi(x)}
 * reads one pointer at {@code x}: 8 bytes on x64, 4 on x86. Arithmetic wraps at 64 bits. A bad expression
 * fails with a {@link KdException} whose message names the term or the position that is wrong; nothing is
 * read from the target for a malformed one beyond what its terms before the error needed.
 * <p>
 * Stateless; the {@link Scope} decides the thread (for a {@link DebugTarget}: the debugger thread).
 */
public final class Expressions {

    /** What the terms of an expression are looked up in: a stopped target, or a test's fixed values. */
    public interface Scope {

        /** The register layout of the stopped processor (which names are registers, the pointer size). */
        ProcessorContext.Layout layout() throws KdException;

        /** The stopped processor's register {@code name}, one of {@link #layout()}'s. */
        long register(String name) throws KdException;

        /** The loaded module called {@code name} (short name, file name, or file name without extension). */
        Optional<LoadedModule> module(String name) throws KdException;

        /** The address of {@code module!export}; fails naming what is unknown. */
        long symbol(String moduleBangExport) throws KdException;

        /** Up to {@code length} bytes of virtual memory at {@code address} (fewer where unreadable). */
        byte[] read(long address, int length) throws KdException;
    }

    private Expressions() {
    }

    /** A scope over a stopped {@link DebugTarget}: registers read once per evaluation. Debugger thread. */
    public static Scope of(DebugTarget target) {
        return new Scope() {
            private ProcessorContext regs;

            private ProcessorContext regs() throws KdException {
                if (regs == null) {
                    regs = target.registers();
                }
                return regs;
            }

            @Override
            public ProcessorContext.Layout layout() throws KdException {
                return regs().layout();
            }

            @Override
            public long register(String name) throws KdException {
                return regs().get(name);
            }

            @Override
            public Optional<LoadedModule> module(String name) throws KdException {
                return target.symbols().moduleNamed(name);
            }

            @Override
            public long symbol(String moduleBangExport) throws KdException {
                return target.symbols().resolve(moduleBangExport);
            }

            @Override
            public byte[] read(long address, int length) throws KdException {
                return target.read(address, length);
            }
        };
    }

    /** Evaluates {@code expression} on the stopped target. Debugger thread. */
    public static long evaluate(DebugTarget target, String expression) throws KdException {
        return evaluate(of(target), expression);
    }

    /**
     * Evaluates {@code expression} in {@code scope}.
     *
     * @throws KdException naming the bad term or the position of a syntax error, or what the target refused
     */
    public static long evaluate(Scope scope, String expression) throws KdException {
        String text = expression == null ? "" : expression.strip();
        if (text.isEmpty()) {
            throw new KdException("an empty address expression");
        }
        Parser parser = new Parser(scope, text);
        long value = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return value;
    }

    /**
     * A number as WinDbg reads it: hex by default, {@code 0x} allowed, a backtick between the halves of a
     * 64-bit value ({@code fffff800`00100000}), {@code 0n} for decimal.
     *
     * @return the value, or empty when {@code text} is not a number
     */
    public static Optional<Long> number(String text) {
        String digits = text.replace("`", "").toLowerCase(Locale.ROOT);
        int radix = 16;
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0n")) {
            digits = digits.substring(2);
            radix = 10;
        }
        if (digits.isEmpty() || digits.length() > (radix == 16 ? 16 : 20)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseUnsignedLong(digits, radix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Recursive descent over one expression; {@code at} is the next character. */
    private static final class Parser {
        private final Scope scope;
        private final String text;
        private int at;

        Parser(Scope scope, String text) {
            this.scope = scope;
            this.text = text;
        }

        long sum() throws KdException {
            long value = product();
            while (true) {
                skipSpaces();
                if (accept('+')) {
                    value += product();
                } else if (accept('-')) {
                    value -= product();
                } else {
                    return value;
                }
            }
        }

        private long product() throws KdException {
            long value = unary();
            while (true) {
                skipSpaces();
                if (accept('*')) {
                    value *= unary();
                } else {
                    return value;
                }
            }
        }

        private long unary() throws KdException {
            skipSpaces();
            if (accept('-')) {
                return -unary();
            }
            return primary();
        }

        private long primary() throws KdException {
            skipSpaces();
            if (atEnd()) {
                throw error("a term is missing at the end");
            }
            if (accept('(')) {
                long value = sum();
                expect(')');
                return value;
            }
            int start = at;
            String word = word();
            if (word.isEmpty()) {
                throw error("a term is missing before '" + peek() + "'");
            }
            skipSpaces();
            if (word.equalsIgnoreCase("poi") && !atEnd() && peek() == '(') {
                accept('(');
                long address = sum();
                expect(')');
                return pointerAt(address, text.substring(start, at));
            }
            return term(word);
        }

        private long pointerAt(long address, String written) throws KdException {
            int size = scope.layout() == ProcessorContext.Layout.AMD64 ? 8 : 4;
            byte[] bytes;
            try {
                bytes = scope.read(address, size);
            } catch (KdException e) {
                throw new KdException(String.format(Locale.ROOT, "%s: the %d bytes at 0x%016x are unreadable (%s)",
                        written, size, address, e.getMessage()), e);
            }
            if (bytes.length < size) {
                throw new KdException(String.format(Locale.ROOT, "%s: only %d of the %d bytes at 0x%016x are readable",
                        written, bytes.length, size, address));
            }
            long value = 0;
            for (int i = size - 1; i >= 0; i--) {
                value = value << 8 | (bytes[i] & 0xFF);
            }
            return value;
        }

        private long term(String word) throws KdException {
            if (word.indexOf('!') >= 0) {
                return scope.symbol(word);
            }
            if (word.startsWith("@")) {
                String name = word.substring(1);
                ProcessorContext.Layout layout = scope.layout();
                if (layout.register(name) == null) {
                    throw new KdException("no register " + name + " on this " + layout + " target (in " + text + ")");
                }
                return scope.register(name);
            }
            if (isRegisterName(word)) {
                ProcessorContext.Layout layout = scope.layout();
                if (layout.register(word) != null) {
                    return scope.register(word);
                }
            }
            Optional<Long> number = number(word);
            if (number.isPresent()) {
                return number.get();
            }
            Optional<LoadedModule> module = scope.module(word);
            if (module.isPresent()) {
                return module.get().base();
            }
            if (isRegisterName(word)) {
                throw new KdException(word + " is not a register of this " + scope.layout() + " target (in " + text
                        + ")");
            }
            throw new KdException("unknown term '" + word + "' in " + text
                    + ": not a number, register, module or module!export");
        }

        private static boolean isRegisterName(String word) {
            return ProcessorContext.Layout.AMD64.register(word) != null
                    || ProcessorContext.Layout.X86.register(word) != null;
        }

        /** A run of the characters names, numbers and symbols are made of. */
        private String word() {
            int start = at;
            while (!atEnd()) {
                char c = text.charAt(at);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '!' || c == '`' || c == '@' || c == '.'
                        || c == '$' || c == '?') {
                    at++;
                } else {
                    break;
                }
            }
            return text.substring(start, at);
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            return text.charAt(at);
        }

        private boolean accept(char c) {
            if (!atEnd() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) throws KdException {
            skipSpaces();
            if (!accept(c)) {
                throw error(atEnd() ? "'" + c + "' is missing at the end" : "expected '" + c + "', found '" + peek() + "'");
            }
        }

        KdException error(String what) {
            return new KdException(what + " (at column " + (at + 1) + " of " + text + ")");
        }
    }
}
