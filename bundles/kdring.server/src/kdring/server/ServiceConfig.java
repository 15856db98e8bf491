package kdring.server;

import java.nio.file.Path;

import kdring.server.ConfigFile.ConfigException;
import kdring.server.ConfigFile.Entry;
import kdring.server.ConfigFile.Section;

/**
 * The headless service's settings, with defaults that work when there is no configuration file
 * (docs/operator-guide.md describes the file). Every key the file does not know is an error naming its
 * line, so that a typo never silently falls back to a default.
 *
 * @param httpHost the address the API binds to (loopback unless told otherwise)
 * @param httpPort the API's TCP port
 * @param tlsKeystore a PKCS#12 or JKS keystore for HTTPS, or null for plain HTTP
 * @param tlsPassword the keystore's password ("" when none)
 * @param tokenFile where the API's bearer token is kept (created with mode 0600 at first start)
 * @param captureDirectory where captures are written
 */
public record ServiceConfig(String httpHost, int httpPort, Path tlsKeystore, String tlsPassword, Path tokenFile,
        Path captureDirectory) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;

    private static Path home() {
        return Path.of(System.getProperty("user.home"), ".kdring");
    }

    /** The settings used when no file is given. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(DEFAULT_HOST, DEFAULT_PORT, null, "", home().resolve("api-token"),
                home().resolve("captures"));
    }

    /** Reads {@code file}; keys it leaves out keep their defaults. Relative paths are relative to the file. */
    public static ServiceConfig load(Path file) throws ConfigException {
        ConfigFile config = ConfigFile.read(file);
        Path base = file.toAbsolutePath().getParent();
        ServiceConfig d = defaults();
        String host = d.httpHost();
        int port = d.httpPort();
        Path keystore = null;
        String password = "";
        Path tokenFile = d.tokenFile();
        Path captures = d.captureDirectory();
        for (Section section : config.sections()) {
            switch (section.kind()) {
                case "http" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "host" -> host = requireNonEmpty(config, entry);
                            case "port" -> port = config.intValue(entry, 1, 65535);
                            case "tls-keystore" -> keystore = base.resolve(requireNonEmpty(config, entry));
                            case "tls-password" -> password = entry.value();
                            default -> throw unknown(config, "http", entry, "host, port, tls-keystore, tls-password");
                        }
                    }
                }
                case "api" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "token-file" -> tokenFile = base.resolve(requireNonEmpty(config, entry));
                            default -> throw unknown(config, "api", entry, "token-file");
                        }
                    }
                }
                case "capture" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "directory" -> captures = base.resolve(requireNonEmpty(config, entry));
                            default -> throw unknown(config, "capture", entry, "directory");
                        }
                    }
                }
                default -> throw new ConfigException(file, section.line(), "[" + section.kind() + "]",
                        "unknown section (known: [http], [api], [capture])");
            }
        }
        if (keystore != null && !java.nio.file.Files.isReadable(keystore)) {
            throw new ConfigException(file, 0, "http.tls-keystore", "cannot read " + keystore);
        }
        return new ServiceConfig(host, port, keystore, password, tokenFile, captures);
    }

    private static ConfigException unknown(ConfigFile config, String section, Entry entry, String known) {
        return new ConfigException(config.file(), entry.line(), section + "." + entry.key(),
                "unknown setting (known: " + known + ")");
    }

    /** This configuration with the HTTP address overridden where the command line said so. */
    public ServiceConfig withOverrides(String host, Integer port) {
        return new ServiceConfig(host != null ? host : httpHost, port != null ? port : httpPort, tlsKeystore,
                tlsPassword, tokenFile, captureDirectory);
    }

    private static String requireNonEmpty(ConfigFile config, Entry entry) throws ConfigException {
        if (entry.value().isEmpty()) {
            throw new ConfigException(config.file(), entry.line(), entry.key(), "must not be empty");
        }
        return entry.value();
    }
}
