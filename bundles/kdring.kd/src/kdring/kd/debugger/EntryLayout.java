package kdring.kd.debugger;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.Bytes;

/** Where KLDR_DATA_TABLE_ENTRY keeps its fields, per pointer width. */
enum EntryLayout {
    AMD64(8, 0x88, 0x30, 0x38, 0x40, 0x48, 0x50, 0x78),
    X86(4, 0x50, 0x18, 0x1C, 0x20, 0x24, 0x28, -1);

    final int pointerSize;
    final int entrySize;
    final int dllBase;
    final int entryPoint;
    final int sizeOfImage;
    final int fullNameLength;
    final int fullNameBuffer;
    final int checkSum;

    EntryLayout(int pointerSize, int entrySize, int dllBase, int entryPoint, int sizeOfImage,
            int fullNameLength, int fullNameBuffer, int checkSum) {
        this.pointerSize = pointerSize;
        this.entrySize = entrySize;
        this.dllBase = dllBase;
        this.entryPoint = entryPoint;
        this.sizeOfImage = sizeOfImage;
        this.fullNameLength = fullNameLength;
        this.fullNameBuffer = fullNameBuffer;
        this.checkSum = checkSum;
    }

    /** A native pointer, sign-extended on x86 so it can be sent back as a TargetBaseAddress. */
    long pointer(Bytes bytes, int offset) {
        return pointerSize == 8 ? bytes.u64(offset) : (long) bytes.u32(offset);
    }

    LoadedModule module(Bytes entry, KdDebugger debugger) throws KdException {
        int nameLength = nameLength(entry);
        long nameBuffer = nameBuffer(entry);
        String path = "";
        if (nameLength > 0 && nameBuffer != 0) {
            path = Bytes.of(debugger.readVirtual(nameBuffer, nameLength)).utf16(0, nameLength);
        }
        return module(entry, path);
    }

    /** FullDllName.Length, at most 4 KiB (a corrupted entry must not make a walk read megabytes). */
    int nameLength(Bytes entry) {
        return Math.min(entry.u16(fullNameLength), 0x1000);
    }

    /** FullDllName.Buffer. */
    long nameBuffer(Bytes entry) {
        return pointer(entry, fullNameBuffer);
    }

    /** The module an entry describes, its path read already. */
    LoadedModule module(Bytes entry, String path) {
        return new LoadedModule(path, pointer(entry, dllBase), entry.u32(sizeOfImage),
                checkSum >= 0 ? entry.u32(checkSum) : 0, pointer(entry, entryPoint),
                LoadedModule.Source.MODULE_WALK);
    }
}
