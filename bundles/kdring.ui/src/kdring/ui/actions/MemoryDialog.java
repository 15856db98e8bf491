package kdring.ui.actions;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import kdring.ui.format.HexContent;

/**
 * Memory read from the target, as a hex dump: one line per 16 bytes, formatted only when the line is painted
 * ({@link HexContent}). A megabyte (65,536 rows) opens as fast as a page; the multi-line text widget it
 * replaces froze the window for seconds while it laid out every line. Modeless: the workbench stays usable.
 * Confined to the UI thread.
 */
public final class MemoryDialog extends Dialog {

    /** Key of the shell's data that holds the dialog (tests find it there). */
    public static final String DATA_KEY = MemoryDialog.class.getName();

    private final String title;
    private final long base;
    private final byte[] bytes;
    private StyledText text;

    private MemoryDialog(Shell parent, String title, long base, byte[] bytes) {
        super(parent);
        this.title = title;
        this.base = base;
        this.bytes = bytes;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /** Opens a dialog over {@code bytes} read at {@code base} from {@code vm}, and returns at once. */
    public static MemoryDialog show(Shell parent, String vm, long base, byte[] bytes) {
        MemoryDialog dialog = new MemoryDialog(parent,
                String.format(Locale.ROOT, "Memory of %s at 0x%016X (%,d bytes)", vm, base, bytes.length), base, bytes);
        dialog.open();
        return dialog;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        shell.setData(DATA_KEY, this);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.NONE);
        summary.setText(String.format(Locale.ROOT, "0x%016X – 0x%016X", base, base + bytes.length - 1));
        text = new StyledText(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setEditable(false);
        text.setContent(new HexContent(bytes, base));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 740;
        data.heightHint = 420;
        text.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** @return the text widget (one line per 16 bytes) */
    public StyledText getText() {
        return text;
    }

    /** @return the content, formatting a line only when it is asked for */
    public HexContent content() {
        return (HexContent) text.getContent();
    }

    /** @return the bytes shown */
    public int length() {
        return bytes.length;
    }
}
