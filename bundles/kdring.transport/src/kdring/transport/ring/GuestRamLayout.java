package kdring.transport.ring;

/**
 * Which guest page frames are RAM the host may touch (docs/channel-protocol.md §4.5): frames below
 * {@code ramSize}, except the hole [holeFirstPfn, holeLastPfn] (on a PC the VGA/BIOS area 0xA0..0xFF).
 *
 * @param ramSize      bytes of guest RAM starting at guest-physical address 0
 * @param holeFirstPfn first frame of the hole, or -1 for none
 * @param holeLastPfn  last frame of the hole, or -1 for none
 */
public record GuestRamLayout(long ramSize, long holeFirstPfn, long holeLastPfn) {

    /** The layout of a QEMU {@code pc} or {@code q35} machine with RAM below the PCI hole. */
    public static GuestRamLayout pc(long ramSize) {
        return new GuestRamLayout(ramSize, 0xA0, 0xFF);
    }

    /** @return null when {@code pfn} names a whole page of RAM, else why not */
    public String whyNotRam(long pfn) {
        if (pfn == 0) {
            return "is 0";
        }
        if (pfn < 0 || pfn > (Long.MAX_VALUE >>> 12) - 1 || (pfn << 12) + DescriptorLayout.PAGE_SIZE > ramSize) {
            return String.format("lies beyond guest RAM (0x%x bytes)", ramSize);
        }
        if (pfn >= holeFirstPfn && pfn <= holeLastPfn) {
            return String.format("lies in the VGA/BIOS hole (PFN 0x%x..0x%x)", holeFirstPfn, holeLastPfn);
        }
        return null;
    }
}
