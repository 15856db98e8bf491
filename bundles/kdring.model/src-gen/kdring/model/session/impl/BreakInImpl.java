/**
 */
package kdring.model.session.impl;

import kdring.model.session.BreakIn;
import kdring.model.session.SessionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Break In</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getRequestTime <em>Request Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getResumeTime <em>Resume Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getProcessor <em>Processor</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getExceptionCode <em>Exception Code</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getProgramCounter <em>Program Counter</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#isFirstChance <em>First Chance</em>}</li>
 *   <li>{@link kdring.model.session.impl.BreakInImpl#getContinueStatus <em>Continue Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BreakInImpl extends MinimalEObjectImpl.Container implements BreakIn
{
	/**
	 * The default value of the '{@link #getRequestTime() <em>Request Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestTime()
	 * @generated
	 * @ordered
	 */
	protected static final long REQUEST_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRequestTime() <em>Request Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestTime()
	 * @generated
	 * @ordered
	 */
	protected long requestTime = REQUEST_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected static final long STOP_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected long stopTime = STOP_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResumeTime() <em>Resume Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumeTime()
	 * @generated
	 * @ordered
	 */
	protected static final long RESUME_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getResumeTime() <em>Resume Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumeTime()
	 * @generated
	 * @ordered
	 */
	protected long resumeTime = RESUME_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessor() <em>Processor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessor()
	 * @generated
	 * @ordered
	 */
	protected static final int PROCESSOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProcessor() <em>Processor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessor()
	 * @generated
	 * @ordered
	 */
	protected int processor = PROCESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getExceptionCode() <em>Exception Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionCode()
	 * @generated
	 * @ordered
	 */
	protected static final int EXCEPTION_CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExceptionCode() <em>Exception Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionCode()
	 * @generated
	 * @ordered
	 */
	protected int exceptionCode = EXCEPTION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgramCounter() <em>Program Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramCounter()
	 * @generated
	 * @ordered
	 */
	protected static final long PROGRAM_COUNTER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getProgramCounter() <em>Program Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramCounter()
	 * @generated
	 * @ordered
	 */
	protected long programCounter = PROGRAM_COUNTER_EDEFAULT;

	/**
	 * The default value of the '{@link #isFirstChance() <em>First Chance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFirstChance()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FIRST_CHANCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFirstChance() <em>First Chance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFirstChance()
	 * @generated
	 * @ordered
	 */
	protected boolean firstChance = FIRST_CHANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContinueStatus() <em>Continue Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinueStatus()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTINUE_STATUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getContinueStatus() <em>Continue Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinueStatus()
	 * @generated
	 * @ordered
	 */
	protected int continueStatus = CONTINUE_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BreakInImpl()
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
		return SessionPackage.Literals.BREAK_IN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRequestTime()
	{
		return requestTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestTime(long newRequestTime)
	{
		long oldRequestTime = requestTime;
		requestTime = newRequestTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__REQUEST_TIME, oldRequestTime, requestTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStopTime()
	{
		return stopTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopTime(long newStopTime)
	{
		long oldStopTime = stopTime;
		stopTime = newStopTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__STOP_TIME, oldStopTime, stopTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResumeTime()
	{
		return resumeTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumeTime(long newResumeTime)
	{
		long oldResumeTime = resumeTime;
		resumeTime = newResumeTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__RESUME_TIME, oldResumeTime, resumeTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProcessor()
	{
		return processor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessor(int newProcessor)
	{
		int oldProcessor = processor;
		processor = newProcessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__PROCESSOR, oldProcessor, processor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExceptionCode()
	{
		return exceptionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExceptionCode(int newExceptionCode)
	{
		int oldExceptionCode = exceptionCode;
		exceptionCode = newExceptionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__EXCEPTION_CODE, oldExceptionCode, exceptionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress()
	{
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress)
	{
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getProgramCounter()
	{
		return programCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramCounter(long newProgramCounter)
	{
		long oldProgramCounter = programCounter;
		programCounter = newProgramCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__PROGRAM_COUNTER, oldProgramCounter, programCounter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFirstChance()
	{
		return firstChance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstChance(boolean newFirstChance)
	{
		boolean oldFirstChance = firstChance;
		firstChance = newFirstChance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__FIRST_CHANCE, oldFirstChance, firstChance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getContinueStatus()
	{
		return continueStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinueStatus(int newContinueStatus)
	{
		int oldContinueStatus = continueStatus;
		continueStatus = newContinueStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.BREAK_IN__CONTINUE_STATUS, oldContinueStatus, continueStatus));
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
			case SessionPackage.BREAK_IN__REQUEST_TIME:
				return getRequestTime();
			case SessionPackage.BREAK_IN__STOP_TIME:
				return getStopTime();
			case SessionPackage.BREAK_IN__RESUME_TIME:
				return getResumeTime();
			case SessionPackage.BREAK_IN__PROCESSOR:
				return getProcessor();
			case SessionPackage.BREAK_IN__EXCEPTION_CODE:
				return getExceptionCode();
			case SessionPackage.BREAK_IN__ADDRESS:
				return getAddress();
			case SessionPackage.BREAK_IN__PROGRAM_COUNTER:
				return getProgramCounter();
			case SessionPackage.BREAK_IN__FIRST_CHANCE:
				return isFirstChance();
			case SessionPackage.BREAK_IN__CONTINUE_STATUS:
				return getContinueStatus();
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
			case SessionPackage.BREAK_IN__REQUEST_TIME:
				setRequestTime((Long)newValue);
				return;
			case SessionPackage.BREAK_IN__STOP_TIME:
				setStopTime((Long)newValue);
				return;
			case SessionPackage.BREAK_IN__RESUME_TIME:
				setResumeTime((Long)newValue);
				return;
			case SessionPackage.BREAK_IN__PROCESSOR:
				setProcessor((Integer)newValue);
				return;
			case SessionPackage.BREAK_IN__EXCEPTION_CODE:
				setExceptionCode((Integer)newValue);
				return;
			case SessionPackage.BREAK_IN__ADDRESS:
				setAddress((Long)newValue);
				return;
			case SessionPackage.BREAK_IN__PROGRAM_COUNTER:
				setProgramCounter((Long)newValue);
				return;
			case SessionPackage.BREAK_IN__FIRST_CHANCE:
				setFirstChance((Boolean)newValue);
				return;
			case SessionPackage.BREAK_IN__CONTINUE_STATUS:
				setContinueStatus((Integer)newValue);
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
			case SessionPackage.BREAK_IN__REQUEST_TIME:
				setRequestTime(REQUEST_TIME_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__STOP_TIME:
				setStopTime(STOP_TIME_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__RESUME_TIME:
				setResumeTime(RESUME_TIME_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__PROCESSOR:
				setProcessor(PROCESSOR_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__EXCEPTION_CODE:
				setExceptionCode(EXCEPTION_CODE_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__PROGRAM_COUNTER:
				setProgramCounter(PROGRAM_COUNTER_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__FIRST_CHANCE:
				setFirstChance(FIRST_CHANCE_EDEFAULT);
				return;
			case SessionPackage.BREAK_IN__CONTINUE_STATUS:
				setContinueStatus(CONTINUE_STATUS_EDEFAULT);
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
			case SessionPackage.BREAK_IN__REQUEST_TIME:
				return requestTime != REQUEST_TIME_EDEFAULT;
			case SessionPackage.BREAK_IN__STOP_TIME:
				return stopTime != STOP_TIME_EDEFAULT;
			case SessionPackage.BREAK_IN__RESUME_TIME:
				return resumeTime != RESUME_TIME_EDEFAULT;
			case SessionPackage.BREAK_IN__PROCESSOR:
				return processor != PROCESSOR_EDEFAULT;
			case SessionPackage.BREAK_IN__EXCEPTION_CODE:
				return exceptionCode != EXCEPTION_CODE_EDEFAULT;
			case SessionPackage.BREAK_IN__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case SessionPackage.BREAK_IN__PROGRAM_COUNTER:
				return programCounter != PROGRAM_COUNTER_EDEFAULT;
			case SessionPackage.BREAK_IN__FIRST_CHANCE:
				return firstChance != FIRST_CHANCE_EDEFAULT;
			case SessionPackage.BREAK_IN__CONTINUE_STATUS:
				return continueStatus != CONTINUE_STATUS_EDEFAULT;
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
		result.append(" (requestTime: ");
		result.append(requestTime);
		result.append(", stopTime: ");
		result.append(stopTime);
		result.append(", resumeTime: ");
		result.append(resumeTime);
		result.append(", processor: ");
		result.append(processor);
		result.append(", exceptionCode: ");
		result.append(exceptionCode);
		result.append(", address: ");
		result.append(address);
		result.append(", programCounter: ");
		result.append(programCounter);
		result.append(", firstChance: ");
		result.append(firstChance);
		result.append(", continueStatus: ");
		result.append(continueStatus);
		result.append(')');
		return result.toString();
	}

} //BreakInImpl
