package kdring.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import kdring.transport.vm.Hypervisor;

/**
 * Finds the hypervisor adapters: the OSGi services registered under {@link Hypervisor} (each
 * {@code kdring.hv.*} bundle contributes one as a Declarative Services component), or, when kdring runs
 * on a plain class path (the command-line tools), the same adapters through {@link ServiceLoader}. Front
 * ends ask here and never import an adapter. Thread-safe.
 */
public final class Hypervisors {

    /** How long a lookup waits for the adapters' components to come up after their bundles were started. */
    static final long ACTIVATION_WAIT_MILLIS = 10_000;

    private Hypervisors() {
    }

    /** @return every adapter installed, in a stable order (by id) */
    public static List<Hypervisor> all() {
        List<Hypervisor> found = inOsgi() ? Registry.lookup() : loaded();
        List<Hypervisor> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparing(Hypervisor::id));
        return List.copyOf(sorted);
    }

    /**
     * @return the adapter with that id
     * @throws IOException naming the adapters there are
     */
    public static Hypervisor find(String id) throws IOException {
        List<Hypervisor> all = all();
        for (Hypervisor hypervisor : all) {
            if (hypervisor.id().equals(id)) {
                return hypervisor;
            }
        }
        throw new IOException("no hypervisor adapter '" + id + "' is installed (installed: "
                + (all.isEmpty() ? "none" : String.join(", ", all.stream().map(Hypervisor::id).toList())) + ")");
    }

    /**
     * @return the adapter that boots the built-in demo VM
     * @throws IOException when none can
     */
    public static Hypervisor demo() throws IOException {
        return all().stream().filter(Hypervisor::launchesDemo).findFirst().orElseThrow(() -> new IOException(
                "no installed hypervisor adapter can launch the demo VM (the QEMU adapter, kdring.hv.qemu, can)"));
    }

    private static boolean inOsgi() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, Hypervisors.class.getClassLoader());
            return FrameworkUtil.getBundle(Hypervisors.class) != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static List<Hypervisor> loaded() {
        List<Hypervisor> found = new ArrayList<>();
        ServiceLoader.load(Hypervisor.class, Hypervisors.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /** The OSGi side, in a class of its own so that a plain class path never loads OSGi types. */
    private static final class Registry {

        static List<Hypervisor> lookup() {
            BundleContext context = FrameworkUtil.getBundle(Hypervisors.class).getBundleContext();
            if (context == null) {
                throw new IllegalStateException("bundle kdring.session is not started");
            }
            ServiceTracker<Hypervisor, Hypervisor> tracker = new ServiceTracker<>(context, Hypervisor.class, null);
            tracker.open();
            try {
                if (tracker.isEmpty() && startAdapters(context)) {
                    tracker.waitForService(ACTIVATION_WAIT_MILLIS);
                    // give the other adapters started with it a moment to register as well
                    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                    while (System.nanoTime() < deadline && tracker.size() < adapterBundles(context)) {
                        Thread.sleep(10);
                    }
                }
                Hypervisor[] services = tracker.getServices(new Hypervisor[0]);
                return List.of(services);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                tracker.close();
            }
        }

        /**
         * Adapter bundles installed but not started (a product or a test runtime that does not start every
         * bundle) register no components: start them by their activation policy, as the workbench would
         * on first use. @return whether any was started
         */
        private static boolean startAdapters(BundleContext context) {
            boolean started = false;
            for (Bundle bundle : context.getBundles()) {
                // the component runtime itself must run, or no adapter registers anything
                if ("org.apache.felix.scr".equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                    try {
                        bundle.start(Bundle.START_TRANSIENT);
                    } catch (BundleException e) {
                        System.err.println("kdring: cannot start the OSGi component runtime: " + e.getMessage());
                    }
                }
            }
            for (Bundle bundle : context.getBundles()) {
                if (isAdapter(bundle) && (bundle.getState() == Bundle.RESOLVED || bundle.getState() == Bundle.INSTALLED)) {
                    try {
                        bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
                        started = true;
                    } catch (BundleException e) {
                        System.err.println("kdring: cannot start hypervisor adapter " + bundle.getSymbolicName()
                                + ": " + e.getMessage());
                    }
                }
            }
            return started;
        }

        private static int adapterBundles(BundleContext context) {
            int n = 0;
            for (Bundle bundle : context.getBundles()) {
                n += isAdapter(bundle) ? 1 : 0;
            }
            return n;
        }

        private static boolean isAdapter(Bundle bundle) {
            String name = bundle.getSymbolicName();
            return name != null && name.startsWith("kdring.hv.") && !name.endsWith(".tests");
        }
    }
}
