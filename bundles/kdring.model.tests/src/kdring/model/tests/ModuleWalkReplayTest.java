package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.debugger.ModuleList;
import kdring.kd.observer.LoadedModule;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.recorder.RecorderListener;
import kdring.model.session.Channel;
import kdring.model.session.Module;
import kdring.model.session.ModuleSource;
import kdring.model.session.SessionFactory;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;

/**
 * A capture holding a debugger's walk of the module list, reopened offline, rebuilds the module table the
 * live session had: from the walk's ReadVirtualMemory traffic, not from LoadSymbols reports.
 */
class ModuleWalkReplayTest {

    @TempDir
    Path dir;

    private static Channel channel() {
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("walk");
        return channel;
    }

    private List<String> record(Path capture, int count, boolean withVersion) throws IOException {
        try (ChannelRecorder recorder = ChannelRecorder.live(channel(), capture)) {
            SyntheticSession session = new SyntheticSession(recorder);
            session.play();
            return session.walkModules(count, withVersion);
        }
    }

    @Test
    void aReopenedCaptureHasTheModulesItsWalkRead() throws IOException {
        Path capture = dir.resolve("walk.kdcap");
        List<String> walked = record(capture, 150, true);

        List<ModuleList> told = new ArrayList<>();
        ChannelStory story = new ChannelStory(ChannelStatus.waiting("offline"));
        Channel offline = channel();
        try (ChannelRecorder replay = ChannelRecorder.replay(offline, capture, ChannelRecorder.DEFAULT_WINDOW,
                new RecorderListener() {
                    @Override
                    public void onModuleWalk(long nanos, ModuleList walk) {
                        told.add(walk);
                        story.walkSeen(nanos, walk);
                    }
                })) {
            assertEquals(1, told.size(), "one walk in the capture, told once");
            assertTrue(told.get(0).complete(), told.get(0).stoppedBecause());
            assertEquals(walked, told.get(0).modules().stream().map(LoadedModule::path).toList());

            List<LoadedModule> table = story.modules();
            assertEquals(150, table.size());
            assertEquals("walked0.sys", table.get(0).name());
            assertEquals(0x20000 + 149, table.get(149).size());
            assertEquals(1, story.events(java.util.Set.of(StoryEvent.Kind.MODULE), 0, 10).events().stream()
                    .filter(e -> e.detail().equals("module list walked: 150 modules")).count());

            // the model: ntoskrnl from the LoadSymbols report is not in the walk, so the walk unloads it
            List<Module> loaded = offline.getModules().stream().filter(m -> m.getUnloadTime() == 0).toList();
            assertEquals(150, loaded.size());
            assertTrue(loaded.stream().allMatch(m -> m.getSource() == ModuleSource.MODULE_WALK));
            assertEquals(walked, loaded.stream().map(Module::getPath).toList());
        }
    }

    @Test
    void theLiveModelAndTheReplayAgree() throws IOException {
        Path capture = dir.resolve("agree.kdcap");
        Channel live = channel();
        try (ChannelRecorder recorder = ChannelRecorder.live(live, capture)) {
            new SyntheticSession(recorder).walkModules(12, true);
        }
        Channel offline = channel();
        try (ChannelRecorder replay = ChannelRecorder.replay(offline, capture, ChannelRecorder.DEFAULT_WINDOW)) {
            assertEquals(12, offline.getModules().size());
            assertTrue(EcoreUtil.equals(live.getModules(), offline.getModules()), "same modules live and offline");
        }
    }

    @Test
    void aCaptureStartedAfterGetVersionStillRebuildsTheTable() throws IOException {
        Path capture = dir.resolve("noversion.kdcap");
        Channel live = channel();
        try (ChannelRecorder recorder = ChannelRecorder.live(live, capture)) {
            new SyntheticSession(recorder).walkModules(5, false);
        }
        Channel offline = channel();
        try (ChannelRecorder replay = ChannelRecorder.replay(offline, capture, ChannelRecorder.DEFAULT_WINDOW)) {
            assertEquals(5, offline.getModules().size());
        }
    }
}
