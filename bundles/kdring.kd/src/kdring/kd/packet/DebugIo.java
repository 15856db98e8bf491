package kdring.kd.packet;

import java.nio.charset.StandardCharsets;

/**
 * A DEBUG_IO body, {@code DBGKD_DEBUG_IO} (fact sheet §4.5): DbgPrint, DbgPrompt and the prompt's answer.
 *
 * <pre>
 * Off  Size Field
 * 0x00 4    ApiNumber       0x3230 PrintString, 0x3231 GetString
 * 0x04 2    ProcessorLevel
 * 0x06 2    Processor
 * 0x08 4    LengthOfString (print) / LengthOfPromptString (get)
 * 0x0C 4    LengthOfStringRead (get: maximum in the prompt, actual in the answer; junk in print)
 * 0x10 ...  the string, 8-bit, not necessarily NUL-terminated
 * </pre>
 *
 * @param raw the whole body, at least {@link #HEADER_SIZE} bytes
 */
public record DebugIo(Bytes raw) implements KdBody {

    /** Size of the fixed part. */
    public static final int HEADER_SIZE = 0x10;
    /** DbgKdPrintStringApi. */
    public static final int PRINT_STRING = 0x3230;
    /** DbgKdGetStringApi. */
    public static final int GET_STRING = 0x3231;

    /** Checks the size. */
    public DebugIo {
        if (raw.length() < HEADER_SIZE) {
            throw new IllegalArgumentException("debug I/O body needs " + HEADER_SIZE + " bytes");
        }
    }

    /** ApiNumber. */
    public int apiNumber() {
        return raw.u32(0x00);
    }

    /** ProcessorLevel. */
    public int processorLevel() {
        return raw.u16(0x04);
    }

    /** Processor. */
    public int processor() {
        return raw.u16(0x06);
    }

    /** LengthOfString or LengthOfPromptString. */
    public int stringLength() {
        return raw.u32(0x08);
    }

    /** LengthOfStringRead. */
    public int stringReadLength() {
        return raw.u32(0x0C);
    }

    /** True for PrintString. */
    public boolean isPrint() {
        return apiNumber() == PRINT_STRING;
    }

    /** True for GetString. */
    public boolean isPrompt() {
        return apiNumber() == GET_STRING;
    }

    /** The data after the fixed part. */
    public Bytes data() {
        return raw.slice(HEADER_SIZE);
    }

    /**
     * The printed or prompted text: the data as 8-bit characters, cut at the first NUL, with nothing
     * dropped otherwise (so line breaks stay).
     */
    public String text() {
        return raw.latin1(HEADER_SIZE, raw.length() - HEADER_SIZE);
    }

    /** A PrintString body carrying {@code text}. */
    public static DebugIo print(int processor, String text) {
        byte[] chars = text.getBytes(StandardCharsets.ISO_8859_1);
        return new DebugIo(new BodyWriter(HEADER_SIZE).u32(0x00, PRINT_STRING).u16(0x06, processor)
                .u32(0x08, chars.length).append(Bytes.of(chars)).toBytes());
    }

    /** The debugger's answer to a prompt: LengthOfStringRead and the answer as data. */
    public static DebugIo promptAnswer(int processor, String answer) {
        byte[] chars = answer.getBytes(StandardCharsets.ISO_8859_1);
        return new DebugIo(new BodyWriter(HEADER_SIZE).u32(0x00, GET_STRING).u16(0x06, processor)
                .u32(0x0C, chars.length).append(Bytes.of(chars)).toBytes());
    }
}
