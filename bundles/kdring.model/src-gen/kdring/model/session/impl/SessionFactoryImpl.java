/**
 */
package kdring.model.session.impl;

import kdring.model.session.BreakIn;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.ChannelState;
import kdring.model.session.DebugPrint;
import kdring.model.session.Fault;
import kdring.model.session.FaultKind;
import kdring.model.session.ModuleSource;
import kdring.model.session.PacketDirection;
import kdring.model.session.PacketKind;
import kdring.model.session.PacketRecord;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;
import kdring.model.session.SessionPackage;
import kdring.model.session.TargetInfo;
import kdring.model.session.ThroughputSample;
import kdring.model.session.Transport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SessionFactoryImpl extends EFactoryImpl implements SessionFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SessionFactory init()
	{
		try
		{
			SessionFactory theSessionFactory = (SessionFactory)EPackage.Registry.INSTANCE.getEFactory(SessionPackage.eNS_URI);
			if (theSessionFactory != null)
			{
				return theSessionFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SessionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case SessionPackage.SESSION: return createSession();
			case SessionPackage.CHANNEL: return createChannel();
			case SessionPackage.CHANNEL_COUNTERS: return createChannelCounters();
			case SessionPackage.TARGET_INFO: return createTargetInfo();
			case SessionPackage.PACKET_RECORD: return createPacketRecord();
			case SessionPackage.MODULE: return createModule();
			case SessionPackage.BREAK_IN: return createBreakIn();
			case SessionPackage.DEBUG_PRINT: return createDebugPrint();
			case SessionPackage.FAULT: return createFault();
			case SessionPackage.THROUGHPUT_SAMPLE: return createThroughputSample();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case SessionPackage.TRANSPORT:
				return createTransportFromString(eDataType, initialValue);
			case SessionPackage.CHANNEL_STATE:
				return createChannelStateFromString(eDataType, initialValue);
			case SessionPackage.PACKET_DIRECTION:
				return createPacketDirectionFromString(eDataType, initialValue);
			case SessionPackage.PACKET_KIND:
				return createPacketKindFromString(eDataType, initialValue);
			case SessionPackage.MODULE_SOURCE:
				return createModuleSourceFromString(eDataType, initialValue);
			case SessionPackage.FAULT_KIND:
				return createFaultKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case SessionPackage.TRANSPORT:
				return convertTransportToString(eDataType, instanceValue);
			case SessionPackage.CHANNEL_STATE:
				return convertChannelStateToString(eDataType, instanceValue);
			case SessionPackage.PACKET_DIRECTION:
				return convertPacketDirectionToString(eDataType, instanceValue);
			case SessionPackage.PACKET_KIND:
				return convertPacketKindToString(eDataType, instanceValue);
			case SessionPackage.MODULE_SOURCE:
				return convertModuleSourceToString(eDataType, instanceValue);
			case SessionPackage.FAULT_KIND:
				return convertFaultKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession()
	{
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel()
	{
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelCounters createChannelCounters()
	{
		ChannelCountersImpl channelCounters = new ChannelCountersImpl();
		return channelCounters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetInfo createTargetInfo()
	{
		TargetInfoImpl targetInfo = new TargetInfoImpl();
		return targetInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacketRecord createPacketRecord()
	{
		PacketRecordImpl packetRecord = new PacketRecordImpl();
		return packetRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public kdring.model.session.Module createModule()
	{
		ModuleImpl module = new ModuleImpl();
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BreakIn createBreakIn()
	{
		BreakInImpl breakIn = new BreakInImpl();
		return breakIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DebugPrint createDebugPrint()
	{
		DebugPrintImpl debugPrint = new DebugPrintImpl();
		return debugPrint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fault createFault()
	{
		FaultImpl fault = new FaultImpl();
		return fault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThroughputSample createThroughputSample()
	{
		ThroughputSampleImpl throughputSample = new ThroughputSampleImpl();
		return throughputSample;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Transport createTransportFromString(EDataType eDataType, String initialValue)
	{
		Transport result = Transport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransportToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelState createChannelStateFromString(EDataType eDataType, String initialValue)
	{
		ChannelState result = ChannelState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelStateToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PacketDirection createPacketDirectionFromString(EDataType eDataType, String initialValue)
	{
		PacketDirection result = PacketDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPacketDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PacketKind createPacketKindFromString(EDataType eDataType, String initialValue)
	{
		PacketKind result = PacketKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPacketKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModuleSource createModuleSourceFromString(EDataType eDataType, String initialValue)
	{
		ModuleSource result = ModuleSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModuleSourceToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultKind createFaultKindFromString(EDataType eDataType, String initialValue)
	{
		FaultKind result = FaultKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFaultKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionPackage getSessionPackage()
	{
		return (SessionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SessionPackage getPackage()
	{
		return SessionPackage.eINSTANCE;
	}

} //SessionFactoryImpl
