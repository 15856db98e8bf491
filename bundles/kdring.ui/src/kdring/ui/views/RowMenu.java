package kdring.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The context menu of a table of rows (modules, events, packets): copy the selected rows, or one cell, as
 * tab-separated text. Confined to the UI thread.
 */
public final class RowMenu {

    private RowMenu() {
    }

    /**
     * Gives {@code table} its context menu; {@code what} names the rows ("modules", "events", "packets").
     * {@code offerAll} is false for a virtual table of a million rows, whose items are not all in memory.
     */
    public static Menu install(Table table, String what, boolean offerAll) {
        Menu menu = new Menu(table);
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText("&Copy Selected " + Character.toUpperCase(what.charAt(0)) + what.substring(1) + "\tCtrl+C");
        copy.setToolTipText("Copy the selected " + what + " as tab-separated text");
        copy.addListener(SWT.Selection, e -> copy(table, false));
        if (offerAll) {
            MenuItem all = new MenuItem(menu, SWT.PUSH);
            all.setText("Copy &All Shown " + Character.toUpperCase(what.charAt(0)) + what.substring(1));
            all.setToolTipText("Copy every row the table shows, with the column titles");
            all.addListener(SWT.Selection, e -> copy(table, true));
        }
        menu.addListener(SWT.Show, e -> copy.setEnabled(table.getSelectionCount() > 0));
        table.setMenu(menu);
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy(table, false);
            }
        });
        return menu;
    }

    /** @return the selected rows (or all, with the titles) as tab-separated lines */
    public static String text(Table table, boolean all) {
        StringBuilder out = new StringBuilder();
        int columns = table.getColumnCount();
        if (all) {
            for (int c = 0; c < columns; c++) {
                out.append(c > 0 ? "\t" : "").append(table.getColumn(c).getText());
            }
            out.append('\n');
        }
        TableItem[] items = all ? table.getItems() : table.getSelection();
        for (TableItem item : items) {
            for (int c = 0; c < columns; c++) {
                out.append(c > 0 ? "\t" : "").append(item.getText(c));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void copy(Table table, boolean all) {
        String text = text(table, all);
        if (text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
