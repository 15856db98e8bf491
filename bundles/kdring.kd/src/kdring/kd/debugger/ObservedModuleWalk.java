package kdring.kd.debugger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import kdring.kd.observer.Direction;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.VersionInfo;

/**
 * Reads a walk of PsLoadedModuleList out of the packets that crossed, without sending anything: what lets
 * a capture reopened offline show the module table the live session had. A walk is the GetVersion reply
 * (where the list head is, and whether the kernel is x64), then ReadVirtualMemory replies for the head, each
 * entry and each entry's FullDllName, in the order {@link KdDebugger#listModules} reads them; another
 * debugger's walk that reads the same bytes (in pieces or in larger reads) is read too.
 * <p>
 * It keeps the bytes of the read replies from the read of the list head on, and after each reply follows
 * the list as far as those bytes go, with the same entry layout and the same guards as the debugger (null
 * and -1 links, loops, {@link #MAX_MODULES} entries). When the list comes back to its head, or a guard stops
 * it, the walk is complete and {@link #packet} returns it. Without a GetVersion reply in the stream (a
 * capture started after the debugger had cached the version) an x64 walk is still recognised by its first
 * two reads: 8 bytes at the head, then one whole entry at the address those 8 bytes hold.
 * <p>
 * The target is untrusted: at most {@link #MAX_BYTES} of replies are kept for one walk (more ends it,
 * unread), and every length is bounded by the reply's own data.
 * <p>
 * Not thread-safe: confined to the thread that feeds it (a recorder's).
 */
public final class ObservedModuleWalk {

    /** Reply bytes kept for one walk; a walk that needs more is abandoned. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The most entries a walk follows (as the observer's module table). */
    public static final int MAX_MODULES = KdObserver.MAX_MODULES;

    private VersionInfo version;
    /** Replies of the walk under way: address → bytes, as the reply's TargetBaseAddress names them. */
    private final TreeMap<Long, byte[]> memory = new TreeMap<>();
    private long kept;
    private boolean walking;
    private EntryLayout layout;
    private long head;
    private long next;
    private final List<LoadedModule> modules = new ArrayList<>();
    private final Set<Long> visited = new HashSet<>();
    /** Without a version: the 8-byte read that may have been a list head, waiting for its entry read. */
    private long candidateHead;
    private long candidateFirst;
    private byte[] candidateBytes;
    private boolean candidate;

    /**
     * Takes in one packet as the observer saw it.
     *
     * @return the walk this packet completed, if it completed one
     */
    public Optional<ModuleList> packet(KdEvent.PacketSeen seen) {
        if (seen.direction() != Direction.TARGET_TO_DEBUGGER || seen.retransmission()
                || !(seen.body() instanceof Manipulate reply) || reply.returnStatus() != 0) {
            return Optional.empty();
        }
        if (reply.api() == ManipulateApi.GET_VERSION && reply.detail() instanceof VersionInfo reported) {
            version = reported;
            candidate = false;
            return Optional.empty();
        }
        if (reply.api() != ManipulateApi.READ_VIRTUAL_MEMORY
                || !(reply.detail() instanceof ManipulateDetail.MemoryTransfer transfer)) {
            return Optional.empty();
        }
        int actual = Math.min(Math.max(transfer.actualCount(), 0), reply.dataLength());
        if (actual <= 0) {
            return Optional.empty();
        }
        byte[] bytes = reply.data().slice(0, actual).toArray();
        long address = transfer.address();
        if (startsWalk(address, bytes)) {
            return advance();
        }
        if (!walking) {
            return Optional.empty();
        }
        if (kept + bytes.length > MAX_BYTES) {
            abandon();
            return Optional.empty();
        }
        memory.put(address, bytes);
        kept += bytes.length;
        return advance();
    }

    /** Starts a walk when {@code address} is the list head; true when it did. */
    private boolean startsWalk(long address, byte[] bytes) {
        if (version != null && version.psLoadedModuleList() != 0) {
            EntryLayout known = version.is64Bit() ? EntryLayout.AMD64 : EntryLayout.X86;
            if (address != version.psLoadedModuleList() || bytes.length < known.pointerSize) {
                return false;
            }
            start(known, address, bytes);
            return true;
        }
        // no version seen: an 8-byte read, then a whole entry read at the pointer it held, is an x64 walk
        if (candidate && address == candidateFirst && bytes.length >= EntryLayout.AMD64.entrySize) {
            candidate = false;
            start(EntryLayout.AMD64, candidateHead, candidateBytes);
            memory.put(address, bytes);
            kept += bytes.length;
            return true;
        }
        candidate = bytes.length == EntryLayout.AMD64.pointerSize;
        if (candidate) {
            candidateHead = address;
            candidateBytes = bytes;
            candidateFirst = Bytes.of(bytes).u64(0);
        }
        return false;
    }

    private void start(EntryLayout entryLayout, long listHead, byte[] headBytes) {
        abandon();
        walking = true;
        layout = entryLayout;
        head = listHead;
        next = layout.pointer(Bytes.of(headBytes), 0);
        memory.put(listHead, headBytes);
        kept = headBytes.length;
    }

    /** Follows the list as far as the replies kept so far go. */
    private Optional<ModuleList> advance() {
        while (next != head) {
            if (next == 0 || next == -1L || next == 0xFFFFFFFFL) {
                return finish(String.format("link after %d modules is 0x%X", modules.size(), next));
            }
            if (visited.contains(next)) {
                return finish(String.format("loop: entry 0x%016X seen twice after %d modules", next, modules.size()));
            }
            if (modules.size() >= MAX_MODULES) {
                return finish("more than " + MAX_MODULES + " modules");
            }
            byte[] entryBytes = read(next, layout.entrySize);
            if (entryBytes == null) {
                return Optional.empty();
            }
            Bytes entry = Bytes.of(entryBytes);
            int nameLength = layout.nameLength(entry);
            long nameBuffer = layout.nameBuffer(entry);
            String path = "";
            if (nameLength > 0 && nameBuffer != 0) {
                byte[] name = read(nameBuffer, nameLength);
                if (name == null) {
                    return Optional.empty();
                }
                path = Bytes.of(name).utf16(0, nameLength);
            }
            modules.add(layout.module(entry, path));
            visited.add(next);
            next = layout.pointer(entry, 0);
        }
        return finish(null);
    }

    private Optional<ModuleList> finish(String stoppedBecause) {
        ModuleList walk = new ModuleList(modules, stoppedBecause);
        abandon();
        return Optional.of(walk);
    }

    private void abandon() {
        walking = false;
        memory.clear();
        kept = 0;
        modules.clear();
        visited.clear();
    }

    /** {@code length} bytes at {@code address} from the replies kept, or null when they do not hold them all. */
    private byte[] read(long address, int length) {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            long at = address + done;
            Map.Entry<Long, byte[]> piece = memory.floorEntry(at);
            if (piece == null) {
                return null;
            }
            long into = at - piece.getKey();
            if (into < 0 || into >= piece.getValue().length) {
                return null;
            }
            int n = (int) Math.min(length - done, piece.getValue().length - into);
            System.arraycopy(piece.getValue(), (int) into, out, done, n);
            done += n;
        }
        return out;
    }
}
