/**
 */
package kdring.model.session.impl;

import kdring.model.session.ModuleSource;
import kdring.model.session.SessionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Module</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getPath <em>Path</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getBase <em>Base</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getSize <em>Size</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getChecksum <em>Checksum</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getLoadTime <em>Load Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getUnloadTime <em>Unload Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.ModuleImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModuleImpl extends MinimalEObjectImpl.Container implements kdring.model.session.Module
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected long base = BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKSUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected int checksum = CHECKSUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoadTime() <em>Load Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadTime()
	 * @generated
	 * @ordered
	 */
	protected static final long LOAD_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLoadTime() <em>Load Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadTime()
	 * @generated
	 * @ordered
	 */
	protected long loadTime = LOAD_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnloadTime() <em>Unload Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnloadTime()
	 * @generated
	 * @ordered
	 */
	protected static final long UNLOAD_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUnloadTime() <em>Unload Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnloadTime()
	 * @generated
	 * @ordered
	 */
	protected long unloadTime = UNLOAD_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final ModuleSource SOURCE_EDEFAULT = ModuleSource.LOAD_SYMBOLS;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ModuleSource source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModuleImpl()
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
		return SessionPackage.Literals.MODULE;
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
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath()
	{
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath)
	{
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBase()
	{
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(long newBase)
	{
		long oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize()
	{
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize)
	{
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChecksum()
	{
		return checksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecksum(int newChecksum)
	{
		int oldChecksum = checksum;
		checksum = newChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__CHECKSUM, oldChecksum, checksum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLoadTime()
	{
		return loadTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadTime(long newLoadTime)
	{
		long oldLoadTime = loadTime;
		loadTime = newLoadTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__LOAD_TIME, oldLoadTime, loadTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUnloadTime()
	{
		return unloadTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnloadTime(long newUnloadTime)
	{
		long oldUnloadTime = unloadTime;
		unloadTime = newUnloadTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__UNLOAD_TIME, oldUnloadTime, unloadTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModuleSource getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ModuleSource newSource)
	{
		ModuleSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.MODULE__SOURCE, oldSource, source));
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
			case SessionPackage.MODULE__NAME:
				return getName();
			case SessionPackage.MODULE__PATH:
				return getPath();
			case SessionPackage.MODULE__BASE:
				return getBase();
			case SessionPackage.MODULE__SIZE:
				return getSize();
			case SessionPackage.MODULE__CHECKSUM:
				return getChecksum();
			case SessionPackage.MODULE__LOAD_TIME:
				return getLoadTime();
			case SessionPackage.MODULE__UNLOAD_TIME:
				return getUnloadTime();
			case SessionPackage.MODULE__SOURCE:
				return getSource();
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
			case SessionPackage.MODULE__NAME:
				setName((String)newValue);
				return;
			case SessionPackage.MODULE__PATH:
				setPath((String)newValue);
				return;
			case SessionPackage.MODULE__BASE:
				setBase((Long)newValue);
				return;
			case SessionPackage.MODULE__SIZE:
				setSize((Integer)newValue);
				return;
			case SessionPackage.MODULE__CHECKSUM:
				setChecksum((Integer)newValue);
				return;
			case SessionPackage.MODULE__LOAD_TIME:
				setLoadTime((Long)newValue);
				return;
			case SessionPackage.MODULE__UNLOAD_TIME:
				setUnloadTime((Long)newValue);
				return;
			case SessionPackage.MODULE__SOURCE:
				setSource((ModuleSource)newValue);
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
			case SessionPackage.MODULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SessionPackage.MODULE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case SessionPackage.MODULE__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case SessionPackage.MODULE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SessionPackage.MODULE__CHECKSUM:
				setChecksum(CHECKSUM_EDEFAULT);
				return;
			case SessionPackage.MODULE__LOAD_TIME:
				setLoadTime(LOAD_TIME_EDEFAULT);
				return;
			case SessionPackage.MODULE__UNLOAD_TIME:
				setUnloadTime(UNLOAD_TIME_EDEFAULT);
				return;
			case SessionPackage.MODULE__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case SessionPackage.MODULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SessionPackage.MODULE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case SessionPackage.MODULE__BASE:
				return base != BASE_EDEFAULT;
			case SessionPackage.MODULE__SIZE:
				return size != SIZE_EDEFAULT;
			case SessionPackage.MODULE__CHECKSUM:
				return checksum != CHECKSUM_EDEFAULT;
			case SessionPackage.MODULE__LOAD_TIME:
				return loadTime != LOAD_TIME_EDEFAULT;
			case SessionPackage.MODULE__UNLOAD_TIME:
				return unloadTime != UNLOAD_TIME_EDEFAULT;
			case SessionPackage.MODULE__SOURCE:
				return source != SOURCE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", path: ");
		result.append(path);
		result.append(", base: ");
		result.append(base);
		result.append(", size: ");
		result.append(size);
		result.append(", checksum: ");
		result.append(checksum);
		result.append(", loadTime: ");
		result.append(loadTime);
		result.append(", unloadTime: ");
		result.append(unloadTime);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ModuleImpl
