package kdring.ui.format;

import java.util.Locale;

/** Classic 16-bytes-a-line hex dump with an ASCII column. Stateless; thread-safe. */
public final class HexDump {

    /** Bytes per line. */
    public static final int LINE = 16;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /**
     * Formats {@code bytes}; each line starts with the address of its first byte.
     *
     * @param base address of {@code bytes[0]}
     */
    public static String format(byte[] bytes, long base) {
        StringBuilder out = new StringBuilder(bytes.length * 5 + 32);
        for (int line = 0; line < bytes.length; line += LINE) {
            out.append(address(base + line)).append("  ").append(hex(bytes, line)).append(' ')
                    .append(ascii(bytes, line)).append('\n');
        }
        return out.toString();
    }

    /** @return the 16-digit address column */
    public static String address(long address) {
        return String.format(Locale.ROOT, "%016x", address);
    }

    /** @return the hex column of the line that starts at {@code offset}: "00 01 … 07-08 … 0f " */
    public static String hex(byte[] bytes, int offset) {
        StringBuilder out = new StringBuilder(LINE * 3);
        for (int i = 0; i < LINE; i++) {
            if (offset + i < bytes.length) {
                int b = bytes[offset + i] & 0xFF;
                out.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xF]);
            } else {
                out.append("  ");
            }
            out.append(i == 7 ? '-' : ' ');
        }
        return out.toString();
    }

    /** @return the printable characters of the line that starts at {@code offset}, '.' for the others */
    public static String ascii(byte[] bytes, int offset) {
        StringBuilder out = new StringBuilder(LINE);
        for (int i = 0; i < LINE && offset + i < bytes.length; i++) {
            int b = bytes[offset + i] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
        }
        return out.toString();
    }
}
