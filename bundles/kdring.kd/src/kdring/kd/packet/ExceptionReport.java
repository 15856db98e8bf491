package kdring.kd.packet;

import java.util.Arrays;

/**
 * {@code DBGKM_EXCEPTION64}, the union of an exception state change (NewState 0x3030).
 *
 * <pre>
 * Off (body) Size   Field
 * 0x20       4      ExceptionCode      0x80000003 breakpoint, 0x80000004 single step
 * 0x24       4      ExceptionFlags
 * 0x28       8      ExceptionRecord    chained record pointer
 * 0x30       8      ExceptionAddress
 * 0x38       4      NumberParameters
 * 0x3C       4      (alignment)
 * 0x40       15x8   ExceptionInformation
 * 0xB8       4      FirstChance        1 = first chance
 * 0xBC       4      (padding)
 * </pre>
 *
 * @param code             ExceptionCode
 * @param flags            ExceptionFlags
 * @param chainedRecord    ExceptionRecord
 * @param address          ExceptionAddress
 * @param numberParameters NumberParameters as sent (may exceed 15 in a hostile packet)
 * @param information      the first min(NumberParameters, 15) ExceptionInformation values
 * @param firstChance      FirstChance != 0
 */
public record ExceptionReport(int code, int flags, long chainedRecord, long address, int numberParameters,
        long[] information, boolean firstChance) implements StateChangeReport {

    /** Number of ExceptionInformation slots. */
    public static final int MAX_PARAMETERS = 15;

    /** Copies the parameter array. */
    public ExceptionReport {
        information = information.clone();
    }

    /** A breakpoint exception with no parameters, as a break-in reports it. */
    public static ExceptionReport breakpoint(long address, boolean firstChance) {
        return new ExceptionReport(NtStatus.BREAKPOINT, 0, 0, address, 0, new long[0], firstChance);
    }

    static ExceptionReport read(Bytes body) {
        int count = body.u32(0x38);
        long[] information = new long[(int) Math.min(Integer.toUnsignedLong(count), MAX_PARAMETERS)];
        for (int i = 0; i < information.length; i++) {
            information[i] = body.u64(0x40 + 8 * i);
        }
        return new ExceptionReport(body.u32(0x20), body.u32(0x24), body.u64(0x28), body.u64(0x30), count,
                information, body.u32(0xB8) != 0);
    }

    @Override
    public long[] information() {
        return information.clone();
    }

    @Override
    public int newState() {
        return StateChange.EXCEPTION;
    }

    @Override
    public void writeTo(BodyWriter writer) {
        writer.u32(0x20, code).u32(0x24, flags).u64(0x28, chainedRecord).u64(0x30, address)
                .u32(0x38, numberParameters).u32(0xB8, firstChance ? 1 : 0);
        for (int i = 0; i < Math.min(information.length, MAX_PARAMETERS); i++) {
            writer.u64(0x40 + 8 * i, information[i]);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExceptionReport that && code == that.code && flags == that.flags
                && chainedRecord == that.chainedRecord && address == that.address
                && numberParameters == that.numberParameters && Arrays.equals(information, that.information)
                && firstChance == that.firstChance;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(address) * 31 + code;
    }

    @Override
    public String toString() {
        return String.format("Exception %s at 0x%016X %s", NtStatus.describe(code), address,
                firstChance ? "first chance" : "second chance");
    }
}
