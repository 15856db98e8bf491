/**
 */
package kdring.model.session.impl;

import java.util.Collection;

import kdring.model.session.BreakIn;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.ChannelState;
import kdring.model.session.DebugPrint;
import kdring.model.session.Fault;
import kdring.model.session.PacketRecord;
import kdring.model.session.SessionPackage;
import kdring.model.session.TargetInfo;
import kdring.model.session.ThroughputSample;
import kdring.model.session.Transport;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getName <em>Name</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getVmName <em>Vm Name</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getTcpPort <em>Tcp Port</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getPipeName <em>Pipe Name</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getState <em>State</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getStateReason <em>State Reason</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getCaptureFile <em>Capture File</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getPacketCount <em>Packet Count</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getWindowCapacity <em>Window Capacity</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getCounters <em>Counters</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getRecentPackets <em>Recent Packets</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getModules <em>Modules</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getBreakIns <em>Break Ins</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getPrints <em>Prints</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getFaults <em>Faults</em>}</li>
 *   <li>{@link kdring.model.session.impl.ChannelImpl#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelImpl extends MinimalEObjectImpl.Container implements Channel
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
	 * The default value of the '{@link #getVmName() <em>Vm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmName()
	 * @generated
	 * @ordered
	 */
	protected static final String VM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVmName() <em>Vm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmName()
	 * @generated
	 * @ordered
	 */
	protected String vmName = VM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHypervisor() <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPERVISOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypervisor() <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected String hypervisor = HYPERVISOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final Transport TRANSPORT_EDEFAULT = Transport.UNKNOWN;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected Transport transport = TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTcpPort() <em>Tcp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int TCP_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTcpPort() <em>Tcp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPort()
	 * @generated
	 * @ordered
	 */
	protected int tcpPort = TCP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPipeName() <em>Pipe Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipeName()
	 * @generated
	 * @ordered
	 */
	protected static final String PIPE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPipeName() <em>Pipe Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipeName()
	 * @generated
	 * @ordered
	 */
	protected String pipeName = PIPE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelState STATE_EDEFAULT = ChannelState.WAITING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ChannelState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateReason() <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateReason()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateReason() <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateReason()
	 * @generated
	 * @ordered
	 */
	protected String stateReason = STATE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptureFile() <em>Capture File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTURE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaptureFile() <em>Capture File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureFile()
	 * @generated
	 * @ordered
	 */
	protected String captureFile = CAPTURE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPacketCount() <em>Packet Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketCount()
	 * @generated
	 * @ordered
	 */
	protected static final long PACKET_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPacketCount() <em>Packet Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketCount()
	 * @generated
	 * @ordered
	 */
	protected long packetCount = PACKET_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowCapacity() <em>Window Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_CAPACITY_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getWindowCapacity() <em>Window Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowCapacity()
	 * @generated
	 * @ordered
	 */
	protected int windowCapacity = WINDOW_CAPACITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounters() <em>Counters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounters()
	 * @generated
	 * @ordered
	 */
	protected ChannelCounters counters;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected TargetInfo target;

	/**
	 * The cached value of the '{@link #getRecentPackets() <em>Recent Packets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecentPackets()
	 * @generated
	 * @ordered
	 */
	protected EList<PacketRecord> recentPackets;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<kdring.model.session.Module> modules;

	/**
	 * The cached value of the '{@link #getBreakIns() <em>Break Ins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakIns()
	 * @generated
	 * @ordered
	 */
	protected EList<BreakIn> breakIns;

	/**
	 * The cached value of the '{@link #getPrints() <em>Prints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrints()
	 * @generated
	 * @ordered
	 */
	protected EList<DebugPrint> prints;

	/**
	 * The cached value of the '{@link #getFaults() <em>Faults</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaults()
	 * @generated
	 * @ordered
	 */
	protected EList<Fault> faults;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected EList<ThroughputSample> samples;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelImpl()
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
		return SessionPackage.Literals.CHANNEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVmName()
	{
		return vmName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmName(String newVmName)
	{
		String oldVmName = vmName;
		vmName = newVmName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__VM_NAME, oldVmName, vmName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypervisor()
	{
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypervisor(String newHypervisor)
	{
		String oldHypervisor = hypervisor;
		hypervisor = newHypervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__HYPERVISOR, oldHypervisor, hypervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transport getTransport()
	{
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(Transport newTransport)
	{
		Transport oldTransport = transport;
		transport = newTransport == null ? TRANSPORT_EDEFAULT : newTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__TRANSPORT, oldTransport, transport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTcpPort()
	{
		return tcpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpPort(int newTcpPort)
	{
		int oldTcpPort = tcpPort;
		tcpPort = newTcpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__TCP_PORT, oldTcpPort, tcpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPipeName()
	{
		return pipeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPipeName(String newPipeName)
	{
		String oldPipeName = pipeName;
		pipeName = newPipeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__PIPE_NAME, oldPipeName, pipeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelState getState()
	{
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ChannelState newState)
	{
		ChannelState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateReason()
	{
		return stateReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateReason(String newStateReason)
	{
		String oldStateReason = stateReason;
		stateReason = newStateReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__STATE_REASON, oldStateReason, stateReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaptureFile()
	{
		return captureFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptureFile(String newCaptureFile)
	{
		String oldCaptureFile = captureFile;
		captureFile = newCaptureFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__CAPTURE_FILE, oldCaptureFile, captureFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPacketCount()
	{
		return packetCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketCount(long newPacketCount)
	{
		long oldPacketCount = packetCount;
		packetCount = newPacketCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__PACKET_COUNT, oldPacketCount, packetCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowCapacity()
	{
		return windowCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowCapacity(int newWindowCapacity)
	{
		int oldWindowCapacity = windowCapacity;
		windowCapacity = newWindowCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__WINDOW_CAPACITY, oldWindowCapacity, windowCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelCounters getCounters()
	{
		return counters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCounters(ChannelCounters newCounters, NotificationChain msgs)
	{
		ChannelCounters oldCounters = counters;
		counters = newCounters;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__COUNTERS, oldCounters, newCounters);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounters(ChannelCounters newCounters)
	{
		if (newCounters != counters)
		{
			NotificationChain msgs = null;
			if (counters != null)
				msgs = ((InternalEObject)counters).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SessionPackage.CHANNEL__COUNTERS, null, msgs);
			if (newCounters != null)
				msgs = ((InternalEObject)newCounters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SessionPackage.CHANNEL__COUNTERS, null, msgs);
			msgs = basicSetCounters(newCounters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__COUNTERS, newCounters, newCounters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetInfo getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(TargetInfo newTarget, NotificationChain msgs)
	{
		TargetInfo oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__TARGET, oldTarget, newTarget);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(TargetInfo newTarget)
	{
		if (newTarget != target)
		{
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SessionPackage.CHANNEL__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SessionPackage.CHANNEL__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.CHANNEL__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PacketRecord> getRecentPackets()
	{
		if (recentPackets == null)
		{
			recentPackets = new EObjectContainmentEList<PacketRecord>(PacketRecord.class, this, SessionPackage.CHANNEL__RECENT_PACKETS);
		}
		return recentPackets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<kdring.model.session.Module> getModules()
	{
		if (modules == null)
		{
			modules = new EObjectContainmentEList<kdring.model.session.Module>(kdring.model.session.Module.class, this, SessionPackage.CHANNEL__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BreakIn> getBreakIns()
	{
		if (breakIns == null)
		{
			breakIns = new EObjectContainmentEList<BreakIn>(BreakIn.class, this, SessionPackage.CHANNEL__BREAK_INS);
		}
		return breakIns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DebugPrint> getPrints()
	{
		if (prints == null)
		{
			prints = new EObjectContainmentEList<DebugPrint>(DebugPrint.class, this, SessionPackage.CHANNEL__PRINTS);
		}
		return prints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fault> getFaults()
	{
		if (faults == null)
		{
			faults = new EObjectContainmentEList<Fault>(Fault.class, this, SessionPackage.CHANNEL__FAULTS);
		}
		return faults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThroughputSample> getSamples()
	{
		if (samples == null)
		{
			samples = new EObjectContainmentEList<ThroughputSample>(ThroughputSample.class, this, SessionPackage.CHANNEL__SAMPLES);
		}
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SessionPackage.CHANNEL__COUNTERS:
				return basicSetCounters(null, msgs);
			case SessionPackage.CHANNEL__TARGET:
				return basicSetTarget(null, msgs);
			case SessionPackage.CHANNEL__RECENT_PACKETS:
				return ((InternalEList<?>)getRecentPackets()).basicRemove(otherEnd, msgs);
			case SessionPackage.CHANNEL__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
			case SessionPackage.CHANNEL__BREAK_INS:
				return ((InternalEList<?>)getBreakIns()).basicRemove(otherEnd, msgs);
			case SessionPackage.CHANNEL__PRINTS:
				return ((InternalEList<?>)getPrints()).basicRemove(otherEnd, msgs);
			case SessionPackage.CHANNEL__FAULTS:
				return ((InternalEList<?>)getFaults()).basicRemove(otherEnd, msgs);
			case SessionPackage.CHANNEL__SAMPLES:
				return ((InternalEList<?>)getSamples()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case SessionPackage.CHANNEL__NAME:
				return getName();
			case SessionPackage.CHANNEL__VM_NAME:
				return getVmName();
			case SessionPackage.CHANNEL__HYPERVISOR:
				return getHypervisor();
			case SessionPackage.CHANNEL__TRANSPORT:
				return getTransport();
			case SessionPackage.CHANNEL__TCP_PORT:
				return getTcpPort();
			case SessionPackage.CHANNEL__PIPE_NAME:
				return getPipeName();
			case SessionPackage.CHANNEL__STATE:
				return getState();
			case SessionPackage.CHANNEL__STATE_REASON:
				return getStateReason();
			case SessionPackage.CHANNEL__CAPTURE_FILE:
				return getCaptureFile();
			case SessionPackage.CHANNEL__PACKET_COUNT:
				return getPacketCount();
			case SessionPackage.CHANNEL__WINDOW_CAPACITY:
				return getWindowCapacity();
			case SessionPackage.CHANNEL__COUNTERS:
				return getCounters();
			case SessionPackage.CHANNEL__TARGET:
				return getTarget();
			case SessionPackage.CHANNEL__RECENT_PACKETS:
				return getRecentPackets();
			case SessionPackage.CHANNEL__MODULES:
				return getModules();
			case SessionPackage.CHANNEL__BREAK_INS:
				return getBreakIns();
			case SessionPackage.CHANNEL__PRINTS:
				return getPrints();
			case SessionPackage.CHANNEL__FAULTS:
				return getFaults();
			case SessionPackage.CHANNEL__SAMPLES:
				return getSamples();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SessionPackage.CHANNEL__NAME:
				setName((String)newValue);
				return;
			case SessionPackage.CHANNEL__VM_NAME:
				setVmName((String)newValue);
				return;
			case SessionPackage.CHANNEL__HYPERVISOR:
				setHypervisor((String)newValue);
				return;
			case SessionPackage.CHANNEL__TRANSPORT:
				setTransport((Transport)newValue);
				return;
			case SessionPackage.CHANNEL__TCP_PORT:
				setTcpPort((Integer)newValue);
				return;
			case SessionPackage.CHANNEL__PIPE_NAME:
				setPipeName((String)newValue);
				return;
			case SessionPackage.CHANNEL__STATE:
				setState((ChannelState)newValue);
				return;
			case SessionPackage.CHANNEL__STATE_REASON:
				setStateReason((String)newValue);
				return;
			case SessionPackage.CHANNEL__CAPTURE_FILE:
				setCaptureFile((String)newValue);
				return;
			case SessionPackage.CHANNEL__PACKET_COUNT:
				setPacketCount((Long)newValue);
				return;
			case SessionPackage.CHANNEL__WINDOW_CAPACITY:
				setWindowCapacity((Integer)newValue);
				return;
			case SessionPackage.CHANNEL__COUNTERS:
				setCounters((ChannelCounters)newValue);
				return;
			case SessionPackage.CHANNEL__TARGET:
				setTarget((TargetInfo)newValue);
				return;
			case SessionPackage.CHANNEL__RECENT_PACKETS:
				getRecentPackets().clear();
				getRecentPackets().addAll((Collection<? extends PacketRecord>)newValue);
				return;
			case SessionPackage.CHANNEL__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends kdring.model.session.Module>)newValue);
				return;
			case SessionPackage.CHANNEL__BREAK_INS:
				getBreakIns().clear();
				getBreakIns().addAll((Collection<? extends BreakIn>)newValue);
				return;
			case SessionPackage.CHANNEL__PRINTS:
				getPrints().clear();
				getPrints().addAll((Collection<? extends DebugPrint>)newValue);
				return;
			case SessionPackage.CHANNEL__FAULTS:
				getFaults().clear();
				getFaults().addAll((Collection<? extends Fault>)newValue);
				return;
			case SessionPackage.CHANNEL__SAMPLES:
				getSamples().clear();
				getSamples().addAll((Collection<? extends ThroughputSample>)newValue);
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
			case SessionPackage.CHANNEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__VM_NAME:
				setVmName(VM_NAME_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__HYPERVISOR:
				setHypervisor(HYPERVISOR_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__TRANSPORT:
				setTransport(TRANSPORT_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__TCP_PORT:
				setTcpPort(TCP_PORT_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__PIPE_NAME:
				setPipeName(PIPE_NAME_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__STATE_REASON:
				setStateReason(STATE_REASON_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__CAPTURE_FILE:
				setCaptureFile(CAPTURE_FILE_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__PACKET_COUNT:
				setPacketCount(PACKET_COUNT_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__WINDOW_CAPACITY:
				setWindowCapacity(WINDOW_CAPACITY_EDEFAULT);
				return;
			case SessionPackage.CHANNEL__COUNTERS:
				setCounters((ChannelCounters)null);
				return;
			case SessionPackage.CHANNEL__TARGET:
				setTarget((TargetInfo)null);
				return;
			case SessionPackage.CHANNEL__RECENT_PACKETS:
				getRecentPackets().clear();
				return;
			case SessionPackage.CHANNEL__MODULES:
				getModules().clear();
				return;
			case SessionPackage.CHANNEL__BREAK_INS:
				getBreakIns().clear();
				return;
			case SessionPackage.CHANNEL__PRINTS:
				getPrints().clear();
				return;
			case SessionPackage.CHANNEL__FAULTS:
				getFaults().clear();
				return;
			case SessionPackage.CHANNEL__SAMPLES:
				getSamples().clear();
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
			case SessionPackage.CHANNEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SessionPackage.CHANNEL__VM_NAME:
				return VM_NAME_EDEFAULT == null ? vmName != null : !VM_NAME_EDEFAULT.equals(vmName);
			case SessionPackage.CHANNEL__HYPERVISOR:
				return HYPERVISOR_EDEFAULT == null ? hypervisor != null : !HYPERVISOR_EDEFAULT.equals(hypervisor);
			case SessionPackage.CHANNEL__TRANSPORT:
				return transport != TRANSPORT_EDEFAULT;
			case SessionPackage.CHANNEL__TCP_PORT:
				return tcpPort != TCP_PORT_EDEFAULT;
			case SessionPackage.CHANNEL__PIPE_NAME:
				return PIPE_NAME_EDEFAULT == null ? pipeName != null : !PIPE_NAME_EDEFAULT.equals(pipeName);
			case SessionPackage.CHANNEL__STATE:
				return state != STATE_EDEFAULT;
			case SessionPackage.CHANNEL__STATE_REASON:
				return STATE_REASON_EDEFAULT == null ? stateReason != null : !STATE_REASON_EDEFAULT.equals(stateReason);
			case SessionPackage.CHANNEL__CAPTURE_FILE:
				return CAPTURE_FILE_EDEFAULT == null ? captureFile != null : !CAPTURE_FILE_EDEFAULT.equals(captureFile);
			case SessionPackage.CHANNEL__PACKET_COUNT:
				return packetCount != PACKET_COUNT_EDEFAULT;
			case SessionPackage.CHANNEL__WINDOW_CAPACITY:
				return windowCapacity != WINDOW_CAPACITY_EDEFAULT;
			case SessionPackage.CHANNEL__COUNTERS:
				return counters != null;
			case SessionPackage.CHANNEL__TARGET:
				return target != null;
			case SessionPackage.CHANNEL__RECENT_PACKETS:
				return recentPackets != null && !recentPackets.isEmpty();
			case SessionPackage.CHANNEL__MODULES:
				return modules != null && !modules.isEmpty();
			case SessionPackage.CHANNEL__BREAK_INS:
				return breakIns != null && !breakIns.isEmpty();
			case SessionPackage.CHANNEL__PRINTS:
				return prints != null && !prints.isEmpty();
			case SessionPackage.CHANNEL__FAULTS:
				return faults != null && !faults.isEmpty();
			case SessionPackage.CHANNEL__SAMPLES:
				return samples != null && !samples.isEmpty();
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
		result.append(", vmName: ");
		result.append(vmName);
		result.append(", hypervisor: ");
		result.append(hypervisor);
		result.append(", transport: ");
		result.append(transport);
		result.append(", tcpPort: ");
		result.append(tcpPort);
		result.append(", pipeName: ");
		result.append(pipeName);
		result.append(", state: ");
		result.append(state);
		result.append(", stateReason: ");
		result.append(stateReason);
		result.append(", captureFile: ");
		result.append(captureFile);
		result.append(", packetCount: ");
		result.append(packetCount);
		result.append(", windowCapacity: ");
		result.append(windowCapacity);
		result.append(')');
		return result.toString();
	}

} //ChannelImpl
