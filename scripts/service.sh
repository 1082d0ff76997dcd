#!/usr/bin/env bash
# Starts or stops one local instance of a service, built beforehand (scripts/run-local.sh builds).
# Instance 1 listens on the service's own ports (8081/9081, 8082/9082, 8083/9083; the citizen portal,
# citizen-web, 8090/9090; the officer console, officer-web, 8095/9095); instance N on
# those plus 10*(N-1), on the same database: that is how two instances share one database's work.
# The SMSC simulator (smsc-simulator, the SMS the services send) listens for SMPP on 2775 and serves
# what it received over HTTP on 2780 (GET /messages, GET /health).
# Usage: scripts/service.sh start|stop|status <service> [instance]
# Log: .local/<service>-<instance>.log; pid: .local/<service>-<instance>.pid.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:?usage: $0 start|stop|status <service> [instance]}
service=${2:?usage: $0 start|stop|status <service> [instance]}
instance=${3:-1}
declare -A base=([complaints-service]=8081 [cases-service]=8082 [referrals-service]=8083 [citizen-web]=8090 [officer-web]=8095
  [smsc-simulator]=2775)
[ -n "${base[$service]:-}" ] || { echo "unknown service: $service" >&2; exit 2; }
[[ "$instance" =~ ^[1-9]$ ]] || { echo "instance must be 1 to 9: $instance" >&2; exit 2; }
port=$((base[$service] + 10 * (instance - 1)))
management=$((port + 1000))
ready=http://localhost:$management/q/health/ready
where=http://localhost:$port
if [ "$service" = smsc-simulator ]; then
  management=$((port + 5))
  ready=http://localhost:$management/health
  where="SMPP localhost:$port, what it received http://localhost:$management/messages"
fi
name=$service-$instance
pidfile=.local/$name.pid
log=.local/$name.log

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$action" in
  status)
    if running; then echo "$name running (pid $(cat "$pidfile")) on :$port"; else echo "$name stopped"; exit 1; fi ;;
  stop)
    if running; then
      pid=$(cat "$pidfile")
      kill "$pid"
      # SIGTERM: Quarkus finishes the requests and the outbox batch in flight, then exits
      # (and, on Temurin 25, writes its AOT cache: a few seconds more)
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "$name stopped"
    fi
    rm -f "$pidfile" ;;
  start)
    if running; then echo "$name already running on :$port"; exit 0; fi
    # another process on these ports (an instance started from another checkout) would answer the
    # readiness check below in this one's place
    for taken in "$port" "$management"; do
      if (exec 3<> "/dev/tcp/127.0.0.1/$taken") 2>/dev/null; then
        echo "port $taken is taken by another process: $name not started" >&2; exit 1
      fi
    done
    # shellcheck source=scripts/local-env.sh
    . scripts/local-env.sh
    if [ "$service" = smsc-simulator ]; then
      # a checkout's runnable jar, or the sandbox bundle's lib/ (no mvnw there: sandbox/); the ESME's
      # credentials from local-env.sh (SMSC_SYSTEM_ID, SMSC_PASSWORD)
      jar=lib/smsc-simulator.jar
      if [ -x ./mvnw ]; then
        jar=$(find smsc-simulator/target -maxdepth 1 -name 'sanad-smsc-simulator-*-runnable.jar' 2>/dev/null | head -n 1 || true)
      fi
      [ -f "$jar" ] || { echo "the SMSC simulator's jar is missing: build first (scripts/run-local.sh does)" >&2; exit 1; }
      nohup "${SANAD_JAVA:-java}" -Xmx64m -XX:+UseSerialGC -jar "$jar" --smpp-port="$port" --http-port="$management" \
        > "$log" 2>&1 &
    else
      # a checkout's build output, or the sandbox bundle's services/ (no mvnw there: sandbox/)
      app=$service/target/quarkus-app
      [ -x ./mvnw ] || app=services/$service
      jar=$app/quarkus-run.jar
      [ -f "$jar" ] || { echo "$jar is missing: build first (scripts/run-local.sh does)" >&2; exit 1; }
      # The JVM: Temurin 25 where it is installed, else the default java (SANAD_JAVA overrides). On 25,
      # instance 1 records an AOT cache (JEP 483/514: classes loaded and linked, method profiles) when
      # it stops, and later starts use it until the service is rebuilt: start to ready ~3.4 s -> ~2.3 s
      # (README, Benchmarks). The JVM's options (SANAD_JAVA_OPTS) default to what was measured there
      # (bench/jvm-options.sh): a fixed 128 MiB heap with a 32 MiB young generation, the serial
      # collector (1.5-1.8x the requests of G1 on two cores), malloc's free memory given back every
      # 5 s, a bounded code cache, smaller thread stacks, and on 25 compact object headers (JEP 519);
      # together 290-300 MiB RSS after load instead of 330. With the AOT cache mapped where it was
      # made, its pages stay the file's, shared and clean, instead of copies (ArchiveRelocationMode=0).
      java=${SANAD_JAVA:-}
      [ -z "$java" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
      java=${java:-java}
      flags=$("$java" -XX:+UnlockExperimentalVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null)
      has_flag() { grep " $1 " <<< "$flags" >/dev/null; }
      opts="-Xmx128m -Xmn32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"
      # (each only on a JVM that has it: an unknown option stops the JVM)
      has_flag TrimNativeHeapInterval && opts="$opts -XX:TrimNativeHeapInterval=5000"
      has_flag UseCompactObjectHeaders && opts="$opts -XX:+UseCompactObjectHeaders"
      opts=${SANAD_JAVA_OPTS:-$opts}
      aot=()
      if [ "${SANAD_AOT:-on}" = on ] && has_flag AOTCacheOutput; then
        # a cache serves only the options it was made with: one per set of options
        cache=.local/aot/$service-$(md5sum <<< "$opts" | cut -c1-8).aot
        mkdir -p .local/aot
        if [ -f "$cache" ] && [ -z "$(find "$app" -newer "$cache" -type f -print -quit)" ]; then
          aot=(-XX:AOTCache="$cache" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
          # the methods the cache's training run compiled are compiled as soon as they run, not once
          # they have been counted hot again (experimental in 25): a fresh JVM's first 10 s under load
          # about twice as fast, start to ready and RSS unchanged (README, "Start and warm-up")
          has_flag AOTCompileEagerly && aot+=(-XX:+UnlockExperimentalVMOptions -XX:+AOTCompileEagerly)
        elif [ "$instance" = 1 ]; then
          rm -f .local/aot/"$service"*.aot
          aot=(-XX:AOTCacheOutput="$cache")
        fi
      fi
      # shellcheck disable=SC2086
      PORT=$port MANAGEMENT_PORT=$management OIDC_CLIENT_SECRET=$service-secret MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
        nohup "$java" $opts "${aot[@]}" -jar "$jar" > "$log" 2>&1 &
    fi
    echo $! > "$pidfile"
    for _ in $(seq 1 120); do
      if curl -fs "$ready" >/dev/null 2>&1; then echo "$name ready on $where"; exit 0; fi
      running || { echo "$name exited; see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
      sleep 0.5
    done
    echo "$name not ready after 60 s; see $log" >&2
    exit 1 ;;
  *) echo "usage: $0 start|stop|status <service> [instance]" >&2; exit 2 ;;
esac
