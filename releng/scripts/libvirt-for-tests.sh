#!/usr/bin/env bash
# Makes a libvirtd that may run the reference guest available to LibvirtVmTest (kdring.hv.libvirt.tests), and
# prints "KDRING_LIBVIRT_TEST=1" when it is. Used by ./kdring test on CI machines only (CI=true, root): it
# installs libvirt's daemon, lets it run QEMU as root without a security driver, namespaces or cgroups (a
# container has none), appending those lines to /etc/libvirt/qemu.conf once, marked, and starts virtlogd and
# libvirtd when they do not run. On any other machine the test stays opt-in: see
# bundles/kdring.hv.libvirt.tests/README.md. Everything it does is said on standard error.
set -uo pipefail

say() { echo "kdring test: libvirt: $*" >&2; }

[ "${CI:-}" = true ] && [ "$(id -u)" = 0 ] || exit 0
if ! command -v libvirtd >/dev/null 2>&1; then
  say "installing libvirt-daemon-system"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libvirt-daemon-system libvirt-clients) >&2 || { say "could not install libvirt's daemon; LibvirtVmTest is skipped"; exit 0; }
fi
conf=/etc/libvirt/qemu.conf
marker="# kdring test (CI): QEMU as root, no security driver, namespaces or cgroups"
if ! grep -qF "$marker" "$conf" 2>/dev/null; then
  say "appending the test settings to $conf"
  printf '\n%s\nuser = "root"\ngroup = "root"\nsecurity_driver = "none"\nnamespaces = [ ]\ncgroup_controllers = [ ]\n' \
    "$marker" >> "$conf"
  # a daemon started before the change must read it again
  pkill -x libvirtd 2>/dev/null && sleep 1
fi
pgrep -x virtlogd >/dev/null || virtlogd -d
pgrep -x libvirtd >/dev/null || libvirtd -d
for _ in $(seq 1 60); do
  if virsh -c qemu:///system version >/dev/null 2>&1; then
    say "libvirtd answers on qemu:///system; LibvirtVmTest runs"
    echo KDRING_LIBVIRT_TEST=1
    exit 0
  fi
  sleep 0.5
done
say "libvirtd does not answer on qemu:///system within 30 s; LibvirtVmTest is skipped"
exit 0
