package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.ui.WorkbenchApplication;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.commands.AboutHandler;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelsView;
import kdring.ui.views.EventsView;

/**
 * The real workbench, driven through its menus, toolbar and keys as a user would: File, Run, Window and Help
 * menus; a closed view reopened from Window &gt; Show View and by Reset Perspective; Break from the main
 * toolbar and Go from F5 on the demo VM, with their enablement checked in each state; Ctrl+Break bound to
 * Break; Help &gt; About with the version; no errors logged at start; screenshots at 1024×700 and 1600×1000.
 */
@Tag("vm")
class WorkbenchUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String BREAK = "kdring.ui.commands.breakIn";
    private static final String GO = "kdring.ui.commands.go";

    @TempDir
    Path dir;

    @Test
    void debugPerspectiveMenusToolbarKeysAndViews() throws Throwable {
        System.setProperty("kdring.ui.noDialogs", "true");
        System.setProperty("kdring.ui.noRestore", "true");
        System.setProperty("kdring.captures", dir.resolve("captures").toString());
        Display display = Display.getDefault();
        List<String> logged = new CopyOnWriteArrayList<>();
        ILogListener log = (status, plugin) -> {
            // the test runtime has no CSS theme bundle (the product does): that warning is the runtime's
            if (status.getSeverity() >= IStatus.WARNING && !"org.eclipse.e4.ui.css.swt.theme".equals(status.getPlugin())) {
                logged.add(status.toString());
            }
        };
        Platform.addLogListener(log);
        Throwable[] failure = { null };
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchApplication.Advisor() {
                @Override
                public void postStartup() {
                    display.asyncExec(() -> {
                        try {
                            drive(display, logged);
                        } catch (Throwable t) {
                            failure[0] = t;
                        } finally {
                            closeChannels(display);
                            PlatformUI.getWorkbench().close();
                        }
                    });
                }
            });
        } finally {
            Platform.removeLogListener(log);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void drive(Display display, List<String> logged) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        IWorkbenchPage page = window.getActivePage();
        shell.setSize(1024, 700);
        Screenshots.settle(display);
        assertEquals(List.of(), logged, "errors logged at start");

        // the menu bar in the Eclipse manner
        Menu bar = shell.getMenuBar();
        List<String> menus = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            menus.add(plain(item.getText()));
        }
        assertEquals(List.of("File", "Run", "Window", "Help"), menus);
        // Preferences under Window, as in Eclipse (the first wave had it under File); every channel command in Run
        assertTrue(item(bar, "Window", "Preferences...").isEnabled());
        assertFalse(itemTexts(bar, "File").stream().anyMatch(text -> text.startsWith("Preferences")),
                itemTexts(bar, "File").toString());
        assertTrue(itemTexts(bar, "Run").containsAll(List.of("Break", "Go", "List Modules", "Read Memory\u2026",
                "Save Crash Dump\u2026", "Start Capture", "Stop Capture", "Copy WinDbg Command Line", "Save WinDbg .cmd\u2026",
                "Launch Demo VM (ring)", "Launch Demo VM (UART)", "Download Remote Capture", "Detach / Disconnect / Close")),
                itemTexts(bar, "Run").toString());
        // the Channels toolbar: icons, tooltips and separators, not words run together
        ToolBar channelsBar = channelsToolBar(shell);
        int separators = 0;
        for (ToolItem tool : channelsBar.getItems()) {
            if ((tool.getStyle() & SWT.SEPARATOR) != 0) {
                separators++;
                continue;
            }
            assertNotNull(tool.getImage(), "an icon on " + tool.getToolTipText());
            assertTrue(tool.getToolTipText() != null && tool.getToolTipText().length() > 10, "a tooltip");
            assertTrue(tool.getText() == null || tool.getText().isEmpty(), "an icon, not the word " + tool.getText());
        }
        assertTrue(separators >= 2, "separators between the groups: " + separators);
        // and a main toolbar of its own with Break and Go (the first wave had none)
        List<ToolBar> allBars = new ArrayList<>();
        toolBars(shell, allBars);
        List<ToolBar> mainBars = allBars.stream().filter(candidate -> candidate != channelsBar
                && offers(candidate, "Stop the selected channel's target")
                && offers(candidate, "Resume the selected channel's stopped target")).toList();
        assertEquals(1, mainBars.size(), "one main toolbar with Break and Go besides the Channels view's");
        // a status bar: what a view says there is shown
        String said = "kdring status " + System.nanoTime();
        page.findView(ChannelsView.ID).getViewSite().getActionBars().getStatusLineManager().setMessage(said);
        UiTestSupport.waitUntil(display, WAIT, "the status bar", () -> shows(shell, said) > 0);
        MenuItem breakItem = item(bar, "Run", "Break");
        MenuItem goItem = item(bar, "Run", "Go");
        assertTrue(breakItem.getText().contains("Ctrl+Break"), breakItem.getText());
        assertTrue(goItem.getText().contains("F5"), goItem.getText());
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command breakIn = commands.getCommand(BREAK);
        Command go = commands.getCommand(GO);
        assertFalse(breakIn.isEnabled(), "Break with no channel");
        assertFalse(go.isEnabled(), "Go with no channel");

        // Ctrl+Break and F5 are bound to Break and Go
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Binding ctrlBreak = bindings.getPerfectMatch(KeySequence.getInstance("M1+BREAK"));
        assertNotNull(ctrlBreak, "Ctrl+Break bound");
        assertEquals(BREAK, ctrlBreak.getParameterizedCommand().getId());
        assertEquals(GO, bindings.getPerfectMatch(KeySequence.getInstance("F5")).getParameterizedCommand().getId());
        // stepping: WinDbg's F11 and F10, Eclipse's F6 and Ctrl+R; in the Run menu, off while nothing is stopped
        assertEquals("kdring.ui.commands.stepInto",
                bindings.getPerfectMatch(KeySequence.getInstance("F11")).getParameterizedCommand().getId());
        assertEquals("kdring.ui.commands.stepOver",
                bindings.getPerfectMatch(KeySequence.getInstance("F10")).getParameterizedCommand().getId());
        assertEquals("kdring.ui.commands.stepOver",
                bindings.getPerfectMatch(KeySequence.getInstance("F6")).getParameterizedCommand().getId());
        assertEquals("kdring.ui.commands.runTo",
                bindings.getPerfectMatch(KeySequence.getInstance("M1+R")).getParameterizedCommand().getId());
        assertTrue(itemTexts(bar, "Run").containsAll(List.of("Step Into", "Step Over", "Run to Address\u2026")),
                itemTexts(bar, "Run").toString());
        assertFalse(item(bar, "Run", "Step Over").isEnabled(), "Step Over with no stopped target");
        // the kd> console is in the perspective
        assertNotNull(page.findView(kdring.ui.views.ConsoleView.ID), "the Console view");

        // a closed view comes back from Window > Show View, and every view from Reset Perspective
        page.hideView(page.findView(EventsView.ID));
        assertNull(page.findView(EventsView.ID));
        click(submenuItem(bar, "Window", "Show View", "Events"));
        UiTestSupport.waitUntil(display, WAIT, "Events reopened", () -> page.findView(EventsView.ID) != null);
        page.hideView(page.findView(ChannelsView.ID));
        assertNull(page.findView(ChannelsView.ID));
        answerNextDialog(display, null);
        click(item(bar, "Window", "Reset Perspective..."));
        UiTestSupport.waitUntil(display, WAIT, "Channels back after Reset Perspective",
                () -> page.findView(ChannelsView.ID) != null);

        // Help > About names the version and links the documents; a link opens its document
        Path asked = dir.resolve("opener-asked.txt");
        Path opener = dir.resolve("opener.sh");
        java.nio.file.Files.writeString(opener, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + asked + ".tmp' && mv '"
                + asked + ".tmp' '" + asked + "'\n");
        assertTrue(opener.toFile().setExecutable(true));
        System.setProperty(kdring.ui.actions.DesktopOpener.OPENER_PROPERTY, opener.toString());
        String[] about = { null };
        List<String> links = new ArrayList<>();
        answerNextDialog(display, about, dialog -> {
            for (Link link : links(dialog)) {
                links.add(link.getText());
            }
            Link first = links(dialog).get(0);
            Event click = new Event();
            click.text = first.getText().replaceAll("(?s).*href=\"([^\"]*)\".*", "$1");
            first.notifyListeners(SWT.Selection, click);
        });
        click(item(bar, "Help", "About kdring"));
        UiTestSupport.waitUntil(display, WAIT, "the About dialog", () -> about[0] != null);
        assertTrue(about[0].contains(AboutHandler.version()), about[0]);
        Path root = AboutHandler.documentsFolder().orElseThrow(() -> new AssertionError("no kdring folder found"));
        List<AboutHandler.Document> documents = AboutHandler.documents(root);
        assertTrue(documents.size() >= 6, documents.toString());
        assertEquals(documents.stream().map(d -> "<a href=\"" + d.href() + "\">" + d.name() + "</a> \u2014 " + d.about())
                .toList(), links, "one link per document, to the document's file");
        for (AboutHandler.Document document : documents) {
            assertTrue(java.nio.file.Files.isRegularFile(Path.of(java.net.URI.create(document.href()))), document.href());
        }
        UiTestSupport.waitUntil(display, WAIT, "the first link opened", () -> java.nio.file.Files.exists(asked));
        assertEquals(documents.get(0).href(), java.nio.file.Files.readString(asked).strip());
        System.clearProperty(kdring.ui.actions.DesktopOpener.OPENER_PROPERTY);

        // a long Job shows in the Progress view opened from Window > Show View
        String jobName = "kdring test: a long job " + System.nanoTime();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.eclipse.core.runtime.jobs.Job slow = org.eclipse.core.runtime.jobs.Job.create(jobName, monitor -> {
            monitor.beginTask(jobName, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
            try {
                release.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        slow.schedule();
        try {
            UiTestSupport.waitUntil(display, WAIT, "the long job running",
                    () -> slow.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
            assertNull(page.findView(org.eclipse.ui.IPageLayout.ID_PROGRESS_VIEW), "Progress not open yet");
            // the status bar may name the job too: the view must add a label of its own
            int before = shows(shell, jobName);
            click(submenuItem(bar, "Window", "Show View", "Progress"));
            UiTestSupport.waitUntil(display, WAIT, "the Progress view",
                    () -> page.findView(org.eclipse.ui.IPageLayout.ID_PROGRESS_VIEW) != null);
            UiTestSupport.waitUntil(display, WAIT, "the long job in the Progress view",
                    () -> shows(shell, jobName) > before);
            Screenshots.save(shell, "workbench-progress.png");
        } finally {
            release.countDown();
        }
        UiTestSupport.waitUntil(display, WAIT, "the long job done", () -> slow.getResult() != null);
        page.hideView(page.findView(org.eclipse.ui.IPageLayout.ID_PROGRESS_VIEW));

        // the demo VM: Break from the main toolbar, Go from F5, enablement following the target
        IStatus launched = CaptureUiTest.finish(display, ChannelJobs.launchDemo(display, "wb-demo", "ring", 0,
                dir.resolve("captures")));
        assertTrue(launched.isOK(), launched.toString());
        WorkbenchChannel demo = WorkbenchChannels.getDefault().sessions().stream()
                .filter(s -> s.info().vm().equals("wb-demo")).findFirst().orElseThrow();
        WorkbenchChannels.getDefault().select(demo);
        ToolItem breakTool = toolItem(shell, "Stop the selected channel's target");
        ToolItem goTool = toolItem(shell, "Resume the selected channel's stopped target");
        UiTestSupport.waitUntil(display, WAIT, "Break enabled on the running target",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING && breakIn.isEnabled()
                        && breakTool.isEnabled() && !go.isEnabled() && !goTool.isEnabled(),
                () -> demo.targetState() + " break " + breakIn.isEnabled() + "/" + breakTool.isEnabled() + " go "
                        + go.isEnabled() + "/" + goTool.isEnabled());
        Screenshots.save(shell, "workbench-1024x700-running.png");
        click(breakTool);
        UiTestSupport.waitUntil(display, WAIT, "stopped by the toolbar's Break, Go enabled",
                () -> demo.targetState().stopped() && go.isEnabled() && goTool.isEnabled() && !breakIn.isEnabled());
        // the perspective's Disassembly view follows the stop: the program counter's row under its label
        assertNotNull(page.findViewReference(kdring.ui.views.DisassemblyView.ID), "Disassembly in the perspective");
        submenuItem(bar, "Window", "Show View", "Disassembly"); // offered there
        kdring.ui.views.DisassemblyTable code = ((kdring.ui.views.DisassemblyView) page
                .showView(kdring.ui.views.DisassemblyView.ID)).getTable();
        UiTestSupport.waitUntil(display, WAIT, "the Disassembly view at the stop", () -> code.programCounterRow() > 0,
                code::message);
        // the channel's context menu offers the same commands, enabled by the same state
        Menu popup = show(((ChannelsView) page.findView(ChannelsView.ID)).getChannelsTable().getTable().getMenu());
        assertTrue(find(popup, "Go").isEnabled(), "Go in the context menu of a stopped channel");
        assertFalse(find(popup, "Break").isEnabled(), "Break in the context menu of a stopped channel");
        assertTrue(find(popup, "Detach / Disconnect / Close").isEnabled());
        find(popup, "Replace Debugger"); // enabled while a debugger is attached: DebuggerEndpointVmUiTest
        find(popup, "Disconnect Debugger");
        popup.notifyListeners(SWT.Hide, new Event());
        // Run > List Modules, enabled now that the target is stopped
        click(item(bar, "Run", "List Modules"));
        UiTestSupport.waitUntil(display, WAIT, "the module walk", () -> demo.modules().size() >= 2);
        page.showView(kdring.ui.views.ModulesView.ID);
        // right-click on a module, an event or a packet offers Copy (the first wave's did nothing)
        for (String view : List.of(kdring.ui.views.ModulesView.ID, EventsView.ID, kdring.ui.views.PacketTraceView.ID)) {
            page.showView(view);
            org.eclipse.swt.widgets.Table table = firstTable(((kdring.ui.views.ChannelViewPart) page.findView(view))
                    .getControl());
            assertNotNull(table.getMenu(), "a context menu in " + view);
            List<String> offered = new ArrayList<>();
            for (MenuItem entry : show(table.getMenu()).getItems()) {
                offered.add(plain(entry.getText()));
            }
            assertTrue(offered.stream().anyMatch(text -> text.startsWith("Copy")), view + " offers " + offered);
            table.getMenu().notifyListeners(SWT.Hide, new Event());
        }
        page.showView(kdring.ui.views.ModulesView.ID);
        Screenshots.save(shell, "workbench-1024x700-stopped.png");
        shell.setSize(1600, 1000);
        Screenshots.settle(display);
        // the packet details pane has room for a packet's fields (the first wave's showed ~3 rows)
        List<org.eclipse.swt.widgets.Table> traceTables = new ArrayList<>();
        tables(((kdring.ui.views.ChannelViewPart) page.findView(kdring.ui.views.PacketTraceView.ID)).getControl(),
                traceTables);
        org.eclipse.swt.widgets.Table details = traceTables.get(1);
        int detailRows = (details.getSize().y - details.getHeaderHeight() - 2 * details.getBorderWidth())
                / details.getItemHeight();
        System.out.printf("kdring ui: the packet details pane shows %d rows at 1600x1000%n", detailRows);
        assertTrue(detailRows >= 5, "the details pane shows " + detailRows + " rows at 1600x1000");
        Screenshots.save(shell, "workbench-1600x1000-stopped.png");
        shell.forceActive();
        page.activate(page.findView(ChannelsView.ID));
        Screenshots.settle(display);
        key(display, SWT.F5);
        UiTestSupport.waitUntil(display, WAIT, "running again after F5",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING && breakIn.isEnabled() && !go.isEnabled());
    }

    private static void closeChannels(Display display) {
        for (WorkbenchChannel s : WorkbenchChannels.getDefault().sessions()) {
            CaptureUiTest.finish(display, ChannelJobs.close(display, s));
        }
    }

    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").strip();
    }

    private static MenuItem item(Menu bar, String menu, String text) {
        return find(show(cascade(bar, menu).getMenu()), text);
    }

    private static MenuItem submenuItem(Menu bar, String menu, String submenu, String text) {
        MenuItem cascade = item(bar, menu, submenu);
        return find(show(cascade.getMenu()), text);
    }

    private static List<String> itemTexts(Menu bar, String menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : show(cascade(bar, menu).getMenu()).getItems()) {
            texts.add(plain(item.getText()));
        }
        return texts;
    }

    /** The Channels view's toolbar: the one with Close (the main toolbar has Break, Go and capture only). */
    private static ToolBar channelsToolBar(Composite root) {
        List<ToolBar> bars = new ArrayList<>();
        toolBars(root, bars);
        return bars.stream().filter(bar -> java.util.Arrays.stream(bar.getItems()).anyMatch(t -> t.getToolTipText() != null
                && t.getToolTipText().startsWith("Close the selected channel"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Channels toolbar among " + bars.size() + " toolbars"));
    }

    private static boolean offers(ToolBar bar, String tooltipStart) {
        return java.util.Arrays.stream(bar.getItems())
                .anyMatch(t -> t.getToolTipText() != null && t.getToolTipText().startsWith(tooltipStart));
    }

    private static void toolBars(Composite parent, List<ToolBar> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof ToolBar bar) {
                found.add(bar);
            } else if (child instanceof Composite composite) {
                toolBars(composite, found);
            }
        }
    }

    private static void tables(Composite parent, List<org.eclipse.swt.widgets.Table> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table table) {
                found.add(table);
            } else if (child instanceof Composite composite) {
                tables(composite, found);
            }
        }
    }

    private static org.eclipse.swt.widgets.Table firstTable(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table table) {
                return table;
            }
            if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.Table found = firstTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MenuItem cascade(Menu bar, String text) {
        return find(bar, text);
    }

    private static Menu show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }

    private static MenuItem find(Menu menu, String text) {
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (plain(item.getText()).equals(text)) {
                return item;
            }
            seen.add(plain(item.getText()));
        }
        throw new AssertionError("no menu item " + text + " among " + seen);
    }

    private static void click(MenuItem item) {
        assertTrue(item.isEnabled(), item.getText() + " enabled");
        item.notifyListeners(SWT.Selection, new Event());
    }

    private static void click(ToolItem item) {
        assertTrue(item.isEnabled(), item.getToolTipText() + " enabled");
        item.notifyListeners(SWT.Selection, new Event());
    }

    private static ToolItem toolItem(Composite root, String tooltipStart) {
        List<ToolItem> found = new ArrayList<>();
        collect(root, found);
        return found.stream().filter(t -> t.getToolTipText() != null && t.getToolTipText().startsWith(tooltipStart))
                .findFirst().orElseThrow(() -> new AssertionError("no tool item " + tooltipStart + " among "
                        + found.stream().map(ToolItem::getToolTipText).toList()));
    }

    private static void collect(Composite parent, List<ToolItem> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof ToolBar bar) {
                found.addAll(List.of(bar.getItems()));
            } else if (child instanceof Composite composite) {
                collect(composite, found);
            }
        }
    }

    /** Presses the default button of the next dialog that opens, keeping its message in {@code text[0]}. */
    private static void answerNextDialog(Display display, String[] text) {
        answerNextDialog(display, text, dialog -> { });
    }

    /** As above, letting {@code look} see the dialog first (on the UI thread, inside the dialog's loop). */
    private static void answerNextDialog(Display display, String[] text, java.util.function.Consumer<Shell> look) {
        Shell main = display.getActiveShell();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = { null };
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s != main && !s.isDisposed() && s.isVisible() && s.getDefaultButton() != null) {
                    look.accept(s);
                    if (text != null) {
                        text[0] = labels(s);
                    }
                    Button ok = s.getDefaultButton();
                    ok.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static List<Link> links(Composite parent) {
        List<Link> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Link link) {
                found.add(link);
            } else if (child instanceof Composite composite) {
                found.addAll(links(composite));
            }
        }
        return found;
    }

    /** @return how many visible labels under {@code parent} show {@code text} */
    private static int shows(Composite parent, String text) {
        int count = 0;
        for (Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Label label && label.getText().contains(text)
                    || child instanceof org.eclipse.swt.custom.CLabel clabel && clabel.getText() != null
                            && clabel.getText().contains(text)) {
                count++;
            }
            if (child instanceof Composite composite) {
                count += shows(composite, text);
            }
        }
        return count;
    }

    private static String labels(Composite parent) {
        StringBuilder out = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                out.append(labels(composite));
            }
        }
        return out.toString();
    }

    private static void key(Display display, int keyCode) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        display.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        display.post(up);
    }
}
