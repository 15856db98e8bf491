package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/**
 * The debugging front end through the service's API, end to end: the reference guest under QEMU on the ring
 * transport, the real channel and built-in debugger, the real Jetty server, a real HTTP client. Stop,
 * registers, a register write, memory (virtual, physical, an unreadable tail, a write), expressions and
 * symbols, a breakpoint on an exported function that the running guest hits, steps, run-to and the console.
 */
@Tag("vm")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TargetApiVmTest {

    private static Path dir;
    private static ChannelRegistry registry;
    private static HttpService service;
    private static ApiToken token;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TARGET = "/api/channels/demo/target/";

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("kdring-target-api-vm");
        token = ApiToken.loadOrCreate(dir.resolve("token"));
        registry = new ChannelRegistry();
        registry.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
        ApiHandler api = new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "test", "", 1));
        service = new HttpService("127.0.0.1", 0, null, api, registry, token);
        service.start();
        Deadline.await(Duration.ofSeconds(90), "the demo channel open on the ring", () -> {
            JsonObject channel = object(get("/api/channels/demo"));
            return "open".equals(channel.get("state").getAsString())
                    && "ring".equals(channel.get("transport").getAsString());
        });
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    private static HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    private static HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                    .header("Authorization", "Bearer " + token.value()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(90))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.request().uri() + ": " + response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String error(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().get("error").getAsString();
    }

    private static long hex(String text) {
        return Long.parseUnsignedLong(text.replaceFirst("^0x", ""), 16);
    }

    private static String console(String command) {
        return object(post(TARGET + "console", "{\"command\": \"" + command + "\"}")).get("output").getAsString();
    }

    private static byte[] memory(long address, int length, String space) {
        JsonObject block = object(get(TARGET + "memory?address=0x" + Long.toHexString(address) + "&length=" + length
                + "&space=" + space));
        return HexFormat.of().parseHex(block.get("data").getAsString());
    }

    /** What {@code db ADDRESS L16} printed, as bytes. */
    private static byte[] consoleBytes(String address) {
        String line = console("db " + address + " L10");
        // 0000000000000000  55 48 89 e5-...  ascii
        String[] fields = line.substring(17, 17 + 16 * 3).replace('-', ' ').strip().split("\\s+");
        byte[] bytes = new byte[fields.length];
        for (int i = 0; i < fields.length; i++) {
            bytes[i] = (byte) Integer.parseInt(fields[i], 16);
        }
        return bytes;
    }

    /**
     * Prints (asserts nothing: a figure, not a test) the median of 50 register reads through the API beside 50
     * made directly on the session's debugger in the same run, so the API's own cost shows as a ratio, and of
     * 50 HTTP round trips that reach no target at all.
     */
    private static void printRoundTrips() throws Exception {
        int rounds = 50;
        long[] api = new long[rounds];
        long[] direct = new long[rounds];
        long[] health = new long[rounds];
        var debugger = registry.served().get(0).session().debugger();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            object(get(TARGET + "registers"));
            api[i] = System.nanoTime() - start;
            start = System.nanoTime();
            debugger.onStopped(t -> t.registers(0), Duration.ofSeconds(30));
            direct[i] = System.nanoTime() - start;
            start = System.nanoTime();
            object(get("/api/health"));
            health[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(api);
        java.util.Arrays.sort(direct);
        java.util.Arrays.sort(health);
        System.out.printf(java.util.Locale.ROOT, "TargetApiVmTest: register read (GetContext), median of %d: through"
                + " the API %.2f ms, on the session's debugger %.2f ms (API/direct %.2f); an HTTP round trip that"
                + " asks the target nothing (/api/health) %.2f ms%n", rounds, api[rounds / 2] / 1e6,
                direct[rounds / 2] / 1e6, (double) api[rounds / 2] / direct[rounds / 2], health[rounds / 2] / 1e6);
    }

    @Test
    void theFrontEndsOperationsOverHttpOnTheReferenceGuest() throws Exception {
        // a running target: every target route refuses with 409 and says to break in
        HttpResponse<String> running = get(TARGET + "registers");
        assertEquals(409, running.statusCode(), running.body());
        assertTrue(error(running).contains("is running (or stopped by another debugger); break in first"),
                error(running));
        assertEquals(409, post(TARGET + "console", "{\"command\": \"r\"}").statusCode());

        object(post("/api/channels/demo/break-in", null));
        try {
            // the stop and the registers: rip is the stop's program counter
            JsonObject stop = object(get(TARGET + "stop"));
            assertEquals(0, stop.get("processor").getAsInt());
            assertTrue(stop.get("processorCount").getAsInt() >= 1, stop.toString());
            assertTrue(stop.get("description").getAsString().startsWith("nt!DbgBreakPointWithStatus"), stop.toString());
            JsonObject registers = object(get(TARGET + "registers?processor=0"));
            assertEquals("AMD64", registers.get("layout").getAsString());
            JsonObject values = registers.getAsJsonObject("values");
            assertEquals(stop.get("programCounter").getAsString(), values.get("rip").getAsString());
            assertEquals("0x0010", values.get("cs").getAsString(), "a 2-byte register has 4 hex digits");
            assertEquals(0x4D0, java.util.Base64.getDecoder().decode(registers.get("context").getAsString()).length);
            HttpResponse<String> noSuchProcessor = get(TARGET + "registers?processor=7");
            assertEquals(400, noSuchProcessor.statusCode(), noSuchProcessor.body());
            assertTrue(error(noSuchProcessor).startsWith("'processor': no processor 7"), error(noSuchProcessor));

            // a register write, read back through the API and the console, then put back
            String rax = values.get("rax").getAsString();
            JsonObject written = object(post(TARGET + "registers", "{\"name\": \"rax\", \"value\": \"0x1122334455667788\"}"));
            assertEquals("0x1122334455667788", written.getAsJsonObject("values").get("rax").getAsString());
            assertEquals("0x1122334455667788", object(get(TARGET + "registers")).getAsJsonObject("values").get("rax")
                    .getAsString());
            assertEquals("rax=1122334455667788", console("r rax"));
            HttpResponse<String> tooWide = post(TARGET + "registers", "{\"name\": \"cs\", \"value\": \"0x10000\"}");
            assertEquals(400, tooWide.statusCode(), tooWide.body());
            object(post(TARGET + "registers", "{\"name\": \"rax\", \"value\": \"" + rax + "\"}"));
            assertEquals(rax, object(get(TARGET + "registers")).getAsJsonObject("values").get("rax").getAsString());

            // expressions and symbols from the guest's export directory
            JsonObject hookValue = object(post(TARGET + "evaluate", "{\"expression\": \"nt!KeTickHook\"}"));
            assertEquals("nt!KeTickHook", hookValue.get("symbol").getAsString());
            long hook = hex(hookValue.get("value").getAsString());
            assertEquals("nt!KeTickHook+0x1", object(get(TARGET + "describe?address=0x" + Long.toHexString(hook + 1)))
                    .get("symbol").getAsString());
            HttpResponse<String> unknown = post(TARGET + "evaluate", "{\"expression\": \"nt!NoSuchExport\"}");
            assertEquals(400, unknown.statusCode(), unknown.body());
            assertTrue(error(unknown).startsWith("'expression': ") && error(unknown).contains("NoSuchExport"),
                    error(unknown));

            // memory at an export equals what the console's db shows; push %rbp first
            byte[] code = memory(hook, 16, "virtual");
            assertEquals(0x55, code[0] & 0xFF);
            assertArrayEquals(consoleBytes("nt!KeTickHook"), code);
            // physical memory: the pattern region's frames hold the pattern its pages show
            assertArrayEquals(memory(ReferenceGuest.PATTERN_VA, 64, "virtual"), memory(0x4000000L, 64, "physical"));
            // an unreadable tail is reported, not an error: the 16 MiB pattern region ends mid-read
            JsonObject tail = object(get(TARGET + "memory?address=0x"
                    + Long.toHexString(ReferenceGuest.PATTERN_VA + (16 << 20) - 16) + "&length=32"));
            assertEquals(32, tail.get("requested").getAsInt());
            assertEquals(16, tail.get("length").getAsInt(), tail.toString());
            assertFalse(tail.get("unreadable").getAsString().isEmpty(), tail.toString());
            JsonObject nothing = object(get(TARGET + "memory?address=0x1000&length=16"));
            assertEquals(0, nothing.get("length").getAsInt(), nothing.toString());
            assertTrue(nothing.get("unreadable").getAsString().contains("0x0000000000001000"), nothing.toString());

            // a memory write, read back, then put back
            long scratch = ReferenceGuest.PATTERN_VA + 0x1000;
            byte[] before = memory(scratch, 4, "virtual");
            assertNotEquals((byte) 0xA5, before[3]);
            object(post(TARGET + "memory", "{\"address\": \"0x" + Long.toHexString(scratch) + "\", \"data\": \"5a a5 5a a5\"}"));
            assertArrayEquals(new byte[] { 0x5A, (byte) 0xA5, 0x5A, (byte) 0xA5 }, memory(scratch, 4, "virtual"));
            object(post(TARGET + "memory", "{\"address\": \"0x" + Long.toHexString(scratch) + "\", \"data\": \""
                    + HexFormat.of().formatHex(before) + "\"}"));
            assertArrayEquals(before, memory(scratch, 4, "virtual"));
            HttpResponse<String> unmapped = post(TARGET + "memory", "{\"address\": \"0x1000\", \"data\": \"90\"}");
            assertEquals(409, unmapped.statusCode(), unmapped.body());

            // disassembly: labelled when a disassembler is there, else a 501 that says so
            HttpResponse<String> disassembly = get(TARGET + "disassembly?address=0x" + Long.toHexString(hook) + "&count=2");
            if (disassembly.statusCode() == 200) {
                JsonArray instructions = JsonParser.parseString(disassembly.body()).getAsJsonArray();
                assertEquals("nt!KeTickHook", instructions.get(0).getAsJsonObject().get("label").getAsString());
            } else {
                assertEquals(501, disassembly.statusCode(), disassembly.body());
                assertTrue(error(disassembly).startsWith("disassembly is not available on this service: "),
                        error(disassembly));
            }

            // a breakpoint on the exported function, hit by the running guest after g
            JsonObject bp = object(post(TARGET + "breakpoints", "{\"expression\": \"nt!KeTickHook\"}"));
            assertEquals("nt!KeTickHook", bp.get("symbol").getAsString());
            assertEquals(hook, hex(bp.get("address").getAsString()));
            assertTrue(bp.get("enabled").getAsBoolean());
            JsonArray list = JsonParser.parseString(get(TARGET + "breakpoints").body()).getAsJsonArray();
            assertEquals(1, list.size(), list.toString());
            assertEquals("Breakpoint " + bp.get("id").getAsInt() + " hit\nnt!KeTickHook:", console("g"));
            assertEquals(hook, hex(object(get(TARGET + "stop")).get("programCounter").getAsString()));

            // t: one instruction (push %rbp); run-to the instruction after mov %rsp,%rbp; p over the call
            JsonObject step = object(post(TARGET + "step", "{}"));
            assertEquals(hook + 1, hex(step.get("programCounter").getAsString()), step.toString());
            assertTrue(step.get("description").getAsString().startsWith("nt!KeTickHook+0x1"), step.toString());
            JsonObject runTo = object(post(TARGET + "run-to", "{\"expression\": \"nt!KeTickHook+4\"}"));
            assertEquals(hook + 4, hex(runTo.get("programCounter").getAsString()), runTo.toString());
            JsonObject over = object(post(TARGET + "step", "{\"over\": true}"));
            assertEquals(hook + 9, hex(over.get("programCounter").getAsString()), "over call KeTickWork: " + over);
            assertEquals(1, JsonParser.parseString(get(TARGET + "breakpoints").body()).getAsJsonArray().size(),
                    "run-to's and p's temporary breakpoints are gone");

            // clear: gone from the list, the original byte back; clearing it again names the bad field
            assertEquals(bp.get("id").getAsInt(), object(post(TARGET + "breakpoints/clear", "{\"breakpoint\": "
                    + bp.get("id").getAsInt() + "}")).get("cleared").getAsInt());
            assertEquals("[]", get(TARGET + "breakpoints").body().strip());
            HttpResponse<String> again = post(TARGET + "breakpoints/clear", "{\"breakpoint\": " + bp.get("id").getAsInt()
                    + "}");
            assertEquals(400, again.statusCode(), again.body());
            assertTrue(error(again).startsWith("'breakpoint': no breakpoint"), error(again));

            // bp and g typed into the console: the same debugger as the routes, so the route lists it
            String typed = console("bp nt!KeTickWork");
            assertTrue(typed.matches("breakpoint \\d+ at [0-9a-f]{16} nt!KeTickWork"), typed);
            JsonArray typedList = JsonParser.parseString(get(TARGET + "breakpoints").body()).getAsJsonArray();
            assertEquals("nt!KeTickWork", typedList.get(0).getAsJsonObject().get("symbol").getAsString());
            int typedId = typedList.get(0).getAsJsonObject().get("id").getAsInt();
            assertEquals("Breakpoint " + typedId + " hit\nnt!KeTickWork:", console("g"));
            assertTrue(object(get(TARGET + "stop")).get("description").getAsString().startsWith("nt!KeTickWork"));
            // k through the console route: KeTickWork, then KeTickHook that called it, each module!export+offset
            String stack = console("k");
            assertTrue(stack.matches("(?s) # Child-SP[^\n]*\n00 [0-9a-f]{16} [0-9a-f]{16} nt!KeTickWork [^\n]*\n"
                    + "01 [0-9a-f]{16} \\S+ nt!KeTickHook\\+0x[0-9a-f]+ .*"), stack);
            // bd through the console: the route lists it disabled, be enables it again
            console("bd " + typedId);
            assertFalse(JsonParser.parseString(get(TARGET + "breakpoints").body()).getAsJsonArray().get(0)
                    .getAsJsonObject().get("enabled").getAsBoolean(), "bd " + typedId + " is listed disabled");
            console("be " + typedId);
            assertTrue(JsonParser.parseString(get(TARGET + "breakpoints").body()).getAsJsonArray().get(0)
                    .getAsJsonObject().get("enabled").getAsBoolean(), "be " + typedId + " is listed enabled");
            assertEquals("", console("bc *"));
            assertEquals("[]", get(TARGET + "breakpoints").body().strip());

            printRoundTrips();

            // the console: its text, and its one-line errors as 400s
            assertTrue(console("r").contains("rip="), "r shows the registers");
            HttpResponse<String> reboot = post(TARGET + "console", "{\"command\": \".reboot\"}");
            assertEquals(400, reboot.statusCode(), reboot.body());
            assertTrue(error(reboot).startsWith(".reboot refused"), error(reboot));
            HttpResponse<String> bogus = post(TARGET + "console", "{\"command\": \"frobnicate\"}");
            assertEquals(400, bogus.statusCode(), bogus.body());
            assertTrue(error(bogus).startsWith("unknown command frobnicate"), error(bogus));
        } finally {
            post("/api/channels/demo/continue", null);
        }
        assertEquals(409, get(TARGET + "stop").statusCode(), "the guest runs again");
    }
}
