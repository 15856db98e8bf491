package kdring.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import kdring.model.export.WindbgEndpoint;

/**
 * The export wizard's one page: which capture (a channel's recording or a file), which format, where to,
 * and for WinDbg where it reaches the channel. Confined to the UI thread; no I/O (the Job checks files).
 */
public final class ExportPage extends WizardPage {

    private static final Pattern TCP = Pattern.compile("com:ipport=(\\d+),port=([^,\\s]+)");

    private final List<ExportSourceChoice> sources;
    private final List<Button> formats = new ArrayList<>();
    private Combo source;
    private Text target;
    private Text host;
    private Spinner port;
    private boolean targetEdited;
    private boolean filling;

    ExportPage(List<ExportSourceChoice> sources) {
        super("export");
        this.sources = new ArrayList<>(sources);
        setTitle("Export a KD session");
        setDescription("Write a channel's capture out for Wireshark, scripts, spreadsheets or WinDbg.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("Channel or capture:");
        source = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sources.forEach(s -> source.add(s.label()));
        Button browseCapture = new Button(page, SWT.PUSH);
        browseCapture.setText("Capture file\u2026");
        browseCapture.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterPath(kdring.ui.Preferences.dialogFolder().toString());
            dialog.setFilterExtensions(new String[] { "*.kdcap", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                addSource(new ExportSourceChoice(chosen, Path.of(chosen), ""));
            }
        });

        Group group = new Group(page, SWT.NONE);
        group.setText("Format");
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        for (ExportFormat format : ExportFormat.values()) {
            Button radio = new Button(group, SWT.RADIO);
            radio.setText(format.label());
            radio.setData(format);
            radio.addListener(SWT.Selection, e -> {
                if (radio.getSelection()) {
                    update();
                }
            });
            formats.add(radio);
        }
        formats.get(0).setSelection(true);

        new Label(page, SWT.NONE).setText("Write to:");
        target = new Text(page, SWT.BORDER);
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        target.addListener(SWT.Modify, e -> {
            if (!filling) {
                targetEdited = true;
                validate();
            }
        });
        Button browseTarget = new Button(page, SWT.PUSH);
        browseTarget.setText("Browse\u2026");
        browseTarget.addListener(SWT.Selection, e -> {
            String chosen;
            if (format().writesFolder()) {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setFilterPath(kdring.ui.Preferences.dialogFolder().toString());
                dialog.setMessage("Folder to write " + format().label() + " into");
                chosen = dialog.open();
            } else {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFilterPath(kdring.ui.Preferences.dialogFolder().toString());
                dialog.setOverwrite(true);
                chosen = dialog.open();
            }
            if (chosen != null) {
                target.setText(chosen);
            }
        });

        new Label(page, SWT.NONE).setText("WinDbg reaches it at:");
        Composite endpoint = new Composite(page, SWT.NONE);
        endpoint.setLayout(new GridLayout(3, false));
        endpoint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        host = new Text(endpoint, SWT.BORDER);
        host.setMessage("host (default 127.0.0.1)");
        host.setLayoutData(new GridData(200, SWT.DEFAULT));
        new Label(endpoint, SWT.NONE).setText("TCP port (0: from the capture's metadata):");
        port = new Spinner(endpoint, SWT.BORDER);
        port.setValues(0, 0, 65535, 0, 1, 100);

        source.addListener(SWT.Selection, e -> update());
        if (!sources.isEmpty()) {
            source.select(0);
        }
        setControl(page);
        update();
    }

    private void addSource(ExportSourceChoice choice) {
        sources.add(choice);
        source.add(choice.label());
        source.select(sources.size() - 1);
        update();
    }

    private void update() {
        ExportSourceChoice chosen = chosenSource();
        boolean windbg = format() == ExportFormat.WINDBG;
        host.setEnabled(windbg);
        port.setEnabled(windbg);
        if (chosen != null) {
            Matcher m = TCP.matcher(chosen.windbgCommand());
            filling = true;
            if (m.find()) {
                port.setSelection(Integer.parseInt(m.group(1)));
                host.setText(m.group(2));
            }
            if (!targetEdited) {
                target.setText(format().defaultTarget(chosen.capture()).toString());
            }
            filling = false;
        }
        validate();
    }

    private void validate() {
        String error = null;
        if (chosenSource() == null) {
            error = "Choose a channel or a capture file to export. Channels appear once the demo VM runs or a VM is attached.";
        } else if (target.getText().isBlank()) {
            error = format().writesFolder() ? "Give the folder to write into." : "Give the file to write.";
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private ExportSourceChoice chosenSource() {
        int index = source == null ? -1 : source.getSelectionIndex();
        return index < 0 ? null : sources.get(index);
    }

    /** @return the chosen format */
    public ExportFormat format() {
        for (Button radio : formats) {
            if (radio.getSelection()) {
                return (ExportFormat) radio.getData();
            }
        }
        return ExportFormat.PCAPNG;
    }

    /** Selects {@code format} as a click on its radio button would. */
    public void selectFormat(ExportFormat format) {
        for (Button radio : formats) {
            radio.setSelection(radio.getData() == format);
        }
        update();
    }

    /** @return the target text field */
    public Text targetField() {
        return target;
    }

    /** @return the request the page describes, or null when it is not complete */
    public ExportRequest request() {
        ExportSourceChoice chosen = chosenSource();
        if (chosen == null || target.getText().isBlank()) {
            return null;
        }
        WindbgEndpoint endpoint = format() == ExportFormat.WINDBG
                ? new WindbgEndpoint(host.getText().strip(), port.getSelection(), "")
                : WindbgEndpoint.UNSPECIFIED;
        return new ExportRequest(chosen.capture(), format(), Path.of(target.getText().strip()), endpoint);
    }
}
