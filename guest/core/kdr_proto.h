/*
 * kdring channel protocol v1 constants. docs/channel-protocol.md is the source of truth; this header
 * only names its numbers.
 */
#ifndef KDR_PROTO_H
#define KDR_PROTO_H

#define KDR_PORT_DEFAULT 0x0010
#define KDR_PORT_XEN 0x0E10
#define KDR_READBACK 0x6B
#define KDR_KICK 0x6B

/* framed port messages */
#define KDR_MSG_M0 0x4B /* 'K' */
#define KDR_MSG_M1 0x44 /* 'D' */
#define KDR_MSG_M2 0x52 /* 'R' */
#define KDR_MSG_HELLO 0x48   /* 'H' */
#define KDR_MSG_GOODBYE 0x47 /* 'G' */
#define KDR_MSG_VERSION 1
#define KDR_MSG_MIN_LEN 16
#define KDR_MSG_MAX_LEN 64
#define KDR_HELLO_LEN 32
#define KDR_GOODBYE_LEN 16

#define KDR_GUEST_KIND_UNSPEC 0
#define KDR_GUEST_KIND_REFVM 1
#define KDR_GUEST_KIND_WINDOWS 2

#define KDR_GOODBYE_NORMAL 0
#define KDR_GOODBYE_SHUTDOWN 1
#define KDR_GOODBYE_HOST_FAULT 2

/* descriptor page */
#define KDR_PAGE_SIZE 0x1000u
#define KDR_DESC_MAGIC 0x4452444Bu /* "KDRD" */
#define KDR_DESC_VERSION 1
#define KDR_D_MAGIC 0x000
#define KDR_D_VERSION 0x004
#define KDR_D_PAGESIZE 0x006
#define KDR_D_NONCE 0x008
#define KDR_D_GUEST_FEATURES 0x00C
#define KDR_D_HOST_FEATURES 0x010
#define KDR_D_HOST_STATUS 0x014
#define KDR_D_HOST_FAULT 0x018
#define KDR_D_HOST_NONCE 0x01C
#define KDR_D_GUEST_KIND 0x020
#define KDR_D_TX 0x100
#define KDR_D_RX 0x200
#define KDR_D_TX_PFNS 0x800
#define KDR_D_RX_PFNS 0xC00

/* ring control block, relative offsets */
#define KDR_R_SIZE 0x00
#define KDR_R_NPAGES 0x04
#define KDR_R_PROD 0x40
#define KDR_R_CONS 0x80
#define KDR_R_WAITING 0xC0

#define KDR_RING_MIN 0x1000u
#define KDR_RING_MAX 0x80000u
#define KDR_RING_MAX_PAGES 128u

#define KDR_ST_HOST_ATTACHED 0x1u
#define KDR_ST_DEBUGGER_ATTACHED 0x2u
#define KDR_ST_FAULTED 0x4u

#define KDR_F_KICK_ON_WAIT 0x1u

/* host fault codes (section 7.4) */
#define KDR_FAULT_TX_PROD 1
#define KDR_FAULT_RX_CONS 2
#define KDR_FAULT_RX_BACKWARDS 3
#define KDR_FAULT_HEADER 4
#define KDR_FAULT_RING_SIZE 5
#define KDR_FAULT_PFN 6
#define KDR_FAULT_INDICES 7
#define KDR_FAULT_DESC_GPA 8

#endif
