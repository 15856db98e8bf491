package kdring.server;

import java.nio.file.Path;

import kdring.server.ConfigFile.ConfigException;
import kdring.server.ConfigFile.Entry;
import kdring.server.ConfigFile.Section;

/**
 * The headless service's settings, with defaults that work when there is no configuration file.
 * {@code docs/} describes the file; every key it does not know is an error naming its line, so that a
 * typo never silently falls back to a default.
 *
 * @param httpHost the address the API binds to (loopback unless told otherwise)
 * @param httpPort the API's TCP port
 */
public record ServiceConfig(String httpHost, int httpPort) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;

    /** The settings used when no file is given. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(DEFAULT_HOST, DEFAULT_PORT);
    }

    /** Reads {@code file}; keys it leaves out keep their defaults. */
    public static ServiceConfig load(Path file) throws ConfigException {
        ConfigFile config = ConfigFile.read(file);
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        for (Section section : config.sections()) {
            switch (section.kind()) {
                case "http" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "host" -> host = requireNonEmpty(config, entry);
                            case "port" -> port = config.intValue(entry, 1, 65535);
                            default -> throw new ConfigException(file, entry.line(), "http." + entry.key(),
                                    "unknown setting (known: host, port)");
                        }
                    }
                }
                default -> throw new ConfigException(file, section.line(), "[" + section.kind() + "]",
                        "unknown section (known: [http])");
            }
        }
        return new ServiceConfig(host, port);
    }

    /** This configuration with the HTTP address overridden where the command line said so. */
    public ServiceConfig withOverrides(String host, Integer port) {
        return new ServiceConfig(host != null ? host : httpHost, port != null ? port : httpPort);
    }

    private static String requireNonEmpty(ConfigFile config, Entry entry) throws ConfigException {
        if (entry.value().isEmpty()) {
            throw new ConfigException(config.file(), entry.line(), entry.key(), "must not be empty");
        }
        return entry.value();
    }
}
