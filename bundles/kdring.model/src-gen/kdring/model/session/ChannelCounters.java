/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Counters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Totals of one channel since the session started.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.ChannelCounters#getBytesToDebugger <em>Bytes To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getBytesToTarget <em>Bytes To Target</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getPacketsToDebugger <em>Packets To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getPacketsToTarget <em>Packets To Target</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getRetransmissions <em>Retransmissions</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getResends <em>Resends</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getResets <em>Resets</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getProtocolErrors <em>Protocol Errors</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getBytesSkipped <em>Bytes Skipped</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getBreakIns <em>Break Ins</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getStops <em>Stops</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getPrints <em>Prints</em>}</li>
 *   <li>{@link kdring.model.session.ChannelCounters#getModuleLoads <em>Module Loads</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getChannelCounters()
 * @model
 * @generated
 */
public interface ChannelCounters extends EObject
{
	/**
	 * Returns the value of the '<em><b>Bytes To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes the target sent to the debugger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes To Debugger</em>' attribute.
	 * @see #setBytesToDebugger(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_BytesToDebugger()
	 * @model
	 * @generated
	 */
	long getBytesToDebugger();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getBytesToDebugger <em>Bytes To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes To Debugger</em>' attribute.
	 * @see #getBytesToDebugger()
	 * @generated
	 */
	void setBytesToDebugger(long value);

	/**
	 * Returns the value of the '<em><b>Bytes To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes the debugger sent to the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes To Target</em>' attribute.
	 * @see #setBytesToTarget(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_BytesToTarget()
	 * @model
	 * @generated
	 */
	long getBytesToTarget();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getBytesToTarget <em>Bytes To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes To Target</em>' attribute.
	 * @see #getBytesToTarget()
	 * @generated
	 */
	void setBytesToTarget(long value);

	/**
	 * Returns the value of the '<em><b>Packets To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Well-formed packets from the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packets To Debugger</em>' attribute.
	 * @see #setPacketsToDebugger(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_PacketsToDebugger()
	 * @model
	 * @generated
	 */
	long getPacketsToDebugger();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getPacketsToDebugger <em>Packets To Debugger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packets To Debugger</em>' attribute.
	 * @see #getPacketsToDebugger()
	 * @generated
	 */
	void setPacketsToDebugger(long value);

	/**
	 * Returns the value of the '<em><b>Packets To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Well-formed packets from the debugger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packets To Target</em>' attribute.
	 * @see #setPacketsToTarget(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_PacketsToTarget()
	 * @model
	 * @generated
	 */
	long getPacketsToTarget();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getPacketsToTarget <em>Packets To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packets To Target</em>' attribute.
	 * @see #getPacketsToTarget()
	 * @generated
	 */
	void setPacketsToTarget(long value);

	/**
	 * Returns the value of the '<em><b>Retransmissions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data packets that repeated an unacknowledged one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retransmissions</em>' attribute.
	 * @see #setRetransmissions(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_Retransmissions()
	 * @model
	 * @generated
	 */
	long getRetransmissions();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getRetransmissions <em>Retransmissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retransmissions</em>' attribute.
	 * @see #getRetransmissions()
	 * @generated
	 */
	void setRetransmissions(long value);

	/**
	 * Returns the value of the '<em><b>Resends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RESEND control packets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resends</em>' attribute.
	 * @see #setResends(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_Resends()
	 * @model
	 * @generated
	 */
	long getResends();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getResends <em>Resends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resends</em>' attribute.
	 * @see #getResends()
	 * @generated
	 */
	void setResends(long value);

	/**
	 * Returns the value of the '<em><b>Resets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RESET control packets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resets</em>' attribute.
	 * @see #setResets(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_Resets()
	 * @model
	 * @generated
	 */
	long getResets();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getResets <em>Resets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resets</em>' attribute.
	 * @see #getResets()
	 * @generated
	 */
	void setResets(long value);

	/**
	 * Returns the value of the '<em><b>Protocol Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bad packets: checksum, trailer, size, type, truncation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol Errors</em>' attribute.
	 * @see #setProtocolErrors(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_ProtocolErrors()
	 * @model
	 * @generated
	 */
	long getProtocolErrors();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getProtocolErrors <em>Protocol Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Errors</em>' attribute.
	 * @see #getProtocolErrors()
	 * @generated
	 */
	void setProtocolErrors(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes outside any packet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes Skipped</em>' attribute.
	 * @see #setBytesSkipped(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_BytesSkipped()
	 * @model
	 * @generated
	 */
	long getBytesSkipped();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getBytesSkipped <em>Bytes Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Skipped</em>' attribute.
	 * @see #getBytesSkipped()
	 * @generated
	 */
	void setBytesSkipped(long value);

	/**
	 * Returns the value of the '<em><b>Break Ins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Break-in requests (0x62) from the debugger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Break Ins</em>' attribute.
	 * @see #setBreakIns(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_BreakIns()
	 * @model
	 * @generated
	 */
	long getBreakIns();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getBreakIns <em>Break Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Break Ins</em>' attribute.
	 * @see #getBreakIns()
	 * @generated
	 */
	void setBreakIns(long value);

	/**
	 * Returns the value of the '<em><b>Stops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Times the target stopped (state change exception).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stops</em>' attribute.
	 * @see #setStops(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_Stops()
	 * @model
	 * @generated
	 */
	long getStops();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getStops <em>Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stops</em>' attribute.
	 * @see #getStops()
	 * @generated
	 */
	void setStops(long value);

	/**
	 * Returns the value of the '<em><b>Prints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debug prints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prints</em>' attribute.
	 * @see #setPrints(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_Prints()
	 * @model
	 * @generated
	 */
	long getPrints();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getPrints <em>Prints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prints</em>' attribute.
	 * @see #getPrints()
	 * @generated
	 */
	void setPrints(long value);

	/**
	 * Returns the value of the '<em><b>Module Loads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Module loads reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Loads</em>' attribute.
	 * @see #setModuleLoads(long)
	 * @see kdring.model.session.SessionPackage#getChannelCounters_ModuleLoads()
	 * @model
	 * @generated
	 */
	long getModuleLoads();

	/**
	 * Sets the value of the '{@link kdring.model.session.ChannelCounters#getModuleLoads <em>Module Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Loads</em>' attribute.
	 * @see #getModuleLoads()
	 * @generated
	 */
	void setModuleLoads(long value);

} // ChannelCounters
