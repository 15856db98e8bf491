/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Debug Print</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Output of DbgPrint (or a DbgPrompt) on the target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link kdring.model.session.DebugPrint#getTime <em>Time</em>}</li>
 *   <li>{@link kdring.model.session.DebugPrint#getProcessor <em>Processor</em>}</li>
 *   <li>{@link kdring.model.session.DebugPrint#getText <em>Text</em>}</li>
 *   <li>{@link kdring.model.session.DebugPrint#isPrompt <em>Prompt</em>}</li>
 * </ul>
 *
 * @see kdring.model.session.SessionPackage#getDebugPrint()
 * @model
 * @generated
 */
public interface DebugPrint extends EObject
{
	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it arrived, nanoseconds since the Unix epoch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see kdring.model.session.SessionPackage#getDebugPrint_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link kdring.model.session.DebugPrint#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Processor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Printing processor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processor</em>' attribute.
	 * @see #setProcessor(int)
	 * @see kdring.model.session.SessionPackage#getDebugPrint_Processor()
	 * @model
	 * @generated
	 */
	int getProcessor();

	/**
	 * Sets the value of the '{@link kdring.model.session.DebugPrint#getProcessor <em>Processor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processor</em>' attribute.
	 * @see #getProcessor()
	 * @generated
	 */
	void setProcessor(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text, line breaks included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see kdring.model.session.SessionPackage#getDebugPrint_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link kdring.model.session.DebugPrint#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a DbgPrompt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(boolean)
	 * @see kdring.model.session.SessionPackage#getDebugPrint_Prompt()
	 * @model
	 * @generated
	 */
	boolean isPrompt();

	/**
	 * Sets the value of the '{@link kdring.model.session.DebugPrint#isPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #isPrompt()
	 * @generated
	 */
	void setPrompt(boolean value);

} // DebugPrint
