package kdring.kd.packet;

/**
 * A FILE_IO body, {@code DBGKD_FILE_IO} (fact sheet §4.7): the target asks the debugger for a file.
 *
 * <pre>
 * Off  Size Field
 * 0x00 4    ApiNumber  0x3430 CreateFile, 0x3431 ReadFile, 0x3432 WriteFile, 0x3433 CloseFile
 * 0x04 4    Status     filled in by the debugger
 * 0x08 0x38 union      CreateFile: DesiredAccess 0x08, FileAttributes 0x0C, ShareAccess 0x10,
 *                      CreateDisposition 0x14, CreateOptions 0x18, Handle u64 0x20, Length u64 0x28;
 *                      Read/WriteFile: Handle u64 0x08, Offset u64 0x10, Length u32 0x18;
 *                      CloseFile: Handle u64 0x08
 * 0x40 ...  data       CreateFile: the path in UTF-16LE
 * </pre>
 *
 * @param raw the whole body, at least {@link #HEADER_SIZE} bytes
 */
public record FileIo(Bytes raw) implements KdBody {

    /** Size of the fixed part. */
    public static final int HEADER_SIZE = 0x40;
    /** DbgKdCreateFileApi. */
    public static final int CREATE_FILE = 0x3430;
    /** DbgKdReadFileApi. */
    public static final int READ_FILE = 0x3431;
    /** DbgKdWriteFileApi. */
    public static final int WRITE_FILE = 0x3432;
    /** DbgKdCloseFileApi. */
    public static final int CLOSE_FILE = 0x3433;

    /** Checks the size. */
    public FileIo {
        if (raw.length() < HEADER_SIZE) {
            throw new IllegalArgumentException("file I/O body needs " + HEADER_SIZE + " bytes");
        }
    }

    /** ApiNumber. */
    public int apiNumber() {
        return raw.u32(0x00);
    }

    /** Status. */
    public int status() {
        return raw.u32(0x04);
    }

    /** A readable API name. */
    public String apiName() {
        return switch (apiNumber()) {
            case CREATE_FILE -> "CreateFile";
            case READ_FILE -> "ReadFile";
            case WRITE_FILE -> "WriteFile";
            case CLOSE_FILE -> "CloseFile";
            default -> String.format("FileIo 0x%04X", apiNumber());
        };
    }

    /** The file handle (CreateFile: at 0x20; the others: at 0x08). */
    public long handle() {
        return apiNumber() == CREATE_FILE ? raw.u64(0x20) : raw.u64(0x08);
    }

    /** The data after the fixed part. */
    public Bytes data() {
        return raw.slice(HEADER_SIZE);
    }

    /** The CreateFile path (UTF-16LE data, cut at a NUL character); empty for other APIs. */
    public String path() {
        if (apiNumber() != CREATE_FILE) {
            return "";
        }
        String text = raw.utf16(HEADER_SIZE, raw.length() - HEADER_SIZE);
        int nul = text.indexOf('\0');
        return nul >= 0 ? text.substring(0, nul) : text;
    }

    /** The answer of a debugger without .kdfiles: the request's fixed part with Status = NO_SUCH_FILE. */
    public FileIo noSuchFileReply() {
        return new FileIo(new BodyWriter(raw.slice(0, HEADER_SIZE)).u32(0x04, NtStatus.NO_SUCH_FILE).toBytes());
    }
}
