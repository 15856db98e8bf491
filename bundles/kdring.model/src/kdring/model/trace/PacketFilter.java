package kdring.model.trace;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;

/**
 * Which rows of a packet trace to show. All parts must match; an empty set or text matches everything.
 * Immutable.
 *
 * @param directions directions to keep; empty keeps both
 * @param kinds      packet kinds to keep; empty keeps all
 * @param api        case-insensitive substring of the API or state name; empty keeps all
 * @param text       case-insensitive substring of the summary, API or status; empty keeps all
 */
public record PacketFilter(Set<Direction> directions, Set<PacketKind> kinds, String api, String text) {

    /** The filter that keeps every row. */
    public static final PacketFilter ALL = new PacketFilter(Set.of(), Set.of(), "", "");

    /** Copies the sets and lowers the texts. */
    public PacketFilter {
        directions = directions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directions));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        api = Objects.requireNonNull(api, "api").toLowerCase(Locale.ROOT);
        text = Objects.requireNonNull(text, "text").toLowerCase(Locale.ROOT);
    }

    /** This filter, keeping only {@code direction}. */
    public PacketFilter withDirection(Direction direction) {
        return new PacketFilter(Set.of(direction), kinds, api, text);
    }

    /** This filter, keeping only the given kinds. */
    public PacketFilter withKinds(PacketKind first, PacketKind... more) {
        return new PacketFilter(directions, EnumSet.of(first, more), api, text);
    }

    /** This filter, keeping rows whose API contains {@code part}. */
    public PacketFilter withApi(String part) {
        return new PacketFilter(directions, kinds, part, text);
    }

    /** This filter, keeping rows whose summary, API or status contains {@code part}. */
    public PacketFilter withText(String part) {
        return new PacketFilter(directions, kinds, api, part);
    }

    /** True when only direction and kind are tested, which the trace's index answers without decoding. */
    public boolean needsOnlyIndex() {
        return api.isEmpty() && text.isEmpty();
    }

    /** True when this filter keeps everything. */
    public boolean keepsAll() {
        return directions.isEmpty() && kinds.isEmpty() && needsOnlyIndex();
    }

    /** The index part of the test. */
    public boolean matches(Direction direction, PacketKind kind) {
        return (directions.isEmpty() || directions.contains(direction)) && (kinds.isEmpty() || kinds.contains(kind));
    }

    /** The whole test. */
    public boolean matches(PacketRow row) {
        if (!matches(row.direction(), row.kind())) {
            return false;
        }
        if (!api.isEmpty() && !row.api().toLowerCase(Locale.ROOT).contains(api)) {
            return false;
        }
        return text.isEmpty() || row.summary().toLowerCase(Locale.ROOT).contains(text)
                || row.api().toLowerCase(Locale.ROOT).contains(text)
                || row.status().toLowerCase(Locale.ROOT).contains(text);
    }
}
