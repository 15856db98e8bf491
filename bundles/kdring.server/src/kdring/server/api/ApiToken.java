package kdring.server.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The bearer token every API route but health requires. Generated at the service's first start (32 random
 * bytes, hex) and kept in a file readable by its owner only (mode 0600); later starts read it back, so
 * remote workbenches keep working across restarts. Immutable and thread-safe.
 */
public final class ApiToken {

    private final String token;
    private final Path file;
    private final boolean created;

    private ApiToken(String token, Path file, boolean created) {
        this.token = token;
        this.file = file;
        this.created = created;
    }

    /**
     * Reads the token in {@code file}, or creates the file with a new token when it does not exist.
     *
     * @throws IOException when the file cannot be read or written, or holds no usable token, or can be
     *         read by others (a token anyone can read protects nothing)
     */
    public static ApiToken loadOrCreate(Path file) throws IOException {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new IOException("API token file " + file + " is a symbolic link to " + Files.readSymbolicLink(file)
                    + ", which does not exist; remove the link or point it at the token file");
        }
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                return new ApiToken(token, file, true);
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
                Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                return new ApiToken(token, file, true);
            } catch (FileAlreadyExistsException raced) {
                // another service made it at the same moment: read theirs below
            }
        }
        checkPrivate(file);
        if (Files.size(file) > 4096) {
            throw new IOException("API token file " + file + " is " + Files.size(file) + " bytes, not a token;"
                    + " delete it to have a new one generated");
        }
        String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (token.length() < 32 || !token.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IOException("API token file " + file + " does not hold a hex token of at least 32 digits;"
                    + " delete it to have a new one generated");
        }
        return new ApiToken(token, file, false);
    }

    /** Refuses a token file (or the file a link names) that another user owns or anyone else may read or write. */
    private static void checkPrivate(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("API token file " + file + " is not a regular file");
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return; // nothing to check on this file system
        }
        Set<PosixFilePermission> shared = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        shared.retainAll(permissions);
        if (!shared.isEmpty()) {
            throw new IOException("API token file " + file + " is open to other users ("
                    + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
        }
        UserPrincipal owner = Files.getOwner(file);
        UserPrincipal me = currentUser();
        if (me != null && !owner.equals(me)) {
            throw new IOException("API token file " + file + " belongs to " + owner.getName() + ", not to "
                    + me.getName() + " who runs the service; a token another user controls protects nothing");
        }
    }

    /** @return the user this process runs as (the owner of /proc/self on Linux), or null when unknown */
    static UserPrincipal currentUser() {
        try {
            Path self = Path.of("/proc/self");
            if (Files.exists(self)) {
                return Files.getOwner(self);
            }
            return self.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** @return whether {@code authorization} (an HTTP Authorization header value, may be null) carries this token */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(offered, token.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the token itself, for the service to hand to local clients (never logged) */
    public String value() {
        return token;
    }

    public Path file() {
        return file;
    }

    /** @return whether this start generated the token (so its path is worth printing) */
    public boolean created() {
        return created;
    }
}
