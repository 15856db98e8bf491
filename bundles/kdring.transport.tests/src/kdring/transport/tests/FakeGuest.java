package kdring.transport.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.invoke.VarHandle;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import kdring.transport.StreamConnector;
import kdring.transport.VmChannel;
import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.port.PortStreamParser;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.GuestRamLayout;

/**
 * A guest written in Java, for testing the host without booting a VM: it lays out a descriptor page and two
 * 64 KiB rings in a real memory file (mapped twice: once by itself, once by the host under test) and writes
 * hello, kick and goodbye bytes into a real unix socket, as QEMU's isa-debugcon would (it is the socket's
 * server; bytes written while no host is connected are lost). It can also misbehave on purpose.
 *
 * <p>Layout: descriptor at GPA 0x10000, tx pages at 0x20000.., rx pages at 0x40000.. (pages in reverse order,
 * to prove the host does not assume contiguity). Not thread-safe: one test thread drives it.
 */
public final class FakeGuest implements AutoCloseable {

    public static final long RAM = 4L << 20;
    public static final long DESCRIPTOR = 0x10000;
    public static final int RING = 0x10000;
    static final long TX_BASE = 0x20000;
    static final long RX_BASE = 0x40000;

    final Path directory;
    final Path memoryFile;
    final Path portPath;
    final Path serialPath;
    final GuestMemory memory;
    private final GuestMemory hostView;
    private final ServerSocketChannel portServer;
    private final ServerSocketChannel serialServer;
    private volatile SocketChannel port;
    private volatile SocketChannel serial;
    private final Thread acceptor;
    int nonce = 0x1000;
    int txProducer;
    int rxConsumer;

