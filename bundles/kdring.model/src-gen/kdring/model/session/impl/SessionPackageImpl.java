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

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SessionPackageImpl extends EPackageImpl implements SessionPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelCountersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packetRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass breakInEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass debugPrintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass faultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass throughputSampleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum packetDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum packetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum moduleSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum faultKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see kdring.model.session.SessionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SessionPackageImpl()
	{
		super(eNS_URI, SessionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SessionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SessionPackage init()
	{
		if (isInited) return (SessionPackage)EPackage.Registry.INSTANCE.getEPackage(SessionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSessionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SessionPackageImpl theSessionPackage = registeredSessionPackage instanceof SessionPackageImpl ? (SessionPackageImpl)registeredSessionPackage : new SessionPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSessionPackage.createPackageContents();

		// Initialize created meta-data
		theSessionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSessionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SessionPackage.eNS_URI, theSessionPackage);
		return theSessionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSession()
	{
		return sessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Name()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Host()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_StartTime()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_EndTime()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_FormatVersion()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Channels()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel()
	{
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Name()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_VmName()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Hypervisor()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Transport()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_TcpPort()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_PipeName()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_State()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_StateReason()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_CaptureFile()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_PacketCount()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_WindowCapacity()
	{
		return (EAttribute)channelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Counters()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Target()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_RecentPackets()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Modules()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_BreakIns()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Prints()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Faults()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Samples()
	{
		return (EReference)channelEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelCounters()
	{
		return channelCountersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_BytesToDebugger()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_BytesToTarget()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_PacketsToDebugger()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_PacketsToTarget()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_Retransmissions()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_Resends()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_Resets()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_ProtocolErrors()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_BytesSkipped()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_BreakIns()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_Stops()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_Prints()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelCounters_ModuleLoads()
	{
		return (EAttribute)channelCountersEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetInfo()
	{
		return targetInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetInfo_BuildNumber()
	{
		return (EAttribute)targetInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetInfo_Machine()
	{
		return (EAttribute)targetInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetInfo_KernBase()
	{
		return (EAttribute)targetInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetInfo_PsLoadedModuleList()
	{
		return (EAttribute)targetInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPacketRecord()
	{
		return packetRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Index()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Time()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Direction()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Type()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Api()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_PacketId()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Length()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Status()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Summary()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_Retransmission()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_CaptureOffset()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacketRecord_OffsetInRecord()
	{
		return (EAttribute)packetRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModule()
	{
		return moduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Name()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Path()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Base()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Size()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Checksum()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_LoadTime()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_UnloadTime()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModule_Source()
	{
		return (EAttribute)moduleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBreakIn()
	{
		return breakInEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_RequestTime()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_StopTime()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_ResumeTime()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_Processor()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_ExceptionCode()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_Address()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_ProgramCounter()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_FirstChance()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBreakIn_ContinueStatus()
	{
		return (EAttribute)breakInEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDebugPrint()
	{
		return debugPrintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebugPrint_Time()
	{
		return (EAttribute)debugPrintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebugPrint_Processor()
	{
		return (EAttribute)debugPrintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebugPrint_Text()
	{
		return (EAttribute)debugPrintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebugPrint_Prompt()
	{
		return (EAttribute)debugPrintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFault()
	{
		return faultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_Time()
	{
		return (EAttribute)faultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_Kind()
	{
		return (EAttribute)faultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_Direction()
	{
		return (EAttribute)faultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_Message()
	{
		return (EAttribute)faultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_StreamOffset()
	{
		return (EAttribute)faultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThroughputSample()
	{
		return throughputSampleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_Time()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_IntervalNanos()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_BytesToDebugger()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_BytesToTarget()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_PacketsToDebugger()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThroughputSample_PacketsToTarget()
	{
		return (EAttribute)throughputSampleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransport()
	{
		return transportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelState()
	{
		return channelStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPacketDirection()
	{
		return packetDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPacketKind()
	{
		return packetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModuleSource()
	{
		return moduleSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFaultKind()
	{
		return faultKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionFactory getSessionFactory()
	{
		return (SessionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		sessionEClass = createEClass(SESSION);
		createEAttribute(sessionEClass, SESSION__NAME);
		createEAttribute(sessionEClass, SESSION__HOST);
		createEAttribute(sessionEClass, SESSION__START_TIME);
		createEAttribute(sessionEClass, SESSION__END_TIME);
		createEAttribute(sessionEClass, SESSION__FORMAT_VERSION);
		createEReference(sessionEClass, SESSION__CHANNELS);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__NAME);
		createEAttribute(channelEClass, CHANNEL__VM_NAME);
		createEAttribute(channelEClass, CHANNEL__HYPERVISOR);
		createEAttribute(channelEClass, CHANNEL__TRANSPORT);
		createEAttribute(channelEClass, CHANNEL__TCP_PORT);
		createEAttribute(channelEClass, CHANNEL__PIPE_NAME);
		createEAttribute(channelEClass, CHANNEL__STATE);
		createEAttribute(channelEClass, CHANNEL__STATE_REASON);
		createEAttribute(channelEClass, CHANNEL__CAPTURE_FILE);
		createEAttribute(channelEClass, CHANNEL__PACKET_COUNT);
		createEAttribute(channelEClass, CHANNEL__WINDOW_CAPACITY);
		createEReference(channelEClass, CHANNEL__COUNTERS);
		createEReference(channelEClass, CHANNEL__TARGET);
		createEReference(channelEClass, CHANNEL__RECENT_PACKETS);
		createEReference(channelEClass, CHANNEL__MODULES);
		createEReference(channelEClass, CHANNEL__BREAK_INS);
		createEReference(channelEClass, CHANNEL__PRINTS);
		createEReference(channelEClass, CHANNEL__FAULTS);
		createEReference(channelEClass, CHANNEL__SAMPLES);

		channelCountersEClass = createEClass(CHANNEL_COUNTERS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__BYTES_TO_DEBUGGER);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__BYTES_TO_TARGET);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__PACKETS_TO_TARGET);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__RETRANSMISSIONS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__RESENDS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__RESETS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__PROTOCOL_ERRORS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__BYTES_SKIPPED);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__BREAK_INS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__STOPS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__PRINTS);
		createEAttribute(channelCountersEClass, CHANNEL_COUNTERS__MODULE_LOADS);

		targetInfoEClass = createEClass(TARGET_INFO);
		createEAttribute(targetInfoEClass, TARGET_INFO__BUILD_NUMBER);
		createEAttribute(targetInfoEClass, TARGET_INFO__MACHINE);
		createEAttribute(targetInfoEClass, TARGET_INFO__KERN_BASE);
		createEAttribute(targetInfoEClass, TARGET_INFO__PS_LOADED_MODULE_LIST);

		packetRecordEClass = createEClass(PACKET_RECORD);
		createEAttribute(packetRecordEClass, PACKET_RECORD__INDEX);
		createEAttribute(packetRecordEClass, PACKET_RECORD__TIME);
		createEAttribute(packetRecordEClass, PACKET_RECORD__DIRECTION);
		createEAttribute(packetRecordEClass, PACKET_RECORD__TYPE);
		createEAttribute(packetRecordEClass, PACKET_RECORD__API);
		createEAttribute(packetRecordEClass, PACKET_RECORD__PACKET_ID);
		createEAttribute(packetRecordEClass, PACKET_RECORD__LENGTH);
		createEAttribute(packetRecordEClass, PACKET_RECORD__STATUS);
		createEAttribute(packetRecordEClass, PACKET_RECORD__SUMMARY);
		createEAttribute(packetRecordEClass, PACKET_RECORD__RETRANSMISSION);
		createEAttribute(packetRecordEClass, PACKET_RECORD__CAPTURE_OFFSET);
		createEAttribute(packetRecordEClass, PACKET_RECORD__OFFSET_IN_RECORD);

		moduleEClass = createEClass(MODULE);
		createEAttribute(moduleEClass, MODULE__NAME);
		createEAttribute(moduleEClass, MODULE__PATH);
		createEAttribute(moduleEClass, MODULE__BASE);
		createEAttribute(moduleEClass, MODULE__SIZE);
		createEAttribute(moduleEClass, MODULE__CHECKSUM);
		createEAttribute(moduleEClass, MODULE__LOAD_TIME);
		createEAttribute(moduleEClass, MODULE__UNLOAD_TIME);
		createEAttribute(moduleEClass, MODULE__SOURCE);

		breakInEClass = createEClass(BREAK_IN);
		createEAttribute(breakInEClass, BREAK_IN__REQUEST_TIME);
		createEAttribute(breakInEClass, BREAK_IN__STOP_TIME);
		createEAttribute(breakInEClass, BREAK_IN__RESUME_TIME);
		createEAttribute(breakInEClass, BREAK_IN__PROCESSOR);
		createEAttribute(breakInEClass, BREAK_IN__EXCEPTION_CODE);
		createEAttribute(breakInEClass, BREAK_IN__ADDRESS);
		createEAttribute(breakInEClass, BREAK_IN__PROGRAM_COUNTER);
		createEAttribute(breakInEClass, BREAK_IN__FIRST_CHANCE);
		createEAttribute(breakInEClass, BREAK_IN__CONTINUE_STATUS);

		debugPrintEClass = createEClass(DEBUG_PRINT);
		createEAttribute(debugPrintEClass, DEBUG_PRINT__TIME);
		createEAttribute(debugPrintEClass, DEBUG_PRINT__PROCESSOR);
		createEAttribute(debugPrintEClass, DEBUG_PRINT__TEXT);
		createEAttribute(debugPrintEClass, DEBUG_PRINT__PROMPT);

		faultEClass = createEClass(FAULT);
		createEAttribute(faultEClass, FAULT__TIME);
		createEAttribute(faultEClass, FAULT__KIND);
		createEAttribute(faultEClass, FAULT__DIRECTION);
		createEAttribute(faultEClass, FAULT__MESSAGE);
		createEAttribute(faultEClass, FAULT__STREAM_OFFSET);

		throughputSampleEClass = createEClass(THROUGHPUT_SAMPLE);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__TIME);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__INTERVAL_NANOS);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__BYTES_TO_TARGET);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER);
		createEAttribute(throughputSampleEClass, THROUGHPUT_SAMPLE__PACKETS_TO_TARGET);

		// Create enums
		transportEEnum = createEEnum(TRANSPORT);
		channelStateEEnum = createEEnum(CHANNEL_STATE);
		packetDirectionEEnum = createEEnum(PACKET_DIRECTION);
		packetKindEEnum = createEEnum(PACKET_KIND);
		moduleSourceEEnum = createEEnum(MODULE_SOURCE);
		faultKindEEnum = createEEnum(FAULT_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSession_Name(), ecorePackage.getEString(), "name", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Host(), ecorePackage.getEString(), "host", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_StartTime(), ecorePackage.getELong(), "startTime", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_EndTime(), ecorePackage.getELong(), "endTime", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Channels(), this.getChannel(), null, "channels", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_Name(), ecorePackage.getEString(), "name", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_VmName(), ecorePackage.getEString(), "vmName", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Hypervisor(), ecorePackage.getEString(), "hypervisor", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Transport(), this.getTransport(), "transport", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_TcpPort(), ecorePackage.getEInt(), "tcpPort", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_PipeName(), ecorePackage.getEString(), "pipeName", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_State(), this.getChannelState(), "state", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_StateReason(), ecorePackage.getEString(), "stateReason", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_CaptureFile(), ecorePackage.getEString(), "captureFile", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_PacketCount(), ecorePackage.getELong(), "packetCount", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_WindowCapacity(), ecorePackage.getEInt(), "windowCapacity", "1000", 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Counters(), this.getChannelCounters(), null, "counters", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Target(), this.getTargetInfo(), null, "target", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_RecentPackets(), this.getPacketRecord(), null, "recentPackets", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Modules(), this.getModule(), null, "modules", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_BreakIns(), this.getBreakIn(), null, "breakIns", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Prints(), this.getDebugPrint(), null, "prints", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Faults(), this.getFault(), null, "faults", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Samples(), this.getThroughputSample(), null, "samples", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelCountersEClass, ChannelCounters.class, "ChannelCounters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannelCounters_BytesToDebugger(), ecorePackage.getELong(), "bytesToDebugger", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_BytesToTarget(), ecorePackage.getELong(), "bytesToTarget", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_PacketsToDebugger(), ecorePackage.getELong(), "packetsToDebugger", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_PacketsToTarget(), ecorePackage.getELong(), "packetsToTarget", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_Retransmissions(), ecorePackage.getELong(), "retransmissions", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_Resends(), ecorePackage.getELong(), "resends", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_Resets(), ecorePackage.getELong(), "resets", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_ProtocolErrors(), ecorePackage.getELong(), "protocolErrors", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_BytesSkipped(), ecorePackage.getELong(), "bytesSkipped", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_BreakIns(), ecorePackage.getELong(), "breakIns", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_Stops(), ecorePackage.getELong(), "stops", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_Prints(), ecorePackage.getELong(), "prints", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelCounters_ModuleLoads(), ecorePackage.getELong(), "moduleLoads", null, 0, 1, ChannelCounters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetInfoEClass, TargetInfo.class, "TargetInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTargetInfo_BuildNumber(), ecorePackage.getEInt(), "buildNumber", null, 0, 1, TargetInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetInfo_Machine(), ecorePackage.getEString(), "machine", null, 0, 1, TargetInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetInfo_KernBase(), ecorePackage.getELong(), "kernBase", null, 0, 1, TargetInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetInfo_PsLoadedModuleList(), ecorePackage.getELong(), "psLoadedModuleList", null, 0, 1, TargetInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packetRecordEClass, PacketRecord.class, "PacketRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPacketRecord_Index(), ecorePackage.getELong(), "index", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Time(), ecorePackage.getELong(), "time", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Direction(), this.getPacketDirection(), "direction", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Type(), this.getPacketKind(), "type", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Api(), ecorePackage.getEString(), "api", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_PacketId(), ecorePackage.getEInt(), "packetId", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Length(), ecorePackage.getEInt(), "length", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Status(), ecorePackage.getEString(), "status", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_Retransmission(), ecorePackage.getEBoolean(), "retransmission", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_CaptureOffset(), ecorePackage.getELong(), "captureOffset", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacketRecord_OffsetInRecord(), ecorePackage.getEInt(), "offsetInRecord", null, 0, 1, PacketRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(moduleEClass, kdring.model.session.Module.class, "Module", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModule_Name(), ecorePackage.getEString(), "name", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_Path(), ecorePackage.getEString(), "path", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_Base(), ecorePackage.getELong(), "base", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_Size(), ecorePackage.getEInt(), "size", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_Checksum(), ecorePackage.getEInt(), "checksum", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_LoadTime(), ecorePackage.getELong(), "loadTime", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_UnloadTime(), ecorePackage.getELong(), "unloadTime", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModule_Source(), this.getModuleSource(), "source", null, 0, 1, kdring.model.session.Module.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(breakInEClass, BreakIn.class, "BreakIn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBreakIn_RequestTime(), ecorePackage.getELong(), "requestTime", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_StopTime(), ecorePackage.getELong(), "stopTime", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_ResumeTime(), ecorePackage.getELong(), "resumeTime", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_Processor(), ecorePackage.getEInt(), "processor", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_ExceptionCode(), ecorePackage.getEInt(), "exceptionCode", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_Address(), ecorePackage.getELong(), "address", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_ProgramCounter(), ecorePackage.getELong(), "programCounter", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_FirstChance(), ecorePackage.getEBoolean(), "firstChance", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBreakIn_ContinueStatus(), ecorePackage.getEInt(), "continueStatus", null, 0, 1, BreakIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(debugPrintEClass, DebugPrint.class, "DebugPrint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDebugPrint_Time(), ecorePackage.getELong(), "time", null, 0, 1, DebugPrint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebugPrint_Processor(), ecorePackage.getEInt(), "processor", null, 0, 1, DebugPrint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebugPrint_Text(), ecorePackage.getEString(), "text", null, 0, 1, DebugPrint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebugPrint_Prompt(), ecorePackage.getEBoolean(), "prompt", null, 0, 1, DebugPrint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(faultEClass, Fault.class, "Fault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFault_Time(), ecorePackage.getELong(), "time", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFault_Kind(), this.getFaultKind(), "kind", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFault_Direction(), this.getPacketDirection(), "direction", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFault_Message(), ecorePackage.getEString(), "message", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFault_StreamOffset(), ecorePackage.getELong(), "streamOffset", "-1", 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(throughputSampleEClass, ThroughputSample.class, "ThroughputSample", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThroughputSample_Time(), ecorePackage.getELong(), "time", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThroughputSample_IntervalNanos(), ecorePackage.getELong(), "intervalNanos", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThroughputSample_BytesToDebugger(), ecorePackage.getELong(), "bytesToDebugger", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThroughputSample_BytesToTarget(), ecorePackage.getELong(), "bytesToTarget", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThroughputSample_PacketsToDebugger(), ecorePackage.getELong(), "packetsToDebugger", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThroughputSample_PacketsToTarget(), ecorePackage.getELong(), "packetsToTarget", null, 0, 1, ThroughputSample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(transportEEnum, Transport.class, "Transport");
		addEEnumLiteral(transportEEnum, Transport.UNKNOWN);
		addEEnumLiteral(transportEEnum, Transport.RING);
		addEEnumLiteral(transportEEnum, Transport.SERIAL);

		initEEnum(channelStateEEnum, ChannelState.class, "ChannelState");
		addEEnumLiteral(channelStateEEnum, ChannelState.WAITING);
		addEEnumLiteral(channelStateEEnum, ChannelState.OPEN);
		addEEnumLiteral(channelStateEEnum, ChannelState.CLOSED);
		addEEnumLiteral(channelStateEEnum, ChannelState.FAULTED);
		addEEnumLiteral(channelStateEEnum, ChannelState.OFFLINE);

		initEEnum(packetDirectionEEnum, PacketDirection.class, "PacketDirection");
		addEEnumLiteral(packetDirectionEEnum, PacketDirection.TARGET_TO_DEBUGGER);
		addEEnumLiteral(packetDirectionEEnum, PacketDirection.DEBUGGER_TO_TARGET);

		initEEnum(packetKindEEnum, PacketKind.class, "PacketKind");
		addEEnumLiteral(packetKindEEnum, PacketKind.STATE_CHANGE32);
		addEEnumLiteral(packetKindEEnum, PacketKind.STATE_MANIPULATE);
		addEEnumLiteral(packetKindEEnum, PacketKind.DEBUG_IO);
		addEEnumLiteral(packetKindEEnum, PacketKind.ACKNOWLEDGE);
		addEEnumLiteral(packetKindEEnum, PacketKind.RESEND);
		addEEnumLiteral(packetKindEEnum, PacketKind.RESET);
		addEEnumLiteral(packetKindEEnum, PacketKind.STATE_CHANGE64);
		addEEnumLiteral(packetKindEEnum, PacketKind.TRACE_IO);
		addEEnumLiteral(packetKindEEnum, PacketKind.CONTROL_REQUEST);
		addEEnumLiteral(packetKindEEnum, PacketKind.FILE_IO);
		addEEnumLiteral(packetKindEEnum, PacketKind.BREAK_IN);
		addEEnumLiteral(packetKindEEnum, PacketKind.OTHER);

		initEEnum(moduleSourceEEnum, ModuleSource.class, "ModuleSource");
		addEEnumLiteral(moduleSourceEEnum, ModuleSource.LOAD_SYMBOLS);
		addEEnumLiteral(moduleSourceEEnum, ModuleSource.MODULE_WALK);

		initEEnum(faultKindEEnum, FaultKind.class, "FaultKind");
		addEEnumLiteral(faultKindEEnum, FaultKind.PROTOCOL_ERROR);
		addEEnumLiteral(faultKindEEnum, FaultKind.BYTES_SKIPPED);
		addEEnumLiteral(faultKindEEnum, FaultKind.CHANNEL_FAULT);
		addEEnumLiteral(faultKindEEnum, FaultKind.CAPTURE_DAMAGE);
		addEEnumLiteral(faultKindEEnum, FaultKind.TARGET_RESTARTED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "The kdring session model: sessions, channels, packet records, modules, break-ins, debug prints, faults and throughput samples."
		   });
		addAnnotation
		  (sessionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A kdring session: what one host (or one workbench) saw of its KD channels. Holds metadata and bounded windows of recent activity; the full packet trace of each channel stays in its capture file and is paged from there."
		   });
		addAnnotation
		  (getSession_Name(),
		   source,
		   new String[]
		   {
			   "documentation", "A name for people, e.g. the VM or the capture file name."
		   });
		addAnnotation
		  (getSession_Host(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the session was recorded (host name), empty when unknown."
		   });
		addAnnotation
		  (getSession_StartTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When the session started, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getSession_EndTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When the session ended, nanoseconds since the Unix epoch; 0 while it runs."
		   });
		addAnnotation
		  (getSession_FormatVersion(),
		   source,
		   new String[]
		   {
			   "documentation", "Version of this metadata layout; 1."
		   });
		addAnnotation
		  (getSession_Channels(),
		   source,
		   new String[]
		   {
			   "documentation", "The channels of the session, one per VM KD endpoint."
		   });
		addAnnotation
		  (channelEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One VM KD channel: the endpoint WinDbg attaches to, its state, counters, and what the KD observer told about it. Lists of events are bounded windows (most recent kept); the counters hold the totals."
		   });
		addAnnotation
		  (getChannel_Name(),
		   source,
		   new String[]
		   {
			   "documentation", "Channel name, unique in the session (e.g. the VM name)."
		   });
		addAnnotation
		  (getChannel_VmName(),
		   source,
		   new String[]
		   {
			   "documentation", "Name of the virtual machine."
		   });
		addAnnotation
		  (getChannel_Hypervisor(),
		   source,
		   new String[]
		   {
			   "documentation", "Hypervisor adapter, e.g. qemu or xen."
		   });
		addAnnotation
		  (getChannel_Transport(),
		   source,
		   new String[]
		   {
			   "documentation", "How the KD bytes travel between guest and host."
		   });
		addAnnotation
		  (getChannel_TcpPort(),
		   source,
		   new String[]
		   {
			   "documentation", "TCP port WinDbg attaches to with com:ipport; 0 when none is served."
		   });
		addAnnotation
		  (getChannel_PipeName(),
		   source,
		   new String[]
		   {
			   "documentation", "Name of the named pipe served for WinDbg (without \\\\.\\pipe\\); empty when none."
		   });
		addAnnotation
		  (getChannel_State(),
		   source,
		   new String[]
		   {
			   "documentation", "Current lifecycle state."
		   });
		addAnnotation
		  (getChannel_StateReason(),
		   source,
		   new String[]
		   {
			   "documentation", "Why the channel is in its state, in words a user can act on."
		   });
		addAnnotation
		  (getChannel_CaptureFile(),
		   source,
		   new String[]
		   {
			   "documentation", "The capture file of this channel, relative to the metadata file when possible."
		   });
		addAnnotation
		  (getChannel_PacketCount(),
		   source,
		   new String[]
		   {
			   "documentation", "Total packets in the trace (all of them, not just the window)."
		   });
		addAnnotation
		  (getChannel_WindowCapacity(),
		   source,
		   new String[]
		   {
			   "documentation", "How many recent entries each bounded list keeps."
		   });
		addAnnotation
		  (getChannel_Counters(),
		   source,
		   new String[]
		   {
			   "documentation", "Totals since the session started."
		   });
		addAnnotation
		  (getChannel_Target(),
		   source,
		   new String[]
		   {
			   "documentation", "What the target reported about itself (GetVersion); absent until it did."
		   });
		addAnnotation
		  (getChannel_RecentPackets(),
		   source,
		   new String[]
		   {
			   "documentation", "The most recent packets (a bounded window); older ones are paged from the capture."
		   });
		addAnnotation
		  (getChannel_Modules(),
		   source,
		   new String[]
		   {
			   "documentation", "Modules currently loaded and recently unloaded."
		   });
		addAnnotation
		  (getChannel_BreakIns(),
		   source,
		   new String[]
		   {
			   "documentation", "Recent stops of the target (break-ins, breakpoints, exceptions)."
		   });
		addAnnotation
		  (getChannel_Prints(),
		   source,
		   new String[]
		   {
			   "documentation", "Recent DbgPrint output and prompts."
		   });
		addAnnotation
		  (getChannel_Faults(),
		   source,
		   new String[]
		   {
			   "documentation", "Recent faults: protocol errors, skipped bytes, channel faults, capture damage."
		   });
		addAnnotation
		  (getChannel_Samples(),
		   source,
		   new String[]
		   {
			   "documentation", "Recent throughput samples, oldest first."
		   });
		addAnnotation
		  (channelCountersEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Totals of one channel since the session started."
		   });
		addAnnotation
		  (getChannelCounters_BytesToDebugger(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes the target sent to the debugger."
		   });
		addAnnotation
		  (getChannelCounters_BytesToTarget(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes the debugger sent to the target."
		   });
		addAnnotation
		  (getChannelCounters_PacketsToDebugger(),
		   source,
		   new String[]
		   {
			   "documentation", "Well-formed packets from the target."
		   });
		addAnnotation
		  (getChannelCounters_PacketsToTarget(),
		   source,
		   new String[]
		   {
			   "documentation", "Well-formed packets from the debugger."
		   });
		addAnnotation
		  (getChannelCounters_Retransmissions(),
		   source,
		   new String[]
		   {
			   "documentation", "Data packets that repeated an unacknowledged one."
		   });
		addAnnotation
		  (getChannelCounters_Resends(),
		   source,
		   new String[]
		   {
			   "documentation", "RESEND control packets."
		   });
		addAnnotation
		  (getChannelCounters_Resets(),
		   source,
		   new String[]
		   {
			   "documentation", "RESET control packets."
		   });
		addAnnotation
		  (getChannelCounters_ProtocolErrors(),
		   source,
		   new String[]
		   {
			   "documentation", "Bad packets: checksum, trailer, size, type, truncation."
		   });
		addAnnotation
		  (getChannelCounters_BytesSkipped(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes outside any packet."
		   });
		addAnnotation
		  (getChannelCounters_BreakIns(),
		   source,
		   new String[]
		   {
			   "documentation", "Break-in requests (0x62) from the debugger."
		   });
		addAnnotation
		  (getChannelCounters_Stops(),
		   source,
		   new String[]
		   {
			   "documentation", "Times the target stopped (state change exception)."
		   });
		addAnnotation
		  (getChannelCounters_Prints(),
		   source,
		   new String[]
		   {
			   "documentation", "Debug prints."
		   });
		addAnnotation
		  (getChannelCounters_ModuleLoads(),
		   source,
		   new String[]
		   {
			   "documentation", "Module loads reported."
		   });
		addAnnotation
		  (targetInfoEClass,
		   source,
		   new String[]
		   {
			   "documentation", "The target\'s GetVersion answer."
		   });
		addAnnotation
		  (getTargetInfo_BuildNumber(),
		   source,
		   new String[]
		   {
			   "documentation", "Windows build number (MinorVersion)."
		   });
		addAnnotation
		  (getTargetInfo_Machine(),
		   source,
		   new String[]
		   {
			   "documentation", "Machine type, e.g. AMD64 or x86."
		   });
		addAnnotation
		  (getTargetInfo_KernBase(),
		   source,
		   new String[]
		   {
			   "documentation", "Kernel image base."
		   });
		addAnnotation
		  (getTargetInfo_PsLoadedModuleList(),
		   source,
		   new String[]
		   {
			   "documentation", "Address of PsLoadedModuleList."
		   });
		addAnnotation
		  (packetRecordEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One row of the packet trace, kept in the bounded window. Rows outside the window are recomputed from the capture (see PacketTrace)."
		   });
		addAnnotation
		  (getPacketRecord_Index(),
		   source,
		   new String[]
		   {
			   "documentation", "Position of the packet in the channel\'s trace, from 0."
		   });
		addAnnotation
		  (getPacketRecord_Time(),
		   source,
		   new String[]
		   {
			   "documentation", "When its last byte arrived, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getPacketRecord_Direction(),
		   source,
		   new String[]
		   {
			   "documentation", "Which way it went."
		   });
		addAnnotation
		  (getPacketRecord_Type(),
		   source,
		   new String[]
		   {
			   "documentation", "Packet type."
		   });
		addAnnotation
		  (getPacketRecord_Api(),
		   source,
		   new String[]
		   {
			   "documentation", "API (manipulate, debug I/O, file I/O) or state-change name; empty for control packets."
		   });
		addAnnotation
		  (getPacketRecord_PacketId(),
		   source,
		   new String[]
		   {
			   "documentation", "PacketId field as sent."
		   });
		addAnnotation
		  (getPacketRecord_Length(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes on the wire (header, body and trailer)."
		   });
		addAnnotation
		  (getPacketRecord_Status(),
		   source,
		   new String[]
		   {
			   "documentation", "Return status of a reply (NTSTATUS, named when known); empty otherwise."
		   });
		addAnnotation
		  (getPacketRecord_Summary(),
		   source,
		   new String[]
		   {
			   "documentation", "One line for people."
		   });
		addAnnotation
		  (getPacketRecord_Retransmission(),
		   source,
		   new String[]
		   {
			   "documentation", "True when it repeats the previous unacknowledged packet."
		   });
		addAnnotation
		  (getPacketRecord_CaptureOffset(),
		   source,
		   new String[]
		   {
			   "documentation", "File offset of the capture record holding the packet\'s first byte."
		   });
		addAnnotation
		  (getPacketRecord_OffsetInRecord(),
		   source,
		   new String[]
		   {
			   "documentation", "Offset of the packet\'s first byte in that record\'s payload."
		   });
		addAnnotation
		  (moduleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A kernel module the target reported."
		   });
		addAnnotation
		  (getModule_Name(),
		   source,
		   new String[]
		   {
			   "documentation", "File name, e.g. ntoskrnl.exe."
		   });
		addAnnotation
		  (getModule_Path(),
		   source,
		   new String[]
		   {
			   "documentation", "Full path as the target reported it."
		   });
		addAnnotation
		  (getModule_Base(),
		   source,
		   new String[]
		   {
			   "documentation", "Image base."
		   });
		addAnnotation
		  (getModule_Size(),
		   source,
		   new String[]
		   {
			   "documentation", "SizeOfImage."
		   });
		addAnnotation
		  (getModule_Checksum(),
		   source,
		   new String[]
		   {
			   "documentation", "PE checksum."
		   });
		addAnnotation
		  (getModule_LoadTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When its load was seen, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getModule_UnloadTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When its unload was seen; 0 while loaded."
		   });
		addAnnotation
		  (getModule_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the entry came from."
		   });
		addAnnotation
		  (breakInEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A stop of the target: a requested break-in, a breakpoint, a single step or an exception, and when it resumed."
		   });
		addAnnotation
		  (getBreakIn_RequestTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When the debugger sent the break-in byte; 0 when the target stopped on its own."
		   });
		addAnnotation
		  (getBreakIn_StopTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When the target reported the stop; 0 when it has not (yet)."
		   });
		addAnnotation
		  (getBreakIn_ResumeTime(),
		   source,
		   new String[]
		   {
			   "documentation", "When the debugger let it continue; 0 while stopped."
		   });
		addAnnotation
		  (getBreakIn_Processor(),
		   source,
		   new String[]
		   {
			   "documentation", "Reporting processor."
		   });
		addAnnotation
		  (getBreakIn_ExceptionCode(),
		   source,
		   new String[]
		   {
			   "documentation", "NTSTATUS exception code, e.g. 0x80000003."
		   });
		addAnnotation
		  (getBreakIn_Address(),
		   source,
		   new String[]
		   {
			   "documentation", "Exception address."
		   });
		addAnnotation
		  (getBreakIn_ProgramCounter(),
		   source,
		   new String[]
		   {
			   "documentation", "Program counter."
		   });
		addAnnotation
		  (getBreakIn_FirstChance(),
		   source,
		   new String[]
		   {
			   "documentation", "First-chance exception."
		   });
		addAnnotation
		  (getBreakIn_ContinueStatus(),
		   source,
		   new String[]
		   {
			   "documentation", "The status the debugger continued with."
		   });
		addAnnotation
		  (debugPrintEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Output of DbgPrint (or a DbgPrompt) on the target."
		   });
		addAnnotation
		  (getDebugPrint_Time(),
		   source,
		   new String[]
		   {
			   "documentation", "When it arrived, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getDebugPrint_Processor(),
		   source,
		   new String[]
		   {
			   "documentation", "Printing processor."
		   });
		addAnnotation
		  (getDebugPrint_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The text, line breaks included."
		   });
		addAnnotation
		  (getDebugPrint_Prompt(),
		   source,
		   new String[]
		   {
			   "documentation", "True for a DbgPrompt."
		   });
		addAnnotation
		  (faultEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Something that went wrong, in words a user can act on."
		   });
		addAnnotation
		  (getFault_Time(),
		   source,
		   new String[]
		   {
			   "documentation", "When, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getFault_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "What kind of fault."
		   });
		addAnnotation
		  (getFault_Direction(),
		   source,
		   new String[]
		   {
			   "documentation", "Which stream, for protocol faults."
		   });
		addAnnotation
		  (getFault_Message(),
		   source,
		   new String[]
		   {
			   "documentation", "What happened."
		   });
		addAnnotation
		  (getFault_StreamOffset(),
		   source,
		   new String[]
		   {
			   "documentation", "Offset in the direction\'s byte stream, for protocol faults; -1 otherwise."
		   });
		addAnnotation
		  (throughputSampleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Bytes and packets that crossed in one interval."
		   });
		addAnnotation
		  (getThroughputSample_Time(),
		   source,
		   new String[]
		   {
			   "documentation", "End of the interval, nanoseconds since the Unix epoch."
		   });
		addAnnotation
		  (getThroughputSample_IntervalNanos(),
		   source,
		   new String[]
		   {
			   "documentation", "Length of the interval."
		   });
		addAnnotation
		  (getThroughputSample_BytesToDebugger(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes from the target."
		   });
		addAnnotation
		  (getThroughputSample_BytesToTarget(),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes from the debugger."
		   });
		addAnnotation
		  (getThroughputSample_PacketsToDebugger(),
		   source,
		   new String[]
		   {
			   "documentation", "Packets from the target."
		   });
		addAnnotation
		  (getThroughputSample_PacketsToTarget(),
		   source,
		   new String[]
		   {
			   "documentation", "Packets from the debugger."
		   });
		addAnnotation
		  (transportEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "How KD bytes travel between the guest and the host."
		   });
		addAnnotation
		  (transportEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "Not known (e.g. an imported capture)."
		   });
		addAnnotation
		  (transportEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Shared-memory rings."
		   });
		addAnnotation
		  (transportEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The emulated UART."
		   });
		addAnnotation
		  (channelStateEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Lifecycle state of a channel, as the transport reports it."
		   });
		addAnnotation
		  (channelStateEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "Waiting for a guest hello."
		   });
		addAnnotation
		  (channelStateEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes flow."
		   });
		addAnnotation
		  (channelStateEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The guest left; waiting for the next hello."
		   });
		addAnnotation
		  (channelStateEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "The guest broke the channel contract; see the reason."
		   });
		addAnnotation
		  (channelStateEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "Rebuilt from a capture file; no live channel."
		   });
		addAnnotation
		  (packetDirectionEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Which way a packet went."
		   });
		addAnnotation
		  (packetDirectionEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "From the target (kernel) to the debugger."
		   });
		addAnnotation
		  (packetDirectionEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "From the debugger to the target."
		   });
		addAnnotation
		  (packetKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "KD packet types as they appear in the trace (the KDCOM PacketType), plus the break-in byte."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "1: obsolete 32-bit state change."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "2: request or reply."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "3: DbgPrint, DbgPrompt."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "4: acknowledges a data packet."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "5: send the last packet again."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "6: resynchronise."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(6),
		   source,
		   new String[]
		   {
			   "documentation", "7: exception, symbol load, command string."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(7),
		   source,
		   new String[]
		   {
			   "documentation", "9: trace buffers."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(8),
		   source,
		   new String[]
		   {
			   "documentation", "10: breakpoint reservation."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(9),
		   source,
		   new String[]
		   {
			   "documentation", "11: .kdfiles."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(10),
		   source,
		   new String[]
		   {
			   "documentation", "The lone break-in byte 0x62."
		   });
		addAnnotation
		  (packetKindEEnum.getELiterals().get(11),
		   source,
		   new String[]
		   {
			   "documentation", "Any other type."
		   });
		addAnnotation
		  (moduleSourceEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Where a module entry came from."
		   });
		addAnnotation
		  (moduleSourceEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A LoadSymbols state change."
		   });
		addAnnotation
		  (moduleSourceEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "A walk of PsLoadedModuleList."
		   });
		addAnnotation
		  (faultKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Kinds of faults."
		   });
		addAnnotation
		  (faultKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A bad packet on the wire."
		   });
		addAnnotation
		  (faultKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Bytes outside any packet."
		   });
		addAnnotation
		  (faultKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The transport faulted the channel."
		   });
		addAnnotation
		  (faultKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "The capture file is damaged from this point on."
		   });
	}

} //SessionPackageImpl
