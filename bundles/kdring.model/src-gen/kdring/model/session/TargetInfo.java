/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The target's GetVersion answer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.TargetInfo#getBuildNumber <em>Build Number</em>}</li>
 *   <li>{@link kdring.model.session.TargetInfo#getMachine <em>Machine</em>}</li>
 *   <li>{@link kdring.model.session.TargetInfo#getKernBase <em>Kern Base</em>}</li>
 *   <li>{@link kdring.model.session.TargetInfo#getPsLoadedModuleList <em>Ps Loaded Module List</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getTargetInfo()
 * @model
 * @generated
 */
public interface TargetInfo extends EObject
{
	/**
	 * Returns the value of the '<em><b>Build Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Windows build number (MinorVersion).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Build Number</em>' attribute.
	 * @see #setBuildNumber(int)
	 * @see kdring.model.session.SessionPackage#getTargetInfo_BuildNumber()
	 * @model
	 * @generated
	 */
	int getBuildNumber();

	/**
	 * Sets the value of the '{@link kdring.model.session.TargetInfo#getBuildNumber <em>Build Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Build Number</em>' attribute.
	 * @see #getBuildNumber()
	 * @generated
	 */
	void setBuildNumber(int value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machine type, e.g. AMD64 or x86.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine</em>' attribute.
	 * @see #setMachine(String)
	 * @see kdring.model.session.SessionPackage#getTargetInfo_Machine()
	 * @model
	 * @generated
	 */
	String getMachine();

	/**
	 * Sets the value of the '{@link kdring.model.session.TargetInfo#getMachine <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' attribute.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(String value);

	/**
	 * Returns the value of the '<em><b>Kern Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kernel image base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kern Base</em>' attribute.
	 * @see #setKernBase(long)
	 * @see kdring.model.session.SessionPackage#getTargetInfo_KernBase()
	 * @model
	 * @generated
	 */
	long getKernBase();

	/**
	 * Sets the value of the '{@link kdring.model.session.TargetInfo#getKernBase <em>Kern Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kern Base</em>' attribute.
	 * @see #getKernBase()
	 * @generated
	 */
	void setKernBase(long value);

	/**
	 * Returns the value of the '<em><b>Ps Loaded Module List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address of PsLoadedModuleList.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ps Loaded Module List</em>' attribute.
	 * @see #setPsLoadedModuleList(long)
	 * @see kdring.model.session.SessionPackage#getTargetInfo_PsLoadedModuleList()
	 * @model
	 * @generated
	 */
	long getPsLoadedModuleList();

	/**
	 * Sets the value of the '{@link kdring.model.session.TargetInfo#getPsLoadedModuleList <em>Ps Loaded Module List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ps Loaded Module List</em>' attribute.
	 * @see #getPsLoadedModuleList()
	 * @generated
	 */
	void setPsLoadedModuleList(long value);

} // TargetInfo
