/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Packet Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of the packet trace, kept in the bounded window. Rows outside the window are recomputed from the capture (see PacketTrace).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.PacketRecord#getIndex <em>Index</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getDirection <em>Direction</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getType <em>Type</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getApi <em>Api</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getLength <em>Length</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getSummary <em>Summary</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#isRetransmission <em>Retransmission</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getCaptureOffset <em>Capture Offset</em>}</li>
 *   <li>{@link kdring.model.session.PacketRecord#getOffsetInRecord <em>Offset In Record</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getPacketRecord()
 * @model
 * @generated
 */
public interface PacketRecord extends EObject
{
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position of the packet in the channel's trace, from 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(long)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Index()
	 * @model
	 * @generated
	 */
	long getIndex();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(long value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When its last byte arrived, nanoseconds since the Unix epoch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.PacketDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which way it went.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see kdring.model.session.PacketDirection
	 * @see #setDirection(PacketDirection)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Direction()
	 * @model
	 * @generated
	 */
	PacketDirection getDirection();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see kdring.model.session.PacketDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(PacketDirection value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.PacketKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packet type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see kdring.model.session.PacketKind
	 * @see #setType(PacketKind)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Type()
	 * @model
	 * @generated
	 */
	PacketKind getType();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see kdring.model.session.PacketKind
	 * @see #getType()
	 * @generated
	 */
	void setType(PacketKind value);

	/**
	 * Returns the value of the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * API (manipulate, debug I/O, file I/O) or state-change name; empty for control packets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api</em>' attribute.
	 * @see #setApi(String)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Api()
	 * @model
	 * @generated
	 */
	String getApi();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getApi <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api</em>' attribute.
	 * @see #getApi()
	 * @generated
	 */
	void setApi(String value);

	/**
	 * Returns the value of the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PacketId field as sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packet Id</em>' attribute.
	 * @see #setPacketId(int)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_PacketId()
	 * @model
	 * @generated
	 */
	int getPacketId();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getPacketId <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Id</em>' attribute.
	 * @see #getPacketId()
	 * @generated
	 */
	void setPacketId(int value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes on the wire (header, body and trailer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Return status of a reply (NTSTATUS, named when known); empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One line for people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Retransmission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when it repeats the previous unacknowledged packet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retransmission</em>' attribute.
	 * @see #setRetransmission(boolean)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_Retransmission()
	 * @model
	 * @generated
	 */
	boolean isRetransmission();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#isRetransmission <em>Retransmission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retransmission</em>' attribute.
	 * @see #isRetransmission()
	 * @generated
	 */
	void setRetransmission(boolean value);

	/**
	 * Returns the value of the '<em><b>Capture Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File offset of the capture record holding the packet's first byte.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capture Offset</em>' attribute.
	 * @see #setCaptureOffset(long)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_CaptureOffset()
	 * @model
	 * @generated
	 */
	long getCaptureOffset();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getCaptureOffset <em>Capture Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capture Offset</em>' attribute.
	 * @see #getCaptureOffset()
	 * @generated
	 */
	void setCaptureOffset(long value);

	/**
	 * Returns the value of the '<em><b>Offset In Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset of the packet's first byte in that record's payload.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset In Record</em>' attribute.
	 * @see #setOffsetInRecord(int)
	 * @see kdring.model.session.SessionPackage#getPacketRecord_OffsetInRecord()
	 * @model
	 * @generated
	 */
	int getOffsetInRecord();

	/**
	 * Sets the value of the '{@link kdring.model.session.PacketRecord#getOffsetInRecord <em>Offset In Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset In Record</em>' attribute.
	 * @see #getOffsetInRecord()
	 * @generated
	 */
	void setOffsetInRecord(int value);

} // PacketRecord
