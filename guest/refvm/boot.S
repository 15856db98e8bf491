/*
 * refvm boot: multiboot v1 entry (32-bit protected mode, paging off), boot page tables that map the
 * first GiB both at 0 and at KVA_BASE, long mode, then a jump to kmain in the high half.
 * The first page also carries a DOS/PE stub so that KernBase reads like an image ("MZ").
 */
#define KVA_BASE 0xFFFFF80000000000
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00010003 /* page-align modules, memory info, a.out kludge address fields */

    .section .boot.header, "awx"
    .code32
    .globl __image_header
__image_header:
    .ascii "MZ"                 /* 0x00: DOS header; e_lfanew at 0x3C (filled in C) */
    .fill 0x3A, 1, 0
    .long 0x80                  /* e_lfanew */
    /* 0x40: multiboot header */
    .balign 4
mb_header:
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)
    .long mb_header             /* header_addr */
    .long __image_start_phys    /* load_addr */
    .long __load_end_phys       /* load_end_addr */
    .long __bss_end_phys        /* bss_end_addr */
    .long _start32              /* entry_addr */
    .fill 0x400 - 0x60, 1, 0    /* room for the PE headers written at run time */

    .section .boot.text, "ax"
    .code32
    .globl _start32
_start32:
    cli
    cld
    mov %eax, boot_magic
    mov %ebx, boot_mbi
    mov $boot_stack_top, %esp

    /* PD: 512 x 2 MiB pages = first GiB */
    mov $boot_pd, %edi
    xor %ecx, %ecx
1:  mov %ecx, %eax
    shl $21, %eax
    or $0x83, %eax              /* present, writable, 2 MiB */
    mov %eax, (%edi,%ecx,8)
    movl $0, 4(%edi,%ecx,8)
    inc %ecx
    cmp $512, %ecx
    jne 1b
    movl $boot_pd + 3, boot_pdpt
    movl $boot_pdpt + 3, boot_pml4             /* PML4[0]: identity */
    movl $boot_pdpt + 3, boot_pml4 + 496 * 8   /* PML4[496]: KVA_BASE */

    mov %cr4, %eax
    or $0x20, %eax              /* PAE */
    mov %eax, %cr4
    mov $boot_pml4, %eax
    mov %eax, %cr3
    mov $0xC0000080, %ecx       /* EFER.LME */
    rdmsr
    or $0x100, %eax
    wrmsr
    mov %cr0, %eax
    or $0x80000001, %eax        /* PG | PE */
    and $0x9FFFFFFF, %eax       /* caches on */
    mov %eax, %cr0
    lgdt boot_gdt_ptr
    ljmp $0x10, $start64_low

    .code64
start64_low:
    mov $0x18, %ax
    mov %ax, %ss
    mov $0x2B, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %gs
    mov $0x53, %ax
    mov %ax, %fs
    movabs $kernel_stack_top, %rsp
    movabs $kmain, %rax
    movl boot_mbi, %edi
    movl boot_magic, %esi
    xor %ebp, %ebp
    call *%rax
2:  cli
    hlt
    jmp 2b

    .section .boot.data, "aw"
    .balign 8
    .globl boot_gdt
boot_gdt:
    .quad 0                     /* 0x00 */
    .quad 0                     /* 0x08 */
    .quad 0x00209A0000000000    /* 0x10 kernel code, 64-bit (KGDT64_R0_CODE) */
    .quad 0x00CF92000000FFFF    /* 0x18 kernel data (KGDT64_R0_DATA) */
    .quad 0x00CFFA000000FFFF    /* 0x20 user code, 32-bit */
    .quad 0x00CFF2000000FFFF    /* 0x28 user data (DS/ES/GS = 0x2B) */
    .quad 0x0020FA0000000000    /* 0x30 user code, 64-bit */
    .quad 0                     /* 0x38 */
    .quad 0                     /* 0x40 (TSS slot, unused) */
    .quad 0                     /* 0x48 */
    .quad 0x00CFF2000000FFFF    /* 0x50 FS = 0x53 */
    .globl boot_gdt_end
boot_gdt_end:
    .balign 8
boot_gdt_ptr:
    .word boot_gdt_end - boot_gdt - 1
    .long boot_gdt
    .globl boot_magic, boot_mbi
boot_magic: .long 0
boot_mbi:   .long 0
    .balign 16
boot_stack:
    .fill 1024, 1, 0
boot_stack_top:

    .section .boot.tables, "aw"
    .balign 4096
boot_pml4: .fill 4096, 1, 0
boot_pdpt: .fill 4096, 1, 0
boot_pd:   .fill 4096, 1, 0

    .section .bss
    .balign 16
    .globl kernel_stack, kernel_stack_top
kernel_stack:
    .fill 65536, 1, 0
kernel_stack_top:

    .section .note.GNU-stack, "", @progbits
