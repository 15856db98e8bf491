package kdring.ui.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import kdring.ui.actions.DesktopOpener;

/**
 * Help &gt; About kdring: the version, and the documents as links that open them (README.md and docs/ of
 * the kdring folder: {@code -Dkdring.root}, which {@code ./kdring} sets, or the installation's folder). UI
 * thread.
 */
public final class AboutHandler extends AbstractHandler {

    /** Shell data key of the About dialog (tests find it by it). */
    public static final String DATA_KEY = "kdring.ui.about";

    /**
     * One document the About dialog links to.
     *
     * @param name  its path in the kdring folder, e.g. "docs/architecture.md"
     * @param about what it is about, a few words
     * @param file  where it is
     */
    public record Document(String name, String about, Path file) {

        /** @return the link's target: the file's URI */
        public String href() {
            return file.toUri().toString();
        }
    }

    private static final String[][] DOCUMENTS = {
        { "README.md", "what kdring is, the two commands, installing" },
        { "docs/architecture.md", "map of the code, threads, bundles" },
        { "docs/channel-protocol.md", "the guest \u21c4 host channel contract" },
        { "docs/capture-format.md", "the .kdcap capture file" },
        { "docs/crash-dump.md", "crash dumps of a stopped VM" },
        { "docs/operator-guide.md", "the headless service on a VM host" },
        { "docs/windows-guest.md", "installing kdring.dll in a Windows VM" },
    };

    /** @return the workbench's version (its bundle's), e.g. "0.1.0.202612070823" */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    /** @return the kdring folder that holds README.md and docs/, if one is known */
    public static Optional<Path> documentsFolder() {
        List<Path> candidates = new ArrayList<>();
        String root = System.getProperty("kdring.root");
        if (root != null && !root.isBlank()) {
            candidates.add(Path.of(root));
        }
        String install = System.getProperty("osgi.install.area");
        if (install != null && install.startsWith("file:")) {
            try {
                candidates.add(Path.of(URI.create(install.replace(" ", "%20"))));
            } catch (IllegalArgumentException e) {
                // not a usable file URL: no documents from there
            }
        }
        return candidates.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> Files.isRegularFile(p.resolve("README.md"))).findFirst();
    }

    /** @return the documents that exist in {@code folder}, in reading order */
    public static List<Document> documents(Path folder) {
        List<Document> found = new ArrayList<>();
        for (String[] document : DOCUMENTS) {
            Path file = folder.resolve(document[0]);
            if (Files.isRegularFile(file)) {
                found.add(new Document(document[0], document[1], file));
            }
        }
        return found;
    }

    /** @return the About text above the links */
    public static String text() {
        return "kdring " + version() + "\n\n"
                + "Windows kernel debugging of virtual machines through shared-memory rings, bridged to WinDbg.";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutDialog(Display.getDefault().getActiveShell()).open();
        return null;
    }

    /** The About dialog: text, one link per document, the runtime. */
    private static final class AboutDialog extends Dialog {

        AboutDialog(Shell parent) {
            super(parent);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("About kdring");
            shell.setData(DATA_KEY, Boolean.TRUE);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(1, false));
            new Label(area, SWT.WRAP).setText(text());
            Optional<Path> folder = documentsFolder();
            List<Document> documents = folder.map(AboutHandler::documents).orElse(List.of());
            if (documents.isEmpty()) {
                new Label(area, SWT.WRAP).setText("The documents (README.md, docs/) are in the kdring source folder; "
                        + "start the workbench with ./kdring (or -Dkdring.root=FOLDER) to link them here.");
            } else {
                new Label(area, SWT.NONE).setText("Documents in " + folder.get() + ":");
                for (Document document : documents) {
                    Link link = new Link(area, SWT.NONE);
                    link.setText("<a href=\"" + document.href() + "\">" + document.name() + "</a> \u2014 "
                            + document.about());
                    link.setToolTipText(document.file().toString());
                    link.addListener(SWT.Selection, e -> open(e.text));
                    link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                }
            }
            new Label(area, SWT.NONE).setText("Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            return area;
        }

        private void open(String href) {
            try {
                DesktopOpener.open(href);
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(getShell(), "Could not open the document", "Could not open " + href + ": "
                        + e.getMessage());
            }
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }
}
