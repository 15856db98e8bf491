package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import kdring.ui.actions.MemoryDialog;

/** The memory dump opens as fast for a megabyte as for a line: it formats only what it paints. */
class MemoryDialogUiTest {

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
        dialog.close();
        return millis;
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
            long sixteen = open(parent, 16 << 20);
            System.out.printf("kdring ui: memory dump opens in %d ms (first), %d ms (16 bytes), %d ms (1 MiB), %d ms "
                    + "(16 MiB)%n", warm, line, megabyte, sixteen);
            assertTrue(megabyte < 1000, "1 MiB took " + megabyte + " ms");
        } finally {
            parent.dispose();
        }
    }
}
