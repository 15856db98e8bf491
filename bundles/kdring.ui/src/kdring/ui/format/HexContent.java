package kdring.ui.format;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledTextContent;
import org.eclipse.swt.custom.TextChangeListener;

/**
 * A read-only hex dump as a {@link StyledTextContent} that formats a line only when the widget asks for it:
 * every line has the same length, so offsets and line numbers are arithmetic, and a megabyte of memory
 * (65,536 lines) costs the UI thread nothing until it is painted. Confined to the UI thread.
 */
public final class HexContent implements StyledTextContent {

    /** Characters of one line: address, two spaces, 16 × 3 hex, a space, 16 characters. */
    public static final int LINE_LENGTH = 16 + 2 + HexDump.LINE * 3 + 1 + HexDump.LINE;
    private static final int STRIDE = LINE_LENGTH + 1;

    private final byte[] bytes;
    private final long base;
    private final int lines;
    private final List<TextChangeListener> listeners = new ArrayList<>();
    private int formatted;

    /** A dump of {@code bytes}, the first at address {@code base}. */
    public HexContent(byte[] bytes, long base) {
        this.bytes = bytes;
        this.base = base;
        this.lines = Math.max(1, (bytes.length + HexDump.LINE - 1) / HexDump.LINE);
    }

    @Override
    public String getLine(int lineIndex) {
        int offset = lineIndex * HexDump.LINE;
        if (bytes.length == 0) {
            return "";
        }
        formatted++;
        StringBuilder line = new StringBuilder(LINE_LENGTH);
        line.append(HexDump.address(base + offset)).append("  ").append(HexDump.hex(bytes, offset)).append(' ')
                .append(HexDump.ascii(bytes, offset));
        while (line.length() < LINE_LENGTH) {
            line.append(' ');
        }
        return line.toString();
    }

    /** @return how many lines were formatted so far (a widget that formats every line would show here) */
    public int formattedLines() {
        return formatted;
    }

    @Override
    public int getCharCount() {
        return bytes.length == 0 ? 0 : lines * STRIDE - 1;
    }

    @Override
    public int getLineAtOffset(int offset) {
        return Math.min(lines - 1, Math.max(0, offset / STRIDE));
    }

    @Override
    public int getLineCount() {
        return lines;
    }

    @Override
    public String getLineDelimiter() {
        return "\n";
    }

    @Override
    public int getOffsetAtLine(int lineIndex) {
        return lineIndex * STRIDE;
    }

    @Override
    public String getTextRange(int start, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = Math.min(getCharCount(), start + length);
        int at = start;
        while (at < end) {
            int line = at / STRIDE;
            String text = getLine(line) + (line < lines - 1 ? "\n" : "");
            int from = at - line * STRIDE;
            int to = Math.min(text.length(), from + (end - at));
            out.append(text, from, to);
            at += to - from;
        }
        return out.toString();
    }

    @Override
    public void addTextChangeListener(TextChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeTextChangeListener(TextChangeListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void replaceTextRange(int start, int replaceLength, String text) {
        // read-only: memory is changed in the target, not here
    }

    @Override
    public void setText(String text) {
        // read-only
    }
}
