package kdring.model.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import kdring.model.session.Channel;
import kdring.model.session.Session;
import kdring.model.session.SessionPackage;

/**
 * Saves and loads session metadata as XMI beside the captures: {@code NAME.kdcap} holds one channel's raw
 * bytes, {@code NAME.kdsession} the session model (channels, counters, the bounded windows). Works in plain
 * Java as well as under OSGi: the package and the XMI factory are registered on a private resource set.
 * <p>
 * Saving writes a temporary file and renames it, so a crash never leaves half a metadata file. Stateless;
 * thread-safe, but the session must not change while it is saved (save it under the recorder's lock).
 */
public final class SessionStore {

    /** File name extension of capture files. */
    public static final String CAPTURE_EXTENSION = ".kdcap";
    /** File name extension of session metadata files. */
    public static final String METADATA_EXTENSION = ".kdsession";

    private SessionStore() {
    }

    /** The metadata file that belongs beside {@code capture}: {@code x.kdcap} → {@code x.kdsession}. */
    public static Path metadataFor(Path capture) {
        String name = capture.getFileName().toString();
        String base = name.endsWith(CAPTURE_EXTENSION) ? name.substring(0, name.length() - CAPTURE_EXTENSION.length())
                : name;
        return capture.resolveSibling(base + METADATA_EXTENSION);
    }

    /**
     * Writes {@code session} to {@code file} (a copy is written, so the session stays where it is). Capture
     * paths of channels are stored relative to the metadata file when they lie beside or below it.
     */
    public static void save(Session session, Path file) throws IOException {
        Session copy = EcoreUtil.copy(session);
        Path folder = file.toAbsolutePath().getParent();
        for (Channel channel : copy.getChannels()) {
            String capture = channel.getCaptureFile();
            if (capture != null && !capture.isEmpty()) {
                Path path = Path.of(capture).toAbsolutePath().normalize();
                if (folder != null && path.startsWith(folder)) {
                    channel.setCaptureFile(folder.relativize(path).toString().replace('\\', '/'));
                }
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        // created 0600 first (EMF keeps the mode of a file it overwrites): the metadata names modules and prints
        PrivateFiles.newOutputStream(temporary).close();
        Resource resource = resourceSet().createResource(URI.createFileURI(temporary.toAbsolutePath().toString()));
        resource.getContents().add(copy);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a session from {@code file}. Relative capture paths are resolved against the file's folder.
     *
     * @throws IOException when the file is missing or is not a kdring session
     */
    public static Session load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no session metadata at " + file);
        }
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a readable kdring session: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Session session)) {
            throw new IOException(file + " holds no kdring session");
        }
        Path folder = file.toAbsolutePath().getParent();
        for (Channel channel : session.getChannels()) {
            String capture = channel.getCaptureFile();
            if (capture != null && !capture.isEmpty() && !Path.of(capture).isAbsolute() && folder != null) {
                channel.setCaptureFile(folder.resolve(capture).normalize().toString());
            }
        }
        return session;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(SessionPackage.eNS_URI, SessionPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }
}
