package kdring.hv.libvirt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The QMP questions that find a libvirt domain's RAM file, and the reading of QEMU's answers. libvirt does not
 * put the path of a {@code <source type='file'/>} memory backend into the domain XML (it chooses it under
 * {@code memory_backing_dir}), so kdring asks QEMU itself:
 *
 * <pre>
 * → {"execute":"qom-list","arguments":{"path":"/objects"}}
 * ← {"return":[{"name":"pc.ram","type":"child&lt;memory-backend-file&gt;"}, ...],"id":"libvirt-21"}
 * → {"execute":"qom-get","arguments":{"path":"/objects/pc.ram","property":"mem-path"}}
 * ← {"return":"/var/lib/libvirt/qemu/ram/3-win10/pc.ram","id":"libvirt-22"}
 * </pre>
 *
 * Stateless.
 */
public final class QmpReplies {

    private QmpReplies() {
    }

    /** The question that lists QEMU's objects. */
    public static final String LIST_OBJECTS = "{\"execute\":\"qom-list\",\"arguments\":{\"path\":\"/objects\"}}";

    /** @return the question for property {@code property} of object {@code /objects/<name>} */
    public static String get(String name, String property) {
        JsonObject arguments = new JsonObject();
        arguments.addProperty("path", "/objects/" + name);
        arguments.addProperty("property", property);
        JsonObject command = new JsonObject();
        command.addProperty("execute", "qom-get");
        command.add("arguments", arguments);
        return command.toString();
    }

    /** @return the names of the {@code memory-backend-file} objects in a {@code qom-list} answer, in order */
    public static List<String> fileBackends(String answer) throws IOException {
        List<String> names = new ArrayList<>();
        JsonElement value = returned(answer);
        if (!value.isJsonArray()) {
            throw new IOException("QEMU's qom-list answer holds no list: " + shorten(answer));
        }
        JsonArray objects = value.getAsJsonArray();
        for (JsonElement element : objects) {
            if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                if (string(object, "type").equals("child<memory-backend-file>") && !string(object, "name").isEmpty()) {
                    names.add(string(object, "name"));
                }
            }
        }
        return names;
    }

    /** @return the value of a {@code qom-get} answer, as text ("true" for a boolean) */
    public static String value(String answer) throws IOException {
        JsonElement value = returned(answer);
        if (!value.isJsonPrimitive()) {
            throw new IOException("QEMU's qom-get answer is not a plain value: " + shorten(answer));
        }
        return value.getAsString();
    }

    private static JsonElement returned(String answer) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(answer);
        } catch (JsonParseException e) {
            throw new IOException("QEMU's answer is not JSON: " + shorten(answer), e);
        }
        if (!root.isJsonObject()) {
            throw new IOException("QEMU's answer is not a QMP reply: " + shorten(answer));
        }
        JsonObject reply = root.getAsJsonObject();
        if (reply.has("error")) {
            JsonElement error = reply.get("error");
            String description = error.isJsonObject() ? string(error.getAsJsonObject(), "desc") : error.toString();
            throw new IOException("QEMU refused: " + description);
        }
        if (!reply.has("return")) {
            throw new IOException("QEMU's answer has no return value: " + shorten(answer));
        }
        return reply.get("return");
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) + "..." : stripped;
    }
}
