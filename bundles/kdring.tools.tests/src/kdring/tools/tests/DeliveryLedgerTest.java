package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kdring.kd.observer.Direction;
import kdring.tools.soak.DeliveryLedger;

/**
 * The soak's delivery check sees each way a debugger's bytes can go wrong on the way to the guest: lost,
 * changed, reordered, or joined by bytes no attached debugger sent; and it ignores target bytes.
 */
class DeliveryLedgerTest {

    private static final long WAIT = TimeUnit.MILLISECONDS.toNanos(200);

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void bytesDeliveredAsSentCheckOutAndTargetBytesAreIgnored() throws Exception {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.sent(bytes(0x69, 0x69, 0x69, 0x69), 0, 4);
        ledger.sent(bytes(0x62), 0, 1);
        ledger.onBytes(Direction.TARGET_TO_DEBUGGER, bytes(1, 2, 3), 0, 3, 0);
        ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(0x69, 0x69), 0, 2, 0);
        ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(0, 0x69, 0x69, 0x62), 1, 3, 0);
        DeliveryLedger.Check check = ledger.verify(WAIT, 0);
        assertTrue(check.ok(), check.problem());
        assertEquals(5, ledger.checked());
    }

    @Test
    void aLostByteIsReported() throws Exception {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.sent(bytes(1, 2, 3), 0, 3);
        ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(1, 2), 0, 2, 0);
        DeliveryLedger.Check check = ledger.verify(WAIT, 0);
        assertEquals("1 of the 3 bytes the debuggers sent never reached the guest", check.problem());
        assertEquals(0, ledger.checked());
    }

    @Test
    void aChangedOrReorderedByteIsReportedByPosition() throws Exception {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.sent(bytes(1, 2, 3), 0, 3);
        ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(1, 3, 2), 0, 3, 0);
        DeliveryLedger.Check check = ledger.verify(WAIT, 0);
        assertTrue(check.problem().startsWith("byte 1 of 3 the debuggers sent reached the guest as 0x03, not 0x02"),
                check.problem());
    }

    @Test
    void bytesFromAPeerThatWasNotTheDebuggerAreReported() throws Exception {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.sent(bytes(1), 0, 1);
        ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(1, 'G', 'E', 'T'), 0, 4, 0);
        DeliveryLedger.Check check = ledger.verify(WAIT, 0);
        assertFalse(check.ok());
        assertTrue(check.problem().startsWith("3 bytes reached the guest that no attached debugger sent"),
                check.problem());
    }

    @Test
    void verifyWaitsForBytesStillOnTheirWayAndStartsAfresh() throws Exception {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.sent(bytes(7, 8), 0, 2);
        Thread late = new Thread(() -> ledger.onBytes(Direction.DEBUGGER_TO_TARGET, bytes(7, 8), 0, 2, 0),
                "test-late-delivery");
        late.start();
        DeliveryLedger.Check check = ledger.verify(TimeUnit.SECONDS.toNanos(30), 0);
        late.join();
        assertTrue(check.ok(), check.problem());
        ledger.sent(bytes(9), 0, 1);
        ledger.cut(); // a write failed part way: not compared
        assertTrue(ledger.verify(WAIT, 0).ok());
        assertEquals(2, ledger.checked());
        assertEquals(1, ledger.skipped());
    }
}