    public FakeGuest(Path directory, String name) throws IOException, GuestMemoryException {
        this.directory = directory;
        this.memoryFile = directory.resolve(name + ".ram");
        try (RandomAccessFile file = new RandomAccessFile(memoryFile.toFile(), "rw")) {
            file.setLength(RAM);
        }
        memory = MappedGuestMemory.map(memoryFile);
        hostView = MappedGuestMemory.map(memoryFile);
        portPath = directory.resolve(name + ".port");
        serialPath = directory.resolve(name + ".serial");
        portServer = listen(portPath);
        serialServer = listen(serialPath);
        acceptor = new Thread(this::accept, "fake-guest-accept-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static ServerSocketChannel listen(Path path) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return server;
    }

    private void accept() {
        Thread serialAcceptor = new Thread(() -> {
            try {
                while (true) {
                    serial = serialServer.accept();
                }
            } catch (IOException e) {
                // closed
            }
        }, acceptor.getName() + "-serial");
        serialAcceptor.setDaemon(true);
        serialAcceptor.start();
        try {
            while (true) {
                port = portServer.accept();
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The host's configuration for this guest. */
    public VmChannel.Config config(String name) {
        return new VmChannel.Config(name, StreamConnector.unixSocket(portPath), StreamConnector.unixSocket(serialPath),
                hostView, GuestRamLayout.pc(RAM));
    }

    /**
     * The host's configuration for this guest with the host's view of its RAM given by the caller (e.g. a
     * hypervisor adapter's page-by-page mapping of {@link #memoryFile()}).
     */
    public VmChannel.Config config(String name, GuestMemory host, GuestRamLayout layout) {
        return new VmChannel.Config(name, StreamConnector.unixSocket(portPath), StreamConnector.unixSocket(serialPath),
                host, layout);
    }

    /** @return the file that holds the guest's RAM (guest-physical address = offset) */
    public Path memoryFile() {
        return memoryFile;
    }

    /** The host's configuration for this guest as a VM with stock kdcom: the serial socket alone. */
    public VmChannel.Config serialOnlyConfig(String name) {
        return VmChannel.Config.serialOnly(name, StreamConnector.unixSocket(serialPath));
    }

    /** Waits until the host connected to the serial socket. */
    public void awaitSerialHost(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (serial == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (serial == null) {
            throw new AssertionError("the host did not connect to " + serialPath);
        }
    }

    /** @return whether the host holds a connection to the port socket */
    public boolean portConnected() {
        return port != null;
    }

    /** Waits until the host connected to the port (and serial) socket. */
    public void awaitHost(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while ((port == null || serial == null) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (port == null) {
            throw new AssertionError("the host did not connect to " + portPath);
        }
    }

    /** Drops the host's port connection, as QEMU does when the VM stops. */
    public void dropPortConnection() throws IOException {
        SocketChannel was = port;
        port = null;
        if (was != null) {
            was.close();
        }
    }

    /** Zeroes and fills the descriptor with a fresh nonce and 64 KiB rings, indices at {@code start}. */
    public void initialise(int start) throws GuestMemoryException {
        nonce++;
        byte[] zero = new byte[DescriptorLayout.PAGE_SIZE];
        memory.write(DESCRIPTOR, zero, 0, zero.length);
        putInt(DescriptorLayout.MAGIC_OFFSET, DescriptorLayout.MAGIC);
        putShort(DescriptorLayout.VERSION_OFFSET, 1);
        putShort(DescriptorLayout.PAGE_SIZE_OFFSET, 0x1000);
        putInt(DescriptorLayout.NONCE, nonce);
        putInt(DescriptorLayout.GUEST_FEATURES, DescriptorLayout.FEATURE_KICK_ON_WAIT);
        putShort(DescriptorLayout.GUEST_KIND, 1);
        for (int control : new int[] {DescriptorLayout.TX_CONTROL, DescriptorLayout.RX_CONTROL}) {
            putInt(control + DescriptorLayout.RING_SIZE, RING);
            putInt(control + DescriptorLayout.RING_PAGES, RING / 0x1000);
            putInt(control + DescriptorLayout.RING_PRODUCER, start);
            putInt(control + DescriptorLayout.RING_CONSUMER, start);
        }
        int pages = RING / 0x1000;
        for (int k = 0; k < pages; k++) {
            putLong(DescriptorLayout.TX_PFNS + 8 * k, (TX_BASE >> 12) + pages - 1 - k);
            putLong(DescriptorLayout.RX_PFNS + 8 * k, (RX_BASE >> 12) + pages - 1 - k);
        }
        txProducer = start;
        rxConsumer = start;
    }

    /** Writes the hello for the current descriptor to the port. */
    public void hello() throws IOException {
        port(PortStreamParser.hello(DESCRIPTOR, nonce, 1));
    }

    /** Writes a goodbye for the current nonce. */
    public void goodbye() throws IOException {
        port(PortStreamParser.goodbye(0, nonce));
    }

    /** Writes raw bytes to the port (kicks, garbage, torn messages). */
    public void port(byte... bytes) throws IOException {
        SocketChannel channel = port;
        if (channel == null) {
            throw new IOException("no host connected to the port");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Writes bytes to the serial line (the UART path). */
    public void serial(byte... bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            serial.write(buffer);
        }
    }

    /** Reads what the host wrote to the serial line within {@code timeout}, at most {@code max} bytes. */
    public byte[] readSerial(int max, Duration timeout) throws IOException, InterruptedException {
        ByteBuffer buffer = ByteBuffer.allocate(max);
        serial.configureBlocking(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (buffer.hasRemaining() && System.nanoTime() < deadline) {
            if (serial.read(buffer) <= 0) {
                Thread.sleep(2);
            }
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Produces {@code bytes} into tx as the guest's KDCOM layer would, kicking when the host waits. */
    public int send(byte[] bytes) throws GuestMemoryException, IOException {
        int consumer = getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER);
        int free = RING - (txProducer - consumer);
        int count = Math.min(free, bytes.length);
        for (int i = 0; i < count; i++) {
            int offset = (txProducer + i) & (RING - 1);
            long pfn = (TX_BASE >> 12) + RING / 0x1000 - 1 - (offset >> 12);
            memory.write((pfn << 12) + (offset & 0xFFF), bytes, i, 1);
        }
        txProducer += count;
        memory.writeIntRelease(DESCRIPTOR + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, txProducer);
        VarHandle.fullFence();
        if (getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_HOST_WAITING) == 1) {
            port((byte) 0x6B);
        }
        return count;
    }

    /** Consumes what the host produced into rx. */
    public byte[] receive() throws GuestMemoryException, IOException {
        int producer = getInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_PRODUCER);
        int count = producer - rxConsumer;
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int offset = (rxConsumer + i) & (RING - 1);
            long pfn = (RX_BASE >> 12) + RING / 0x1000 - 1 - (offset >> 12);
            memory.read((pfn << 12) + (offset & 0xFFF), out, i, 1);
        }
        rxConsumer += count;
        memory.writeIntRelease(DESCRIPTOR + DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, rxConsumer);
        VarHandle.fullFence();
        if (count > 0 && getInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_HOST_WAITING) == 1) {
            port((byte) 0x6B);
        }
        return out;
    }

    /** Receives until {@code count} bytes arrived or the timeout passed. */
    public byte[] receive(int count, Duration timeout) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count && System.nanoTime() < deadline) {
            byte[] got = receive();
            out.write(got);
            if (got.length == 0) {
                Thread.sleep(1);
            }
        }
        return out.toByteArray();
    }

    public int status() throws GuestMemoryException {
        return getInt(DescriptorLayout.HOST_STATUS);
    }

    public int faultCode() throws GuestMemoryException {
        return getInt(DescriptorLayout.HOST_FAULT_CODE);
    }

    public int hostNonce() throws GuestMemoryException {
        return getInt(DescriptorLayout.HOST_NONCE);
    }

    /** Waits until the host status word (for the current nonce) equals {@code expected}. */
    public boolean awaitStatus(int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (status() == expected && hostNonce() == nonce) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    public int getInt(int offset) throws GuestMemoryException {
        return memory.readIntAcquire(DESCRIPTOR + offset);
    }

    public void putInt(int offset, int value) throws GuestMemoryException {
        memory.writeIntRelease(DESCRIPTOR + offset, value);
    }

    public void putShort(int offset, int value) throws GuestMemoryException {
        memory.write(DESCRIPTOR + offset, new byte[] {(byte) value, (byte) (value >> 8)}, 0, 2);
    }

    public void putLong(int offset, long value) throws GuestMemoryException {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        memory.write(DESCRIPTOR + offset, bytes, 0, 8);
    }

    /** The host's view of guest memory (the same file, mapped separately). */
    public GuestMemory hostMemory() {
        return hostView;
    }

    @Override
    public void close() throws IOException {
        portServer.close();
        serialServer.close();
        if (port != null) {
            port.close();
        }
        if (serial != null) {
            serial.close();
        }
        memory.close();
        hostView.close();
        Files.deleteIfExists(portPath);
        Files.deleteIfExists(serialPath);
        Files.deleteIfExists(memoryFile);
    }
}
