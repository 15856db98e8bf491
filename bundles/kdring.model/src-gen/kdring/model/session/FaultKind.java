/**
 */
package kdring.model.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fault Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of faults.
 * <!-- end-model-doc -->
 * @see kdring.model.session.SessionPackage#getFaultKind()
 * @model
 * @generated
 */
public enum FaultKind implements Enumerator
{
	/**
	 * The '<em><b>PROTOCOL ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bad packet on the wire.
	 * <!-- end-model-doc -->
	 * @see #PROTOCOL_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	PROTOCOL_ERROR(0, "PROTOCOL_ERROR", "PROTOCOL_ERROR"),

	/**
	 * The '<em><b>BYTES SKIPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes outside any packet.
	 * <!-- end-model-doc -->
	 * @see #BYTES_SKIPPED_VALUE
	 * @generated
	 * @ordered
	 */
	BYTES_SKIPPED(1, "BYTES_SKIPPED", "BYTES_SKIPPED"),

	/**
	 * The '<em><b>CHANNEL FAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The transport faulted the channel.
	 * <!-- end-model-doc -->
	 * @see #CHANNEL_FAULT_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNEL_FAULT(2, "CHANNEL_FAULT", "CHANNEL_FAULT"),

	/**
	 * The '<em><b>CAPTURE DAMAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The capture file is damaged from this point on.
	 * <!-- end-model-doc -->
	 * @see #CAPTURE_DAMAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CAPTURE_DAMAGE(3, "CAPTURE_DAMAGE", "CAPTURE_DAMAGE"),

	/**
	 * The '<em><b>TARGET RESTARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target restarted while a debugger request waited for its reply; the request got none.
	 * <!-- end-model-doc -->
	 * @see #TARGET_RESTARTED_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET_RESTARTED(4, "TARGET_RESTARTED", "TARGET_RESTARTED");

	/**
	 * The '<em><b>PROTOCOL ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bad packet on the wire.
	 * <!-- end-model-doc -->
	 * @see #PROTOCOL_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROTOCOL_ERROR_VALUE = 0;

	/**
	 * The '<em><b>BYTES SKIPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes outside any packet.
	 * <!-- end-model-doc -->
	 * @see #BYTES_SKIPPED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BYTES_SKIPPED_VALUE = 1;

	/**
	 * The '<em><b>CHANNEL FAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The transport faulted the channel.
	 * <!-- end-model-doc -->
	 * @see #CHANNEL_FAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHANNEL_FAULT_VALUE = 2;

	/**
	 * The '<em><b>CAPTURE DAMAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The capture file is damaged from this point on.
	 * <!-- end-model-doc -->
	 * @see #CAPTURE_DAMAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAPTURE_DAMAGE_VALUE = 3;

	/**
	 * The '<em><b>TARGET RESTARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target restarted while a debugger request waited for its reply; the request got none.
	 * <!-- end-model-doc -->
	 * @see #TARGET_RESTARTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_RESTARTED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Fault Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FaultKind[] VALUES_ARRAY =
		new FaultKind[]
		{
			PROTOCOL_ERROR,
			BYTES_SKIPPED,
			CHANNEL_FAULT,
			CAPTURE_DAMAGE,
			TARGET_RESTARTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Fault Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FaultKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FaultKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FaultKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind get(int value)
	{
		switch (value)
		{
			case PROTOCOL_ERROR_VALUE: return PROTOCOL_ERROR;
			case BYTES_SKIPPED_VALUE: return BYTES_SKIPPED;
			case CHANNEL_FAULT_VALUE: return CHANNEL_FAULT;
			case CAPTURE_DAMAGE_VALUE: return CAPTURE_DAMAGE;
			case TARGET_RESTARTED_VALUE: return TARGET_RESTARTED;
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
	private FaultKind(int value, String name, String literal)
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
	
} //FaultKind
