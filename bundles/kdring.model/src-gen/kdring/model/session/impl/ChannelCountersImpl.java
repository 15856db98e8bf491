/**
 */
package kdring.model.session.impl;

import kdring.model.session.ChannelCounters;
import kdring.model.session.SessionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Counters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getBytesToDebugger <em>Bytes To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getBytesToTarget <em>Bytes To Target</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getPacketsToDebugger <em>Packets To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getPacketsToTarget <em>Packets To Target</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getRetransmissions <em>Retransmissions</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getResends <em>Resends</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getResets <em>Resets</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getProtocolErrors <em>Protocol Errors</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getBytesSkipped <em>Bytes Skipped</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getBreakIns <em>Break Ins</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getStops <em>Stops</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getPrints <em>Prints</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelCountersImpl#getModuleLoads <em>Module Loads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelCountersImpl extends MinimalEObjectImpl.Container implements ChannelCounters
{
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
	 * The default value of the '{@link #getRetransmissions() <em>Retransmissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetransmissions()
	 * @generated
	 * @ordered
	 */
	protected static final long RETRANSMISSIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRetransmissions() <em>Retransmissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetransmissions()
	 * @generated
	 * @ordered
	 */
	protected long retransmissions = RETRANSMISSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResends() <em>Resends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResends()
	 * @generated
	 * @ordered
	 */
	protected static final long RESENDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getResends() <em>Resends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResends()
	 * @generated
	 * @ordered
	 */
	protected long resends = RESENDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResets() <em>Resets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResets()
	 * @generated
	 * @ordered
	 */
	protected static final long RESETS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getResets() <em>Resets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResets()
	 * @generated
	 * @ordered
	 */
	protected long resets = RESETS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocolErrors() <em>Protocol Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolErrors()
	 * @generated
	 * @ordered
	 */
	protected static final long PROTOCOL_ERRORS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getProtocolErrors() <em>Protocol Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolErrors()
	 * @generated
	 * @ordered
	 */
	protected long protocolErrors = PROTOCOL_ERRORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesSkipped() <em>Bytes Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesSkipped()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_SKIPPED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesSkipped() <em>Bytes Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesSkipped()
	 * @generated
	 * @ordered
	 */
	protected long bytesSkipped = BYTES_SKIPPED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBreakIns() <em>Break Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakIns()
	 * @generated
	 * @ordered
	 */
	protected static final long BREAK_INS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBreakIns() <em>Break Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakIns()
	 * @generated
	 * @ordered
	 */
	protected long breakIns = BREAK_INS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStops() <em>Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStops()
	 * @generated
	 * @ordered
	 */
	protected static final long STOPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStops() <em>Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStops()
	 * @generated
	 * @ordered
	 */
	protected long stops = STOPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrints() <em>Prints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrints()
	 * @generated
	 * @ordered
	 */
	protected static final long PRINTS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPrints() <em>Prints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrints()
	 * @generated
	 * @ordered
	 */
	protected long prints = PRINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getModuleLoads() <em>Module Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleLoads()
	 * @generated
	 * @ordered
	 */
	protected static final long MODULE_LOADS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getModuleLoads() <em>Module Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleLoads()
	 * @generated
	 * @ordered
	 */
	protected long moduleLoads = MODULE_LOADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelCountersImpl()
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
		return SessionPackage.Literals.CHANNEL_COUNTERS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__BYTES_TO_DEBUGGER, oldBytesToDebugger, bytesToDebugger));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__BYTES_TO_TARGET, oldBytesToTarget, bytesToTarget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER, oldPacketsToDebugger, packetsToDebugger));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_TARGET, oldPacketsToTarget, packetsToTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRetransmissions()
	{
		return retransmissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetransmissions(long newRetransmissions)
	{
		long oldRetransmissions = retransmissions;
		retransmissions = newRetransmissions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__RETRANSMISSIONS, oldRetransmissions, retransmissions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResends()
	{
		return resends;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResends(long newResends)
	{
		long oldResends = resends;
		resends = newResends;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__RESENDS, oldResends, resends));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResets()
	{
		return resets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResets(long newResets)
	{
		long oldResets = resets;
		resets = newResets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__RESETS, oldResets, resets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getProtocolErrors()
	{
		return protocolErrors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolErrors(long newProtocolErrors)
	{
		long oldProtocolErrors = protocolErrors;
		protocolErrors = newProtocolErrors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__PROTOCOL_ERRORS, oldProtocolErrors, protocolErrors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesSkipped()
	{
		return bytesSkipped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesSkipped(long newBytesSkipped)
	{
		long oldBytesSkipped = bytesSkipped;
		bytesSkipped = newBytesSkipped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__BYTES_SKIPPED, oldBytesSkipped, bytesSkipped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBreakIns()
	{
		return breakIns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBreakIns(long newBreakIns)
	{
		long oldBreakIns = breakIns;
		breakIns = newBreakIns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__BREAK_INS, oldBreakIns, breakIns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStops()
	{
		return stops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStops(long newStops)
	{
		long oldStops = stops;
		stops = newStops;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__STOPS, oldStops, stops));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPrints()
	{
		return prints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrints(long newPrints)
	{
		long oldPrints = prints;
		prints = newPrints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__PRINTS, oldPrints, prints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getModuleLoads()
	{
		return moduleLoads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleLoads(long newModuleLoads)
	{
		long oldModuleLoads = moduleLoads;
		moduleLoads = newModuleLoads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL_COUNTERS__MODULE_LOADS, oldModuleLoads, moduleLoads));
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
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_DEBUGGER:
				return getBytesToDebugger();
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_TARGET:
				return getBytesToTarget();
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER:
				return getPacketsToDebugger();
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_TARGET:
				return getPacketsToTarget();
			case SessionPackage.CHANNEL_COUNTERS__RETRANSMISSIONS:
				return getRetransmissions();
			case SessionPackage.CHANNEL_COUNTERS__RESENDS:
				return getResends();
			case SessionPackage.CHANNEL_COUNTERS__RESETS:
				return getResets();
			case SessionPackage.CHANNEL_COUNTERS__PROTOCOL_ERRORS:
				return getProtocolErrors();
			case SessionPackage.CHANNEL_COUNTERS__BYTES_SKIPPED:
				return getBytesSkipped();
			case SessionPackage.CHANNEL_COUNTERS__BREAK_INS:
				return getBreakIns();
			case SessionPackage.CHANNEL_COUNTERS__STOPS:
				return getStops();
			case SessionPackage.CHANNEL_COUNTERS__PRINTS:
				return getPrints();
			case SessionPackage.CHANNEL_COUNTERS__MODULE_LOADS:
				return getModuleLoads();
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
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_DEBUGGER:
				setBytesToDebugger((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_TARGET:
				setBytesToTarget((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER:
				setPacketsToDebugger((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_TARGET:
				setPacketsToTarget((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RETRANSMISSIONS:
				setRetransmissions((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RESENDS:
				setResends((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RESETS:
				setResets((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PROTOCOL_ERRORS:
				setProtocolErrors((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_SKIPPED:
				setBytesSkipped((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BREAK_INS:
				setBreakIns((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__STOPS:
				setStops((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PRINTS:
				setPrints((Long)newValue);
				return;
			case SessionPackage.CHANNEL_COUNTERS__MODULE_LOADS:
				setModuleLoads((Long)newValue);
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
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_DEBUGGER:
				setBytesToDebugger(BYTES_TO_DEBUGGER_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_TARGET:
				setBytesToTarget(BYTES_TO_TARGET_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER:
				setPacketsToDebugger(PACKETS_TO_DEBUGGER_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_TARGET:
				setPacketsToTarget(PACKETS_TO_TARGET_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RETRANSMISSIONS:
				setRetransmissions(RETRANSMISSIONS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RESENDS:
				setResends(RESENDS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__RESETS:
				setResets(RESETS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PROTOCOL_ERRORS:
				setProtocolErrors(PROTOCOL_ERRORS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_SKIPPED:
				setBytesSkipped(BYTES_SKIPPED_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__BREAK_INS:
				setBreakIns(BREAK_INS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__STOPS:
				setStops(STOPS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__PRINTS:
				setPrints(PRINTS_EDEFAULT);
				return;
			case SessionPackage.CHANNEL_COUNTERS__MODULE_LOADS:
				setModuleLoads(MODULE_LOADS_EDEFAULT);
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
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_DEBUGGER:
				return bytesToDebugger != BYTES_TO_DEBUGGER_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_TO_TARGET:
				return bytesToTarget != BYTES_TO_TARGET_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER:
				return packetsToDebugger != PACKETS_TO_DEBUGGER_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__PACKETS_TO_TARGET:
				return packetsToTarget != PACKETS_TO_TARGET_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__RETRANSMISSIONS:
				return retransmissions != RETRANSMISSIONS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__RESENDS:
				return resends != RESENDS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__RESETS:
				return resets != RESETS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__PROTOCOL_ERRORS:
				return protocolErrors != PROTOCOL_ERRORS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__BYTES_SKIPPED:
				return bytesSkipped != BYTES_SKIPPED_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__BREAK_INS:
				return breakIns != BREAK_INS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__STOPS:
				return stops != STOPS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__PRINTS:
				return prints != PRINTS_EDEFAULT;
			case SessionPackage.CHANNEL_COUNTERS__MODULE_LOADS:
				return moduleLoads != MODULE_LOADS_EDEFAULT;
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
		result.append(" (bytesToDebugger: ");
		result.append(bytesToDebugger);
		result.append(", bytesToTarget: ");
		result.append(bytesToTarget);
		result.append(", packetsToDebugger: ");
		result.append(packetsToDebugger);
		result.append(", packetsToTarget: ");
		result.append(packetsToTarget);
		result.append(", retransmissions: ");
		result.append(retransmissions);
		result.append(", resends: ");
		result.append(resends);
		result.append(", resets: ");
		result.append(resets);
		result.append(", protocolErrors: ");
		result.append(protocolErrors);
		result.append(", bytesSkipped: ");
		result.append(bytesSkipped);
		result.append(", breakIns: ");
		result.append(breakIns);
		result.append(", stops: ");
		result.append(stops);
		result.append(", prints: ");
		result.append(prints);
		result.append(", moduleLoads: ");
		result.append(moduleLoads);
		result.append(')');
		return result.toString();
	}

} //ChannelCountersImpl
