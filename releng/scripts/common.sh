# shellcheck shell=bash
# Shared by ./kdring and the scripts in releng/scripts: building, prerequisites, running products.
# Expects $root (the project root) to be set, and jdk.sh to be sourced.

kdring_die() {
  echo "kdring: $*" >&2
  exit 1
}

kdring_has_display() {
  [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

# Debian packages each prerequisite comes from: "command:package".
# libcapstone4: the disassembler (Disassembly view, kd> u) calls Debian's libcapstone.so.4 through FFM
KDRING_RUNTIME_PREREQS="qemu-system-x86_64:qemu-system-x86 lib:libcapstone4"
KDRING_TEST_PREREQS="qemu-system-x86_64:qemu-system-x86 Xvfb:xvfb unzip:unzip gcc:gcc make:make xwininfo:x11-utils import:imagemagick curl:curl x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 i686-w64-mingw32-gcc:gcc-mingw-w64-i686 tshark:tshark virsh:libvirt-clients"
KDRING_UI_LIBS="libgtk-3-0"

# Installs what is missing from a list of "command:package" pairs: with apt when root, else it prints
# the exact command and fails.
kdring_ensure_packages() {
  local missing=() pair cmd pkg
  for pair in "$@"; do
    cmd=${pair%%:*} pkg=${pair#*:}
    if [ "$cmd" = lib ]; then
      dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    else
      command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "kdring: installing ${missing[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2 \
      || kdring_die "could not install ${missing[*]} with apt-get"
  else
    kdring_die "missing prerequisites. Install them with: sudo apt-get install ${missing[*]}"
  fi
}

kdring_ensure_runtime_prereqs() {
  # shellcheck disable=SC2086
  kdring_ensure_packages $KDRING_RUNTIME_PREREQS
}

kdring_ensure_test_prereqs() {
  # shellcheck disable=SC2086
  # libxenforeignmemory1: kdring.hv.xen.tests calls Debian's library through FFM (it then says "no dom0")
  # libcapstone4: kdring.session.tests and the UI tests disassemble the reference guest through it
  kdring_ensure_packages $KDRING_TEST_PREREQS lib:$KDRING_UI_LIBS lib:libxenforeignmemory1 lib:libcapstone4
}

# Where the build materialises a product for this machine ($1 = service | workbench).
kdring_product_dir() {
  echo "$root/releng/kdring.$1.product/target/products/kdring.$1/linux/gtk/x86_64/kdring"
}

# Launcher state and logs live under target/kdring: ignored by git and by the rebuild check.
kdring_out="$root/target/kdring"
kdring_stamp="$kdring_out/build.stamp"

# True when a product is missing or a source file changed after the last successful build.
kdring_needs_build() {
  [ -d "$(kdring_product_dir service)/plugins" ] && [ -d "$(kdring_product_dir workbench)/plugins" ] || return 0
  [ -f "$kdring_stamp" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root/bundles" "$root/features" "$root/releng" "$root/target-platform" \
          -newer "$kdring_stamp" -type f -not -path '*/target/*' -not -path '*/bin/*' -print -quit 2>/dev/null)" ]
}

# Builds the products without running tests. Extra arguments go to Maven.
kdring_build() {
  echo "kdring: building (Maven/Tycho; the first build downloads the target platform, a few minutes)..." >&2
  mkdir -p "$kdring_out"
  local log="$kdring_out/build.log"
  if "$root/mvnw" -B verify -DskipTests "$@" >"$log" 2>&1; then
    touch "$kdring_stamp"
    echo "kdring: build done." >&2
  else
    grep -E '^\[ERROR\]' "$log" | head -n 30 >&2 || true
    kdring_die "build failed; the full log is $log"
  fi
}

kdring_ensure_built() {
  if kdring_needs_build; then
    kdring_build
  fi
}

# Runs a materialised product in the foreground, replacing this shell:
#   kdring_run_product DIR [JVM_OPTION...] -- [PROGRAM_ARGUMENT...]
# Every option and argument reaches Java as the one word it was here: a path with spaces stays whole.
kdring_run_product() {
  local dir=$1; shift
  local jvm=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    jvm+=("$1"); shift
  done
  [ $# -gt 0 ] && shift # the --
  local launcher
  launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  [ -n "$launcher" ] || kdring_die "no launcher in $dir; run ./kdring build"
  # --enable-native-access: the Xen adapter (libxenforeignmemory) and the disassembler (libcapstone) are called
  # through Java's FFM API (restricted methods)
  exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "-Dkdring.root=$root" ${jvm[@]+"${jvm[@]}"} \
    -jar "$launcher" -consoleLog "$@"
}

# Runs a command-line tool, kdring.tools.Main COMMAND [ARGUMENT...], without OSGi: its class path is the
# service product's bundles (the tools bundle, picocli, and all that the tools use, from kdring.kd to the
# service's Jetty for bench-api), minus the OSGi framework and its launcher.
kdring_run_tool() {
  local dir jar jars=()
  dir=$(kdring_product_dir service)
  for jar in "$dir"/plugins/*.jar; do
    case "${jar##*/}" in
      org.eclipse.equinox.launcher*|org.eclipse.osgi_*|org.apache.aries.spifly*) ;;
      *) jars+=("$jar") ;;
    esac
  done
  compgen -G "$dir/plugins/kdring.tools_*.jar" >/dev/null || kdring_die "no kdring.tools bundle in $dir; run ./kdring build"
  # --enable-native-access: kd's u disassembles through libcapstone with Java's FFM API (restricted methods)
  exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "-Dkdring.root=$root" \
    -cp "$(IFS=:; echo "${jars[*]}")" kdring.tools.Main "$@"
}

# The one version of kdring (bundles, features, products, packages): from the root pom, without -SNAPSHOT.
kdring_version() {
  sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1 | sed 's/-SNAPSHOT$//'
}
