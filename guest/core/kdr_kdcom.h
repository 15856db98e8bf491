/*
 * kdring guest core: the KDCOM target side (what kdcom.dll does), over an abstract byte transport.
 * Behaviour follows the KD fact sheet (shared/reference/kd-protocol.md) sections 1-3.
 */
#ifndef KDR_KDCOM_H
#define KDR_KDCOM_H

#include "kdr_platform.h"
#include "kdr_transport.h"

#define KD_PACKET_LEADER 0x30303030u
#define KD_CONTROL_LEADER 0x69696969u
#define KD_LEADER_BYTE 0x30
#define KD_CONTROL_LEADER_BYTE 0x69
#define KD_BREAKIN_BYTE 0x62
#define KD_TRAILER 0xAA
#define KD_PACKET_MAX 4000u
#define KD_INITIAL_ID 0x80800000u
#define KD_SYNC_ID 0x00000800u
#define KD_DEFAULT_RETRIES 20u
#define KD_BREAKIN_SCAN 4096u /* bytes a break-in poll may read and discard */

#define KD_TYPE_STATE_CHANGE32 1
#define KD_TYPE_STATE_MANIPULATE 2
#define KD_TYPE_DEBUG_IO 3
#define KD_TYPE_ACKNOWLEDGE 4
#define KD_TYPE_RESEND 5
#define KD_TYPE_RESET 6
#define KD_TYPE_STATE_CHANGE64 7
#define KD_TYPE_POLL_BREAKIN 8
#define KD_TYPE_TRACE_IO 9
#define KD_TYPE_CONTROL_REQUEST 10
#define KD_TYPE_FILE_IO 11
#define KD_TYPE_MAX 12

/* KdReceivePacket results */
#define KD_RECV_OK 0
#define KD_RECV_TIMEOUT 1
#define KD_RECV_RESEND 2

/* A STRING-like buffer: len = bytes used, max = capacity. */
typedef struct kdr_buf {
    uint16_t len;
    uint16_t max;
    uint8_t *buf;
} kdr_buf;

typedef struct kdr_kd {
    kdr_transport *t;
    const kdr_platform *plat;
    uint32_t tx_id;          /* id stamped on our next data packet */
    uint32_t rx_expected;    /* id we expect on the debugger's next data packet */
    uint32_t retries;        /* remaining retry budget (KdpDefaultRetries); restored by any valid packet */
    uint32_t max_retries;    /* 20 */
    uint32_t timeout_us;     /* receive time-out (ACK wait, leader scan, inter-byte) */
    uint32_t max_resends;    /* bound on RESEND-driven retransmits of a droppable packet */
    uint32_t fast_resends;   /* RESEND-driven retransmits sent at once; later ones wait for the interval */
    uint32_t byte_us;        /* receive allowance per body byte (115200 baud: ~87 us) */
    uint32_t backoff_max_us; /* longest resend interval while no debugger answers (1 s) */
    uint8_t control_c_pending;
    uint8_t debugger_not_present;
    uint8_t flush_pending;   /* an ACK is held back: the reply takes it along (or the next call sends it) */
    uint8_t held_ack[16];    /* that ACK */
    /* statistics */
    uint32_t sent_packets, resent_packets, dropped_packets, acks_sent, resends_sent, resets_seen;
    uint32_t acks_deferred;  /* ACKs whose flush went out with the reply (one kick for both) */
    uint32_t bad_checksums, bad_trailers, duplicates, garbage_bytes, oversize_packets;
    uint8_t scratch[KD_PACKET_MAX];
} kdr_kd;

void kdr_kd_init(kdr_kd *kd, kdr_transport *t, const kdr_platform *plat);
/* KdSendPacket: header part + optional data part (data may be NULL). Returns when ACKed, when a
 * droppable packet ran out of retries or nobody can acknowledge it, or on a transport where nobody
 * ever can (the null transport); then debugger_not_present = 1. A packet over 4000 bytes is not
 * sent: a PrintString says so instead (oversize_packets counts them). */
void kdr_kd_send(kdr_kd *kd, uint16_t type, const kdr_buf *hdr, const kdr_buf *data);
/* KdReceivePacket: for POLL_BREAKIN hdr/data may be NULL. On OK, hdr->len and data->len are set and
 * *data_len (if not NULL) = data->len. */
int kdr_kd_recv(kdr_kd *kd, uint16_t type, kdr_buf *hdr, kdr_buf *data, uint32_t *data_len);
/* Convenience: 1 if a break-in is pending (0x62 polled now or seen earlier), clears it. */
int kdr_kd_poll_breakin(kdr_kd *kd);
/* Flushes an ACK whose flush was deferred (kdr_kd_recv does this itself on every entry; call it before
 * switching kd->t away from the transport that holds it). */
void kdr_kd_flush(kdr_kd *kd);
/* 1 when a STATE_MANIPULATE request with this body is always answered by a reply packet (so the ACK's
 * flush may wait for the reply's); 0 for Continue, Reboot and anything unknown. */
int kdr_kd_reply_follows(uint16_t type, const uint8_t *body, uint32_t len);
/* Sum of the bytes, modulo 2^32 (KD_PACKET.Checksum). */
uint32_t kdr_kd_checksum(const uint8_t *p, uint32_t n, uint32_t acc);
/* 1 for the packet kinds kdcom may drop after the retry limit. */
int kdr_kd_droppable(uint16_t type, const kdr_buf *hdr);

#endif
