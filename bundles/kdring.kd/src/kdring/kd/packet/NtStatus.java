package kdring.kd.packet;

/**
 * The NTSTATUS values that appear in KD traffic (fact sheet §4.10).
 */
public final class NtStatus {

    public static final int SUCCESS = 0x00000000;
    public static final int PENDING = 0x00000103;
    public static final int UNSUCCESSFUL = 0xC0000001;
    public static final int BREAKPOINT = 0x80000003;
    public static final int SINGLE_STEP = 0x80000004;
    public static final int NO_SUCH_FILE = 0xC000000F;
    public static final int DBG_CONTINUE = 0x00010002;
    public static final int DBG_EXCEPTION_HANDLED = 0x00010001;

    private NtStatus() {
    }

    /** True for success and informational codes (severity bits 00 or 01). */
    public static boolean isSuccess(int status) {
        return status >= 0;
    }

    /** The symbolic name when known, else the hex value. */
    public static String describe(int status) {
        return switch (status) {
            case SUCCESS -> "STATUS_SUCCESS";
            case PENDING -> "STATUS_PENDING";
            case UNSUCCESSFUL -> "STATUS_UNSUCCESSFUL";
            case BREAKPOINT -> "STATUS_BREAKPOINT";
            case SINGLE_STEP -> "STATUS_SINGLE_STEP";
            case NO_SUCH_FILE -> "STATUS_NO_SUCH_FILE";
            case DBG_CONTINUE -> "DBG_CONTINUE";
            case DBG_EXCEPTION_HANDLED -> "DBG_EXCEPTION_HANDLED";
            default -> String.format("0x%08X", status);
        };
    }
}
