/**
 */
package kdring.model.session.impl;

import kdring.model.session.Fault;
import kdring.model.session.FaultKind;
import kdring.model.session.PacketDirection;
import kdring.model.session.SessionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fault</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.FaultImpl#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.FaultImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link kdring.model.session.impl.FaultImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link kdring.model.session.impl.FaultImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link kdring.model.session.impl.FaultImpl#getStreamOffset <em>Stream Offset</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FaultImpl extends MinimalEObjectImpl.Container implements Fault
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FaultKind KIND_EDEFAULT = FaultKind.PROTOCOL_ERROR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FaultKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final PacketDirection DIRECTION_EDEFAULT = PacketDirection.TARGET_TO_DEBUGGER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected PacketDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStreamOffset() <em>Stream Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long STREAM_OFFSET_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getStreamOffset() <em>Stream Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamOffset()
	 * @generated
	 * @ordered
	 */
	protected long streamOffset = STREAM_OFFSET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FaultImpl()
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
		return SessionPackage.Literals.FAULT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.FAULT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FaultKind newKind)
	{
		FaultKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.FAULT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacketDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(PacketDirection newDirection)
	{
		PacketDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.FAULT__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage()
	{
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage)
	{
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.FAULT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStreamOffset()
	{
		return streamOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreamOffset(long newStreamOffset)
	{
		long oldStreamOffset = streamOffset;
		streamOffset = newStreamOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.FAULT__STREAM_OFFSET, oldStreamOffset, streamOffset));
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
			case SessionPackage.FAULT__TIME:
				return getTime();
			case SessionPackage.FAULT__KIND:
				return getKind();
			case SessionPackage.FAULT__DIRECTION:
				return getDirection();
			case SessionPackage.FAULT__MESSAGE:
				return getMessage();
			case SessionPackage.FAULT__STREAM_OFFSET:
				return getStreamOffset();
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
			case SessionPackage.FAULT__TIME:
				setTime((Long)newValue);
				return;
			case SessionPackage.FAULT__KIND:
				setKind((FaultKind)newValue);
				return;
			case SessionPackage.FAULT__DIRECTION:
				setDirection((PacketDirection)newValue);
				return;
			case SessionPackage.FAULT__MESSAGE:
				setMessage((String)newValue);
				return;
			case SessionPackage.FAULT__STREAM_OFFSET:
				setStreamOffset((Long)newValue);
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
			case SessionPackage.FAULT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case SessionPackage.FAULT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SessionPackage.FAULT__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SessionPackage.FAULT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case SessionPackage.FAULT__STREAM_OFFSET:
				setStreamOffset(STREAM_OFFSET_EDEFAULT);
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
			case SessionPackage.FAULT__TIME:
				return time != TIME_EDEFAULT;
			case SessionPackage.FAULT__KIND:
				return kind != KIND_EDEFAULT;
			case SessionPackage.FAULT__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SessionPackage.FAULT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case SessionPackage.FAULT__STREAM_OFFSET:
				return streamOffset != STREAM_OFFSET_EDEFAULT;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", direction: ");
		result.append(direction);
		result.append(", message: ");
		result.append(message);
		result.append(", streamOffset: ");
		result.append(streamOffset);
		result.append(')');
		return result.toString();
	}

} //FaultImpl
