package kdring.ui.views;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import kdring.ui.session.DebugControl;

/**
 * What the Memory view shows, computed without SWT: a page of target memory read in pieces that never cross
 * a 4 KiB boundary (a page is mapped or not as a whole, so an unmapped page does not hide a mapped one after
 * it), its rows of 16 bytes with {@code ??} where a byte could not be read, and the parsing of an edited row.
 * Immutable values and pure functions; {@link #read} blocks on the target (call it from a Job).
 */
public final class MemoryRows {

    /** Bytes per row. */
    public static final int ROW = 16;
    /** Bytes per page the view reads and pages by. */
    public static final int PAGE = 0x1000;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    /** What an unreadable byte shows as. */
    public static final String UNREADABLE = "??";

    private MemoryRows() {
    }

    /**
     * A page of memory as read.
     *
     * @param address  the first byte's address
     * @param physical whether it is physical memory
     * @param data     the bytes (0 where unreadable)
     * @param readable which bytes could be read
     * @param symbols  per row, {@code module!export+offset} where the row starts inside a module, else ""
     */
    public record Page(long address, boolean physical, byte[] data, BitSet readable, List<String> symbols) {

        /** @return the rows of the page */
        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            for (int offset = 0; offset < data.length; offset += ROW) {
                lines.add(line(this, offset));
            }
            return lines;
        }

        /** @return how many bytes could be read */
        public int readableCount() {
            return readable.cardinality();
        }

        /** A copy with {@code bytes} read back at {@code at} (inside the page), readable as far as they reach. */
        public Page with(long at, byte[] bytes, int asked) {
            byte[] copy = data.clone();
            BitSet marks = (BitSet) readable.clone();
            int offset = (int) (at - address);
            for (int i = 0; i < asked && offset + i < copy.length; i++) {
                boolean read = i < bytes.length;
                copy[offset + i] = read ? bytes[i] : 0;
                marks.set(offset + i, read);
            }
            return new Page(address, physical, copy, marks, symbols);
        }
    }

    /**
     * One row.
     *
     * @param address its first byte's address
     * @param hex     16 bytes as hex, {@code ??} where unreadable, a '-' between the halves
     * @param ascii   the printable characters, '.' for the others, '?' where unreadable
     * @param symbol  where the row is, inside a module; else ""
     */
    public record Line(long address, String hex, String ascii, String symbol) {

        /** @return the address column */
        public String addressText() {
            return String.format(Locale.ROOT, "%016x", address);
        }
    }

    private static Line line(Page page, int offset) {
        StringBuilder hex = new StringBuilder(ROW * 3);
        StringBuilder ascii = new StringBuilder(ROW);
        for (int i = 0; i < ROW && offset + i < page.data().length; i++) {
            if (i > 0) {
                hex.append(i == 8 ? '-' : ' ');
            }
            if (!page.readable().get(offset + i)) {
                hex.append(UNREADABLE);
                ascii.append('?');
                continue;
            }
            int b = page.data()[offset + i] & 0xFF;
            hex.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xF]);
            ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
        }
        int row = offset / ROW;
        String symbol = row < page.symbols().size() ? page.symbols().get(row) : "";
        return new Line(page.address() + offset, hex.toString(), ascii.toString(), symbol);
    }

    /**
     * Reads {@code length} bytes at {@code address} through {@code control}, one piece per 4 KiB page, and
     * labels each row that lies inside a module (virtual memory only). Blocks: call it from a Job.
     */
    public static Page read(DebugControl control, long address, int length, boolean physical) throws Exception {
        byte[] data = new byte[length];
        BitSet readable = new BitSet(length);
        int done = 0;
        while (done < length) {
            long at = address + done;
            int piece = (int) Math.min(length - done, PAGE - (at & (PAGE - 1)));
            byte[] got = control.read(at, piece, physical);
            int n = Math.min(got.length, piece);
            System.arraycopy(got, 0, data, done, n);
            readable.set(done, done + n);
            done += piece;
        }
        List<String> symbols = new ArrayList<>();
        for (int offset = 0; offset < length; offset += ROW) {
            symbols.add(physical ? "" : label(control, address + offset));
        }
        return new Page(address, physical, data, readable, symbols);
    }

    private static String label(DebugControl control, long address) throws Exception {
        String described = control.describe(address);
        return described.startsWith("0x") ? "" : described; // outside every module: the bare address
    }

    /**
     * The bytes typed over a row: two hex digits each, separated by spaces or a '-' (as the row shows them).
     *
     * @param max the most that fit (the row's readable bytes from its start)
     * @throws IllegalArgumentException with the reason to show in place
     */
    public static byte[] parseBytes(String text, int max) {
        String[] tokens = text.strip().split("[\\s-]+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("type the row's bytes as hex, e.g. 4d 5a 90 00");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : tokens) {
            if (token.equals(UNREADABLE)) {
                throw new IllegalArgumentException("?? is an unreadable byte: it cannot be written");
            }
            if (!token.matches("[0-9a-fA-F]{1,2}")) {
                throw new IllegalArgumentException("not a byte: '" + token + "' (two hex digits each)");
            }
            out.write(Integer.parseInt(token, 16));
        }
        if (out.size() > max) {
            throw new IllegalArgumentException(out.size() + " bytes typed; this row holds " + max);
        }
        return out.toByteArray();
    }

    /** {@code bytes} as space-separated hex pairs. */
    public static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            out.append(out.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%02x", b & 0xFF));
        }
        return out.toString();
    }
}
