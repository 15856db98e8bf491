package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.export.Exports;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;

/** A guest that reports more modules than anyone has: the table stays bounded, and the excess is counted. */
class ModuleTableTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theModuleTableIsCappedAndCountsWhatItDid() throws IOException {
        int flood = ChannelRecorder.MAX_MODULES + 4_464;
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("flood");
        Path capture = dir.resolve("flood.kdcap");
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, capture)) {
            new SyntheticSession(recorder).loadModules(flood);
            recorder.read(() -> {
                assertEquals(ChannelRecorder.MAX_MODULES, channel.getModules().size());
                assertTrue(channel.getFaults().stream().anyMatch(f -> f.getMessage().contains("module table is full")),
                        "the event log says the table is full");
                return null;
            });
            assertEquals(flood - ChannelRecorder.MAX_MODULES, recorder.modulesOverCap());
        }
        Exports.csv(capture, dir.resolve("csv"));
        assertEquals(ChannelRecorder.MAX_MODULES + 1, Files.readAllLines(dir.resolve("csv/modules.csv")).size());
    }
}
