#!/bin/sh
# Print the QEMU accelerator to use: $KDRING_ACCEL if set; else kvm when /dev/kvm is usable and the
# host KVM is not the PVM flavour (kvm_pvm runs a non-paravirtual guest such as the reference VM
# about 1000x slower than TCG: measured 100k loop iterations = 0.5-1 s); else tcg.
if [ -n "$KDRING_ACCEL" ]; then echo "$KDRING_ACCEL"; exit 0; fi
if [ -r /dev/kvm ] && [ -w /dev/kvm ] && [ ! -d /sys/module/kvm_pvm ]; then echo kvm; else echo tcg; fi
