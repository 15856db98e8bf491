package kdring.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > kdring: the demo VM's WinDbg port, transport and pattern size, and the capture
 * folder. Stored in the instance scope ({@link Preferences#NODE}); read through {@link Preferences}, where
 * system properties still override. Confined to the UI thread.
 */
public final class PreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in plugin.xml. */
    public static final String ID = "kdring.ui.preferences";

    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();

    public PreferencePage() {
        super(GRID);
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, Preferences.NODE);
        store.setDefault(Preferences.DEMO_PORT, Preferences.DEFAULT_DEMO_PORT);
        store.setDefault(Preferences.DEMO_TRANSPORT, Preferences.DEFAULT_DEMO_TRANSPORT);
        store.setDefault(Preferences.DEMO_PATTERN_MIB, Preferences.DEFAULT_DEMO_PATTERN_MIB);
        store.setDefault(Preferences.CAPTURE_FOLDER, Preferences.defaultCaptureFolder().toString());
        setPreferenceStore(store);
        setTitle("kdring");
        setDescription("Settings of the kdring workbench. A -Dkdring.* system property given at startup "
                + "overrides the setting here.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to look up: the store is made in the constructor
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor captures = new StringFieldEditor(Preferences.CAPTURE_FOLDER, "&Capture folder:",
                getFieldEditorParent());
        captures.setEmptyStringAllowed(false);
        captures.setErrorMessage("Give a capture folder (created when needed).");
        // the preference dialog shows these on one line of its title area: each is short enough to be read whole
        add(captures);
        IntegerFieldEditor port = new IntegerFieldEditor(Preferences.DEMO_PORT, "Demo VM &WinDbg TCP port:",
                getFieldEditorParent());
        port.setValidRange(0, 65535);
        port.setErrorMessage("WinDbg port: 1..65535, or 0 for any free port.");
        add(port);
        add(new RadioGroupFieldEditor(Preferences.DEMO_TRANSPORT, "Demo VM &transport", 2,
                new String[][] { { "Ring (shared memory)", "ring" }, { "UART (emulated serial)", "uart" } },
                getFieldEditorParent(), true));
        IntegerFieldEditor pattern = new IntegerFieldEditor(Preferences.DEMO_PATTERN_MIB,
                "Demo guest &pattern region (MiB):", getFieldEditorParent());
        pattern.setValidRange(1, Preferences.MAX_DEMO_PATTERN_MIB);
        pattern.setErrorMessage("Pattern region: 1.." + Preferences.MAX_DEMO_PATTERN_MIB
                + " MiB (the demo guest's RAM).");
        add(pattern);
    }

    private void add(FieldEditor editor) {
        editors.put(editor.getPreferenceName(), editor);
        addField(editor);
    }

    /** @return the field editor of {@code key} */
    public FieldEditor editor(String key) {
        return editors.get(key);
    }

    /** @return the text field of the string or number setting {@code key} (tests type into it) */
    public Text text(String key) {
        return ((StringFieldEditor) editors.get(key)).getTextControl(getFieldEditorParent());
    }
}
