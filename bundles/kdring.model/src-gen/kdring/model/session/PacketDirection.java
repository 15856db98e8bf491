/**
 */
package kdring.model.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Packet Direction</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which way a packet went.
 * <!-- end-model-doc -->
 * @see kdring.model.session.SessionPackage#getPacketDirection()
 * @model
 * @generated
 */
public enum PacketDirection implements Enumerator
{
	/**
	 * The '<em><b>TARGET TO DEBUGGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the target (kernel) to the debugger.
	 * <!-- end-model-doc -->
	 * @see #TARGET_TO_DEBUGGER_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET_TO_DEBUGGER(0, "TARGET_TO_DEBUGGER", "TARGET_TO_DEBUGGER"),

	/**
	 * The '<em><b>DEBUGGER TO TARGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the debugger to the target.
	 * <!-- end-model-doc -->
	 * @see #DEBUGGER_TO_TARGET_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUGGER_TO_TARGET(1, "DEBUGGER_TO_TARGET", "DEBUGGER_TO_TARGET");

	/**
	 * The '<em><b>TARGET TO DEBUGGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the target (kernel) to the debugger.
	 * <!-- end-model-doc -->
	 * @see #TARGET_TO_DEBUGGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_TO_DEBUGGER_VALUE = 0;

	/**
	 * The '<em><b>DEBUGGER TO TARGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the debugger to the target.
	 * <!-- end-model-doc -->
	 * @see #DEBUGGER_TO_TARGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUGGER_TO_TARGET_VALUE = 1;

	/**
	 * An array of all the '<em><b>Packet Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PacketDirection[] VALUES_ARRAY =
		new PacketDirection[]
		{
			TARGET_TO_DEBUGGER,
			DEBUGGER_TO_TARGET,
		};

	/**
	 * A public read-only list of all the '<em><b>Packet Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PacketDirection> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Packet Direction</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketDirection get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PacketDirection result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Packet Direction</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketDirection getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PacketDirection result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Packet Direction</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PacketDirection get(int value)
	{
		switch (value)
		{
			case TARGET_TO_DEBUGGER_VALUE: return TARGET_TO_DEBUGGER;
			case DEBUGGER_TO_TARGET_VALUE: return DEBUGGER_TO_TARGET;
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
	private PacketDirection(int value, String name, String literal)
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
	
} //PacketDirection
