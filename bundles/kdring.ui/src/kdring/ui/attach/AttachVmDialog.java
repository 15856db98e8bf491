package kdring.ui.attach;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;

import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;

/**
 * Attach to a QEMU VM: the VM's handshake socket, serial socket and RAM file, and — kept in step with
 * them — the configuration the user adds to the VM (QEMU arguments, libvirt XML, Xen xl.cfg) so that it
 * offers those three. Pressing Attach yields an {@link AttachRequest}; the attaching runs as a Job.
 * Confined to the UI thread; no I/O (the Job checks the files and sockets and says what is wrong).
 */
public final class AttachVmDialog extends TitleAreaDialog {

    private Text name;
    private Spinner memoryMiB;
    private Text portSocket;
    private Text serialSocket;
    private Text memoryFile;
    private Spinner windbgPort;
    private Text qmpSocket;
    private Button pauseIdle;
    private TabFolder snippets;
    private Text qemu;
    private Text libvirt;
    private Text xen;
    private AttachRequest request;
    private String lastName = "win10";

    public AttachVmDialog(Shell parent) {
        super(parent);
        setHelpAvailable(false);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Attach to a QEMU VM");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Attach to a QEMU VM");
        setMessage("kdring serves a VM through its handshake socket, its serial socket and its shared RAM file. "
                + "Add the configuration below to the VM, start it, then attach.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Map<String, String> standard = qemu().suggestedSettings(lastName);
        name = field(form, "VM name:", lastName, 1);
        new Label(form, SWT.NONE).setText("RAM (MiB, for the snippet):");
        memoryMiB = new Spinner(form, SWT.BORDER);
        memoryMiB.setValues(4096, 64, 1 << 20, 0, 256, 1024);
        portSocket = field(form, "Handshake port socket:", standard.getOrDefault(AttachRequest.PORT_SOCKET, ""), 3);
        serialSocket = field(form, "Serial (COM1) socket:", standard.getOrDefault(AttachRequest.SERIAL_SOCKET, ""), 3);
        memoryFile = field(form, "Guest RAM file:", standard.getOrDefault(AttachRequest.MEMORY, ""), 3);
        qmpSocket = field(form, "QMP socket (optional):", "", 3);
        qmpSocket.setToolTipText("the VM's -qmp unix:PATH,server=on,wait=off; kdring keeps it connected");
        pauseIdle = new Button(form, SWT.CHECK);
        pauseIdle.setText("Pause the VM while its target waits in the debugger (no host CPU; needs the QMP socket; "
                + "always resumed, even if kdring dies)");
        pauseIdle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new Label(form, SWT.NONE).setText("WinDbg TCP port:");
        windbgPort = new Spinner(form, SWT.BORDER);
        windbgPort.setValues(0, 0, 65535, 0, 1, 100);
        windbgPort.setToolTipText("0: any free port; the Channels view shows the command line");
        Label hint = new Label(form, SWT.NONE);
        hint.setText("(0: any free port)");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        snippets = new TabFolder(form, SWT.TOP);
        GridData snippetsData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        snippetsData.heightHint = 230;
        snippets.setLayoutData(snippetsData);
        qemu = snippet("QEMU arguments");
        libvirt = snippet("libvirt XML");
        xen = snippet("Xen xl.cfg");
        Button copy = new Button(form, SWT.PUSH);
        copy.setText("Copy snippet");
        copy.addListener(SWT.Selection, e -> copySnippet());

        // what the user typed last time (also after a failed attach), per user in the preferences
        String[] keys = { "attach.portSocket", "attach.serialSocket", "attach.memoryFile" };
        Text[] remembered = { portSocket, serialSocket, memoryFile };
        String lastVm = kdring.ui.Preferences.recall("attach.name", "");
        if (!lastVm.isEmpty()) {
            name.setText(lastVm);
            nameChanged();
            for (int i = 0; i < keys.length; i++) {
                String value = kdring.ui.Preferences.recall(keys[i], "");
                if (!value.isEmpty()) {
                    remembered[i].setText(value);
                }
            }
            windbgPort.setSelection(Integer.parseInt(kdring.ui.Preferences.recall("attach.windbgPort", "0")));
        }
        name.addListener(SWT.Modify, e -> nameChanged());
        for (Text text : new Text[] { portSocket, serialSocket, memoryFile, qmpSocket }) {
            text.addListener(SWT.Modify, e -> update());
        }
        pauseIdle.addListener(SWT.Selection, e -> update());
        memoryMiB.addListener(SWT.Modify, e -> update());
        update();
        return area;
    }

