/* refvm: exception/interrupt entry stubs and the break-in breakpoint. */
    .text
    .code64

.macro STUB vec, has_err
    .globl isr_\vec
isr_\vec:
    .if \has_err == 0
    pushq $0
    .endif
    pushq $\vec
    jmp trap_common
.endm

STUB 0,0
STUB 1,0
STUB 2,0
STUB 3,0
STUB 4,0
STUB 5,0
STUB 6,0
STUB 7,0
STUB 8,1
STUB 9,0
STUB 10,1
STUB 11,1
STUB 12,1
STUB 13,1
STUB 14,1
STUB 15,0
STUB 16,0
STUB 17,1
STUB 18,0
STUB 19,0
STUB 20,0
STUB 21,1
STUB 45,0
STUB 48,0
STUB 49,0
STUB 50,0
STUB 51,0
STUB 52,0
STUB 53,0
STUB 54,0
STUB 55,0
STUB 56,0
STUB 57,0
STUB 58,0
STUB 59,0
STUB 60,0
STUB 61,0
STUB 62,0
STUB 63,0

    .globl isr_table
    .section .rodata
    .balign 8
isr_table:
    .quad isr_0, isr_1, isr_2, isr_3, isr_4, isr_5, isr_6, isr_7
    .quad isr_8, isr_9, isr_10, isr_11, isr_12, isr_13, isr_14, isr_15
    .quad isr_16, isr_17, isr_18, isr_19, isr_20, isr_21
    .quad isr_45
    .quad isr_48, isr_49, isr_50, isr_51, isr_52, isr_53, isr_54, isr_55
    .quad isr_56, isr_57, isr_58, isr_59, isr_60, isr_61, isr_62, isr_63

    .text
/* frame layout (low to high): r15 r14 r13 r12 r11 r10 r9 r8 rdi rsi rbp rdx rcx rbx rax vec err
 * rip cs rflags rsp ss  -- see struct trap_frame in refvm.h */
trap_common:
    push %rax
    push %rbx
    push %rcx
    push %rdx
    push %rbp
    push %rsi
    push %rdi
    push %r8
    push %r9
    push %r10
    push %r11
    push %r12
    push %r13
    push %r14
    push %r15
    mov %rsp, %rdi
    mov %rsp, %rbx
    and $-16, %rsp
    movabs $trap_dispatch, %rax
    call *%rax
    mov %rbx, %rsp
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %r11
    pop %r10
    pop %r9
    pop %r8
    pop %rdi
    pop %rsi
    pop %rbp
    pop %rdx
    pop %rcx
    pop %rbx
    pop %rax
    add $16, %rsp
    iretq

/* The break-in breakpoint (like DbgBreakPointWithStatus: int3; ret). */
    .globl refvm_breakpoint
refvm_breakpoint:
    int3
    ret

/* Debug service trap used to report LoadSymbols with a real register context:
 * rdi = module index. */
    .globl refvm_load_symbols_trap
refvm_load_symbols_trap:
    int $0x2D
    ret

    .section .note.GNU-stack, "", @progbits
