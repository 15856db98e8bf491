/**
 */
package kdring.model.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Packet Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * KD packet types as they appear in the trace (the KDCOM PacketType), plus the break-in byte.
 * <!-- end-model-doc -->
 * @see kdring.model.session.SessionPackage#getPacketKind()
 * @model
 * @generated
 */
public enum PacketKind implements Enumerator
{
	/**
	 * The '<em><b>STATE CHANGE32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1: obsolete 32-bit state change.
	 * <!-- end-model-doc -->
	 * @see #STATE_CHANGE32_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_CHANGE32(0, "STATE_CHANGE32", "STATE_CHANGE32"),

	/**
	 * The '<em><b>STATE MANIPULATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 2: request or reply.
	 * <!-- end-model-doc -->
	 * @see #STATE_MANIPULATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_MANIPULATE(1, "STATE_MANIPULATE", "STATE_MANIPULATE"),

	/**
	 * The '<em><b>DEBUG IO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3: DbgPrint, DbgPrompt.
	 * <!-- end-model-doc -->
	 * @see #DEBUG_IO_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG_IO(2, "DEBUG_IO", "DEBUG_IO"),

	/**
	 * The '<em><b>ACKNOWLEDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4: acknowledges a data packet.
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	ACKNOWLEDGE(3, "ACKNOWLEDGE", "ACKNOWLEDGE"),

	/**
	 * The '<em><b>RESEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 5: send the last packet again.
	 * <!-- end-model-doc -->
	 * @see #RESEND_VALUE
	 * @generated
	 * @ordered
	 */
	RESEND(4, "RESEND", "RESEND"),

	/**
	 * The '<em><b>RESET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6: resynchronise.
	 * <!-- end-model-doc -->
	 * @see #RESET_VALUE
	 * @generated
	 * @ordered
	 */
	RESET(5, "RESET", "RESET"),

	/**
	 * The '<em><b>STATE CHANGE64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 7: exception, symbol load, command string.
	 * <!-- end-model-doc -->
	 * @see #STATE_CHANGE64_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_CHANGE64(6, "STATE_CHANGE64", "STATE_CHANGE64"),

	/**
	 * The '<em><b>TRACE IO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 9: trace buffers.
	 * <!-- end-model-doc -->
	 * @see #TRACE_IO_VALUE
	 * @generated
	 * @ordered
	 */
	TRACE_IO(7, "TRACE_IO", "TRACE_IO"),

	/**
	 * The '<em><b>CONTROL REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 10: breakpoint reservation.
	 * <!-- end-model-doc -->
	 * @see #CONTROL_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_REQUEST(8, "CONTROL_REQUEST", "CONTROL_REQUEST"),

	/**
	 * The '<em><b>FILE IO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 11: .kdfiles.
	 * <!-- end-model-doc -->
	 * @see #FILE_IO_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_IO(9, "FILE_IO", "FILE_IO"),

	/**
	 * The '<em><b>BREAK IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lone break-in byte 0x62.
	 * <!-- end-model-doc -->
	 * @see #BREAK_IN_VALUE
	 * @generated
	 * @ordered
	 */
	BREAK_IN(10, "BREAK_IN", "BREAK_IN"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other type.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(11, "OTHER", "OTHER");

	/**
	 * The '<em><b>STATE CHANGE32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1: obsolete 32-bit state change.
	 * <!-- end-model-doc -->
	 * @see #STATE_CHANGE32
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_CHANGE32_VALUE = 0;

	/**
	 * The '<em><b>STATE MANIPULATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 2: request or reply.
	 * <!-- end-model-doc -->
	 * @see #STATE_MANIPULATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_MANIPULATE_VALUE = 1;

	/**
	 * The '<em><b>DEBUG IO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3: DbgPrint, DbgPrompt.
	 * <!-- end-model-doc -->
	 * @see #DEBUG_IO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_IO_VALUE = 2;

	/**
	 * The '<em><b>ACKNOWLEDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4: acknowledges a data packet.
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACKNOWLEDGE_VALUE = 3;

	/**
	 * The '<em><b>RESEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 5: send the last packet again.
	 * <!-- end-model-doc -->
	 * @see #RESEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEND_VALUE = 4;

	/**
	 * The '<em><b>RESET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6: resynchronise.
	 * <!-- end-model-doc -->
	 * @see #RESET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESET_VALUE = 5;

	/**
	 * The '<em><b>STATE CHANGE64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 7: exception, symbol load, command string.
	 * <!-- end-model-doc -->
	 * @see #STATE_CHANGE64
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_CHANGE64_VALUE = 6;

	/**
	 * The '<em><b>TRACE IO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 9: trace buffers.
	 * <!-- end-model-doc -->
	 * @see #TRACE_IO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRACE_IO_VALUE = 7;

	/**
	 * The '<em><b>CONTROL REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 10: breakpoint reservation.
	 * <!-- end-model-doc -->
	 * @see #CONTROL_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_REQUEST_VALUE = 8;

	/**
	 * The '<em><b>FILE IO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 11: .kdfiles.
	 * <!-- end-model-doc -->
	 * @see #FILE_IO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILE_IO_VALUE = 9;

	/**
	 * The '<em><b>BREAK IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lone break-in byte 0x62.
	 * <!-- end-model-doc -->
	 * @see #BREAK_IN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BREAK_IN_VALUE = 10;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other type.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 11;

	/**
	 * An array of all the '<em><b>Packet Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PacketKind[] VALUES_ARRAY =
		new PacketKind[]
		{
			STATE_CHANGE32,
			STATE_MANIPULATE,
			DEBUG_IO,
			ACKNOWLEDGE,
			RESEND,
			RESET,
			STATE_CHANGE64,
			TRACE_IO,
			CONTROL_REQUEST,
			FILE_IO,
			BREAK_IN,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Packet Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PacketKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Packet Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PacketKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Packet Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PacketKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Packet Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketKind get(int value)
	{
		switch (value)
		{
			case STATE_CHANGE32_VALUE: return STATE_CHANGE32;
			case STATE_MANIPULATE_VALUE: return STATE_MANIPULATE;
			case DEBUG_IO_VALUE: return DEBUG_IO;
			case ACKNOWLEDGE_VALUE: return ACKNOWLEDGE;
			case RESEND_VALUE: return RESEND;
			case RESET_VALUE: return RESET;
			case STATE_CHANGE64_VALUE: return STATE_CHANGE64;
			case TRACE_IO_VALUE: return TRACE_IO;
			case CONTROL_REQUEST_VALUE: return CONTROL_REQUEST;
			case FILE_IO_VALUE: return FILE_IO;
			case BREAK_IN_VALUE: return BREAK_IN;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PacketKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //PacketKind
