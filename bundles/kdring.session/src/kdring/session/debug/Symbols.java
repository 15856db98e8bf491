package kdring.session.debug;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;

/**
 * Symbols without PDBs: {@code module!export+offset} from each module's PE export directory, read through
 * {@link Memory} once per module base and cached. A module whose exports cannot be read is labelled
 * {@code module+offset}, and why is kept ({@link #problem}).
 * <p>
 * Module names are the file name without its extension ({@code hal}, {@code kdring}); the kernel, the
 * first module of PsLoadedModuleList, is {@code nt}, as WinDbg calls it. Confined to the debugger thread.
 */
public final class Symbols {

    private final Memory memory;
    private List<LoadedModule> modules = List.of();
    private final Map<Long, List<Export>> exportsByBase = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();

    /** Symbols over {@code memory}; {@link #setModules} tells it the loaded modules. */
    public Symbols(Memory memory) {
        this.memory = memory;
    }

    /** The loaded modules (a walk of PsLoadedModuleList); the export cache of moved modules is dropped. */
    public void setModules(List<LoadedModule> loaded) {
        this.modules = List.copyOf(loaded);
        exportsByBase.keySet().removeIf(base -> loaded.stream().noneMatch(m -> m.base() == base));
        problems.keySet().removeIf(base -> loaded.stream().noneMatch(m -> m.base() == base));
    }

    /** The modules known. */
    public List<LoadedModule> modules() {
        return modules;
    }

    /** The debugger's short name of {@code module}: {@code nt} for the kernel, else the file name without extension. */
    public String shortName(LoadedModule module) {
        if (!modules.isEmpty() && modules.get(0).base() == module.base()) {
            return "nt";
        }
        String name = module.name();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The module that contains {@code address}. */
    public Optional<LoadedModule> moduleAt(long address) {
        return modules.stream().filter(m -> m.contains(address)).findFirst();
    }

    /** The named exports of {@code module}, sorted by address (read once per base). */
    public List<Export> exports(LoadedModule module) {
        List<Export> cached = exportsByBase.get(module.base());
        if (cached != null) {
            return cached;
        }
        List<Export> read;
        try {
            read = PeExports.read(memory, module.base(), module.size());
        } catch (KdException e) {
            problems.put(module.base(), e.getMessage());
            read = List.of();
        }
        exportsByBase.put(module.base(), read);
        return read;
    }

    /** Why the exports of the module at {@code base} could not be read, if they could not. */
    public Optional<String> problem(long base) {
        return Optional.ofNullable(problems.get(base));
    }

    /**
     * {@code module!export+0xoffset} for an address inside a module with an export at or below it,
     * {@code module+0xoffset} inside a module without one, else the bare hex address.
     */
    public String describe(long address) {
        Optional<LoadedModule> found = moduleAt(address);
        if (found.isEmpty()) {
            return String.format("0x%016x", address);
        }
        LoadedModule module = found.get();
        Export best = null;
        for (Export e : exports(module)) {
            if (Long.compareUnsigned(e.address(), address) <= 0) {
                best = e;
            } else {
                break;
            }
        }
        String name = shortName(module);
        if (best == null) {
            return name + offset(address - module.base());
        }
        return name + "!" + best.name() + offset(address - best.address());
    }

    /**
     * The address of {@code module!export} (module by short name or file name, case-insensitive; export
     * names are case-sensitive, as in the PE).
     *
     * @throws KdException naming what is unknown
     */
    public long resolve(String symbol) throws KdException {
        int bang = symbol.indexOf('!');
        if (bang <= 0 || bang == symbol.length() - 1) {
            throw new KdException("not a module!export symbol: " + symbol);
        }
        String exportName = symbol.substring(bang + 1);
        Optional<LoadedModule> found = moduleNamed(symbol.substring(0, bang));
        if (found.isEmpty()) {
            throw new KdException("no loaded module named " + symbol.substring(0, bang));
        }
        LoadedModule module = found.get();
        for (Export e : exports(module)) {
            if (e.name().equals(exportName)) {
                return e.address();
            }
        }
        throw new KdException("module " + shortName(module) + " exports no " + exportName
                + problem(module.base()).map(p -> " (" + p + ")").orElse(""));
    }

    /**
     * The module called {@code name}: its short name ({@code nt}), its file name ({@code hal.dll}) or the file
     * name without extension, case-insensitive; the first in load order when several match.
     */
    public Optional<LoadedModule> moduleNamed(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (LoadedModule module : modules) {
            String file = module.name().toLowerCase(Locale.ROOT);
            if (shortName(module).toLowerCase(Locale.ROOT).equals(wanted) || file.equals(wanted)
                    || (file.lastIndexOf('.') > 0 && file.substring(0, file.lastIndexOf('.')).equals(wanted))) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    private static String offset(long delta) {
        return delta == 0 ? "" : "+0x" + Long.toHexString(delta);
    }
}
