package kdring.session.debug;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kdring.kd.endpoint.KdException;

/**
 * Reads the named exports of a PE image in the target's memory, the way a debugger without PDBs labels
 * addresses. The image is untrusted: every RVA and count is checked against the image size and the limits
 * below, and a malformed image gives a {@link KdException} that says which field was wrong.
 *
 * <pre>
 * DOS header    0x00 "MZ"   0x3C e_lfanew u32
 * NT headers    e_lfanew: "PE\0\0", IMAGE_FILE_HEADER (20 bytes), optional header
 * optional hdr  0x00 Magic (0x20B PE32+, 0x10B PE32); data directories at 0x70 (PE32+) or 0x60 (PE32),
 *               NumberOfRvaAndSizes at 0x6C (PE32+) or 0x5C (PE32); directory 0 = exports (RVA u32, size u32)
 * IMAGE_EXPORT_DIRECTORY (40 bytes)
 *               0x0C Name RVA  0x10 Base  0x14 NumberOfFunctions  0x18 NumberOfNames
 *               0x1C AddressOfFunctions RVA (u32[])  0x20 AddressOfNames RVA (u32[])
 *               0x24 AddressOfNameOrdinals RVA (u16[])
 * </pre>
 * A function RVA inside the export directory is a forwarder string ("OTHER.Name"), not code: skipped.
 */
public final class PeExports {

    /** At most this many names are read from one module (ntoskrnl has a few thousand). */
    public static final int MAX_NAMES = 65536;
    /** At most this many bytes of export directory are read from one module. */
    public static final int MAX_DIRECTORY = 4 << 20;
    private static final int HEADER_READ = 0x400;
    private static final int MAX_NAME = 256;

    private PeExports() {
    }

