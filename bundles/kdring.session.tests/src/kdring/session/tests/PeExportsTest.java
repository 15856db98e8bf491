package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.session.debug.Export;
import kdring.session.debug.Memory;
import kdring.session.debug.PeExports;
import kdring.session.debug.Symbols;

/**
 * Export directories of PE images in a byte image of "target memory": a well-formed one, a forwarder, and
 * hostile ones (every field out of range) that must fail with a specific message and never read outside
 * the image.
 */
class PeExportsTest {

    static final long BASE = 0xFFFFF88000000000L;
    static final int SIZE = 0x3000;
    static final int DIR = 0x2000;

    /** A PE32+ image: headers at 0, three exports (one a forwarder) described at RVA 0x2000. */
    static ByteBuffer image() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 'M').put(1, (byte) 'Z');
        b.putInt(0x3C, 0x80); // e_lfanew
        b.putInt(0x80, 0x00004550); // "PE\0\0"
        int optional = 0x80 + 24;
        b.putShort(optional, (short) 0x20B); // PE32+
        b.putInt(optional + 0x6C, 16); // NumberOfRvaAndSizes
        b.putInt(optional + 0x70, DIR); // export directory RVA
        b.putInt(optional + 0x74, 0x100); // and size
        b.putInt(DIR + 0x10, 5); // Base (first ordinal)
        b.putInt(DIR + 0x14, 3); // NumberOfFunctions
        b.putInt(DIR + 0x18, 3); // NumberOfNames
        b.putInt(DIR + 0x1C, DIR + 0x40); // AddressOfFunctions
        b.putInt(DIR + 0x20, DIR + 0x50); // AddressOfNames
        b.putInt(DIR + 0x24, DIR + 0x60); // AddressOfNameOrdinals
        b.putInt(DIR + 0x40, 0x1100); // function 0: code
        b.putInt(DIR + 0x44, 0x1000); // function 1: code
        b.putInt(DIR + 0x48, DIR + 0x90); // function 2: a forwarder string inside the directory
        b.putInt(DIR + 0x50, DIR + 0x70); // names, sorted: "Alpha" -> function 1
        b.putInt(DIR + 0x54, DIR + 0x78); // "Beta" -> function 0
        b.putInt(DIR + 0x58, DIR + 0x80); // "Gamma" -> function 2 (forwarded)
        b.putShort(DIR + 0x60, (short) 1).putShort(DIR + 0x62, (short) 0).putShort(DIR + 0x64, (short) 2);
        put(b, DIR + 0x70, "Alpha");
        put(b, DIR + 0x78, "Beta");
        put(b, DIR + 0x80, "Gamma");
        put(b, DIR + 0x90, "OTHER.Gamma");
        return b;
    }

    static void put(ByteBuffer b, int at, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        b.put(at, bytes).put(at + bytes.length, (byte) 0);
    }

    /** Target memory holding {@code image} at BASE; everything else unreadable. */
    static Memory memory(ByteBuffer image) {
        return (address, length) -> {
            long offset = address - BASE;
            if (offset < 0 || offset >= image.capacity()) {
                throw new KdException(String.format("0x%016X is not readable", address));
            }
            int n = (int) Math.min(length, image.capacity() - offset);
            byte[] out = new byte[n];
            image.get((int) offset, out);
            return out;
        };
    }

    @Test
    void namedExportsSortedByAddressForwardersSkipped() throws Exception {
        List<Export> exports = PeExports.read(memory(image()), BASE, SIZE);
        assertEquals(List.of(new Export("Alpha", 6, BASE + 0x1000), new Export("Beta", 5, BASE + 0x1100)), exports);
    }

    @Test
    void symbolsLabelAddressesAndResolveNames() throws Exception {
        Symbols symbols = new Symbols(memory(image()));
        LoadedModule kernel = new LoadedModule("\\SystemRoot\\system32\\ntoskrnl.exe", 0xFFFFF80000100000L, 0x1000,
                0, 0, LoadedModule.Source.MODULE_WALK);
        LoadedModule driver = new LoadedModule("\\SystemRoot\\System32\\drivers\\demo.sys", BASE, SIZE, 0, 0,
                LoadedModule.Source.MODULE_WALK);
        symbols.setModules(List.of(kernel, driver));
        assertEquals("demo!Alpha", symbols.describe(BASE + 0x1000));
        assertEquals("demo!Alpha+0x10", symbols.describe(BASE + 0x1010));
        assertEquals("demo!Beta+0x1eff", symbols.describe(BASE + 0x2FFF));
        assertEquals("demo+0x10", symbols.describe(BASE + 0x10), "below the first export");
        assertEquals("0xfffff88000003000", symbols.describe(BASE + SIZE), "past the image");
        assertEquals("nt+0x20", symbols.describe(0xFFFFF80000100020L), "the kernel is nt; its headers are unreadable");
        assertTrue(symbols.problem(kernel.base()).orElseThrow().contains("not readable"));
        assertEquals(BASE + 0x1100, symbols.resolve("demo!Beta"));
        assertEquals(BASE + 0x1100, symbols.resolve("DEMO.SYS!Beta"));
        assertTrue(assertThrows(KdException.class, () -> symbols.resolve("demo!beta")).getMessage()
                .contains("exports no beta"));
        assertTrue(assertThrows(KdException.class, () -> symbols.resolve("nosuch!Beta")).getMessage()
                .contains("no loaded module named nosuch"));
        assertTrue(assertThrows(KdException.class, () -> symbols.resolve("Beta")).getMessage()
                .contains("not a module!export"));
    }

    @Test
    void hostileImagesFailWithTheFieldThatIsWrong() {
        int optional = 0x80 + 24;
        assertFails(b -> b.put(0, (byte) 'X'), "no MZ header");
        assertFails(b -> b.putInt(0x3C, 0x7FFFFFF0), "e_lfanew");
        assertFails(b -> b.putInt(0x80, 0), "no PE signature");
        assertFails(b -> b.putShort(optional, (short) 0x999), "magic 0x999");
        assertFails(b -> b.putInt(optional + 0x70, SIZE - 0x10), "outside the image");
        assertFails(b -> b.putInt(optional + 0x74, Integer.MAX_VALUE), "outside the image");
        assertFails(b -> b.putInt(DIR + 0x18, 0x7FFFFFFF), "more than 65536");
        assertFails(b -> b.putInt(DIR + 0x1C, SIZE - 4), "AddressOfFunctions at RVA 0x2FFC");
        assertFails(b -> b.putInt(DIR + 0x20, 0xFFFFFFF0), "AddressOfNames");
        assertFails(b -> b.putShort(DIR + 0x60, (short) 9), "ordinal index 9 beyond 3 functions");
        assertFails(b -> b.putInt(DIR + 0x50, 0x7FFFFFFF), "name 0 at RVA 0x7FFFFFFF lies outside the image");
        assertFails(b -> {
            b.putInt(DIR + 0x50, 0x1200);
            for (int i = 0; i < 0x200; i++) {
                b.put(0x1200 + i, (byte) 'A'); // a name with no end
            }
        }, "longer than 256 bytes");
    }

    @Test
    void noExportDirectoryIsNoExports() throws Exception {
        ByteBuffer b = image();
        b.putInt(0x80 + 24 + 0x70, 0);
        assertEquals(List.of(), PeExports.read(memory(b), BASE, SIZE));
    }

    private static void assertFails(java.util.function.Consumer<ByteBuffer> damage, String expected) {
        ByteBuffer b = image();
        damage.accept(b);
        KdException e = assertThrows(KdException.class, () -> PeExports.read(memory(b), BASE, SIZE));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
