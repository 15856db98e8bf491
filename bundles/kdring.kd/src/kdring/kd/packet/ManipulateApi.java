package kdring.kd.packet;

/**
 * The ApiNumber of a STATE_MANIPULATE packet (fact sheet §4.3), every number from 0x3130 to 0x3161.
 */
public enum ManipulateApi {
    READ_VIRTUAL_MEMORY(0x3130, "DbgKdReadVirtualMemoryApi"),
    WRITE_VIRTUAL_MEMORY(0x3131, "DbgKdWriteVirtualMemoryApi"),
    GET_CONTEXT(0x3132, "DbgKdGetContextApi"),
    SET_CONTEXT(0x3133, "DbgKdSetContextApi"),
    WRITE_BREAKPOINT(0x3134, "DbgKdWriteBreakPointApi"),
    RESTORE_BREAKPOINT(0x3135, "DbgKdRestoreBreakPointApi"),
    CONTINUE(0x3136, "DbgKdContinueApi"),
    READ_CONTROL_SPACE(0x3137, "DbgKdReadControlSpaceApi"),
    WRITE_CONTROL_SPACE(0x3138, "DbgKdWriteControlSpaceApi"),
    READ_IO_SPACE(0x3139, "DbgKdReadIoSpaceApi"),
    WRITE_IO_SPACE(0x313A, "DbgKdWriteIoSpaceApi"),
    REBOOT(0x313B, "DbgKdRebootApi"),
    CONTINUE2(0x313C, "DbgKdContinueApi2"),
    READ_PHYSICAL_MEMORY(0x313D, "DbgKdReadPhysicalMemoryApi"),
    WRITE_PHYSICAL_MEMORY(0x313E, "DbgKdWritePhysicalMemoryApi"),
    QUERY_SPECIAL_CALLS(0x313F, "DbgKdQuerySpecialCallsApi"),
    SET_SPECIAL_CALL(0x3140, "DbgKdSetSpecialCallApi"),
    CLEAR_SPECIAL_CALLS(0x3141, "DbgKdClearSpecialCallsApi"),
    SET_INTERNAL_BREAKPOINT(0x3142, "DbgKdSetInternalBreakPointApi"),
    GET_INTERNAL_BREAKPOINT(0x3143, "DbgKdGetInternalBreakPointApi"),
    READ_IO_SPACE_EXTENDED(0x3144, "DbgKdReadIoSpaceExtendedApi"),
    WRITE_IO_SPACE_EXTENDED(0x3145, "DbgKdWriteIoSpaceExtendedApi"),
    GET_VERSION(0x3146, "DbgKdGetVersionApi"),
    WRITE_BREAKPOINT_EX(0x3147, "DbgKdWriteBreakPointExApi"),
    RESTORE_BREAKPOINT_EX(0x3148, "DbgKdRestoreBreakPointExApi"),
    CAUSE_BUGCHECK(0x3149, "DbgKdCauseBugCheckApi"),
    UNUSED_314A(0x314A, "(unused 0x314A)"),
    UNUSED_314B(0x314B, "(unused 0x314B)"),
    UNUSED_314C(0x314C, "(unused 0x314C)"),
    UNUSED_314D(0x314D, "(unused 0x314D)"),
    UNUSED_314E(0x314E, "(unused 0x314E)"),
    UNUSED_314F(0x314F, "(unused 0x314F)"),
    SWITCH_PROCESSOR(0x3150, "DbgKdSwitchProcessor"),
    PAGE_IN(0x3151, "DbgKdPageInApi"),
    READ_MACHINE_SPECIFIC_REGISTER(0x3152, "DbgKdReadMachineSpecificRegister"),
    WRITE_MACHINE_SPECIFIC_REGISTER(0x3153, "DbgKdWriteMachineSpecificRegister"),
    OLD_VLM1(0x3154, "OldVlm1"),
    OLD_VLM2(0x3155, "OldVlm2"),
    SEARCH_MEMORY(0x3156, "DbgKdSearchMemoryApi"),
    GET_BUS_DATA(0x3157, "DbgKdGetBusDataApi"),
    SET_BUS_DATA(0x3158, "DbgKdSetBusDataApi"),
    CHECK_LOW_MEMORY(0x3159, "DbgKdCheckLowMemoryApi"),
    CLEAR_ALL_INTERNAL_BREAKPOINTS(0x315A, "DbgKdClearAllInternalBreakpointsApi"),
    FILL_MEMORY(0x315B, "DbgKdFillMemoryApi"),
    QUERY_MEMORY(0x315C, "DbgKdQueryMemoryApi"),
    SWITCH_PARTITION(0x315D, "DbgKdSwitchPartition"),
    WRITE_CUSTOM_BREAKPOINT(0x315E, "DbgKdWriteCustomBreakpointApi"),
    GET_CONTEXT_EX(0x315F, "DbgKdGetContextExApi"),
    SET_CONTEXT_EX(0x3160, "DbgKdSetContextExApi"),
    MAXIMUM_MANIPULATE(0x3161, "DbgKdMaximumManipulate");

    private static final int FIRST = 0x3130;
    private static final ManipulateApi[] BY_NUMBER = values();

    private final int number;
    private final String apiName;

    ManipulateApi(int number, String apiName) {
        this.number = number;
        this.apiName = apiName;
    }

    /** The ApiNumber value. */
    public int number() {
        return number;
    }

    /** The name used by the Windows headers, e.g. {@code DbgKdReadVirtualMemoryApi}. */
    public String apiName() {
        return apiName;
    }

    /** The API with number {@code number}, or {@code null}. */
    public static ManipulateApi fromNumber(int number) {
        int index = number - FIRST;
        return index >= 0 && index < BY_NUMBER.length ? BY_NUMBER[index] : null;
    }

    /** True for the APIs the target answers with no reply (it resumes, reboots or switches CPU). */
    public boolean hasNoReply() {
        return this == CONTINUE || this == CONTINUE2 || this == REBOOT || this == CAUSE_BUGCHECK
                || this == SWITCH_PROCESSOR;
    }

    /** A readable name for any number: the API name, or the hex value when unknown. */
    public static String describe(int number) {
        ManipulateApi api = fromNumber(number);
        return api != null ? api.apiName : String.format("0x%04X", number);
    }
}
