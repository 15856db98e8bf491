/**
 */
package kdring.model.session.impl;

import kdring.model.session.PacketDirection;
import kdring.model.session.PacketKind;
import kdring.model.session.PacketRecord;
import kdring.model.session.SessionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Packet Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getType <em>Type</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getApi <em>Api</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getLength <em>Length</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#isRetransmission <em>Retransmission</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getCaptureOffset <em>Capture Offset</em>}</li>
 *   <li>{@link kdring.model.session.impl.PacketRecordImpl#getOffsetInRecord <em>Offset In Record</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PacketRecordImpl extends MinimalEObjectImpl.Container implements PacketRecord
{
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final long INDEX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected long index = INDEX_EDEFAULT;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PacketKind TYPE_EDEFAULT = PacketKind.STATE_CHANGE32;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PacketKind type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getApi() <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApi()
	 * @generated
	 * @ordered
	 */
	protected static final String API_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApi() <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApi()
	 * @generated
	 * @ordered
	 */
	protected String api = API_EDEFAULT;

	/**
	 * The default value of the '{@link #getPacketId() <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketId()
	 * @generated
	 * @ordered
	 */
	protected static final int PACKET_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPacketId() <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketId()
	 * @generated
	 * @ordered
	 */
	protected int packetId = PACKET_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #isRetransmission() <em>Retransmission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetransmission()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RETRANSMISSION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRetransmission() <em>Retransmission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetransmission()
	 * @generated
	 * @ordered
	 */
	protected boolean retransmission = RETRANSMISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptureOffset() <em>Capture Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long CAPTURE_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCaptureOffset() <em>Capture Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureOffset()
	 * @generated
	 * @ordered
	 */
	protected long captureOffset = CAPTURE_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffsetInRecord() <em>Offset In Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetInRecord()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_IN_RECORD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffsetInRecord() <em>Offset In Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetInRecord()
	 * @generated
	 * @ordered
	 */
	protected int offsetInRecord = OFFSET_IN_RECORD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PacketRecordImpl()
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
		return SessionPackage.Literals.PACKET_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIndex()
	{
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(long newIndex)
	{
		long oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__INDEX, oldIndex, index));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__TIME, oldTime, time));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacketKind getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PacketKind newType)
	{
		PacketKind oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApi()
	{
		return api;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApi(String newApi)
	{
		String oldApi = api;
		api = newApi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__API, oldApi, api));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPacketId()
	{
		return packetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketId(int newPacketId)
	{
		int oldPacketId = packetId;
		packetId = newPacketId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__PACKET_ID, oldPacketId, packetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength()
	{
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength)
	{
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus)
	{
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary()
	{
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary)
	{
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRetransmission()
	{
		return retransmission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetransmission(boolean newRetransmission)
	{
		boolean oldRetransmission = retransmission;
		retransmission = newRetransmission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__RETRANSMISSION, oldRetransmission, retransmission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCaptureOffset()
	{
		return captureOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptureOffset(long newCaptureOffset)
	{
		long oldCaptureOffset = captureOffset;
		captureOffset = newCaptureOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__CAPTURE_OFFSET, oldCaptureOffset, captureOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffsetInRecord()
	{
		return offsetInRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsetInRecord(int newOffsetInRecord)
	{
		int oldOffsetInRecord = offsetInRecord;
		offsetInRecord = newOffsetInRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionPackage.PACKET_RECORD__OFFSET_IN_RECORD, oldOffsetInRecord, offsetInRecord));
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
			case SessionPackage.PACKET_RECORD__INDEX:
				return getIndex();
			case SessionPackage.PACKET_RECORD__TIME:
				return getTime();
			case SessionPackage.PACKET_RECORD__DIRECTION:
				return getDirection();
			case SessionPackage.PACKET_RECORD__TYPE:
				return getType();
			case SessionPackage.PACKET_RECORD__API:
				return getApi();
			case SessionPackage.PACKET_RECORD__PACKET_ID:
				return getPacketId();
			case SessionPackage.PACKET_RECORD__LENGTH:
				return getLength();
			case SessionPackage.PACKET_RECORD__STATUS:
				return getStatus();
			case SessionPackage.PACKET_RECORD__SUMMARY:
				return getSummary();
			case SessionPackage.PACKET_RECORD__RETRANSMISSION:
				return isRetransmission();
			case SessionPackage.PACKET_RECORD__CAPTURE_OFFSET:
				return getCaptureOffset();
			case SessionPackage.PACKET_RECORD__OFFSET_IN_RECORD:
				return getOffsetInRecord();
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
			case SessionPackage.PACKET_RECORD__INDEX:
				setIndex((Long)newValue);
				return;
			case SessionPackage.PACKET_RECORD__TIME:
				setTime((Long)newValue);
				return;
			case SessionPackage.PACKET_RECORD__DIRECTION:
				setDirection((PacketDirection)newValue);
				return;
			case SessionPackage.PACKET_RECORD__TYPE:
				setType((PacketKind)newValue);
				return;
			case SessionPackage.PACKET_RECORD__API:
				setApi((String)newValue);
				return;
			case SessionPackage.PACKET_RECORD__PACKET_ID:
				setPacketId((Integer)newValue);
				return;
			case SessionPackage.PACKET_RECORD__LENGTH:
				setLength((Integer)newValue);
				return;
			case SessionPackage.PACKET_RECORD__STATUS:
				setStatus((String)newValue);
				return;
			case SessionPackage.PACKET_RECORD__SUMMARY:
				setSummary((String)newValue);
				return;
			case SessionPackage.PACKET_RECORD__RETRANSMISSION:
				setRetransmission((Boolean)newValue);
				return;
			case SessionPackage.PACKET_RECORD__CAPTURE_OFFSET:
				setCaptureOffset((Long)newValue);
				return;
			case SessionPackage.PACKET_RECORD__OFFSET_IN_RECORD:
				setOffsetInRecord((Integer)newValue);
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
			case SessionPackage.PACKET_RECORD__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__API:
				setApi(API_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__PACKET_ID:
				setPacketId(PACKET_ID_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__RETRANSMISSION:
				setRetransmission(RETRANSMISSION_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__CAPTURE_OFFSET:
				setCaptureOffset(CAPTURE_OFFSET_EDEFAULT);
				return;
			case SessionPackage.PACKET_RECORD__OFFSET_IN_RECORD:
				setOffsetInRecord(OFFSET_IN_RECORD_EDEFAULT);
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
			case SessionPackage.PACKET_RECORD__INDEX:
				return index != INDEX_EDEFAULT;
			case SessionPackage.PACKET_RECORD__TIME:
				return time != TIME_EDEFAULT;
			case SessionPackage.PACKET_RECORD__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SessionPackage.PACKET_RECORD__TYPE:
				return type != TYPE_EDEFAULT;
			case SessionPackage.PACKET_RECORD__API:
				return API_EDEFAULT == null ? api != null : !API_EDEFAULT.equals(api);
			case SessionPackage.PACKET_RECORD__PACKET_ID:
				return packetId != PACKET_ID_EDEFAULT;
			case SessionPackage.PACKET_RECORD__LENGTH:
				return length != LENGTH_EDEFAULT;
			case SessionPackage.PACKET_RECORD__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case SessionPackage.PACKET_RECORD__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case SessionPackage.PACKET_RECORD__RETRANSMISSION:
				return retransmission != RETRANSMISSION_EDEFAULT;
			case SessionPackage.PACKET_RECORD__CAPTURE_OFFSET:
				return captureOffset != CAPTURE_OFFSET_EDEFAULT;
			case SessionPackage.PACKET_RECORD__OFFSET_IN_RECORD:
				return offsetInRecord != OFFSET_IN_RECORD_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", time: ");
		result.append(time);
		result.append(", direction: ");
		result.append(direction);
		result.append(", type: ");
		result.append(type);
		result.append(", api: ");
		result.append(api);
		result.append(", packetId: ");
		result.append(packetId);
		result.append(", length: ");
		result.append(length);
		result.append(", status: ");
		result.append(status);
		result.append(", summary: ");
		result.append(summary);
		result.append(", retransmission: ");
		result.append(retransmission);
		result.append(", captureOffset: ");
		result.append(captureOffset);
		result.append(", offsetInRecord: ");
		result.append(offsetInRecord);
		result.append(')');
		return result.toString();
	}

} //PacketRecordImpl
