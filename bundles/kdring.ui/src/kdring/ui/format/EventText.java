package kdring.ui.format;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.model.story.StoryEvent;

/**
 * The Events view's words for an event whose model text is written for machines: a version report
 * ({@code VersionInfo[majorVersion=15, …]}) becomes "Windows 15.19041, KD protocol 6, kernel at 0x…", a
 * resume names its continue status first. Everything else is shown as the model says it. Stateless.
 */
public final class EventText {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=(-?\\d+)");
    private static final Pattern CONTINUE = Pattern.compile("continue status (0x[0-9A-Fa-f]{8}) \\(([^)]*)\\)");

    private EventText() {
    }

    /** @return the detail of {@code event} in words for people */
    public static String readable(StoryEvent event) {
        String detail = event.detail();
        return switch (event.kind()) {
            case VERSION -> detail.startsWith("VersionInfo[") ? version(detail) : detail;
            case RESUMED -> {
                Matcher m = CONTINUE.matcher(detail);
                yield m.matches() ? (m.group(2).startsWith("0x") ? "continued with status " + m.group(1)
                        : "continued (" + m.group(2) + ", " + m.group(1) + ")") : detail;
            }
            default -> detail;
        };
    }

    private static String version(String detail) {
        Map<String, Long> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(detail);
        while (m.find()) {
            fields.put(m.group(1), Long.parseLong(m.group(2)));
        }
        if (!fields.containsKey("majorVersion") || !fields.containsKey("minorVersion")) {
            return detail;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Windows %d.%d", fields.get("majorVersion"),
                fields.get("minorVersion")));
        if (fields.containsKey("protocolVersion")) {
            out.append(", KD protocol ").append(fields.get("protocolVersion"));
        }
        if (fields.containsKey("machineType")) {
            out.append(", ").append(machine(fields.get("machineType").intValue()));
        }
        if (fields.containsKey("kernBase")) {
            out.append(String.format(Locale.ROOT, ", kernel at 0x%016X", fields.get("kernBase")));
        }
        if (fields.containsKey("psLoadedModuleList")) {
            out.append(String.format(Locale.ROOT, ", module list at 0x%016X", fields.get("psLoadedModuleList")));
        }
        return out.toString();
    }

    private static String machine(int type) {
        return switch (type) {
            case 0x8664 -> "x64";
            case 0x014C -> "x86";
            case 0xAA64 -> "ARM64";
            default -> String.format(Locale.ROOT, "machine 0x%04X", type);
        };
    }
}
