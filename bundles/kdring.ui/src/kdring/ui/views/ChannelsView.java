package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** Every KD channel this workbench knows, local and remote, with its state and WinDbg command line. */
public final class ChannelsView extends ViewPart {

    public static final String ID = "kdring.ui.views.channels";

    private ChannelsTable table;

    @Override
    public void createPartControl(Composite parent) {
        table = new ChannelsTable(parent);
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }
}
