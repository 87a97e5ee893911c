# Sourced by .ci/run, the launchers and the benchmark: one rule for which JDK runs policygraph.
# use_jdk MIN WHAT: keeps JAVA_HOME when it is a JDK of major version MIN or newer, else takes the first such JDK in
# these machines' usual places (Temurin 25 first) and exports it; otherwise says WHAT needs one and returns 1.

java_major() {
  "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}

use_jdk() {
  local min=$1 what=$2 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "$what needs a JDK $min or newer (README: Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64); set JAVA_HOME" >&2
  return 1
}
