package kdring.server.api;

import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.Fields;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import kdring.kd.debugger.ProcessorContext;
import kdring.server.api.ApiHandler.ApiError;
import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.server.api.ServiceBackend.BadRequestException;
import kdring.server.api.ServiceBackend.NoSuchChannelException;
import kdring.server.api.ServiceBackend.NotAvailableException;

/**
 * The debugging front end's routes, {@code /api/channels/{id}/target/...}: checks every query parameter and
 * body field first (400 naming it, before the channel is even looked up), then asks the channel's
 * {@link TargetApi}. Stateless; called on Jetty's pool threads.
 */
final class TargetRoutes {

    private TargetRoutes() {
    }

    /** The channel's target, looked up once the request is known to be well formed. */
    @FunctionalInterface
    interface Target {
        TargetApi get() throws NoSuchChannelException;
    }

    /**
     * The debugging front end's routes ({@code /target/...}): parameters and body fields are checked first
     * (400 naming the field, before the channel is looked up), then the channel's {@link TargetApi} answers.
     */
    static Object answer(Route route, Fields query, JsonElement body, Target target) throws ApiError,
            NoSuchChannelException, ActionFailedException, BadRequestException, NotAvailableException {
        String what = route.method() + " " + route.template().substring("/api/channels/{id}/target/".length());
        // every argument is read before target.get(): a bad request is a 400 whether the channel exists or not
        return switch (what) {
            case "GET stop" -> target.get().stop();
            case "GET registers" -> {
                int processor = (int) ApiHandler.longParam(query, "processor", 0, 0, MAX_PROCESSOR);
                yield target.get().registers(processor);
            }
            case "POST registers" -> {
                JsonObject fields = requireBody(body);
                int processor = (int) intField(fields, "processor", 0, 0, MAX_PROCESSOR);
                String name = stringField(fields, "name", 16);
                if (!isRegister(name)) {
                    throw new ApiError(HttpStatus.BAD_REQUEST_400, "'name': no register '" + name + "' (known: "
                            + registerNames() + ")");
                }
                long value = hexField(fields, "value");
                yield target.get().setRegister(processor, name, value);
            }
            case "GET memory" -> {
                long address = hexParam(query, "address");
                int length = (int) ApiHandler.longParam(query, "length", 256, 1, TargetApi.MAX_READ);
                String space = query.getValue("space") == null ? "virtual" : query.getValue("space");
                if (!space.equals("virtual") && !space.equals("physical")) {
                    throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter 'space' must be virtual or physical, not '"
                            + space + "'");
                }
                yield target.get().read(address, length, space.equals("physical"));
            }
            case "POST memory" -> {
                JsonObject fields = requireBody(body);
                long address = hexField(fields, "address");
                byte[] data = hexBytes(stringField(fields, "data", ApiHandler.MAX_BODY),
                        TargetApi.MAX_WRITE);
                yield target.get().write(address, data);
            }
            case "POST evaluate" -> {
                String expression = stringField(requireBody(body), "expression", TargetApi.MAX_LINE);
                yield target.get().evaluate(expression);
            }
            case "GET describe" -> {
                long address = hexParam(query, "address");
                yield target.get().describe(address);
            }
            case "GET disassembly" -> {
                long address = hexParam(query, "address");
                int count = (int) ApiHandler.longParam(query, "count", 16, 1, TargetApi.MAX_INSTRUCTIONS);
                yield target.get().disassemble(address, count);
            }
            case "GET breakpoints" -> target.get().breakpoints();
            case "POST breakpoints" -> {
                String expression = stringField(requireBody(body), "expression", TargetApi.MAX_LINE);
                yield target.get().setBreakpoint(expression);
            }
            case "POST breakpoints/clear" -> {
                int breakpoint = (int) intField(requireBody(body), "breakpoint", -1, 0, Integer.MAX_VALUE);
                target.get().clearBreakpoint(breakpoint);
                yield new ApiModel.BreakpointCleared(breakpoint);
            }
            case "POST step" -> {
                boolean over = body != null && booleanField(body.getAsJsonObject(), "over");
                yield target.get().step(over);
            }
            case "POST run-to" -> {
                String expression = stringField(requireBody(body), "expression", TargetApi.MAX_LINE);
                yield target.get().runTo(expression);
            }
            case "POST console" -> {
                String command = stringField(requireBody(body), "command", TargetApi.MAX_LINE);
                yield target.get().console(command);
            }
            default -> throw new IllegalStateException("route without a handler: " + route);
        };
    }

    /** The largest processor number taken (Windows' limit). */
    private static final int MAX_PROCESSOR = 2047;

    private static JsonObject requireBody(JsonElement body) throws ApiError {
        if (body == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "this route needs a JSON object body");
        }
        return body.getAsJsonObject();
    }

    private static String stringField(JsonObject body, String name, int maxLength) throws ApiError {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' is required");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' must be a string");
        }
        String text = value.getAsString();
        if (text.length() > maxLength) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' is longer than " + maxLength + " characters");
        }
        if (text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' must be one line");
        }
        return text;
    }

    /** An integer field; {@code fallback} < {@code min} makes it required. */
    private static long intField(JsonObject body, String name, long fallback, long min, long max) throws ApiError {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            if (fallback < min) {
                throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' is required");
            }
            return fallback;
        }
        try {
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                java.math.BigDecimal number = value.getAsBigDecimal();
                long parsed = number.longValueExact();
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // not an integer: said below
        }
        throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' must be an integer between " + min + " and "
                + max + ", got " + value);
    }

    private static boolean booleanField(JsonObject body, String name) throws ApiError {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' must be true or false, got " + value);
        }
        return value.getAsBoolean();
    }

    /** A 64-bit value sent as a hex string ("0x" optional): JSON numbers lose precision above 2^53. */
    private static long hexField(JsonObject body, String name) throws ApiError {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' is required (a hex string, e.g. \"0x1F\")");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'" + name + "' must be a hex string (e.g. \"0x1F\"): 64-bit"
                    + " values do not survive JSON numbers");
        }
        return hex(value.getAsString(), "'" + name + "'");
    }

    private static long hexParam(Fields query, String name) throws ApiError {
        String value = query.getValue(name);
        if (value == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter '" + name + "' is required (hex, e.g."
                    + " 0xFFFFF80100000000)");
        }
        return hex(value, "parameter '" + name + "'");
    }

    private static long hex(String value, String what) throws ApiError {
        String digits = value.strip().toLowerCase(java.util.Locale.ROOT).replace("`", "");
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, what + " is not a 64-bit hex value: '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
        return Long.parseUnsignedLong(digits, 16);
    }


    /** Whether {@code name} is a register of the x64 or the x86 layout ({@code @} prefix allowed). */
    static boolean isRegister(String name) {
        String bare = name.startsWith("@") ? name.substring(1) : name;
        return ProcessorContext.Layout.AMD64.register(bare) != null || ProcessorContext.Layout.X86.register(bare) != null;
    }

    private static String registerNames() {
        return String.join(", ", Stream.concat(ProcessorContext.Layout.AMD64.registers().stream(),
                ProcessorContext.Layout.X86.registers().stream()).map(ProcessorContext.Register::name).distinct()
                .toList());
    }

    /** Hex digits (pairs, optionally separated by spaces) as bytes; at most {@code max} bytes. */
    static byte[] hexBytes(String text, int max) throws ApiError {
        String digits = text.replace(" ", "");
        if (digits.isEmpty()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'data' is empty: send the bytes to write as hex digits");
        }
        if (digits.length() % 2 != 0) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'data' has an odd number of hex digits ("
                    + digits.length() + "): two per byte");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new ApiError(HttpStatus.BAD_REQUEST_400, "'data' is not hex: '" + digits.charAt(i)
                        + "' at character " + i);
            }
        }
        if (digits.length() / 2 > max) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'data' holds " + digits.length() / 2
                    + " bytes; one write takes at most " + max);
        }
        return HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT));
    }
}
