package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Duration;
import java.util.List;

import kdring.server.ChannelConfig;
import kdring.server.ConfigFile.ConfigException;
import kdring.server.ServiceConfig;
import kdring.session.ChannelSession;

class ServiceConfigTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path file = dir.resolve("kdring.conf");
        Files.writeString(file, text);
        return file;
    }

    private String error(String text) throws Exception {
        Path file = file(text);
        return assertThrows(ConfigException.class, () -> ServiceConfig.load(file)).getMessage();
    }

    @Test
    void readsSettingsAndKeepsDefaultsForTheRest() throws Exception {
        ServiceConfig config = ServiceConfig.load(file("""
                # the API, on all interfaces
                [http]
                host = 0.0.0.0   # not only loopback
                [capture]
                directory = caps
                """));
        assertEquals("0.0.0.0", config.httpHost());
        assertEquals(ServiceConfig.DEFAULT_PORT, config.httpPort());
        assertEquals(dir.resolve("caps"), config.captureDirectory());
        assertEquals(ServiceConfig.defaults().tokenFile(), config.tokenFile());
        ServiceConfig overridden = ServiceConfig.defaults().withOverrides(null, 9000);
        assertEquals("127.0.0.1", overridden.httpHost());
        assertEquals(9000, overridden.httpPort());
    }

    @Test
    void everyErrorNamesFileLineAndField() throws Exception {
        Path file = dir.resolve("kdring.conf");
        assertEquals(file + ":3: http.prot: unknown setting (known: host, port, tls-keystore, tls-password)",
                error("[http]\nhost = x\nprot = 1\n"));
        assertEquals(file + ":2: port: must be between 1 and 65535, got 70000", error("[http]\nport = 70000\n"));
        assertEquals(file + ":2: port: not a number: 'eighty'", error("[http]\nport = eighty\n"));
        assertEquals(file + ":3: port: set twice (first on line 2)", error("[http]\nport = 1\nport = 2\n"));
        assertEquals(file + ":1: port: setting outside any [section]", error("port = 1\n"));
        assertEquals(file + ":1: [htp]: unknown section (known: [http], [api], [capture], [channel NAME])",
                error("[htp]\n"));
        assertEquals(file + ":1: channel.w.vm: missing: say 'vm = demo', 'vm = attach', 'vm = xen' or 'vm = libvirt'",
                error("[channel w]\n"));
        assertEquals(file + ":2: channel.w.vm: must be 'demo', 'attach' (a QEMU VM by its sockets and RAM file) or a"
                + " hypervisor adapter's id, e.g. 'xen' or 'libvirt'", error("[channel w]\nvm = Xen 4\n"));
        assertEquals(file + ":1: channel.w: an attached VM needs 'serial-socket' (stock kdcom), or 'memory' with"
                + " 'port-socket' (the rings), or all three", error("[channel w]\nvm = attach\n"));
        assertEquals(file + ":1: channel.w: 'port-socket' needs 'memory' (the rings live in the VM's RAM); for stock"
                + " kdcom give only 'serial-socket'", error("[channel w]\nvm = attach\nport-socket = /run/w.port\n"));
        assertEquals(file + ":1: channel.w.domain: missing: 'vm = xen' names the VM by its domain name, e.g."
                + " 'domain = win10'", error("[channel w]\nvm = xen\n"));
        assertEquals(file + ":1: channel.w.domain: 'vm = attach' takes sockets and a RAM file; 'domain' is for"
                + " 'vm = xen' or 'vm = libvirt'", error("[channel w]\nvm = attach\nserial-socket = s\ndomain = d\n"));
        assertEquals(file + ":2: channel.w: the demo VM is launched by kdring: it takes no memory",
                error("[channel w]\nvm = demo\nmemory = /dev/shm/x\n"));
        assertEquals(file + ":3: [channel a]: defined twice", error("[channel a]\nvm = demo\n[channel a]\nvm = demo\n"));
        assertEquals(file + ":1: [channel]: needs a name of letters, digits, '.', '_' or '-', e.g. [channel win10]",
                error("[channel]\n"));
        assertEquals(file + ":0: http.tls-keystore: cannot read " + dir.resolve("missing.p12"),
                error("[http]\ntls-keystore = missing.p12\n"));
        assertEquals(file + ":1: section header must end with ']'", error("[http\n"));
        assertEquals(file + ":2: expected 'key = value'", error("[http]\nhost\n"));
    }

    @Test
    void channelsAreReadWithPathsRelativeToTheFile() throws Exception {
        ServiceConfig config = ServiceConfig.load(file("""
                [channel win10]
                vm = attach
                port-socket = run/win10.port
                serial-socket = /run/kdring/win10.serial
                memory = /dev/shm/win10
                debugger-port = 50002
                """));
        assertEquals(1, config.channels().size());
        ChannelConfig channel = config.channels().get(0);
        assertEquals(ChannelConfig.Kind.ATTACH, channel.kind());
        assertEquals(dir.resolve("run/win10.port"), channel.portSocket());
        assertEquals(Path.of("/run/kdring/win10.serial"), channel.serialSocket());
        assertEquals(50002, channel.debuggerPort());
        ServiceConfig demo = config.withDemo(50001);
        assertEquals(List.of("win10", "demo"), demo.channels().stream().map(ChannelConfig::name).toList());
        assertEquals(demo, demo.withDemo(50001));
    }

    @Test
    void serialOnlyXenAndLibvirtChannelsAreRead() throws Exception {
        ServiceConfig config = ServiceConfig.load(file("""
                [channel win7]
                vm = attach
                serial-socket = run/win7.serial
                [channel winxen]
                vm = xen
                domain = win10-hvm
                [channel winvirt]
                vm = libvirt
                domain = win11
                uri = qemu+ssh://root@host/system
                """));
        ChannelConfig serial = config.channels().get(0);
        assertEquals("qemu", serial.hypervisor());
        assertEquals(java.util.Map.of("serial-socket", dir.resolve("run/win7.serial").toString()),
                serial.attachSettings());
        assertEquals(null, serial.memoryFile());
        assertEquals(null, serial.portSocket());
        ChannelConfig xen = config.channels().get(1);
        assertEquals(ChannelConfig.Kind.ATTACH, xen.kind());
        assertEquals("xen", xen.hypervisor());
        assertEquals(java.util.Map.of("domain", "win10-hvm"), xen.attachSettings());
        ChannelConfig virt = config.channels().get(2);
        assertEquals("libvirt", virt.hypervisor());
        assertEquals(java.util.Map.of("domain", "win11", "uri", "qemu+ssh://root@host/system"), virt.attachSettings());
    }

    @Test
    void debuggerEndpointsAreConfiguredPerChannel() throws Exception {
        ServiceConfig config = ServiceConfig.load(file("""
                [channel plain]
                vm = demo
                debugger-port = 50002
                [channel both]
                vm = demo
                debugger-host = 127.0.0.2
                debugger-port = 0
                debugger-socket = run/both.kd
                debugger-stall-timeout = 3
                [channel unix-only]
                vm = demo
                debugger-port = off
                debugger-socket = /run/kdring/u.kd
                """));
        ChannelConfig plain = config.channels().get(0);
        assertEquals(List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 50002)), plain.endpoints());
        assertEquals(Duration.ofSeconds(10), plain.debuggerStallTimeout());
        ChannelConfig both = config.channels().get(1);
        assertEquals(List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.2", 0),
                new ChannelSession.EndpointConfig.Unix(dir.resolve("run/both.kd"))), both.endpoints());
        assertEquals(Duration.ofSeconds(3), both.debuggerStallTimeout());
        assertEquals(List.of(new ChannelSession.EndpointConfig.Unix(Path.of("/run/kdring/u.kd"))),
                config.channels().get(2).endpoints());
        assertEquals(List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 0)), ChannelConfig.demo(0).endpoints());

        Path file = dir.resolve("kdring.conf");
        assertEquals(file + ":3: debugger-stall-timeout: must be between 1 and 3600, got 0",
                error("[channel w]\nvm = demo\ndebugger-stall-timeout = 0\n"));
        assertEquals(file + ":3: debugger-port: not a number: 'none'",
                error("[channel w]\nvm = demo\ndebugger-port = none\n"));
        assertEquals(file + ":3: debugger-socket: must not be empty", error("[channel w]\nvm = demo\ndebugger-socket =\n"));
    }

    @Test
    void pausingAnAttachedVmNeedsItsQmpSocketAndConsent() throws Exception {
        ServiceConfig config = ServiceConfig.load(file("""
                [channel quiet]
                vm = attach
                serial-socket = /run/kdring/quiet.serial
                memory = /dev/shm/quiet
                qmp-socket = run/quiet.qmp
                pause-idle = yes
                [channel plain]
                vm = attach
                serial-socket = /run/kdring/plain.serial
                memory = /dev/shm/plain
                qmp-socket = /run/kdring/plain.qmp
                """));
        ChannelConfig quiet = config.channels().get(0);
        assertEquals(dir.resolve("run/quiet.qmp"), quiet.qmpSocket());
        assertEquals("yes", quiet.attachSettings().get("pause-idle"));
        assertEquals(dir.resolve("run/quiet.qmp").toString(), quiet.attachSettings().get("qmp-socket"));
        ChannelConfig plain = config.channels().get(1);
        assertEquals(null, plain.attachSettings().get("pause-idle"), "a QMP socket alone does not allow pausing");

        Path file = dir.resolve("kdring.conf");
        assertEquals(file + ":1: channel.w.pause-idle: pausing an attached VM needs its QMP socket: add"
                + " 'qmp-socket = PATH'", error("[channel w]\nvm = attach\nserial-socket = s\nmemory = m\npause-idle = yes\n"));
        assertEquals(file + ":5: channel.w.pause-idle: must be yes or no",
                error("[channel w]\nvm = attach\nserial-socket = s\nmemory = m\npause-idle = maybe\n"));
    }

    @Test
    void aMissingFileIsAnErrorNotDefaults() {
        Path missing = dir.resolve("absent.conf");
        ConfigException e = assertThrows(ConfigException.class, () -> ServiceConfig.load(missing));
        assertEquals(true, e.getMessage().startsWith(missing + ":0: cannot read"), e.getMessage());
    }
}
