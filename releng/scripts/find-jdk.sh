# Sourced by ./mvnw and ./maillage: finds a JDK of at least the given major version.
# Prints its home on stdout; on failure prints one line on stderr naming what was found.
# Looks at JAVA_HOME, then the JDKs under MAILLAGE_JVM_DIRS (default /usr/lib/jvm), then `java` on PATH.

maillage_java_major() {
  # The major version of "$1/bin/java", or nothing when it does not run.
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in 1.*) v=${v#1.} ;; esac
  printf '%s' "${v%%.*}"
}

maillage_find_jdk() {
  local min=$1 found=() best="" best_major=0 home major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for home in ${MAILLAGE_JVM_DIRS:-/usr/lib/jvm}/*; do
    [ -L "$home" ] && continue
    candidates+=("$home")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local seen=" "
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    home=$(readlink -f "$home")
    case "$seen" in *" $home "*) continue ;; esac
    seen="$seen$home "
    major=$(maillage_java_major "$home")
    [ -n "$major" ] || continue
    found+=("$major ($home)")
    # JAVA_HOME wins when it is suitable; otherwise the newest suitable JDK.
    if [ "$major" -ge "$min" ] && { [ "$home" = "${JAVA_HOME:-}" ] || [ "$major" -gt "$best_major" ]; }; then
      best=$home; best_major=$major
      [ "$home" = "${JAVA_HOME:-}" ] && break
    fi
  done
  if [ -z "$best" ]; then
    if [ ${#found[@]} -eq 0 ]; then
      echo "maillage: a JDK $min or newer is required; none found (JAVA_HOME unset or unusable, nothing under /usr/lib/jvm)." >&2
    else
      local IFS=,
      echo "maillage: a JDK $min or newer is required; found only: ${found[*]}. Set JAVA_HOME to a JDK >= $min." >&2
    fi
    return 1
  fi
  printf '%s\n' "$best"
}
