/**
 */
package kdring.model.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Module Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a module entry came from.
 * <!-- end-model-doc -->
 * @see kdring.model.session.SessionPackage#getModuleSource()
 * @model
 * @generated
 */
public enum ModuleSource implements Enumerator
{
	/**
	 * The '<em><b>LOAD SYMBOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A LoadSymbols state change.
	 * <!-- end-model-doc -->
	 * @see #LOAD_SYMBOLS_VALUE
	 * @generated
	 * @ordered
	 */
	LOAD_SYMBOLS(0, "LOAD_SYMBOLS", "LOAD_SYMBOLS"),

	/**
	 * The '<em><b>MODULE WALK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A walk of PsLoadedModuleList.
	 * <!-- end-model-doc -->
	 * @see #MODULE_WALK_VALUE
	 * @generated
	 * @ordered
	 */
	MODULE_WALK(1, "MODULE_WALK", "MODULE_WALK");

	/**
	 * The '<em><b>LOAD SYMBOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A LoadSymbols state change.
	 * <!-- end-model-doc -->
	 * @see #LOAD_SYMBOLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOAD_SYMBOLS_VALUE = 0;

	/**
	 * The '<em><b>MODULE WALK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A walk of PsLoadedModuleList.
	 * <!-- end-model-doc -->
	 * @see #MODULE_WALK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODULE_WALK_VALUE = 1;

	/**
	 * An array of all the '<em><b>Module Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ModuleSource[] VALUES_ARRAY =
		new ModuleSource[]
		{
			LOAD_SYMBOLS,
			MODULE_WALK,
		};

	/**
	 * A public read-only list of all the '<em><b>Module Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ModuleSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Module Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModuleSource get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ModuleSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Module Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModuleSource getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ModuleSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Module Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModuleSource get(int value)
	{
		switch (value)
		{
			case LOAD_SYMBOLS_VALUE: return LOAD_SYMBOLS;
			case MODULE_WALK_VALUE: return MODULE_WALK;
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
	private ModuleSource(int value, String name, String literal)
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
	
} //ModuleSource
