package kdring.ui.remote;

import java.net.URI;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Connect to a remote kdring service: its URL and bearer token. Validates the URL's form only (no I/O);
 * the connect Job says what failed. Confined to the UI thread.
 */
public final class ConnectDialog extends TitleAreaDialog {

    /** Preference key of the last URL (the token is a secret: it is kept for this run only, in memory). */
    static final String URL_KEY = "connect.url";
    private static volatile String lastToken;
    private boolean touched;
    private Text url;
    private Text token;
    private String chosenUrl;
    private String chosenToken;

    public ConnectDialog(Shell parent) {
        super(parent);
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect to a kdring service");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Connect to a kdring service");
        setMessage("The channels of a host running ./kdring serve appear in the Channels view under its host name.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText("Service URL:");
        url = new Text(form, SWT.BORDER);
        url.setText(kdring.ui.Preferences.recall(URL_KEY, "http://127.0.0.1:8765"));
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 380;
        url.setLayoutData(wide);
        new Label(form, SWT.NONE).setText("Token:");
        token = new Text(form, SWT.BORDER | SWT.PASSWORD);
        token.setMessage("from the service's token file");
        if (lastToken != null) {
            token.setText(lastToken);
        }
        token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        url.addListener(SWT.Modify, e -> {
            touched = true;
            validate();
        });
        token.addListener(SWT.Modify, e -> {
            touched = true;
            validate();
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String error = error();
        // nothing typed yet is not an error: the title area says what to give, OK waits for it
        setErrorMessage(touched ? error : null);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    private String error() {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.getText().strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                return "Give the service's URL, e.g. http://dom0.example:8765";
            }
        } catch (IllegalArgumentException e) {
            return "Give the service's URL, e.g. http://dom0.example:8765";
        }
        if (token.getText().isBlank()) {
            return "Give the token from the service's token file (its path is printed when the service starts).";
        }
        return null;
    }

    @Override
    protected void okPressed() {
        if (error() != null) {
            return;
        }
        chosenUrl = url.getText().strip();
        chosenToken = token.getText().strip();
        kdring.ui.Preferences.remember(URL_KEY, chosenUrl);
        lastToken = chosenToken;
        super.okPressed();
    }

    /** Fills the fields as typing would. */
    public void fill(String serviceUrl, String serviceToken) {
        url.setText(serviceUrl);
        token.setText(serviceToken);
        touched = true;
        validate();
    }

    /** @return the URL, after Connect */
    public String url() {
        return chosenUrl;
    }

    /** @return the token, after Connect */
    public String token() {
        return chosenToken;
    }
}