    /**
     * The named exports of the image at {@code base} of {@code sizeOfImage} bytes, sorted by address; empty
     * when the image has no export directory.
     *
     * @throws KdException when the headers or the directory are malformed or unreadable
     */
    public static List<Export> read(Memory memory, long base, int sizeOfImage) throws KdException {
        long imageSize = Integer.toUnsignedLong(sizeOfImage);
        ByteBuffer header = le(memory.read(base, (int) Math.min(HEADER_READ, Math.max(imageSize, 0x40))));
        String at = String.format("the PE image at 0x%016X", base);
        if (header.limit() < 0x40 || header.get(0) != 'M' || header.get(1) != 'Z') {
            throw new KdException(at + " has no MZ header");
        }
        int lfanew = header.getInt(0x3C);
        if (lfanew < 0x40 || lfanew > header.limit() - 24 - 0x78) {
            throw new KdException(at + ": e_lfanew 0x" + Integer.toHexString(lfanew) + " is outside its headers");
        }
        if (header.getInt(lfanew) != 0x00004550) {
            throw new KdException(at + ": no PE signature at e_lfanew 0x" + Integer.toHexString(lfanew));
        }
        int optional = lfanew + 24;
        int magic = header.getShort(optional) & 0xFFFF;
        int directories;
        int count;
        if (magic == 0x20B) {
            directories = optional + 0x70;
            count = header.getInt(optional + 0x6C);
        } else if (magic == 0x10B) {
            directories = optional + 0x60;
            count = header.getInt(optional + 0x5C);
        } else {
            throw new KdException(at + ": optional header magic 0x" + Integer.toHexString(magic) + " is not PE32/PE32+");
        }
        if (count < 1 || directories + 8 > header.limit()) {
            return List.of();
        }
        long dirRva = Integer.toUnsignedLong(header.getInt(directories));
        long dirSize = Integer.toUnsignedLong(header.getInt(directories + 4));
        if (dirRva == 0 || dirSize == 0) {
            return List.of();
        }
        if (dirSize < 40 || dirSize > MAX_DIRECTORY || dirRva + dirSize > imageSize) {
            throw new KdException(String.format("%s: export directory RVA 0x%X size 0x%X lies outside the image"
                    + " (0x%X bytes) or is too small or too large", at, dirRva, dirSize, imageSize));
        }
        ByteBuffer dir = le(readFully(memory, base + dirRva, (int) dirSize, at + ": export directory"));
        long ordinalBase = Integer.toUnsignedLong(dir.getInt(0x10));
        long functions = Integer.toUnsignedLong(dir.getInt(0x14));
        long names = Integer.toUnsignedLong(dir.getInt(0x18));
        if (names > MAX_NAMES || functions > MAX_NAMES) {
            throw new KdException(at + ": " + names + " names / " + functions + " functions is more than "
                    + MAX_NAMES);
        }
        ByteBuffer functionRvas = table(memory, base, imageSize, dirRva, dir, dir.getInt(0x1C), functions * 4,
                at + ": AddressOfFunctions");
        ByteBuffer nameRvas = table(memory, base, imageSize, dirRva, dir, dir.getInt(0x20), names * 4,
                at + ": AddressOfNames");
        ByteBuffer ordinals = table(memory, base, imageSize, dirRva, dir, dir.getInt(0x24), names * 2,
                at + ": AddressOfNameOrdinals");
        List<Export> exports = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            int index = ordinals.getShort(2 * i) & 0xFFFF;
            if (index >= functions) {
                throw new KdException(at + ": name " + i + " has ordinal index " + index + " beyond "
                        + functions + " functions");
            }
            long rva = Integer.toUnsignedLong(functionRvas.getInt(4 * index));
            if (rva == 0 || rva >= imageSize || (rva >= dirRva && rva < dirRva + dirSize)) {
                continue; // unused slot, outside the image, or a forwarder string
            }
            String name = name(memory, base, imageSize, dirRva, dir, Integer.toUnsignedLong(nameRvas.getInt(4 * i)),
                    at + ": name " + i);
            exports.add(new Export(name, (int) (ordinalBase + index), base + rva));
        }
        exports.sort(Comparator.comparing(Export::address, Long::compareUnsigned));
        return List.copyOf(exports);
    }

    /** A table inside the directory when it lies there (the usual case), else read on its own. */
    private static ByteBuffer table(Memory memory, long base, long imageSize, long dirRva, ByteBuffer dir, int rvaField,
            long bytes, String what) throws KdException {
        long rva = Integer.toUnsignedLong(rvaField);
        if (bytes == 0) {
            return le(new byte[0]);
        }
        if (rva + bytes > imageSize) {
            throw new KdException(String.format("%s at RVA 0x%X (0x%X bytes) lies outside the image", what, rva, bytes));
        }
        if (rva >= dirRva && rva + bytes <= dirRva + dir.limit()) {
            return le(copy(dir, (int) (rva - dirRva), (int) bytes));
        }
        return le(readFully(memory, base + rva, (int) bytes, what));
    }

    private static String name(Memory memory, long base, long imageSize, long dirRva, ByteBuffer dir, long rva,
            String what) throws KdException {
        if (rva >= imageSize) {
            throw new KdException(String.format("%s at RVA 0x%X lies outside the image", what, rva));
        }
        byte[] bytes;
        if (rva >= dirRva && rva < dirRva + dir.limit()) {
            bytes = copy(dir, (int) (rva - dirRva), (int) Math.min(MAX_NAME, dirRva + dir.limit() - rva));
        } else {
            bytes = memory.read(base + rva, (int) Math.min(MAX_NAME, imageSize - rva));
        }
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        if (end == bytes.length && end == MAX_NAME) {
            throw new KdException(what + " is longer than " + MAX_NAME + " bytes");
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static byte[] readFully(Memory memory, long address, int length, String what) throws KdException {
        byte[] bytes = memory.read(address, length);
        if (bytes.length < length) {
            throw new KdException(String.format("%s: only 0x%X of 0x%X bytes at 0x%016X are readable", what,
                    bytes.length, length, address));
        }
        return bytes;
    }

    private static byte[] copy(ByteBuffer from, int offset, int length) {
        byte[] out = new byte[length];
        from.get(offset, out);
        return out;
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