    private static Text field(Composite form, String label, String value, int span) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = 420;
        text.setLayoutData(data);
        return text;
    }

    private Text snippet(String title) {
        TabItem item = new TabItem(snippets, SWT.NONE);
        item.setText(title);
        Text text = new Text(snippets, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Font mono = JFaceResources.getTextFont();
        text.setFont(mono);
        item.setControl(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Attach", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** The standard paths follow the name as long as the user has not changed them. */
    private void nameChanged() {
        String newName = name.getText().strip();
        Map<String, String> old = qemu().suggestedSettings(lastName);
        Map<String, String> now = qemu().suggestedSettings(newName.isEmpty() ? "vm" : newName);
        follow(portSocket, old.get(AttachRequest.PORT_SOCKET), now.get(AttachRequest.PORT_SOCKET));
        follow(serialSocket, old.get(AttachRequest.SERIAL_SOCKET), now.get(AttachRequest.SERIAL_SOCKET));
        follow(memoryFile, old.get(AttachRequest.MEMORY), now.get(AttachRequest.MEMORY));
        lastName = newName.isEmpty() ? "vm" : newName;
        update();
    }

    private static void follow(Text text, String old, String now) {
        if (old != null && now != null && text.getText().strip().equals(old)) {
            text.setText(now);
        }
    }

    /** The QEMU adapter, found through the hypervisor seam. */
    private static Hypervisor qemu() {
        try {
            return Hypervisors.find(AttachRequest.HYPERVISOR);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void update() {
        if (qemu == null) {
            return;
        }
        String vm = name.getText().strip().isEmpty() ? "vm" : name.getText().strip();
        Map<String, String> shown = qemu().configSnippets(vm, memoryMiB.getSelection(), Map.of(
                AttachRequest.MEMORY, memoryFile.getText().strip(), AttachRequest.PORT_SOCKET,
                portSocket.getText().strip(), AttachRequest.SERIAL_SOCKET, serialSocket.getText().strip()));
        java.util.Iterator<String> texts = shown.values().iterator();
        qemu.setText(texts.hasNext() ? texts.next() : "");
        libvirt.setText(texts.hasNext() ? texts.next() : "");
        xen.setText(texts.hasNext() ? texts.next() : "");
        String error = validate();
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    private String validate() {
        if (name.getText().isBlank()) {
            return "Give the VM a name; the Channels view and the capture files use it.";
        }
        if (memoryFile.getText().isBlank()) {
            return "Give the guest RAM file: the mem-path of the VM's memory-backend-file (share=on).";
        }
        if (portSocket.getText().isBlank() && serialSocket.getText().isBlank()) {
            return "Give the handshake port socket, the serial socket, or both.";
        }
        if (pauseIdle.getSelection() && qmpSocket.getText().isBlank()) {
            return "Pausing the VM needs its QMP socket (-qmp unix:PATH,server=on,wait=off).";
        }
        return null;
    }

    private void copySnippet() {
        Text shown = (Text) snippets.getItem(Math.max(0, snippets.getSelectionIndex())).getControl();
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { shown.getText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    protected void okPressed() {
        if (validate() != null) {
            return;
        }
        request = new AttachRequest(name.getText().strip(), optional(portSocket), optional(serialSocket),
                Path.of(memoryFile.getText().strip()), windbgPort.getSelection(), optional(qmpSocket),
                pauseIdle.getSelection());
        kdring.ui.Preferences.remember("attach.name", name.getText().strip());
        kdring.ui.Preferences.remember("attach.portSocket", portSocket.getText().strip());
        kdring.ui.Preferences.remember("attach.serialSocket", serialSocket.getText().strip());
        kdring.ui.Preferences.remember("attach.memoryFile", memoryFile.getText().strip());
        kdring.ui.Preferences.remember("attach.windbgPort", Integer.toString(windbgPort.getSelection()));
        super.okPressed();
    }

    private static Optional<Path> optional(Text text) {
        return text.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(text.getText().strip()));
    }

    /** @return what the user asked for, after Attach was pressed */
    public Optional<AttachRequest> request() {
        return Optional.ofNullable(request);
    }

    /** Sets the name and the three paths, as typing them would (tests, and callers that know them). */
    public void fill(String vmName, String port, String serial, String memory) {
        name.setText(vmName);
        portSocket.setText(port);
        serialSocket.setText(serial);
        memoryFile.setText(memory);
    }

    /** Sets the QMP socket and whether kdring may pause the idle VM, as the user would. */
    public void allowPause(String qmp, boolean pause) {
        qmpSocket.setText(qmp);
        pauseIdle.setSelection(pause);
        update();
    }

    /** @return the QEMU arguments shown */
    public String qemuSnippet() {
        return qemu.getText();
    }

    /** @return the libvirt XML shown */
    public String libvirtSnippet() {
        return libvirt.getText();
    }

    /** @return the xl.cfg shown */
    public String xenSnippet() {
        return xen.getText();
    }
}
