package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import kdring.ui.actions.MemoryDialog;

/**
 * The memory dump opens as fast for a megabyte as for a line: it formats only what it paints (the figures
 * are printed; the test counts formatted lines). The Read Memory dialog says its cap.
 */
class MemoryDialogUiTest {

    private int formatted;

    private long open(Shell parent, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        long started = System.nanoTime();
        MemoryDialog dialog = MemoryDialog.show(parent, "test", 0x1000, bytes);
        Display display = parent.getDisplay();
        while (display.readAndDispatch()) {
            // paint
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals((length + 15) / 16, dialog.getText().getLineCount());
        formatted = dialog.content().formattedLines();
        dialog.close();
        return millis;
    }

    @Test
    void theReadDialogSaysItsCap() throws Exception {
        Display display = Display.getDefault();
        Shell parent = new Shell(display);
        parent.open();
        try {
            org.eclipse.jface.dialogs.InputDialog dialog = kdring.ui.commands.ChannelHandler.memoryDialog(parent, "demo");
            dialog.setBlockOnOpen(false);
            dialog.open();
            String shown = texts(dialog.getShell());
            assertTrue(shown.contains("At most 0x400000 bytes (4 MiB) a read"), shown);
            org.eclipse.swt.widgets.Button ok = dialog.getShell().getDefaultButton();
            org.eclipse.swt.widgets.Text input = input(dialog.getShell());
            input.setText("fffff80000000000 400000");
            assertTrue(ok.isEnabled(), "4 MiB is allowed");
            input.setText("fffff80000000000 400001");
            assertTrue(!ok.isEnabled(), "one byte more is not");
            String error = texts(dialog.getShell());
            assertTrue(error.contains("Give a length from 1 to 0x400000 bytes (4 MiB"), error);
            Screenshots.save(dialog.getShell(), "read-memory-cap.png");
            dialog.close();
        } finally {
            parent.dispose();
        }
    }

    private static org.eclipse.swt.widgets.Text input(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Text found = input(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String texts(org.eclipse.swt.widgets.Composite parent) {
        StringBuilder out = new StringBuilder();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0) {
                out.append(text.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                out.append(texts(composite));
            }
        }
        return out.toString();
    }

    @Test
    void aMegabyteOpensAsFastAsALine() {
        Display display = Display.getDefault();
        Shell parent = new Shell(display);
        parent.open();
        try {
            long warm = open(parent, 16);
            long line = open(parent, 16);
            long megabyte = open(parent, 1 << 20);
            int megabyteLines = formatted;
            long sixteen = open(parent, 16 << 20);
            System.out.printf("kdring ui: memory dump opens in %d ms (first), %d ms (16 bytes), %d ms (1 MiB, %d of "
                    + "65,536 lines formatted), %d ms (16 MiB, %d of 1,048,576 lines formatted)%n", warm, line, megabyte,
                    megabyteLines, sixteen, formatted);
            // what costs time is formatting: a dialog that formats only what it paints formats a page, whatever
            // the size (counted, not timed, so that a loaded machine cannot fail it)
            assertTrue(megabyteLines <= 1000, megabyteLines + " lines formatted to show 1 MiB");
            assertTrue(formatted <= 1000, formatted + " lines formatted to show 16 MiB");
        } finally {
            parent.dispose();
        }
    }
}
