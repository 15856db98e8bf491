package kdring.kd.packet;

/**
 * {@code DBGKD_COMMAND_STRING}, the union of a CommandString state change (NewState 0x3032).
 *
 * <pre>
 * Off (body) Size  Field
 * 0x20       4     Flags
 * 0x24       4     Reserved1
 * 0x28       7x8   Reserved2
 * 0xF0       ...   NameString NUL CommandString NUL
 * </pre>
 *
 * @param flags   Flags
 * @param name    NameString
 * @param command CommandString
 */
public record CommandStringReport(int flags, String name, String command) implements StateChangeReport {

    static CommandStringReport read(Bytes body) {
        Bytes extra = body.slice(StateChange.HEADER_SIZE);
        String name = extra.latin1(0, extra.length());
        int commandStart = Math.min(extra.length(), name.length() + 1);
        String command = extra.latin1(commandStart, extra.length() - commandStart);
        return new CommandStringReport(body.u32(0x20), name, command);
    }

    @Override
    public int newState() {
        return StateChange.COMMAND_STRING;
    }

    @Override
    public void writeTo(BodyWriter writer) {
        writer.u32(0x20, flags);
        writer.appendLatin1WithNul(name);
        writer.appendLatin1WithNul(command);
    }
}
