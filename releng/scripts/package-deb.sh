#!/usr/bin/env bash
# Builds target/kdring/dist/kdring-service_<version>_amd64.deb from the materialised service product:
# the product under /usr/lib/kdring/service, a Java runtime made with jlink under /usr/lib/kdring/runtime
# (the host needs no JDK), the reference guest for --demo, /usr/bin/kdring-service, /etc/kdring/kdring.conf
# (a conffile), the systemd unit, and maintainer scripts for the kdring user and /var/lib/kdring.
# Usage: package-deb.sh   (after a build; prints the path of the .deb)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/jdk.sh"
. "$root/releng/scripts/common.sh"
kdring_find_jdk

product=$(kdring_product_dir service)
[ -d "$product/plugins" ] || kdring_die "no service product at $product; run ./kdring build first"
version=$(kdring_version)
dist="$kdring_out/dist"
stage="$kdring_out/deb/kdring-service"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/lib/kdring" "$stage/usr/bin" "$stage/etc/kdring" \
  "$stage/lib/systemd/system" "$stage/usr/share/doc/kdring-service" "$dist"

cp -a "$product" "$stage/usr/lib/kdring/service"
# the Equinox launcher is found by name at run time; the eclipse.ini of the product is not used
rm -f "$stage/usr/lib/kdring/service/eclipse.ini"
if [ -f "$root/guest/build/refvm.bin" ]; then
  mkdir -p "$stage/usr/lib/kdring/guest/build"
  cp "$root/guest/build/refvm.bin" "$stage/usr/lib/kdring/guest/build/"
fi

runtime_cache="$kdring_out/jlink-runtime"
modules=java.se,jdk.unsupported,jdk.net,jdk.zipfs,jdk.management
if [ ! -x "$runtime_cache/bin/java" ] || [ "$(cat "$runtime_cache/.modules" 2>/dev/null)" != "$JAVA_HOME $modules" ]; then
  rm -rf "$runtime_cache"
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --output "$runtime_cache"
  echo "$JAVA_HOME $modules" >"$runtime_cache/.modules"
fi
cp -a "$runtime_cache" "$stage/usr/lib/kdring/runtime"
rm -f "$stage/usr/lib/kdring/runtime/.modules"

sed "s/@VERSION@/$version/" "$root/releng/debian/kdring-service" >"$stage/usr/bin/kdring-service"
chmod 755 "$stage/usr/bin/kdring-service"
cp "$root/docs/examples/kdring.conf" "$stage/etc/kdring/kdring.conf"
cp "$root/releng/debian/kdring.service" "$stage/lib/systemd/system/kdring.service"
cp "$root/docs/operator-guide.md" "$stage/usr/share/doc/kdring-service/README"
for script in postinst prerm postrm; do
  install -m 755 "$root/releng/debian/$script" "$stage/DEBIAN/$script"
done
echo /etc/kdring/kdring.conf >"$stage/DEBIAN/conffiles"
size=$(du -sk "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: kdring-service
Version: $version
Architecture: amd64
Maintainer: kdring <kdring@localhost>
Installed-Size: $size
Depends: adduser, passwd
Recommends: qemu-system-x86, libcapstone4
Section: devel
Priority: optional
Description: headless kdring service: fast Windows kernel debugging of VMs
 kdring moves a Windows guest's kernel-debugger (KD) traffic through shared-memory rings set up over
 one I/O-port handshake instead of an emulated serial port, and bridges it back to the KDCOM byte
 stream, so WinDbg works unchanged. This service owns the channels of the local VMs (QEMU/KVM, Xen
 dom0), exports each as a WinDbg endpoint and serves an authenticated HTTP/WebSocket API.
CONTROL
chmod -R u+rwX,go+rX,go-w "$stage"
chmod 755 "$stage/DEBIAN"
deb="$dist/kdring-service_${version}_amd64.deb"
dpkg-deb --root-owner-group --build -Zgzip -z6 "$stage" "$deb" >/dev/null
echo "$deb"
