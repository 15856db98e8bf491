/**
 */
package kdring.model.session.impl;

import kdring.model.session.SessionPackage;
import kdring.model.session.TargetInfo;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.TargetInfoImpl#getBuildNumber <em>Build Number</em>}</li>
 *   <li>{@link kdring.model.session.impl.TargetInfoImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link kdring.model.session.impl.TargetInfoImpl#getKernBase <em>Kern Base</em>}</li>
 *   <li>{@link kdring.model.session.impl.TargetInfoImpl#getPsLoadedModuleList <em>Ps Loaded Module List</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetInfoImpl extends MinimalEObjectImpl.Container implements TargetInfo
{
	/**
	 * The default value of the '{@link #getBuildNumber() <em>Build Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int BUILD_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBuildNumber() <em>Build Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildNumber()
	 * @generated
	 * @ordered
	 */
	protected int buildNumber = BUILD_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachine() <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMachine() <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected String machine = MACHINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernBase() <em>Kern Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernBase()
	 * @generated
	 * @ordered
	 */
	protected static final long KERN_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getKernBase() <em>Kern Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernBase()
	 * @generated
	 * @ordered
	 */
	protected long kernBase = KERN_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPsLoadedModuleList() <em>Ps Loaded Module List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPsLoadedModuleList()
	 * @generated
	 * @ordered
	 */
	protected static final long PS_LOADED_MODULE_LIST_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPsLoadedModuleList() <em>Ps Loaded Module List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPsLoadedModuleList()
	 * @generated
	 * @ordered
	 */
	protected long psLoadedModuleList = PS_LOADED_MODULE_LIST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetInfoImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return SessionPackage.Literals.TARGET_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBuildNumber()
	{
		return buildNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuildNumber(int newBuildNumber)
	{
		int oldBuildNumber = buildNumber;
		buildNumber = newBuildNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.TARGET_INFO__BUILD_NUMBER, oldBuildNumber, buildNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachine()
	{
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(String newMachine)
	{
		String oldMachine = machine;
		machine = newMachine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.TARGET_INFO__MACHINE, oldMachine, machine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getKernBase()
	{
		return kernBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernBase(long newKernBase)
	{
		long oldKernBase = kernBase;
		kernBase = newKernBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.TARGET_INFO__KERN_BASE, oldKernBase, kernBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPsLoadedModuleList()
	{
		return psLoadedModuleList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPsLoadedModuleList(long newPsLoadedModuleList)
	{
		long oldPsLoadedModuleList = psLoadedModuleList;
		psLoadedModuleList = newPsLoadedModuleList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.TARGET_INFO__PS_LOADED_MODULE_LIST, oldPsLoadedModuleList, psLoadedModuleList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case SessionPackage.TARGET_INFO__BUILD_NUMBER:
				return getBuildNumber();
			case SessionPackage.TARGET_INFO__MACHINE:
				return getMachine();
			case SessionPackage.TARGET_INFO__KERN_BASE:
				return getKernBase();
			case SessionPackage.TARGET_INFO__PS_LOADED_MODULE_LIST:
				return getPsLoadedModuleList();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SessionPackage.TARGET_INFO__BUILD_NUMBER:
				setBuildNumber((Integer)newValue);
				return;
			case SessionPackage.TARGET_INFO__MACHINE:
				setMachine((String)newValue);
				return;
			case SessionPackage.TARGET_INFO__KERN_BASE:
				setKernBase((Long)newValue);
				return;
			case SessionPackage.TARGET_INFO__PS_LOADED_MODULE_LIST:
				setPsLoadedModuleList((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case SessionPackage.TARGET_INFO__BUILD_NUMBER:
				setBuildNumber(BUILD_NUMBER_EDEFAULT);
				return;
			case SessionPackage.TARGET_INFO__MACHINE:
				setMachine(MACHINE_EDEFAULT);
				return;
			case SessionPackage.TARGET_INFO__KERN_BASE:
				setKernBase(KERN_BASE_EDEFAULT);
				return;
			case SessionPackage.TARGET_INFO__PS_LOADED_MODULE_LIST:
				setPsLoadedModuleList(PS_LOADED_MODULE_LIST_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case SessionPackage.TARGET_INFO__BUILD_NUMBER:
				return buildNumber != BUILD_NUMBER_EDEFAULT;
			case SessionPackage.TARGET_INFO__MACHINE:
				return MACHINE_EDEFAULT == null ? machine != null : !MACHINE_EDEFAULT.equals(machine);
			case SessionPackage.TARGET_INFO__KERN_BASE:
				return kernBase != KERN_BASE_EDEFAULT;
			case SessionPackage.TARGET_INFO__PS_LOADED_MODULE_LIST:
				return psLoadedModuleList != PS_LOADED_MODULE_LIST_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (buildNumber: ");
		result.append(buildNumber);
		result.append(", machine: ");
		result.append(machine);
		result.append(", kernBase: ");
		result.append(kernBase);
		result.append(", psLoadedModuleList: ");
		result.append(psLoadedModuleList);
		result.append(')');
		return result.toString();
	}

} //TargetInfoImpl
