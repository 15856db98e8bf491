package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kdring.ui.PreferencePage;
import kdring.ui.Preferences;

/**
 * The kdring preference page in a real PreferenceDialog: the user changes the capture folder, the demo's
 * WinDbg port, transport and pattern size, presses Apply and Close, and {@link Preferences} reads them;
 * system properties still override.
 */
class PreferencesUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        clear();
    }

    @AfterEach
    void close() throws Exception {
        for (Shell s : display.getShells()) {
            s.dispose();
        }
        clear();
    }

    private static void clear() throws Exception {
        InstanceScope.INSTANCE.getNode(Preferences.NODE).clear();
        InstanceScope.INSTANCE.getNode(Preferences.NODE).flush();
        for (String p : new String[] { "kdring.captures", "kdring.demo.port", "kdring.demo.transport",
                "kdring.demo.pattern" }) {
            System.clearProperty(p);
        }
    }

    /** Types {@code text} as a user would: the field's content changes and a key is released. */
    static void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setText(text);
        org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
        key.character = text.isEmpty() ? SWT.BS : text.charAt(text.length() - 1);
        field.notifyListeners(SWT.KeyUp, key);
    }

    static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && b.getText().replace("&", "").equals(text)) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = button(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code message} is shown in the dialog, whole (the first wave's were cut off at the dialog's edge). */
    private void assertShownWhole(Composite root, String message) {
        assertNotNull(message, "an error message");
        Screenshots.settle(display);
        org.eclipse.swt.widgets.Control shown = showing(root, message);
        assertNotNull(shown, "\"" + message + "\" is shown");
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shown);
        int needed = gc.textExtent(message).x;
        gc.dispose();
        // the widget's right edge must not pass the shell's client area, and the widget must hold the text
        int right = display.map(shown.getParent(), root, shown.getBounds()).x + Math.min(shown.getSize().x, needed);
        assertTrue(shown.getSize().x >= needed, "\"" + message + "\" needs " + needed + " px, has " + shown.getSize().x);
        assertTrue(right <= root.getClientArea().width, "\"" + message + "\" runs past the dialog's edge");
    }

    private static org.eclipse.swt.widgets.Control showing(Composite parent, String message) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            String text = child instanceof org.eclipse.swt.widgets.Label l ? l.getText()
                    : child instanceof org.eclipse.swt.custom.CLabel c ? c.getText()
                    : child instanceof org.eclipse.swt.widgets.Text t ? t.getText() : null;
            if (text != null && text.contains(message)) {
                return child;
            }
            if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.Control found = showing(composite, message);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void defaultsThenThePageThenSystemPropertiesOverride() throws Exception {
        assertEquals(50001, Preferences.demoPort());
        assertEquals("ring", Preferences.demoTransport());
        assertEquals(16, Preferences.demoPatternMiB());
        assertEquals(Path.of(System.getProperty("user.home"), ".kdring", "captures"), Preferences.captureFolder());

        PreferencePage page = new PreferencePage();
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode(PreferencePage.ID, page));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(820, 520);
        Composite parent = (Composite) page.getControl();
        IntegerFieldEditor port = (IntegerFieldEditor) page.editor(Preferences.DEMO_PORT);
        assertEquals("50001", port.getStringValue());

        type(page.text(Preferences.DEMO_PORT), "70000");
        assertFalse(page.isValid(), "70000 is no TCP port");
        assertShownWhole(dialog.getShell(), page.getErrorMessage());
        type(page.text(Preferences.DEMO_PORT), "50001");
        type(page.text(Preferences.DEMO_PATTERN_MIB), "4096");
        assertShownWhole(dialog.getShell(), page.getErrorMessage());
        type(page.text(Preferences.DEMO_PATTERN_MIB), "16");
        type(page.text(Preferences.CAPTURE_FOLDER), "");
        assertShownWhole(dialog.getShell(), page.getErrorMessage());
        type(page.text(Preferences.CAPTURE_FOLDER), Preferences.defaultCaptureFolder().toString());
        assertTrue(page.isValid());
        type(page.text(Preferences.DEMO_PORT), "50123");
        type(page.text(Preferences.DEMO_PATTERN_MIB), "8");
        type(page.text(Preferences.CAPTURE_FOLDER), "/tmp/kdring-prefs-test/captures");
        Button uart = button(parent, "UART (emulated serial)");
        assertNotNull(uart);
        button(parent, "Ring (shared memory)").setSelection(false);
        uart.setSelection(true);
        uart.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(page.isValid());
        Screenshots.save(dialog.getShell(), "preferences.png");
        Button ok = button(dialog.getShell(), "Apply and Close");
        assertNotNull(ok);
        ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());

        assertEquals(50123, Preferences.demoPort());
        assertEquals("uart", Preferences.demoTransport());
        assertEquals(8, Preferences.demoPatternMiB());
        assertEquals(Path.of("/tmp/kdring-prefs-test/captures"), Preferences.captureFolder());

        System.setProperty("kdring.demo.port", "50999");
        System.setProperty("kdring.demo.transport", "ring");
        assertEquals(50999, Preferences.demoPort());
        assertEquals("ring", Preferences.demoTransport());
    }
}
