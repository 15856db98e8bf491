package kdring.kd.debugger;

import java.util.List;
import java.util.Optional;

import kdring.kd.observer.LoadedModule;

/**
 * The result of walking PsLoadedModuleList.
 *
 * @param modules        the modules read, in load order
 * @param stoppedBecause why the walk ended before returning to the list head, or {@code null} when it
 *                       completed
 */
public record ModuleList(List<LoadedModule> modules, String stoppedBecause) {

    /** Copies the list. */
    public ModuleList {
        modules = List.copyOf(modules);
    }

    /** True when the walk came back to the list head. */
    public boolean complete() {
        return stoppedBecause == null;
    }

    /** Why the walk was cut short, if it was. */
    public Optional<String> problem() {
        return Optional.ofNullable(stoppedBecause);
    }
}
