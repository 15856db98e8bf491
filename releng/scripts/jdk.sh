# shellcheck shell=bash
# Sourced by ./mvnw and ./kdring: finds a JDK >= 21 and exports JAVA_HOME.
# Order: JAVA_HOME, java on PATH, then the system's JVM folder (newest first).

kdring_java_major() { # $1 = a java executable; prints its feature version (17, 21, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

kdring_find_jdk() {
  local want=21 candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
                   $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(kdring_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "${major%%.*}" -ge "$want" ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<MSG
kdring: no JDK 21 or newer found.
  Looked at: JAVA_HOME (${JAVA_HOME:-unset}), javac on PATH, and /usr/lib/jvm/*.
  Install one (for example the Temurin 25 JDK, or 'apt-get install openjdk-21-jdk' where your release has it)
  and point JAVA_HOME at it.
MSG
  return 1
}
