/**
 */
package kdring.model.session;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One VM KD channel: the endpoint WinDbg attaches to, its state, counters, and what the KD observer told about it. Lists of events are bounded windows (most recent kept); the counters hold the totals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.Channel#getName <em>Name</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getVmName <em>Vm Name</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getTransport <em>Transport</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getTcpPort <em>Tcp Port</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getPipeName <em>Pipe Name</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getState <em>State</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getStateReason <em>State Reason</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getCaptureFile <em>Capture File</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getPacketCount <em>Packet Count</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getWindowCapacity <em>Window Capacity</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getCounters <em>Counters</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getTarget <em>Target</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getRecentPackets <em>Recent Packets</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getModules <em>Modules</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getBreakIns <em>Break Ins</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getPrints <em>Prints</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getFaults <em>Faults</em>}</li>
 *   <li>{@link kdring.model.session.Channel#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channel name, unique in the session (e.g. the VM name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see kdring.model.session.SessionPackage#getChannel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Vm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the virtual machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm Name</em>' attribute.
	 * @see #setVmName(String)
	 * @see kdring.model.session.SessionPackage#getChannel_VmName()
	 * @model
	 * @generated
	 */
	String getVmName();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getVmName <em>Vm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Name</em>' attribute.
	 * @see #getVmName()
	 * @generated
	 */
	void setVmName(String value);

	/**
	 * Returns the value of the '<em><b>Hypervisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hypervisor adapter, e.g. qemu or xen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypervisor</em>' attribute.
	 * @see #setHypervisor(String)
	 * @see kdring.model.session.SessionPackage#getChannel_Hypervisor()
	 * @model
	 * @generated
	 */
	String getHypervisor();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getHypervisor <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypervisor</em>' attribute.
	 * @see #getHypervisor()
	 * @generated
	 */
	void setHypervisor(String value);

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.Transport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the KD bytes travel between guest and host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see kdring.model.session.Transport
	 * @see #setTransport(Transport)
	 * @see kdring.model.session.SessionPackage#getChannel_Transport()
	 * @model
	 * @generated
	 */
	Transport getTransport();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see kdring.model.session.Transport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(Transport value);

	/**
	 * Returns the value of the '<em><b>Tcp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TCP port WinDbg attaches to with com:ipport; 0 when none is served.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Port</em>' attribute.
	 * @see #setTcpPort(int)
	 * @see kdring.model.session.SessionPackage#getChannel_TcpPort()
	 * @model
	 * @generated
	 */
	int getTcpPort();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getTcpPort <em>Tcp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Port</em>' attribute.
	 * @see #getTcpPort()
	 * @generated
	 */
	void setTcpPort(int value);

	/**
	 * Returns the value of the '<em><b>Pipe Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the named pipe served for WinDbg (without \\.\pipe\); empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pipe Name</em>' attribute.
	 * @see #setPipeName(String)
	 * @see kdring.model.session.SessionPackage#getChannel_PipeName()
	 * @model
	 * @generated
	 */
	String getPipeName();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getPipeName <em>Pipe Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pipe Name</em>' attribute.
	 * @see #getPipeName()
	 * @generated
	 */
	void setPipeName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.ChannelState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current lifecycle state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see kdring.model.session.ChannelState
	 * @see #setState(ChannelState)
	 * @see kdring.model.session.SessionPackage#getChannel_State()
	 * @model
	 * @generated
	 */
	ChannelState getState();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see kdring.model.session.ChannelState
	 * @see #getState()
	 * @generated
	 */
	void setState(ChannelState value);

	/**
	 * Returns the value of the '<em><b>State Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the channel is in its state, in words a user can act on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Reason</em>' attribute.
	 * @see #setStateReason(String)
	 * @see kdring.model.session.SessionPackage#getChannel_StateReason()
	 * @model
	 * @generated
	 */
	String getStateReason();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getStateReason <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Reason</em>' attribute.
	 * @see #getStateReason()
	 * @generated
	 */
	void setStateReason(String value);

	/**
	 * Returns the value of the '<em><b>Capture File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The capture file of this channel, relative to the metadata file when possible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capture File</em>' attribute.
	 * @see #setCaptureFile(String)
	 * @see kdring.model.session.SessionPackage#getChannel_CaptureFile()
	 * @model
	 * @generated
	 */
	String getCaptureFile();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getCaptureFile <em>Capture File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capture File</em>' attribute.
	 * @see #getCaptureFile()
	 * @generated
	 */
	void setCaptureFile(String value);

	/**
	 * Returns the value of the '<em><b>Packet Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total packets in the trace (all of them, not just the window).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packet Count</em>' attribute.
	 * @see #setPacketCount(long)
	 * @see kdring.model.session.SessionPackage#getChannel_PacketCount()
	 * @model
	 * @generated
	 */
	long getPacketCount();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getPacketCount <em>Packet Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Count</em>' attribute.
	 * @see #getPacketCount()
	 * @generated
	 */
	void setPacketCount(long value);

	/**
	 * Returns the value of the '<em><b>Window Capacity</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many recent entries each bounded list keeps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Capacity</em>' attribute.
	 * @see #setWindowCapacity(int)
	 * @see kdring.model.session.SessionPackage#getChannel_WindowCapacity()
	 * @model default="1000"
	 * @generated
	 */
	int getWindowCapacity();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getWindowCapacity <em>Window Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Capacity</em>' attribute.
	 * @see #getWindowCapacity()
	 * @generated
	 */
	void setWindowCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Counters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Totals since the session started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counters</em>' containment reference.
	 * @see #setCounters(ChannelCounters)
	 * @see kdring.model.session.SessionPackage#getChannel_Counters()
	 * @model containment="true"
	 * @generated
	 */
	ChannelCounters getCounters();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getCounters <em>Counters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counters</em>' containment reference.
	 * @see #getCounters()
	 * @generated
	 */
	void setCounters(ChannelCounters value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the target reported about itself (GetVersion); absent until it did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(TargetInfo)
	 * @see kdring.model.session.SessionPackage#getChannel_Target()
	 * @model containment="true"
	 * @generated
	 */
	TargetInfo getTarget();

	/**
	 * Sets the value of the '{@link kdring.model.session.Channel#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TargetInfo value);

	/**
	 * Returns the value of the '<em><b>Recent Packets</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.PacketRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most recent packets (a bounded window); older ones are paged from the capture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recent Packets</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_RecentPackets()
	 * @model containment="true"
	 * @generated
	 */
	EList<PacketRecord> getRecentPackets();

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.Module}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modules currently loaded and recently unloaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<kdring.model.session.Module> getModules();

	/**
	 * Returns the value of the '<em><b>Break Ins</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.BreakIn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recent stops of the target (break-ins, breakpoints, exceptions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Break Ins</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_BreakIns()
	 * @model containment="true"
	 * @generated
	 */
	EList<BreakIn> getBreakIns();

	/**
	 * Returns the value of the '<em><b>Prints</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.DebugPrint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recent DbgPrint output and prompts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prints</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_Prints()
	 * @model containment="true"
	 * @generated
	 */
	EList<DebugPrint> getPrints();

	/**
	 * Returns the value of the '<em><b>Faults</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.Fault}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recent faults: protocol errors, skipped bytes, channel faults, capture damage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Faults</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_Faults()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fault> getFaults();

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' containment reference list.
	 * The list contents are of type {@link kdring.model.session.ThroughputSample}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recent throughput samples, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' containment reference list.
	 * @see kdring.model.session.SessionPackage#getChannel_Samples()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThroughputSample> getSamples();

} // Channel
