/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kernel module the target reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.Module#getName <em>Name</em>}</li>
 *   <li>{@link kdring.model.session.Module#getPath <em>Path</em>}</li>
 *   <li>{@link kdring.model.session.Module#getBase <em>Base</em>}</li>
 *   <li>{@link kdring.model.session.Module#getSize <em>Size</em>}</li>
 *   <li>{@link kdring.model.session.Module#getChecksum <em>Checksum</em>}</li>
 *   <li>{@link kdring.model.session.Module#getLoadTime <em>Load Time</em>}</li>
 *   <li>{@link kdring.model.session.Module#getUnloadTime <em>Unload Time</em>}</li>
 *   <li>{@link kdring.model.session.Module#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getModule()
 * @model
 * @generated
 */
public interface Module extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name, e.g. ntoskrnl.exe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see kdring.model.session.SessionPackage#getModule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full path as the target reported it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see kdring.model.session.SessionPackage#getModule_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(long)
	 * @see kdring.model.session.SessionPackage#getModule_Base()
	 * @model
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SizeOfImage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see kdring.model.session.SessionPackage#getModule_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PE checksum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checksum</em>' attribute.
	 * @see #setChecksum(int)
	 * @see kdring.model.session.SessionPackage#getModule_Checksum()
	 * @model
	 * @generated
	 */
	int getChecksum();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getChecksum <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checksum</em>' attribute.
	 * @see #getChecksum()
	 * @generated
	 */
	void setChecksum(int value);

	/**
	 * Returns the value of the '<em><b>Load Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When its load was seen, nanoseconds since the Unix epoch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Load Time</em>' attribute.
	 * @see #setLoadTime(long)
	 * @see kdring.model.session.SessionPackage#getModule_LoadTime()
	 * @model
	 * @generated
	 */
	long getLoadTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getLoadTime <em>Load Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Time</em>' attribute.
	 * @see #getLoadTime()
	 * @generated
	 */
	void setLoadTime(long value);

	/**
	 * Returns the value of the '<em><b>Unload Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When its unload was seen; 0 while loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unload Time</em>' attribute.
	 * @see #setUnloadTime(long)
	 * @see kdring.model.session.SessionPackage#getModule_UnloadTime()
	 * @model
	 * @generated
	 */
	long getUnloadTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getUnloadTime <em>Unload Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unload Time</em>' attribute.
	 * @see #getUnloadTime()
	 * @generated
	 */
	void setUnloadTime(long value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.ModuleSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the entry came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see kdring.model.session.ModuleSource
	 * @see #setSource(ModuleSource)
	 * @see kdring.model.session.SessionPackage#getModule_Source()
	 * @model
	 * @generated
	 */
	ModuleSource getSource();

	/**
	 * Sets the value of the '{@link kdring.model.session.Module#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see kdring.model.session.ModuleSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ModuleSource value);

} // Module
