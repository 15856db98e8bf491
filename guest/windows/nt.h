/*
 * kdring.dll: the few NT kernel types and imports the transport module needs, declared by hand so the
 * build needs no DDK headers (mingw-w64's are not used). Layouts follow the fact sheet section 6.2.
 */
#ifndef KDRING_NT_H
#define KDRING_NT_H

#include <stdint.h>

#if defined(KDRING_HOST_TEST)
/* tests/test_windows.c compiles kdring.c for Linux and supplies the imports itself */
#define NTAPI
#define KDR_IMPORT
#elif defined(__i386__)
#define NTAPI __attribute__((stdcall))
#define KDR_IMPORT __declspec(dllimport)
#else
#define NTAPI /* the x64 kernel has one calling convention */
#define KDR_IMPORT __declspec(dllimport)
#endif

typedef int32_t NTSTATUS;
typedef uint8_t BOOLEAN;

#define STATUS_SUCCESS ((NTSTATUS)0x00000000)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BB)

/* STRING: Length, MaximumLength, (padding on x64), Buffer. */
typedef struct nt_string {
    uint16_t Length;
    uint16_t MaximumLength;
    char *Buffer;
} nt_string;

/* KD_CONTEXT, owned by the kernel and passed to every send/receive. */
typedef struct nt_kd_context {
    uint32_t KdpDefaultRetries;
    BOOLEAN KdpControlCPending;
} nt_kd_context;

/* KdReceivePacket results */
#define NT_KD_PACKET_RECEIVED 0
#define NT_KD_PACKET_TIMEOUT 1
#define NT_KD_PACKET_NEEDS_RESEND 2

/* ntoskrnl.exe. PHYSICAL_ADDRESS is an 8-byte LARGE_INTEGER: returned in RAX on x64, EDX:EAX on x86,
 * exactly like a 64-bit integer, so it is declared as one. */
KDR_IMPORT int64_t NTAPI MmGetPhysicalAddress(void *BaseAddress);
/* The exported BOOLEAN itself (a data import: reached through the import address table). */
KDR_IMPORT extern BOOLEAN KdDebuggerNotPresent;

/* hal.dll */
KDR_IMPORT void NTAPI KeStallExecutionProcessor(uint32_t MicroSeconds);

#endif
