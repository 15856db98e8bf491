/**
 */
package kdring.model.session.util;

import kdring.model.session.BreakIn;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.DebugPrint;
import kdring.model.session.Fault;
import kdring.model.session.PacketRecord;
import kdring.model.session.Session;
import kdring.model.session.SessionPackage;
import kdring.model.session.TargetInfo;
import kdring.model.session.ThroughputSample;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see kdring.model.session.SessionPackage
 * @generated
 */
public class SessionAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SessionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = SessionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionSwitch<Adapter> modelSwitch =
		new SessionSwitch<Adapter>()
		{
			@Override
			public Adapter caseSession(Session object)
			{
				return createSessionAdapter();
			}
			@Override
			public Adapter caseChannel(Channel object)
			{
				return createChannelAdapter();
			}
			@Override
			public Adapter caseChannelCounters(ChannelCounters object)
			{
				return createChannelCountersAdapter();
			}
			@Override
			public Adapter caseTargetInfo(TargetInfo object)
			{
				return createTargetInfoAdapter();
			}
			@Override
			public Adapter casePacketRecord(PacketRecord object)
			{
				return createPacketRecordAdapter();
			}
			@Override
			public Adapter caseModule(kdring.model.session.Module object)
			{
				return createModuleAdapter();
			}
			@Override
			public Adapter caseBreakIn(BreakIn object)
			{
				return createBreakInAdapter();
			}
			@Override
			public Adapter caseDebugPrint(DebugPrint object)
			{
				return createDebugPrintAdapter();
			}
			@Override
			public Adapter caseFault(Fault object)
			{
				return createFaultAdapter();
			}
			@Override
			public Adapter caseThroughputSample(ThroughputSample object)
			{
				return createThroughputSampleAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.Session
	 * @generated
	 */
	public Adapter createSessionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.Channel
	 * @generated
	 */
	public Adapter createChannelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.ChannelCounters <em>Channel Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.ChannelCounters
	 * @generated
	 */
	public Adapter createChannelCountersAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.TargetInfo <em>Target Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.TargetInfo
	 * @generated
	 */
	public Adapter createTargetInfoAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.PacketRecord <em>Packet Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.PacketRecord
	 * @generated
	 */
	public Adapter createPacketRecordAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.Module <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.Module
	 * @generated
	 */
	public Adapter createModuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.BreakIn <em>Break In</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.BreakIn
	 * @generated
	 */
	public Adapter createBreakInAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.DebugPrint <em>Debug Print</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.DebugPrint
	 * @generated
	 */
	public Adapter createDebugPrintAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.Fault <em>Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.Fault
	 * @generated
	 */
	public Adapter createFaultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link kdring.model.session.ThroughputSample <em>Throughput Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see kdring.model.session.ThroughputSample
	 * @generated
	 */
	public Adapter createThroughputSampleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //SessionAdapterFactory
