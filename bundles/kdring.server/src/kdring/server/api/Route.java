package kdring.server.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API route: a method and a path template such as {@code /api/channels/{id}/modules}. The list in
 * {@link ApiHandler#ROUTES} is the API; docs/openapi.yaml must name the same routes (a test checks).
 *
 * @param method HTTP method, or "WS" for a WebSocket upgrade (served with GET)
 * @param template the path with {@code {name}} placeholders
 * @param authenticated whether the bearer token is required
 */
public record Route(String method, String template, boolean authenticated) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /** @return the path parameters when {@code path} matches this template, else null */
    public Map<String, String> match(String path) {
        Matcher names = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder();
        List<String> keys = new java.util.ArrayList<>();
        int last = 0;
        while (names.find()) {
            regex.append(Pattern.quote(template.substring(last, names.start()))).append("([^/]+)");
            keys.add(names.group(1));
            last = names.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher m = Pattern.compile(regex.toString()).matcher(path);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            params.put(keys.get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }
}
