package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kdring.server.api.ApiHandler;
import kdring.server.api.Route;

/** docs/openapi.yaml documents exactly the routes the server serves. */
class OpenApiTest {

    @Test
    void documentedAndServedRoutesAreTheSame() throws Exception {
        Path doc = Path.of(System.getProperty("kdring.root", "../..")).resolve("docs/openapi.yaml");
        Set<String> documented = new TreeSet<>();
        String path = null;
        Pattern pathLine = Pattern.compile("^  (/api\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
        boolean websocket = false;
        for (String line : Files.readAllLines(doc)) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null) {
                documented.add(m.group(1).toUpperCase() + " " + path);
            } else if (line.strip().equals("x-websocket: true") && path != null) {
                documented.remove("GET " + path);
                documented.add("WS " + path);
                websocket = true;
            } else if (!line.startsWith(" ") && !line.isEmpty()) {
                path = null;
            }
        }
        Set<String> served = new TreeSet<>();
        for (Route route : ApiHandler.ROUTES) {
            served.add(route.method() + " " + route.template());
        }
        assertEquals(served, documented);
        assertEquals(true, websocket, "the stream route is marked x-websocket");
    }
}
