package kdring.ui.format;

import java.util.Locale;

/** Classic 16-bytes-a-line hex dump with an ASCII column. Stateless; thread-safe. */
public final class HexDump {

    private HexDump() {
    }

    /**
     * Formats {@code bytes}; each line starts with the address of its first byte.
     *
     * @param base address of {@code bytes[0]}
     */
    public static String format(byte[] bytes, long base) {
        StringBuilder out = new StringBuilder(bytes.length * 4 + 32);
        for (int line = 0; line < bytes.length; line += 16) {
            out.append(String.format(Locale.ROOT, "%016x  ", base + line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (line + i < bytes.length) {
                    int b = bytes[line + i] & 0xFF;
                    out.append(String.format(Locale.ROOT, "%02x", b));
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    out.append("  ");
                }
                out.append(i == 7 ? "-" : " ");
            }
            out.append(' ').append(ascii).append('\n');
        }
        return out.toString();
    }
}
