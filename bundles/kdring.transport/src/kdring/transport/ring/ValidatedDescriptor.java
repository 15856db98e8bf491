package kdring.transport.ring;

/**
 * A descriptor page that passed attach validation (docs/channel-protocol.md §7.1): what the host caches
 * from its one snapshot of the page. Immutable.
 *
 * @param address       guest-physical address of the descriptor page
 * @param nonce         the nonce of hello and descriptor
 * @param guestFeatures the guest's feature bits
 * @param guestKind     the guest kind from the descriptor
 * @param tx            the tx ring (guest → host)
 * @param rx            the rx ring (host → guest)
 * @param txProducer    tx producer found at attach
 * @param rxProducer    rx producer found at attach
 * @param rxConsumer    rx consumer found at attach
 */
public record ValidatedDescriptor(long address, int nonce, int guestFeatures, int guestKind, RingGeometry tx,
        RingGeometry rx, int txProducer, int rxProducer, int rxConsumer) {
}
