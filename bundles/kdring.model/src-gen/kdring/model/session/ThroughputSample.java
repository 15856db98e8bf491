/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Throughput Sample</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Bytes and packets that crossed in one interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.ThroughputSample#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.ThroughputSample#getIntervalNanos <em>Interval Nanos</em>}</li>
 *   <li>{@link kdring.model.session.ThroughputSample#getBytesToDebugger <em>Bytes To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.ThroughputSample#getBytesToTarget <em>Bytes To Target</em>}</li>
 *   <li>{@link kdring.model.session.ThroughputSample#getPacketsToDebugger <em>Packets To Debugger</em>}</li>
 *   <li>{@link kdring.model.session.ThroughputSample#getPacketsToTarget <em>Packets To Target</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getThroughputSample()
 * @model
 * @generated
 */
public interface ThroughputSample extends EObject
{
	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the interval, nanoseconds since the Unix epoch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Interval Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval Nanos</em>' attribute.
	 * @see #setIntervalNanos(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_IntervalNanos()
	 * @model
	 * @generated
	 */
	long getIntervalNanos();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getIntervalNanos <em>Interval Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Nanos</em>' attribute.
	 * @see #getIntervalNanos()
	 * @generated
	 */
	void setIntervalNanos(long value);

	/**
	 * Returns the value of the '<em><b>Bytes To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes from the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes To Debugger</em>' attribute.
	 * @see #setBytesToDebugger(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_BytesToDebugger()
	 * @model
	 * @generated
	 */
	long getBytesToDebugger();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getBytesToDebugger <em>Bytes To Debugger</em>}' attribute.
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
	 * Bytes from the debugger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes To Target</em>' attribute.
	 * @see #setBytesToTarget(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_BytesToTarget()
	 * @model
	 * @generated
	 */
	long getBytesToTarget();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getBytesToTarget <em>Bytes To Target</em>}' attribute.
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
	 * Packets from the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packets To Debugger</em>' attribute.
	 * @see #setPacketsToDebugger(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_PacketsToDebugger()
	 * @model
	 * @generated
	 */
	long getPacketsToDebugger();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getPacketsToDebugger <em>Packets To Debugger</em>}' attribute.
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
	 * Packets from the debugger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packets To Target</em>' attribute.
	 * @see #setPacketsToTarget(long)
	 * @see kdring.model.session.SessionPackage#getThroughputSample_PacketsToTarget()
	 * @model
	 * @generated
	 */
	long getPacketsToTarget();

	/**
	 * Sets the value of the '{@link kdring.model.session.ThroughputSample#getPacketsToTarget <em>Packets To Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packets To Target</em>' attribute.
	 * @see #getPacketsToTarget()
	 * @generated
	 */
	void setPacketsToTarget(long value);

} // ThroughputSample
