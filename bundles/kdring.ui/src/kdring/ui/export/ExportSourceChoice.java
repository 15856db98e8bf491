package kdring.ui.export;

import java.nio.file.Path;

import kdring.ui.session.WorkbenchChannel;

/**
 * A capture the export wizard offers. Immutable.
 *
 * @param label         what the wizard lists
 * @param capture       the capture file
 * @param windbgCommand the channel's WinDbg command line, "" when unknown
 */
public record ExportSourceChoice(String label, Path capture, String windbgCommand) {

    /** The recording of {@code session}. */
    public static ExportSourceChoice of(WorkbenchChannel session) {
        return new ExportSourceChoice(session.info().key() + " (" + session.status().transportName() + ") \u2014 "
                + session.capture().getFileName(), session.capture(), session.info().windbgCommand());
    }
}
