/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that went wrong, in words a user can act on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.Fault#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.Fault#getKind <em>Kind</em>}</li>
 *   <li>{@link kdring.model.session.Fault#getDirection <em>Direction</em>}</li>
 *   <li>{@link kdring.model.session.Fault#getMessage <em>Message</em>}</li>
 *   <li>{@link kdring.model.session.Fault#getStreamOffset <em>Stream Offset</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getFault()
 * @model
 * @generated
 */
public interface Fault extends EObject
{
	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When, nanoseconds since the Unix epoch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see kdring.model.session.SessionPackage#getFault_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.Fault#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.FaultKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of fault.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see kdring.model.session.FaultKind
	 * @see #setKind(FaultKind)
	 * @see kdring.model.session.SessionPackage#getFault_Kind()
	 * @model
	 * @generated
	 */
	FaultKind getKind();

	/**
	 * Sets the value of the '{@link kdring.model.session.Fault#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see kdring.model.session.FaultKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FaultKind value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link kdring.model.session.PacketDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which stream, for protocol faults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see kdring.model.session.PacketDirection
	 * @see #setDirection(PacketDirection)
	 * @see kdring.model.session.SessionPackage#getFault_Direction()
	 * @model
	 * @generated
	 */
	PacketDirection getDirection();

	/**
	 * Sets the value of the '{@link kdring.model.session.Fault#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see kdring.model.session.PacketDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(PacketDirection value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see kdring.model.session.SessionPackage#getFault_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link kdring.model.session.Fault#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Stream Offset</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset in the direction's byte stream, for protocol faults; -1 otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream Offset</em>' attribute.
	 * @see #setStreamOffset(long)
	 * @see kdring.model.session.SessionPackage#getFault_StreamOffset()
	 * @model default="-1"
	 * @generated
	 */
	long getStreamOffset();

	/**
	 * Sets the value of the '{@link kdring.model.session.Fault#getStreamOffset <em>Stream Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream Offset</em>' attribute.
	 * @see #getStreamOffset()
	 * @generated
	 */
	void setStreamOffset(long value);

} // Fault
