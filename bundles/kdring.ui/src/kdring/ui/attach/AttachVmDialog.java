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
 * Attach to a VM. For a QEMU VM: its handshake socket, serial socket and RAM file (the serial socket alone for
 * stock kdcom), and — kept in step with them — the configuration the user adds to the VM (QEMU arguments,
 * libvirt XML, Xen xl.cfg) so that it offers those three. Every other installed hypervisor adapter that can
 * work on this machine (libvirt, and Xen in dom0: {@link Hypervisor#unavailableReason()}) is offered with
 * the settings it declares ({@link Hypervisor#attachSettings()}), e.g. a domain name. Pressing Attach yields
 * an {@link AttachRequest}; the attaching runs as a Job. Confined to the UI thread; no I/O (the Job checks
 * the files, sockets and domains and says what is wrong).
 */
public final class AttachVmDialog extends TitleAreaDialog {

    private Text name;
    private org.eclipse.swt.widgets.Combo hypervisor;
    private final java.util.List<Hypervisor> adapters = new java.util.ArrayList<>();
    private Composite qemuFields;
    private Composite adapterFields;
    private final Map<String, Text> adapterSettings = new java.util.LinkedHashMap<>();
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
        shell.setText("Attach to a VM");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Attach to a VM");
        setMessage("kdring serves a VM through its handshake socket, its serial socket and its shared RAM file "
                + "(a VM with stock kdcom: the serial socket alone). Add the configuration below, start it, attach.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Map<String, String> standard = qemu().suggestedSettings(lastName);
        new Label(form, SWT.NONE).setText("Hypervisor:");
        hypervisor = new org.eclipse.swt.widgets.Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        hypervisor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        for (Hypervisor adapter : Hypervisors.all()) {
            if (adapter.id().equals(AttachRequest.QEMU) || adapter.unavailableReason() == null) {
                adapters.add(adapter);
                hypervisor.add(adapter.id().equals(AttachRequest.QEMU) ? adapter.label() + " (by its sockets and RAM file)"
                        : adapter.label() + " (by name)");
            }
        }
        hypervisor.select(Math.max(0, indexOf(AttachRequest.QEMU)));
        name = field(form, "VM name:", lastName, 1);
        new Label(form, SWT.NONE).setText("RAM (MiB, for the snippet):");
        memoryMiB = new Spinner(form, SWT.BORDER);
        memoryMiB.setValues(4096, 64, 1 << 20, 0, 256, 1024);
        qemuFields = new Composite(form, SWT.NONE);
        GridLayout qemuLayout = new GridLayout(4, false);
        qemuLayout.marginWidth = 0;
        qemuFields.setLayout(qemuLayout);
        qemuFields.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        portSocket = field(qemuFields, "Handshake port socket:", standard.getOrDefault(AttachRequest.PORT_SOCKET, ""), 3);
        serialSocket = field(qemuFields, "Serial (COM1) socket:", standard.getOrDefault(AttachRequest.SERIAL_SOCKET, ""),
                3);
        memoryFile = field(qemuFields, "Guest RAM file:", standard.getOrDefault(AttachRequest.MEMORY, ""), 3);
        qmpSocket = field(qemuFields, "QMP socket (optional):", "", 3);
        qmpSocket.setToolTipText("the VM's -qmp unix:PATH,server=on,wait=off; kdring keeps it connected");
        pauseIdle = new Button(qemuFields, SWT.CHECK);
        pauseIdle.setText("Pause the VM while its target waits in the debugger (no host CPU; needs the QMP socket; "
                + "always resumed, even if kdring dies)");
        pauseIdle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        adapterFields = new Composite(form, SWT.NONE);
        GridLayout adapterLayout = new GridLayout(4, false);
        adapterLayout.marginWidth = 0;
        adapterFields.setLayout(adapterLayout);
        GridData adapterData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        adapterData.exclude = true;
        adapterFields.setLayoutData(adapterData);
        adapterFields.setVisible(false);
        hypervisor.addListener(SWT.Selection, e -> hypervisorChanged());
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

    private int indexOf(String id) {
        for (int i = 0; i < adapters.size(); i++) {
            if (adapters.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the adapter chosen */
    private Hypervisor chosen() {
        int index = hypervisor.getSelectionIndex();
        return index < 0 || index >= adapters.size() ? qemu() : adapters.get(index);
    }

    private boolean qemuChosen() {
        return chosen().id().equals(AttachRequest.QEMU);
    }

    /** Shows the QEMU file fields, or one field per setting of the adapter chosen (filled with its suggestions). */
    private void hypervisorChanged() {
        boolean files = qemuChosen();
        ((GridData) qemuFields.getLayoutData()).exclude = !files;
        qemuFields.setVisible(files);
        for (Control child : adapterFields.getChildren()) {
            child.dispose();
        }
        adapterSettings.clear();
        if (!files) {
            Hypervisor adapter = chosen();
            String vm = name.getText().strip().isEmpty() ? "vm" : name.getText().strip();
            Map<String, String> suggested = adapter.suggestedSettings(vm);
            for (Hypervisor.Setting setting : adapter.attachSettings()) {
                Text text = field(adapterFields, setting.key() + (setting.required() ? " *:" : ":"),
                        suggested.getOrDefault(setting.key(), ""), 3);
                text.setToolTipText(setting.help());
                text.addListener(SWT.Modify, e -> update());
                adapterSettings.put(setting.key(), text);
            }
        }
        ((GridData) adapterFields.getLayoutData()).exclude = files;
        adapterFields.setVisible(!files);
        adapterFields.getParent().layout(true, true);
        update();
    }

    /** The QEMU adapter, found through the hypervisor seam. */
    private static Hypervisor qemu() {
        try {
            return Hypervisors.find(AttachRequest.QEMU);
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
        if (!qemuChosen()) {
            for (Hypervisor.Setting setting : chosen().attachSettings()) {
                Text text = adapterSettings.get(setting.key());
                if (setting.required() && (text == null || text.getText().isBlank())) {
                    return "Give '" + setting.key() + "': " + setting.help() + ".";
                }
            }
            return null;
        }
        if (memoryFile.getText().isBlank() && !portSocket.getText().isBlank()) {
            return "Give the guest RAM file (the mem-path of the VM's memory-backend-file, share=on): the rings live "
                    + "there. For a VM with stock kdcom, clear the handshake port socket instead.";
        }
        if (portSocket.getText().isBlank() && serialSocket.getText().isBlank()) {
            return "Give the handshake port socket and RAM file, the serial socket (stock kdcom), or all three.";
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
        if (qemuChosen()) {
            request = AttachRequest.qemu(name.getText().strip(), optional(portSocket), optional(serialSocket),
                    optional(memoryFile), windbgPort.getSelection(), optional(qmpSocket), pauseIdle.getSelection());
        } else {
            Map<String, String> settings = new java.util.LinkedHashMap<>();
            adapterSettings.forEach((key, text) -> {
                if (!text.getText().isBlank()) {
                    settings.put(key, text.getText().strip());
                }
            });
            request = new AttachRequest(name.getText().strip(), chosen().id(), settings, windbgPort.getSelection());
        }
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

    /** @return the ids of the hypervisor adapters offered, in the order shown */
    public java.util.List<String> hypervisors() {
        return adapters.stream().map(Hypervisor::id).toList();
    }

    /** Chooses the adapter with id {@code id}, as picking it would (tests, and callers that know it). */
    public void chooseHypervisor(String id) {
        int index = indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("no hypervisor adapter '" + id + "' is offered: " + hypervisors());
        }
        hypervisor.select(index);
        hypervisorChanged();
    }

    /** Sets one setting of a non-QEMU adapter, as typing it would. */
    public void setting(String key, String value) {
        Text text = adapterSettings.get(key);
        if (text == null) {
            throw new IllegalArgumentException("the chosen adapter has no setting '" + key + "'");
        }
        text.setText(value);
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
