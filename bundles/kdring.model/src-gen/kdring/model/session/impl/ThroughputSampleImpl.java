/**
 */
package kdring.model.session.impl;

import kdring.model.session.SessionPackage;
import kdring.model.session.ThroughputSample;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Throughput Sample</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getIntervalNanos <em>Interval Nanos</em>}</li>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getBytesToDebugger <em>Bytes To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getBytesToTarget <em>Bytes To Target</em>}</li>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getPacketsToDebugger <em>Packets To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.impl.ThroughputSampleImpl#getPacketsToTarget <em>Packets To Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThroughputSampleImpl extends MinimalEObjectImpl.Container implements ThroughputSample
{
	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final long TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected long time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalNanos() <em>Interval Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERVAL_NANOS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIntervalNanos() <em>Interval Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalNanos()
	 * @generated
	 * @ordered
	 */
	protected long intervalNanos = INTERVAL_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesToDebugger() <em>Bytes To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToDebugger()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_TO_DEBUGGER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesToDebugger() <em>Bytes To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToDebugger()
	 * @generated
	 * @ordered
	 */
	protected long bytesToDebugger = BYTES_TO_DEBUGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesToTarget() <em>Bytes To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToTarget()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_TO_TARGET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesToTarget() <em>Bytes To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToTarget()
	 * @generated
	 * @ordered
	 */
	protected long bytesToTarget = BYTES_TO_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPacketsToDebugger() <em>Packets To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketsToDebugger()
	 * @generated
	 * @ordered
	 */
	protected static final long PACKETS_TO_DEBUGGER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPacketsToDebugger() <em>Packets To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketsToDebugger()
	 * @generated
	 * @ordered
	 */
	protected long packetsToDebugger = PACKETS_TO_DEBUGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPacketsToTarget() <em>Packets To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketsToTarget()
	 * @generated
	 * @ordered
	 */
	protected static final long PACKETS_TO_TARGET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPacketsToTarget() <em>Packets To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketsToTarget()
	 * @generated
	 * @ordered
	 */
	protected long packetsToTarget = PACKETS_TO_TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThroughputSampleImpl()
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
		return SessionPackage.Literals.THROUGHPUT_SAMPLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTime()
	{
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(long newTime)
	{
		long oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIntervalNanos()
	{
		return intervalNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalNanos(long newIntervalNanos)
	{
		long oldIntervalNanos = intervalNanos;
		intervalNanos = newIntervalNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__INTERVAL_NANOS, oldIntervalNanos, intervalNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesToDebugger()
	{
		return bytesToDebugger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesToDebugger(long newBytesToDebugger)
	{
		long oldBytesToDebugger = bytesToDebugger;
		bytesToDebugger = newBytesToDebugger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER, oldBytesToDebugger, bytesToDebugger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesToTarget()
	{
		return bytesToTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesToTarget(long newBytesToTarget)
	{
		long oldBytesToTarget = bytesToTarget;
		bytesToTarget = newBytesToTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_TARGET, oldBytesToTarget, bytesToTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPacketsToDebugger()
	{
		return packetsToDebugger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketsToDebugger(long newPacketsToDebugger)
	{
		long oldPacketsToDebugger = packetsToDebugger;
		packetsToDebugger = newPacketsToDebugger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER, oldPacketsToDebugger, packetsToDebugger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPacketsToTarget()
	{
		return packetsToTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketsToTarget(long newPacketsToTarget)
	{
		long oldPacketsToTarget = packetsToTarget;
		packetsToTarget = newPacketsToTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_TARGET, oldPacketsToTarget, packetsToTarget));
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
			case SessionPackage.THROUGHPUT_SAMPLE__TIME:
				return getTime();
			case SessionPackage.THROUGHPUT_SAMPLE__INTERVAL_NANOS:
				return getIntervalNanos();
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER:
				return getBytesToDebugger();
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_TARGET:
				return getBytesToTarget();
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER:
				return getPacketsToDebugger();
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_TARGET:
				return getPacketsToTarget();
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
			case SessionPackage.THROUGHPUT_SAMPLE__TIME:
				setTime((Long)newValue);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__INTERVAL_NANOS:
				setIntervalNanos((Long)newValue);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER:
				setBytesToDebugger((Long)newValue);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_TARGET:
				setBytesToTarget((Long)newValue);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER:
				setPacketsToDebugger((Long)newValue);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_TARGET:
				setPacketsToTarget((Long)newValue);
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
			case SessionPackage.THROUGHPUT_SAMPLE__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__INTERVAL_NANOS:
				setIntervalNanos(INTERVAL_NANOS_EDEFAULT);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER:
				setBytesToDebugger(BYTES_TO_DEBUGGER_EDEFAULT);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_TARGET:
				setBytesToTarget(BYTES_TO_TARGET_EDEFAULT);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER:
				setPacketsToDebugger(PACKETS_TO_DEBUGGER_EDEFAULT);
				return;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_TARGET:
				setPacketsToTarget(PACKETS_TO_TARGET_EDEFAULT);
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
			case SessionPackage.THROUGHPUT_SAMPLE__TIME:
				return time != TIME_EDEFAULT;
			case SessionPackage.THROUGHPUT_SAMPLE__INTERVAL_NANOS:
				return intervalNanos != INTERVAL_NANOS_EDEFAULT;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER:
				return bytesToDebugger != BYTES_TO_DEBUGGER_EDEFAULT;
			case SessionPackage.THROUGHPUT_SAMPLE__BYTES_TO_TARGET:
				return bytesToTarget != BYTES_TO_TARGET_EDEFAULT;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER:
				return packetsToDebugger != PACKETS_TO_DEBUGGER_EDEFAULT;
			case SessionPackage.THROUGHPUT_SAMPLE__PACKETS_TO_TARGET:
				return packetsToTarget != PACKETS_TO_TARGET_EDEFAULT;
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
		result.append(" (time: ");
		result.append(time);
		result.append(", intervalNanos: ");
		result.append(intervalNanos);
		result.append(", bytesToDebugger: ");
		result.append(bytesToDebugger);
		result.append(", bytesToTarget: ");
		result.append(bytesToTarget);
		result.append(", packetsToDebugger: ");
		result.append(packetsToDebugger);
		result.append(", packetsToTarget: ");
		result.append(packetsToTarget);
		result.append(')');
		return result.toString();
	}

} //ThroughputSampleImpl
