package kdring.ui.session;

import java.io.IOException;
import java.nio.file.Path;

/** What the workbench can ask of the service that owns a remote channel, besides debugging. */
public interface RemoteControl {

    /** Starts or stops the service's capture of the channel; @return the file on the service's host */
    String capture(boolean start) throws IOException;

    /** Downloads the service's capture into {@code folder}; @return the local file */
    Path downloadCapture(Path folder) throws IOException;
}
