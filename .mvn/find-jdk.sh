# Sourced by ./mvnw: Tiwizi needs a JDK 21 or newer. Keeps JAVA_HOME when it already points at one, otherwise looks
# for one (the `java` on the PATH, then the usual install folders) and stops with a clear message when none exists.
tiwizi_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
tiwizi_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(tiwizi_java_major "$1")" -ge 21 ] 2>/dev/null
}
if [ -z "${JAVA_HOME-}" ] || ! tiwizi_jdk_ok "$JAVA_HOME"; then
  tiwizi_found=""
  if command -v javac >/dev/null 2>&1; then
    tiwizi_candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    tiwizi_jdk_ok "$tiwizi_candidate" && tiwizi_found="$tiwizi_candidate"
  fi
  if [ -z "$tiwizi_found" ]; then
    for tiwizi_candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
      if tiwizi_jdk_ok "$tiwizi_candidate"; then tiwizi_found="$tiwizi_candidate"; break; fi
    done
  fi
  if [ -z "$tiwizi_found" ]; then
    echo "Tiwizi needs a Java Development Kit 21 or newer, and none was found." >&2
    echo "Install one (for example 'apt-get install openjdk-21-jdk' or Temurin 21 from adoptium.net)" >&2
    echo "or set JAVA_HOME to its folder, then run this command again." >&2
    exit 1
  fi
  JAVA_HOME="$tiwizi_found"
  export JAVA_HOME
fi
