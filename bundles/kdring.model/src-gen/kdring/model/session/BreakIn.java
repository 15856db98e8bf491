/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Break In</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stop of the target: a requested break-in, a breakpoint, a single step or an exception, and when it resumed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.BreakIn#getRequestTime <em>Request Time</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getResumeTime <em>Resume Time</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getProcessor <em>Processor</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getExceptionCode <em>Exception Code</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getAddress <em>Address</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getProgramCounter <em>Program Counter</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#isFirstChance <em>First Chance</em>}</li>
 *   <li>{@link kdring.model.session.BreakIn#getContinueStatus <em>Continue Status</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getBreakIn()
 * @model
 * @generated
 */
public interface BreakIn extends EObject
{
	/**
	 * Returns the value of the '<em><b>Request Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the debugger sent the break-in byte; 0 when the target stopped on its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Time</em>' attribute.
	 * @see #setRequestTime(long)
	 * @see kdring.model.session.SessionPackage#getBreakIn_RequestTime()
	 * @model
	 * @generated
	 */
	long getRequestTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getRequestTime <em>Request Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Time</em>' attribute.
	 * @see #getRequestTime()
	 * @generated
	 */
	void setRequestTime(long value);

	/**
	 * Returns the value of the '<em><b>Stop Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the target reported the stop; 0 when it has not (yet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop Time</em>' attribute.
	 * @see #setStopTime(long)
	 * @see kdring.model.session.SessionPackage#getBreakIn_StopTime()
	 * @model
	 * @generated
	 */
	long getStopTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getStopTime <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Time</em>' attribute.
	 * @see #getStopTime()
	 * @generated
	 */
	void setStopTime(long value);

	/**
	 * Returns the value of the '<em><b>Resume Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the debugger let it continue; 0 while stopped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resume Time</em>' attribute.
	 * @see #setResumeTime(long)
	 * @see kdring.model.session.SessionPackage#getBreakIn_ResumeTime()
	 * @model
	 * @generated
	 */
	long getResumeTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getResumeTime <em>Resume Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resume Time</em>' attribute.
	 * @see #getResumeTime()
	 * @generated
	 */
	void setResumeTime(long value);

	/**
	 * Returns the value of the '<em><b>Processor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reporting processor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processor</em>' attribute.
	 * @see #setProcessor(int)
	 * @see kdring.model.session.SessionPackage#getBreakIn_Processor()
	 * @model
	 * @generated
	 */
	int getProcessor();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getProcessor <em>Processor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processor</em>' attribute.
	 * @see #getProcessor()
	 * @generated
	 */
	void setProcessor(int value);

	/**
	 * Returns the value of the '<em><b>Exception Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NTSTATUS exception code, e.g. 0x80000003.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception Code</em>' attribute.
	 * @see #setExceptionCode(int)
	 * @see kdring.model.session.SessionPackage#getBreakIn_ExceptionCode()
	 * @model
	 * @generated
	 */
	int getExceptionCode();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getExceptionCode <em>Exception Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exception Code</em>' attribute.
	 * @see #getExceptionCode()
	 * @generated
	 */
	void setExceptionCode(int value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exception address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see kdring.model.session.SessionPackage#getBreakIn_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Program Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Program counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Program Counter</em>' attribute.
	 * @see #setProgramCounter(long)
	 * @see kdring.model.session.SessionPackage#getBreakIn_ProgramCounter()
	 * @model
	 * @generated
	 */
	long getProgramCounter();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getProgramCounter <em>Program Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program Counter</em>' attribute.
	 * @see #getProgramCounter()
	 * @generated
	 */
	void setProgramCounter(long value);

	/**
	 * Returns the value of the '<em><b>First Chance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First-chance exception.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Chance</em>' attribute.
	 * @see #setFirstChance(boolean)
	 * @see kdring.model.session.SessionPackage#getBreakIn_FirstChance()
	 * @model
	 * @generated
	 */
	boolean isFirstChance();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#isFirstChance <em>First Chance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Chance</em>' attribute.
	 * @see #isFirstChance()
	 * @generated
	 */
	void setFirstChance(boolean value);

	/**
	 * Returns the value of the '<em><b>Continue Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status the debugger continued with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continue Status</em>' attribute.
	 * @see #setContinueStatus(int)
	 * @see kdring.model.session.SessionPackage#getBreakIn_ContinueStatus()
	 * @model
	 * @generated
	 */
	int getContinueStatus();

	/**
	 * Sets the value of the '{@link kdring.model.session.BreakIn#getContinueStatus <em>Continue Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continue Status</em>' attribute.
	 * @see #getContinueStatus()
	 * @generated
	 */
	void setContinueStatus(int value);

} // BreakIn
