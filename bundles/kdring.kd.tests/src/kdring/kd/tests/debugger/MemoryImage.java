package kdring.kd.tests.debugger;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/** A sparse memory image: byte arrays placed at addresses (unsigned order). Thread-safe. */
public final class MemoryImage {

    private final TreeMap<Long, byte[]> regions = new TreeMap<>(Long::compareUnsigned);

    /** Places {@code bytes} at {@code address}. */
    public synchronized MemoryImage put(long address, byte[] bytes) {
        regions.put(address, bytes.clone());
        return this;
    }

    /** Reads up to {@code count} bytes from {@code address}, stopping at the first unmapped byte. */
    public synchronized byte[] read(long address, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long at = address;
        while (out.size() < count) {
            Map.Entry<Long, byte[]> region = regions.floorEntry(at);
            if (region == null) {
                break;
            }
            long offset = at - region.getKey();
            if (offset < 0 || offset >= region.getValue().length) {
                break;
            }
            int n = (int) Math.min(count - out.size(), region.getValue().length - offset);
            out.write(region.getValue(), (int) offset, n);
            at += n;
        }
        return out.toByteArray();
    }
}
