package kdring.transport.port;

/**
 * A framed message the guest wrote to the handshake port (docs/channel-protocol.md §2). Every framed
 * message has the envelope
 *
 * <pre>
 *  off  size  field
 *  0x00   3   magic 4B 44 52 ("KDR")
 *  0x03   1   type: 48 'H' hello, 47 'G' goodbye
 *  0x04   1   version (1)
 *  0x05   1   length of the whole message, 16..64, magic and CRC included
 *  0x06  n-10 type-specific fields
 *  n-4    4   CRC-32 (IEEE, as java.util.zip.CRC32) of bytes 0 .. n-5
 * </pre>
 *
 * Immutable values; safe to pass between threads.
 */
public sealed interface PortMessage {

    /**
     * Hello, type 'H', version 1, 32 bytes:
     *
     * <pre>
     *  0x06 2 flags (reserved, ignored)     0x08 8 descriptor GPA
     *  0x10 4 nonce                         0x14 2 guest kind (0 unspecified, 1 reference guest, 2 kdring.dll)
     *  0x16 2 reserved                      0x18 4 reserved          0x1C 4 CRC-32
     * </pre>
     *
     * @param flags         reserved flags, reported as sent
     * @param descriptorGpa guest-physical address of the descriptor page
     * @param nonce         the session nonce
     * @param guestKind     what kind of guest said hello
     */
    record Hello(int flags, long descriptorGpa, int nonce, int guestKind) implements PortMessage {
        @Override
        public String toString() {
            return String.format("hello (descriptor GPA 0x%x, nonce 0x%08x, guest kind %d)", descriptorGpa, nonce,
                    guestKind);
        }
    }

    /**
     * Goodbye, type 'G', version 1, 16 bytes:
     *
     * <pre>
     *  0x06 2 reason: 0 normal close, 1 guest shutting down, 2 guest detected a host fault
     *  0x08 4 nonce of the channel being closed
     *  0x0C 4 CRC-32
     * </pre>
     *
     * @param reason why the guest closes
     * @param nonce  the nonce of the channel being closed
     */
    record Goodbye(int reason, int nonce) implements PortMessage {
        /** @return the reason as words */
        public String reasonText() {
            return switch (reason) {
                case 0 -> "normal close";
                case 1 -> "guest shutting down";
                case 2 -> "guest detected a host fault";
                default -> "reason " + reason;
            };
        }

        @Override
        public String toString() {
            return String.format("goodbye (%s, nonce 0x%08x)", reasonText(), nonce);
        }
    }
}
