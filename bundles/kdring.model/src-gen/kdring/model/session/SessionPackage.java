/**
 */
package kdring.model.session;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kdring session model: sessions, channels, packet records, modules, break-ins, debug prints, faults and throughput samples.
 * <!-- end-model-doc -->
 * @see kdring.model.session.SessionFactory
 * @model kind="package"
 * @generated
 */
public interface SessionPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "session";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:kdring:model:session:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "session";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SessionPackage eINSTANCE = kdring.model.session.impl.SessionPackageImpl.init();

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.SessionImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOST = 1;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__START_TIME = 2;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__END_TIME = 3;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FORMAT_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CHANNELS = 5;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.ChannelImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Vm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__VM_NAME = 1;

	/**
	 * The feature id for the '<em><b>Hypervisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__HYPERVISOR = 2;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__TRANSPORT = 3;

	/**
	 * The feature id for the '<em><b>Tcp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__TCP_PORT = 4;

	/**
	 * The feature id for the '<em><b>Pipe Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__PIPE_NAME = 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__STATE = 6;

	/**
	 * The feature id for the '<em><b>State Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__STATE_REASON = 7;

	/**
	 * The feature id for the '<em><b>Capture File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CAPTURE_FILE = 8;

	/**
	 * The feature id for the '<em><b>Packet Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__PACKET_COUNT = 9;

	/**
	 * The feature id for the '<em><b>Window Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__WINDOW_CAPACITY = 10;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__COUNTERS = 11;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__TARGET = 12;

	/**
	 * The feature id for the '<em><b>Recent Packets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__RECENT_PACKETS = 13;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__MODULES = 14;

	/**
	 * The feature id for the '<em><b>Break Ins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__BREAK_INS = 15;

	/**
	 * The feature id for the '<em><b>Prints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__PRINTS = 16;

	/**
	 * The feature id for the '<em><b>Faults</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__FAULTS = 17;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__SAMPLES = 18;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.ChannelCountersImpl <em>Channel Counters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.ChannelCountersImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getChannelCounters()
	 * @generated
	 */
	int CHANNEL_COUNTERS = 2;

	/**
	 * The feature id for the '<em><b>Bytes To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__BYTES_TO_DEBUGGER = 0;

	/**
	 * The feature id for the '<em><b>Bytes To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__BYTES_TO_TARGET = 1;

	/**
	 * The feature id for the '<em><b>Packets To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER = 2;

	/**
	 * The feature id for the '<em><b>Packets To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__PACKETS_TO_TARGET = 3;

	/**
	 * The feature id for the '<em><b>Retransmissions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__RETRANSMISSIONS = 4;

	/**
	 * The feature id for the '<em><b>Resends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__RESENDS = 5;

	/**
	 * The feature id for the '<em><b>Resets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__RESETS = 6;

	/**
	 * The feature id for the '<em><b>Protocol Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__PROTOCOL_ERRORS = 7;

	/**
	 * The feature id for the '<em><b>Bytes Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__BYTES_SKIPPED = 8;

	/**
	 * The feature id for the '<em><b>Break Ins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__BREAK_INS = 9;

	/**
	 * The feature id for the '<em><b>Stops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__STOPS = 10;

	/**
	 * The feature id for the '<em><b>Prints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__PRINTS = 11;

	/**
	 * The feature id for the '<em><b>Module Loads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS__MODULE_LOADS = 12;

	/**
	 * The number of structural features of the '<em>Channel Counters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Channel Counters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_COUNTERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.TargetInfoImpl <em>Target Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.TargetInfoImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getTargetInfo()
	 * @generated
	 */
	int TARGET_INFO = 3;

	/**
	 * The feature id for the '<em><b>Build Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO__BUILD_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO__MACHINE = 1;

	/**
	 * The feature id for the '<em><b>Kern Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO__KERN_BASE = 2;

	/**
	 * The feature id for the '<em><b>Ps Loaded Module List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO__PS_LOADED_MODULE_LIST = 3;

	/**
	 * The number of structural features of the '<em>Target Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Target Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.PacketRecordImpl <em>Packet Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.PacketRecordImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getPacketRecord()
	 * @generated
	 */
	int PACKET_RECORD = 4;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__TIME = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__API = 4;

	/**
	 * The feature id for the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__PACKET_ID = 5;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__LENGTH = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__SUMMARY = 8;

	/**
	 * The feature id for the '<em><b>Retransmission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__RETRANSMISSION = 9;

	/**
	 * The feature id for the '<em><b>Capture Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__CAPTURE_OFFSET = 10;

	/**
	 * The feature id for the '<em><b>Offset In Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD__OFFSET_IN_RECORD = 11;

	/**
	 * The number of structural features of the '<em>Packet Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Packet Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKET_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.ModuleImpl <em>Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.ModuleImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getModule()
	 * @generated
	 */
	int MODULE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__PATH = 1;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__BASE = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__CHECKSUM = 4;

	/**
	 * The feature id for the '<em><b>Load Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__LOAD_TIME = 5;

	/**
	 * The feature id for the '<em><b>Unload Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__UNLOAD_TIME = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__SOURCE = 7;

	/**
	 * The number of structural features of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.BreakInImpl <em>Break In</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.BreakInImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getBreakIn()
	 * @generated
	 */
	int BREAK_IN = 6;

	/**
	 * The feature id for the '<em><b>Request Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__REQUEST_TIME = 0;

	/**
	 * The feature id for the '<em><b>Stop Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__STOP_TIME = 1;

	/**
	 * The feature id for the '<em><b>Resume Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__RESUME_TIME = 2;

	/**
	 * The feature id for the '<em><b>Processor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__PROCESSOR = 3;

	/**
	 * The feature id for the '<em><b>Exception Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__EXCEPTION_CODE = 4;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__ADDRESS = 5;

	/**
	 * The feature id for the '<em><b>Program Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__PROGRAM_COUNTER = 6;

	/**
	 * The feature id for the '<em><b>First Chance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__FIRST_CHANCE = 7;

	/**
	 * The feature id for the '<em><b>Continue Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN__CONTINUE_STATUS = 8;

	/**
	 * The number of structural features of the '<em>Break In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Break In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAK_IN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.DebugPrintImpl <em>Debug Print</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.DebugPrintImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getDebugPrint()
	 * @generated
	 */
	int DEBUG_PRINT = 7;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT__TIME = 0;

	/**
	 * The feature id for the '<em><b>Processor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT__PROCESSOR = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT__PROMPT = 3;

	/**
	 * The number of structural features of the '<em>Debug Print</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Debug Print</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBUG_PRINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.FaultImpl <em>Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.FaultImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getFault()
	 * @generated
	 */
	int FAULT = 8;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__TIME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Stream Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__STREAM_OFFSET = 4;

	/**
	 * The number of structural features of the '<em>Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.impl.ThroughputSampleImpl <em>Throughput Sample</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.impl.ThroughputSampleImpl
	 * @see kdring.model.session.impl.SessionPackageImpl#getThroughputSample()
	 * @generated
	 */
	int THROUGHPUT_SAMPLE = 9;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__TIME = 0;

	/**
	 * The feature id for the '<em><b>Interval Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__INTERVAL_NANOS = 1;

	/**
	 * The feature id for the '<em><b>Bytes To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER = 2;

	/**
	 * The feature id for the '<em><b>Bytes To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__BYTES_TO_TARGET = 3;

	/**
	 * The feature id for the '<em><b>Packets To Debugger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER = 4;

	/**
	 * The feature id for the '<em><b>Packets To Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE__PACKETS_TO_TARGET = 5;

	/**
	 * The number of structural features of the '<em>Throughput Sample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Throughput Sample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THROUGHPUT_SAMPLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link kdring.model.session.Transport <em>Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.Transport
	 * @see kdring.model.session.impl.SessionPackageImpl#getTransport()
	 * @generated
	 */
	int TRANSPORT = 10;

	/**
	 * The meta object id for the '{@link kdring.model.session.ChannelState <em>Channel State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.ChannelState
	 * @see kdring.model.session.impl.SessionPackageImpl#getChannelState()
	 * @generated
	 */
	int CHANNEL_STATE = 11;

	/**
	 * The meta object id for the '{@link kdring.model.session.PacketDirection <em>Packet Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.PacketDirection
	 * @see kdring.model.session.impl.SessionPackageImpl#getPacketDirection()
	 * @generated
	 */
	int PACKET_DIRECTION = 12;

	/**
	 * The meta object id for the '{@link kdring.model.session.PacketKind <em>Packet Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.PacketKind
	 * @see kdring.model.session.impl.SessionPackageImpl#getPacketKind()
	 * @generated
	 */
	int PACKET_KIND = 13;

	/**
	 * The meta object id for the '{@link kdring.model.session.ModuleSource <em>Module Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.ModuleSource
	 * @see kdring.model.session.impl.SessionPackageImpl#getModuleSource()
	 * @generated
	 */
	int MODULE_SOURCE = 14;

	/**
	 * The meta object id for the '{@link kdring.model.session.FaultKind <em>Fault Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see kdring.model.session.FaultKind
	 * @see kdring.model.session.impl.SessionPackageImpl#getFaultKind()
	 * @generated
	 */
	int FAULT_KIND = 15;


	/**
	 * Returns the meta object for class '{@link kdring.model.session.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see kdring.model.session.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Session#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see kdring.model.session.Session#getName()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Name();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Session#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see kdring.model.session.Session#getHost()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Host();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Session#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see kdring.model.session.Session#getStartTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Session#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see kdring.model.session.Session#getEndTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Session#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see kdring.model.session.Session#getFormatVersion()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Session#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see kdring.model.session.Session#getChannels()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Channels();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see kdring.model.session.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see kdring.model.session.Channel#getName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Name();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getVmName <em>Vm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vm Name</em>'.
	 * @see kdring.model.session.Channel#getVmName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_VmName();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getHypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypervisor</em>'.
	 * @see kdring.model.session.Channel#getHypervisor()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Hypervisor();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see kdring.model.session.Channel#getTransport()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Transport();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getTcpPort <em>Tcp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp Port</em>'.
	 * @see kdring.model.session.Channel#getTcpPort()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_TcpPort();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getPipeName <em>Pipe Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pipe Name</em>'.
	 * @see kdring.model.session.Channel#getPipeName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_PipeName();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see kdring.model.session.Channel#getState()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_State();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getStateReason <em>State Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Reason</em>'.
	 * @see kdring.model.session.Channel#getStateReason()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_StateReason();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getCaptureFile <em>Capture File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capture File</em>'.
	 * @see kdring.model.session.Channel#getCaptureFile()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_CaptureFile();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getPacketCount <em>Packet Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Count</em>'.
	 * @see kdring.model.session.Channel#getPacketCount()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_PacketCount();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Channel#getWindowCapacity <em>Window Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Capacity</em>'.
	 * @see kdring.model.session.Channel#getWindowCapacity()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_WindowCapacity();

	/**
	 * Returns the meta object for the containment reference '{@link kdring.model.session.Channel#getCounters <em>Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Counters</em>'.
	 * @see kdring.model.session.Channel#getCounters()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Counters();

	/**
	 * Returns the meta object for the containment reference '{@link kdring.model.session.Channel#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see kdring.model.session.Channel#getTarget()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getRecentPackets <em>Recent Packets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recent Packets</em>'.
	 * @see kdring.model.session.Channel#getRecentPackets()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_RecentPackets();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see kdring.model.session.Channel#getModules()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Modules();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getBreakIns <em>Break Ins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Break Ins</em>'.
	 * @see kdring.model.session.Channel#getBreakIns()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_BreakIns();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getPrints <em>Prints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prints</em>'.
	 * @see kdring.model.session.Channel#getPrints()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Prints();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getFaults <em>Faults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Faults</em>'.
	 * @see kdring.model.session.Channel#getFaults()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Faults();

	/**
	 * Returns the meta object for the containment reference list '{@link kdring.model.session.Channel#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Samples</em>'.
	 * @see kdring.model.session.Channel#getSamples()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Samples();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.ChannelCounters <em>Channel Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Counters</em>'.
	 * @see kdring.model.session.ChannelCounters
	 * @generated
	 */
	EClass getChannelCounters();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getBytesToDebugger <em>Bytes To Debugger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes To Debugger</em>'.
	 * @see kdring.model.session.ChannelCounters#getBytesToDebugger()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_BytesToDebugger();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getBytesToTarget <em>Bytes To Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes To Target</em>'.
	 * @see kdring.model.session.ChannelCounters#getBytesToTarget()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_BytesToTarget();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getPacketsToDebugger <em>Packets To Debugger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packets To Debugger</em>'.
	 * @see kdring.model.session.ChannelCounters#getPacketsToDebugger()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_PacketsToDebugger();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getPacketsToTarget <em>Packets To Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packets To Target</em>'.
	 * @see kdring.model.session.ChannelCounters#getPacketsToTarget()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_PacketsToTarget();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getRetransmissions <em>Retransmissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retransmissions</em>'.
	 * @see kdring.model.session.ChannelCounters#getRetransmissions()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_Retransmissions();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getResends <em>Resends</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resends</em>'.
	 * @see kdring.model.session.ChannelCounters#getResends()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_Resends();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getResets <em>Resets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resets</em>'.
	 * @see kdring.model.session.ChannelCounters#getResets()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_Resets();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getProtocolErrors <em>Protocol Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Errors</em>'.
	 * @see kdring.model.session.ChannelCounters#getProtocolErrors()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_ProtocolErrors();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getBytesSkipped <em>Bytes Skipped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Skipped</em>'.
	 * @see kdring.model.session.ChannelCounters#getBytesSkipped()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_BytesSkipped();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getBreakIns <em>Break Ins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Break Ins</em>'.
	 * @see kdring.model.session.ChannelCounters#getBreakIns()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_BreakIns();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getStops <em>Stops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stops</em>'.
	 * @see kdring.model.session.ChannelCounters#getStops()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_Stops();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getPrints <em>Prints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prints</em>'.
	 * @see kdring.model.session.ChannelCounters#getPrints()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_Prints();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ChannelCounters#getModuleLoads <em>Module Loads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Loads</em>'.
	 * @see kdring.model.session.ChannelCounters#getModuleLoads()
	 * @see #getChannelCounters()
	 * @generated
	 */
	EAttribute getChannelCounters_ModuleLoads();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.TargetInfo <em>Target Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Info</em>'.
	 * @see kdring.model.session.TargetInfo
	 * @generated
	 */
	EClass getTargetInfo();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.TargetInfo#getBuildNumber <em>Build Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Build Number</em>'.
	 * @see kdring.model.session.TargetInfo#getBuildNumber()
	 * @see #getTargetInfo()
	 * @generated
	 */
	EAttribute getTargetInfo_BuildNumber();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.TargetInfo#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine</em>'.
	 * @see kdring.model.session.TargetInfo#getMachine()
	 * @see #getTargetInfo()
	 * @generated
	 */
	EAttribute getTargetInfo_Machine();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.TargetInfo#getKernBase <em>Kern Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kern Base</em>'.
	 * @see kdring.model.session.TargetInfo#getKernBase()
	 * @see #getTargetInfo()
	 * @generated
	 */
	EAttribute getTargetInfo_KernBase();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.TargetInfo#getPsLoadedModuleList <em>Ps Loaded Module List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ps Loaded Module List</em>'.
	 * @see kdring.model.session.TargetInfo#getPsLoadedModuleList()
	 * @see #getTargetInfo()
	 * @generated
	 */
	EAttribute getTargetInfo_PsLoadedModuleList();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.PacketRecord <em>Packet Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Packet Record</em>'.
	 * @see kdring.model.session.PacketRecord
	 * @generated
	 */
	EClass getPacketRecord();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see kdring.model.session.PacketRecord#getIndex()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Index();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see kdring.model.session.PacketRecord#getTime()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Time();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see kdring.model.session.PacketRecord#getDirection()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Direction();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see kdring.model.session.PacketRecord#getType()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Type();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getApi <em>Api</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api</em>'.
	 * @see kdring.model.session.PacketRecord#getApi()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Api();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getPacketId <em>Packet Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Id</em>'.
	 * @see kdring.model.session.PacketRecord#getPacketId()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_PacketId();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see kdring.model.session.PacketRecord#getLength()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Length();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see kdring.model.session.PacketRecord#getStatus()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Status();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see kdring.model.session.PacketRecord#getSummary()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Summary();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#isRetransmission <em>Retransmission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retransmission</em>'.
	 * @see kdring.model.session.PacketRecord#isRetransmission()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_Retransmission();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getCaptureOffset <em>Capture Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capture Offset</em>'.
	 * @see kdring.model.session.PacketRecord#getCaptureOffset()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_CaptureOffset();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.PacketRecord#getOffsetInRecord <em>Offset In Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset In Record</em>'.
	 * @see kdring.model.session.PacketRecord#getOffsetInRecord()
	 * @see #getPacketRecord()
	 * @generated
	 */
	EAttribute getPacketRecord_OffsetInRecord();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.Module <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module</em>'.
	 * @see kdring.model.session.Module
	 * @generated
	 */
	EClass getModule();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see kdring.model.session.Module#getName()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Name();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see kdring.model.session.Module#getPath()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Path();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see kdring.model.session.Module#getBase()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Base();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see kdring.model.session.Module#getSize()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Size();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see kdring.model.session.Module#getChecksum()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Checksum();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getLoadTime <em>Load Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Load Time</em>'.
	 * @see kdring.model.session.Module#getLoadTime()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_LoadTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getUnloadTime <em>Unload Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unload Time</em>'.
	 * @see kdring.model.session.Module#getUnloadTime()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_UnloadTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Module#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see kdring.model.session.Module#getSource()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Source();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.BreakIn <em>Break In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Break In</em>'.
	 * @see kdring.model.session.BreakIn
	 * @generated
	 */
	EClass getBreakIn();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getRequestTime <em>Request Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Time</em>'.
	 * @see kdring.model.session.BreakIn#getRequestTime()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_RequestTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getStopTime <em>Stop Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Time</em>'.
	 * @see kdring.model.session.BreakIn#getStopTime()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_StopTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getResumeTime <em>Resume Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resume Time</em>'.
	 * @see kdring.model.session.BreakIn#getResumeTime()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_ResumeTime();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getProcessor <em>Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processor</em>'.
	 * @see kdring.model.session.BreakIn#getProcessor()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_Processor();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getExceptionCode <em>Exception Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exception Code</em>'.
	 * @see kdring.model.session.BreakIn#getExceptionCode()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_ExceptionCode();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see kdring.model.session.BreakIn#getAddress()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_Address();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getProgramCounter <em>Program Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Program Counter</em>'.
	 * @see kdring.model.session.BreakIn#getProgramCounter()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_ProgramCounter();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#isFirstChance <em>First Chance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Chance</em>'.
	 * @see kdring.model.session.BreakIn#isFirstChance()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_FirstChance();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.BreakIn#getContinueStatus <em>Continue Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Continue Status</em>'.
	 * @see kdring.model.session.BreakIn#getContinueStatus()
	 * @see #getBreakIn()
	 * @generated
	 */
	EAttribute getBreakIn_ContinueStatus();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.DebugPrint <em>Debug Print</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Debug Print</em>'.
	 * @see kdring.model.session.DebugPrint
	 * @generated
	 */
	EClass getDebugPrint();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.DebugPrint#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see kdring.model.session.DebugPrint#getTime()
	 * @see #getDebugPrint()
	 * @generated
	 */
	EAttribute getDebugPrint_Time();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.DebugPrint#getProcessor <em>Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processor</em>'.
	 * @see kdring.model.session.DebugPrint#getProcessor()
	 * @see #getDebugPrint()
	 * @generated
	 */
	EAttribute getDebugPrint_Processor();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.DebugPrint#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see kdring.model.session.DebugPrint#getText()
	 * @see #getDebugPrint()
	 * @generated
	 */
	EAttribute getDebugPrint_Text();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.DebugPrint#isPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see kdring.model.session.DebugPrint#isPrompt()
	 * @see #getDebugPrint()
	 * @generated
	 */
	EAttribute getDebugPrint_Prompt();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.Fault <em>Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fault</em>'.
	 * @see kdring.model.session.Fault
	 * @generated
	 */
	EClass getFault();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Fault#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see kdring.model.session.Fault#getTime()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_Time();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Fault#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see kdring.model.session.Fault#getKind()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_Kind();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Fault#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see kdring.model.session.Fault#getDirection()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_Direction();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Fault#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see kdring.model.session.Fault#getMessage()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_Message();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.Fault#getStreamOffset <em>Stream Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stream Offset</em>'.
	 * @see kdring.model.session.Fault#getStreamOffset()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_StreamOffset();

	/**
	 * Returns the meta object for class '{@link kdring.model.session.ThroughputSample <em>Throughput Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Throughput Sample</em>'.
	 * @see kdring.model.session.ThroughputSample
	 * @generated
	 */
	EClass getThroughputSample();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see kdring.model.session.ThroughputSample#getTime()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_Time();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getIntervalNanos <em>Interval Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Nanos</em>'.
	 * @see kdring.model.session.ThroughputSample#getIntervalNanos()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_IntervalNanos();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getBytesToDebugger <em>Bytes To Debugger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes To Debugger</em>'.
	 * @see kdring.model.session.ThroughputSample#getBytesToDebugger()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_BytesToDebugger();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getBytesToTarget <em>Bytes To Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes To Target</em>'.
	 * @see kdring.model.session.ThroughputSample#getBytesToTarget()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_BytesToTarget();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getPacketsToDebugger <em>Packets To Debugger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packets To Debugger</em>'.
	 * @see kdring.model.session.ThroughputSample#getPacketsToDebugger()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_PacketsToDebugger();

	/**
	 * Returns the meta object for the attribute '{@link kdring.model.session.ThroughputSample#getPacketsToTarget <em>Packets To Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packets To Target</em>'.
	 * @see kdring.model.session.ThroughputSample#getPacketsToTarget()
	 * @see #getThroughputSample()
	 * @generated
	 */
	EAttribute getThroughputSample_PacketsToTarget();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.Transport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport</em>'.
	 * @see kdring.model.session.Transport
	 * @generated
	 */
	EEnum getTransport();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.ChannelState <em>Channel State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel State</em>'.
	 * @see kdring.model.session.ChannelState
	 * @generated
	 */
	EEnum getChannelState();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.PacketDirection <em>Packet Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Packet Direction</em>'.
	 * @see kdring.model.session.PacketDirection
	 * @generated
	 */
	EEnum getPacketDirection();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.PacketKind <em>Packet Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Packet Kind</em>'.
	 * @see kdring.model.session.PacketKind
	 * @generated
	 */
	EEnum getPacketKind();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.ModuleSource <em>Module Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Module Source</em>'.
	 * @see kdring.model.session.ModuleSource
	 * @generated
	 */
	EEnum getModuleSource();

	/**
	 * Returns the meta object for enum '{@link kdring.model.session.FaultKind <em>Fault Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fault Kind</em>'.
	 * @see kdring.model.session.FaultKind
	 * @generated
	 */
	EEnum getFaultKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SessionFactory getSessionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.SessionImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__NAME = eINSTANCE.getSession_Name();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOST = eINSTANCE.getSession_Host();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__START_TIME = eINSTANCE.getSession_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__END_TIME = eINSTANCE.getSession_EndTime();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__FORMAT_VERSION = eINSTANCE.getSession_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__CHANNELS = eINSTANCE.getSession_Channels();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.ChannelImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__NAME = eINSTANCE.getChannel_Name();

		/**
		 * The meta object literal for the '<em><b>Vm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__VM_NAME = eINSTANCE.getChannel_VmName();

		/**
		 * The meta object literal for the '<em><b>Hypervisor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__HYPERVISOR = eINSTANCE.getChannel_Hypervisor();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__TRANSPORT = eINSTANCE.getChannel_Transport();

		/**
		 * The meta object literal for the '<em><b>Tcp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__TCP_PORT = eINSTANCE.getChannel_TcpPort();

		/**
		 * The meta object literal for the '<em><b>Pipe Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__PIPE_NAME = eINSTANCE.getChannel_PipeName();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__STATE = eINSTANCE.getChannel_State();

		/**
		 * The meta object literal for the '<em><b>State Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__STATE_REASON = eINSTANCE.getChannel_StateReason();

		/**
		 * The meta object literal for the '<em><b>Capture File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CAPTURE_FILE = eINSTANCE.getChannel_CaptureFile();

		/**
		 * The meta object literal for the '<em><b>Packet Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__PACKET_COUNT = eINSTANCE.getChannel_PacketCount();

		/**
		 * The meta object literal for the '<em><b>Window Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__WINDOW_CAPACITY = eINSTANCE.getChannel_WindowCapacity();

		/**
		 * The meta object literal for the '<em><b>Counters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__COUNTERS = eINSTANCE.getChannel_Counters();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__TARGET = eINSTANCE.getChannel_Target();

		/**
		 * The meta object literal for the '<em><b>Recent Packets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__RECENT_PACKETS = eINSTANCE.getChannel_RecentPackets();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__MODULES = eINSTANCE.getChannel_Modules();

		/**
		 * The meta object literal for the '<em><b>Break Ins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__BREAK_INS = eINSTANCE.getChannel_BreakIns();

		/**
		 * The meta object literal for the '<em><b>Prints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__PRINTS = eINSTANCE.getChannel_Prints();

		/**
		 * The meta object literal for the '<em><b>Faults</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__FAULTS = eINSTANCE.getChannel_Faults();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__SAMPLES = eINSTANCE.getChannel_Samples();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.ChannelCountersImpl <em>Channel Counters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.ChannelCountersImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getChannelCounters()
		 * @generated
		 */
		EClass CHANNEL_COUNTERS = eINSTANCE.getChannelCounters();

		/**
		 * The meta object literal for the '<em><b>Bytes To Debugger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__BYTES_TO_DEBUGGER = eINSTANCE.getChannelCounters_BytesToDebugger();

		/**
		 * The meta object literal for the '<em><b>Bytes To Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__BYTES_TO_TARGET = eINSTANCE.getChannelCounters_BytesToTarget();

		/**
		 * The meta object literal for the '<em><b>Packets To Debugger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__PACKETS_TO_DEBUGGER = eINSTANCE.getChannelCounters_PacketsToDebugger();

		/**
		 * The meta object literal for the '<em><b>Packets To Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__PACKETS_TO_TARGET = eINSTANCE.getChannelCounters_PacketsToTarget();

		/**
		 * The meta object literal for the '<em><b>Retransmissions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__RETRANSMISSIONS = eINSTANCE.getChannelCounters_Retransmissions();

		/**
		 * The meta object literal for the '<em><b>Resends</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__RESENDS = eINSTANCE.getChannelCounters_Resends();

		/**
		 * The meta object literal for the '<em><b>Resets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__RESETS = eINSTANCE.getChannelCounters_Resets();

		/**
		 * The meta object literal for the '<em><b>Protocol Errors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__PROTOCOL_ERRORS = eINSTANCE.getChannelCounters_ProtocolErrors();

		/**
		 * The meta object literal for the '<em><b>Bytes Skipped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__BYTES_SKIPPED = eINSTANCE.getChannelCounters_BytesSkipped();

		/**
		 * The meta object literal for the '<em><b>Break Ins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__BREAK_INS = eINSTANCE.getChannelCounters_BreakIns();

		/**
		 * The meta object literal for the '<em><b>Stops</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__STOPS = eINSTANCE.getChannelCounters_Stops();

		/**
		 * The meta object literal for the '<em><b>Prints</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__PRINTS = eINSTANCE.getChannelCounters_Prints();

		/**
		 * The meta object literal for the '<em><b>Module Loads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_COUNTERS__MODULE_LOADS = eINSTANCE.getChannelCounters_ModuleLoads();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.TargetInfoImpl <em>Target Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.TargetInfoImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getTargetInfo()
		 * @generated
		 */
		EClass TARGET_INFO = eINSTANCE.getTargetInfo();

		/**
		 * The meta object literal for the '<em><b>Build Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_INFO__BUILD_NUMBER = eINSTANCE.getTargetInfo_BuildNumber();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_INFO__MACHINE = eINSTANCE.getTargetInfo_Machine();

		/**
		 * The meta object literal for the '<em><b>Kern Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_INFO__KERN_BASE = eINSTANCE.getTargetInfo_KernBase();

		/**
		 * The meta object literal for the '<em><b>Ps Loaded Module List</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_INFO__PS_LOADED_MODULE_LIST = eINSTANCE.getTargetInfo_PsLoadedModuleList();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.PacketRecordImpl <em>Packet Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.PacketRecordImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getPacketRecord()
		 * @generated
		 */
		EClass PACKET_RECORD = eINSTANCE.getPacketRecord();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__INDEX = eINSTANCE.getPacketRecord_Index();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__TIME = eINSTANCE.getPacketRecord_Time();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__DIRECTION = eINSTANCE.getPacketRecord_Direction();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__TYPE = eINSTANCE.getPacketRecord_Type();

		/**
		 * The meta object literal for the '<em><b>Api</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__API = eINSTANCE.getPacketRecord_Api();

		/**
		 * The meta object literal for the '<em><b>Packet Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__PACKET_ID = eINSTANCE.getPacketRecord_PacketId();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__LENGTH = eINSTANCE.getPacketRecord_Length();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__STATUS = eINSTANCE.getPacketRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__SUMMARY = eINSTANCE.getPacketRecord_Summary();

		/**
		 * The meta object literal for the '<em><b>Retransmission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__RETRANSMISSION = eINSTANCE.getPacketRecord_Retransmission();

		/**
		 * The meta object literal for the '<em><b>Capture Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__CAPTURE_OFFSET = eINSTANCE.getPacketRecord_CaptureOffset();

		/**
		 * The meta object literal for the '<em><b>Offset In Record</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKET_RECORD__OFFSET_IN_RECORD = eINSTANCE.getPacketRecord_OffsetInRecord();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.ModuleImpl <em>Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.ModuleImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getModule()
		 * @generated
		 */
		EClass MODULE = eINSTANCE.getModule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__NAME = eINSTANCE.getModule_Name();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__PATH = eINSTANCE.getModule_Path();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__BASE = eINSTANCE.getModule_Base();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__SIZE = eINSTANCE.getModule_Size();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__CHECKSUM = eINSTANCE.getModule_Checksum();

		/**
		 * The meta object literal for the '<em><b>Load Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__LOAD_TIME = eINSTANCE.getModule_LoadTime();

		/**
		 * The meta object literal for the '<em><b>Unload Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__UNLOAD_TIME = eINSTANCE.getModule_UnloadTime();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__SOURCE = eINSTANCE.getModule_Source();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.BreakInImpl <em>Break In</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.BreakInImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getBreakIn()
		 * @generated
		 */
		EClass BREAK_IN = eINSTANCE.getBreakIn();

		/**
		 * The meta object literal for the '<em><b>Request Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__REQUEST_TIME = eINSTANCE.getBreakIn_RequestTime();

		/**
		 * The meta object literal for the '<em><b>Stop Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__STOP_TIME = eINSTANCE.getBreakIn_StopTime();

		/**
		 * The meta object literal for the '<em><b>Resume Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__RESUME_TIME = eINSTANCE.getBreakIn_ResumeTime();

		/**
		 * The meta object literal for the '<em><b>Processor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__PROCESSOR = eINSTANCE.getBreakIn_Processor();

		/**
		 * The meta object literal for the '<em><b>Exception Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__EXCEPTION_CODE = eINSTANCE.getBreakIn_ExceptionCode();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__ADDRESS = eINSTANCE.getBreakIn_Address();

		/**
		 * The meta object literal for the '<em><b>Program Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__PROGRAM_COUNTER = eINSTANCE.getBreakIn_ProgramCounter();

		/**
		 * The meta object literal for the '<em><b>First Chance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__FIRST_CHANCE = eINSTANCE.getBreakIn_FirstChance();

		/**
		 * The meta object literal for the '<em><b>Continue Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BREAK_IN__CONTINUE_STATUS = eINSTANCE.getBreakIn_ContinueStatus();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.DebugPrintImpl <em>Debug Print</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.DebugPrintImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getDebugPrint()
		 * @generated
		 */
		EClass DEBUG_PRINT = eINSTANCE.getDebugPrint();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBUG_PRINT__TIME = eINSTANCE.getDebugPrint_Time();

		/**
		 * The meta object literal for the '<em><b>Processor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBUG_PRINT__PROCESSOR = eINSTANCE.getDebugPrint_Processor();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBUG_PRINT__TEXT = eINSTANCE.getDebugPrint_Text();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBUG_PRINT__PROMPT = eINSTANCE.getDebugPrint_Prompt();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.FaultImpl <em>Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.FaultImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getFault()
		 * @generated
		 */
		EClass FAULT = eINSTANCE.getFault();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__TIME = eINSTANCE.getFault_Time();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__KIND = eINSTANCE.getFault_Kind();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__DIRECTION = eINSTANCE.getFault_Direction();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__MESSAGE = eINSTANCE.getFault_Message();

		/**
		 * The meta object literal for the '<em><b>Stream Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__STREAM_OFFSET = eINSTANCE.getFault_StreamOffset();

		/**
		 * The meta object literal for the '{@link kdring.model.session.impl.ThroughputSampleImpl <em>Throughput Sample</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.impl.ThroughputSampleImpl
		 * @see kdring.model.session.impl.SessionPackageImpl#getThroughputSample()
		 * @generated
		 */
		EClass THROUGHPUT_SAMPLE = eINSTANCE.getThroughputSample();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__TIME = eINSTANCE.getThroughputSample_Time();

		/**
		 * The meta object literal for the '<em><b>Interval Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__INTERVAL_NANOS = eINSTANCE.getThroughputSample_IntervalNanos();

		/**
		 * The meta object literal for the '<em><b>Bytes To Debugger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__BYTES_TO_DEBUGGER = eINSTANCE.getThroughputSample_BytesToDebugger();

		/**
		 * The meta object literal for the '<em><b>Bytes To Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__BYTES_TO_TARGET = eINSTANCE.getThroughputSample_BytesToTarget();

		/**
		 * The meta object literal for the '<em><b>Packets To Debugger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__PACKETS_TO_DEBUGGER = eINSTANCE.getThroughputSample_PacketsToDebugger();

		/**
		 * The meta object literal for the '<em><b>Packets To Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THROUGHPUT_SAMPLE__PACKETS_TO_TARGET = eINSTANCE.getThroughputSample_PacketsToTarget();

		/**
		 * The meta object literal for the '{@link kdring.model.session.Transport <em>Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.Transport
		 * @see kdring.model.session.impl.SessionPackageImpl#getTransport()
		 * @generated
		 */
		EEnum TRANSPORT = eINSTANCE.getTransport();

		/**
		 * The meta object literal for the '{@link kdring.model.session.ChannelState <em>Channel State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.ChannelState
		 * @see kdring.model.session.impl.SessionPackageImpl#getChannelState()
		 * @generated
		 */
		EEnum CHANNEL_STATE = eINSTANCE.getChannelState();

		/**
		 * The meta object literal for the '{@link kdring.model.session.PacketDirection <em>Packet Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.PacketDirection
		 * @see kdring.model.session.impl.SessionPackageImpl#getPacketDirection()
		 * @generated
		 */
		EEnum PACKET_DIRECTION = eINSTANCE.getPacketDirection();

		/**
		 * The meta object literal for the '{@link kdring.model.session.PacketKind <em>Packet Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.PacketKind
		 * @see kdring.model.session.impl.SessionPackageImpl#getPacketKind()
		 * @generated
		 */
		EEnum PACKET_KIND = eINSTANCE.getPacketKind();

		/**
		 * The meta object literal for the '{@link kdring.model.session.ModuleSource <em>Module Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.ModuleSource
		 * @see kdring.model.session.impl.SessionPackageImpl#getModuleSource()
		 * @generated
		 */
		EEnum MODULE_SOURCE = eINSTANCE.getModuleSource();

		/**
		 * The meta object literal for the '{@link kdring.model.session.FaultKind <em>Fault Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see kdring.model.session.FaultKind
		 * @see kdring.model.session.impl.SessionPackageImpl#getFaultKind()
		 * @generated
		 */
		EEnum FAULT_KIND = eINSTANCE.getFaultKind();

	}

} //SessionPackage
