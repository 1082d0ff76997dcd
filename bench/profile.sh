#!/usr/bin/env bash
# Where a running service's CPU goes under one load: a JFR recording (settings=profile, a Java
# stack every 5 ms per running thread (PERIOD), 512 frames deep) of the JVM with the given pid while wrk
# sends the load, then a summary of its execution samples: the threads' shares, the samples by
# library (that of the first frame from the top outside the JDK), the methods most often on top of
# a stack (self), the frames most often anywhere in one (inclusive, each counted once per sample),
# and the same by package. The recording is kept for `jfr view` / JMC.
# The pid is a running instance's (.local/<service>-<instance>.pid); warm it first, a fresh JVM's
# profile is mostly the JIT. Bounded in time; localhost only.
# Usage: bench/profile.sh <pid> <seconds> <wrk arguments: -s bench/<script>.lua URL, TOKEN in the environment>
#        bench/profile.sh --summary <recording.jfr>   (a recording's summary again)
# ROWS: lines of the inclusive table (60); FOCUS=<class.method>: also what that frame calls
# directly, each callee with all it calls in turn.
#   e.g. TOKEN=$(scripts/token.sh investigator.baghdad) bench/profile.sh "$(cat .local/cases-service-1.pid)" 15 \
#          -s bench/read.lua 'http://localhost:8082/cases?limit=50'
set -euo pipefail
cd "$(dirname "$0")/.."
summary() { # recording, jfr tool
  "$2" print --stack-depth 512 --events jdk.ExecutionSample "$1" | python3 -c '
import re, sys
from collections import Counter

threads, own, anywhere, packages, below, libraries = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
# a sample'"'"'s library: that of the first frame from the top of its stack outside the JDK (a
# HashMap.get counts for whoever called it), named by the first of these prefixes it has
LIBRARIES = [
    ("org.hibernate.validator", "Hibernate Validator"), ("org.hibernate", "Hibernate ORM"),
    ("org.postgresql", "PostgreSQL JDBC driver"), ("io.agroal", "Agroal (pool)"),
    ("com.arjuna", "Narayana (transactions)"), ("io.quarkus.narayana", "Narayana (transactions)"),
    ("com.fasterxml.jackson", "Jackson (JSON)"), ("io.quarkus.resteasy.reactive.jackson", "Jackson (JSON)"),
    ("io.quarkus.oidc", "OIDC and security"), ("org.jose4j", "OIDC and security"),
    ("io.quarkus.security", "OIDC and security"), ("io.quarkus.vertx.http.runtime.security", "OIDC and security"),
    ("io.smallrye.jwt", "OIDC and security"),
    ("org.jboss.resteasy", "Quarkus REST"), ("io.quarkus.resteasy", "Quarkus REST"),
    ("io.vertx", "Vert.x and Netty (HTTP)"), ("io.netty", "Vert.x and Netty (HTTP)"),
    ("io.quarkus.vertx", "Vert.x and Netty (HTTP)"),
    ("io.quarkus.arc", "ArC (CDI)"), ("io.smallrye.mutiny", "Mutiny"), ("io.smallrye.context", "context propagation"),
    ("io.opentelemetry", "OpenTelemetry"), ("io.quarkus.opentelemetry", "OpenTelemetry"),
    ("io.micrometer", "Micrometer"), ("io.quarkus.micrometer", "Micrometer"),
    ("com.google.i18n.phonenumbers", "libphonenumber"), ("org.jboss.logging", "logging"), ("org.jboss.logmanager", "logging"),
    ("org.sanad", "Sanad'"'"'s own code"),
]
def library(frames):
    for frame in frames:
        if not frame.startswith(("java.", "jdk.", "sun.", "com.sun.")):
            for prefix, name in LIBRARIES:
                if frame.startswith(prefix + "."):
                    return name
            return ".".join(frame.split(".")[:2])
    return "the JDK alone"
samples = truncated = 0
focus = sys.argv[2]

def add(thread, frames, cut):
    global samples, truncated
    samples += 1
    truncated += cut
    threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
    if not frames:
        return
    own[frames[0]] += 1
    libraries[library(frames)] += 1
    anywhere.update(set(frames))
    if focus and focus in frames:
        # what the focused frame calls directly (from its outermost call), or itself if on top
        at = len(frames) - 1 - frames[::-1].index(focus)
        below[frames[at - 1] if at > 0 else "(self)"] += 1
    packages.update({re.sub(r"\.[^.]*\.[^.]*$", "", f) for f in frames})

# jfr print: an event per block, its stack a frame per line ("class.method(parameters) line: n"),
# "..." where it was cut
thread, frames, cut, inside = "?", [], False, False
for line in sys.stdin:
    line = line.strip()
    if line.startswith("sampledThread = "):
        thread = line.split("\"")[1]
    elif line.startswith("stackTrace = ["):
        frames, cut, inside = [], False, True
    elif inside and line == "]":
        add(thread, frames, cut)
        inside = False
    elif inside and line == "...":
        cut = True
    elif inside and line:
        # a hidden class (a lambda) named without its address, so that its frames add up
        frames.append(re.sub(r"/0x[0-9a-f]+", "", line.split("(")[0]))
if samples == 0:
    sys.exit("no execution samples in the recording")

def table(title, counts, rows):
    print(f"\n{title}")
    for key, count in counts.most_common(rows):
        print(f"{100 * count / samples:6.1f}%  {key}")

print(f"{samples} samples, {truncated} of their stacks cut short")
table("threads", threads, 8)
table("self, by library (the first frame from the top outside the JDK)", libraries, 30)
table("self (on top of the stack)", own, 25)
table("inclusive (anywhere in the stack)", anywhere, int(sys.argv[1]))
table("inclusive, by package", packages, 30)
if focus:
    table(f"{focus} ({100 * anywhere[focus] / samples:.1f}%): what it calls, of all samples", below, int(sys.argv[1]))
' "${ROWS:-60}" "${FOCUS:-}"
}

if [ "${1:-}" = --summary ]; then
  summary "${2:?usage: $0 --summary <recording.jfr>}" "$(command -v jfr || echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr)"
  exit
fi
pid=${1:?usage: $0 <pid> <seconds> <wrk arguments>}
seconds=${2:?usage: $0 <pid> <seconds> <wrk arguments>}
shift 2
[ $# -gt 0 ] || { echo "usage: $0 <pid> <seconds> <wrk arguments>" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
kill -0 "$pid" 2>/dev/null || { echo "no process $pid" >&2; exit 1; }
# the tools of the JVM that runs it (jcmd attaches only to its own version)
bin=$(dirname "$(readlink -f "/proc/$pid/exe")")
[ -x "$bin/jcmd" ] && [ -x "$bin/jfr" ] || { echo "no jcmd and jfr beside $bin/java" >&2; exit 1; }
out=${PROFILE_OUT:-${TMPDIR:-/tmp}/sanad-profile-$pid-$(date +%H%M%S).jfr}
name=sanad-bench-$$

# stacks 512 frames deep (a request's in Quarkus are deeper than the default 64); a JVM whose JFR
# already ran keeps the depth it had, and the summary says how many stacks were cut
"$bin/jcmd" "$pid" JFR.configure stackdepth=512 >/dev/null 2>&1 || true
"$bin/jcmd" "$pid" JFR.start name="$name" settings=profile "jdk.ExecutionSample#period=${PERIOD:-5ms}" >/dev/null
trap '"$bin/jcmd" "$pid" JFR.stop name="$name" >/dev/null 2>&1 || true' EXIT
wrk -t1 -c"${CONNECTIONS:-8}" -d"${seconds}s" "$@" | grep -E 'Requests/sec|^requests|Non-2xx' || true
"$bin/jcmd" "$pid" JFR.stop name="$name" filename="$out" >/dev/null
trap - EXIT
echo "recording: $out"
summary "$out" "$bin/jfr"
