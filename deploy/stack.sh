#!/usr/bin/env bash
# Reloop as several processes on this machine behind nginx, for tests and demos (docs/deploy.md).
#
#   deploy/stack.sh up [--seed]   migrate once, [load the demo data once], start SERVE `serve`
#                                 processes, WORKERS `worker` processes and nginx on STACK_PORT
#   deploy/stack.sh down          nginx QUIT, the app TERM; KILL whatever is left after STOP_TIMEOUT s
#   deploy/stack.sh status        every process: pid, running or not, port, readiness
#   deploy/stack.sh kill-serve I | restart-serve I | kill-worker I | restart-worker I
#                                 kill -9 one process / stop it (TERM) and start it again
#
# Needs DATABASE_URL and REDIS_URL. Settings (defaults): SERVE (2), WORKERS (1), STACK_PORT (8080),
# SERVE_PORT_BASE (STACK_PORT+1; serve I listens on SERVE_PORT_BASE+I-1, worker I serves its
# health and metrics on SERVE_PORT_BASE+SERVE+I-1 as WORKER_METRICS_PORT), STACK_DIR (./.stack:
# pids, logs, nginx's files, the generated SESSION_SECRET), STOP_TIMEOUT (15), READY_TIMEOUT (90),
# NGINX_BIN (nginx on the PATH, else /usr/sbin/nginx; not NGINX, which nginx itself reads).
# The app gets the environment as it is, plus TRUST_PROXY=true, PUBLIC_URL=http://127.0.0.1:
# STACK_PORT, DATA_DIR=STACK_DIR/data and a SESSION_SECRET generated into STACK_DIR when unset.
# NODE_ENV defaults to production, or to development with --seed (the demo data and the sandbox
# payments: see docs/deploy.md).
# `up` records the environment in STACK_DIR/stack.env; the other commands reuse it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK_DIR=$(realpath -m "${STACK_DIR:-$ROOT/.stack}")
NODE="$ROOT/node_modules/.bin/node"
cmd=${1:-}
arg=${2:-}

die() {
  echo "stack: $*" >&2
  exit 1
}

if [[ $cmd != up && -f $STACK_DIR/stack.env ]]; then
  # shellcheck disable=SC1091
  source "$STACK_DIR/stack.env"
fi
SERVE=${SERVE:-2}
WORKERS=${WORKERS:-1}
STACK_PORT=${STACK_PORT:-8080}
SERVE_PORT_BASE=${SERVE_PORT_BASE:-$((STACK_PORT + 1))}
STOP_TIMEOUT=${STOP_TIMEOUT:-15}
READY_TIMEOUT=${READY_TIMEOUT:-90}
NGINX_BIN=${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}

pid_of() { cat "$STACK_DIR/$1.pid" 2>/dev/null || true; }
# Alive and not a zombie (an orphan's parent may be slow to reap it).
running() {
  [[ -n $1 ]] && kill -0 "$1" 2>/dev/null || return 1
  [[ ! -r /proc/$1/stat ]] || [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) != Z ]]
}
port_of() {
  case $1 in
  serve-*) echo $((SERVE_PORT_BASE + ${1#serve-} - 1)) ;;
  worker-*) echo $((SERVE_PORT_BASE + SERVE + ${1#worker-} - 1)) ;;
  esac
}
names() {
  local i
  for ((i = 1; i <= SERVE; i++)); do echo "serve-$i"; done
  for ((i = 1; i <= WORKERS; i++)); do echo "worker-$i"; done
  echo nginx
}

# Start one app process (serve-I or worker-I) in its own session; its pid in STACK_DIR/NAME.pid.
start_app() {
  local name=$1 command=${1%-*} port
  port=$(port_of "$name")
  echo "== $(date -u +%FT%TZ) start" >>"$STACK_DIR/$name.log"
  PORT=$port WORKER_METRICS_PORT=$port HOST=127.0.0.1 setsid "$NODE" src/main.ts "$command" \
    </dev/null >>"$STACK_DIR/$name.log" 2>&1 &
  echo $! >"$STACK_DIR/$name.pid"
}

start_nginx() {
  local servers="" i
  for ((i = 1; i <= SERVE; i++)); do
    servers+="server 127.0.0.1:$(port_of "serve-$i") max_fails=1 fail_timeout=2s; "
  done
  mkdir -p "$STACK_DIR/nginx"
  sed -e "s|{{LISTEN}}|$STACK_PORT|g" -e "s|{{UPSTREAM_SERVERS}}|$servers|" \
    -e "s|{{RUN_DIR}}|$STACK_DIR/nginx|g" -e "s|{{ACCESS_LOG}}|$STACK_DIR/nginx/access.log|" \
    -e "s|{{ERROR_LOG}}|$STACK_DIR/nginx.log|" "$ROOT/deploy/nginx.conf" >"$STACK_DIR/nginx/nginx.conf"
  local nginx=("$NGINX_BIN" -p "$STACK_DIR/nginx" -c "$STACK_DIR/nginx/nginx.conf" -e "$STACK_DIR/nginx.log")
  "${nginx[@]}" -t -q || die "nginx -t refused $STACK_DIR/nginx/nginx.conf"
  setsid "${nginx[@]}" </dev/null >>"$STACK_DIR/nginx.log" 2>&1 &
  echo $! >"$STACK_DIR/nginx.pid"
}

http_code() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$1" 2>/dev/null || true; }

# Ready: /readyz answers 200 (or, where the process has no /readyz, /healthz does); nginx:
# /lb-health.
wait_ready() {
  local name=$1 deadline=$((SECONDS + READY_TIMEOUT)) pid code
  pid=$(pid_of "$name")
  while ((SECONDS < deadline)); do
    running "$pid" || {
      tail -n 30 "$STACK_DIR/$name.log" >&2 2>/dev/null || true
      die "$name (pid $pid) exited while starting: $STACK_DIR/$name.log"
    }
    case $name in
    serve-* | worker-*)
      local base="http://127.0.0.1:$(port_of "$name")"
      code=$(http_code "$base/readyz")
      [[ $code == 200 ]] && return 0
      [[ $code == 404 && $(http_code "$base/healthz") == 200 ]] && return 0
      # A worker without WORKER_METRICS_PORT support: its log of this start says it started.
      [[ $name == worker-* && $code == 000 ]] &&
        awk '/^== .* start$/ { up = 0 } /worker started/ { up = 1 } END { exit !up }' \
          "$STACK_DIR/$name.log" && return 0
      ;;
    nginx) [[ $(http_code "http://127.0.0.1:$STACK_PORT/lb-health") == 200 ]] && return 0 ;;
    esac
    sleep 0.2
  done
  die "$name not ready within ${READY_TIMEOUT}s: $STACK_DIR/$name.log"
}

# Signal the named processes, wait for all of them, KILL the ones left after STOP_TIMEOUT.
stop() {
  local sig=$1 name pid left deadline=$((SECONDS + STOP_TIMEOUT))
  shift
  for name in "$@"; do
    pid=$(pid_of "$name")
    running "$pid" || continue
    if [[ $name == nginx && $sig == TERM ]]; then kill -QUIT "$pid"; else kill "-$sig" "$pid"; fi
  done
  while :; do
    left=()
    for name in "$@"; do
      pid=$(pid_of "$name")
      running "$pid" && left+=("$name")
    done
    ((${#left[@]} == 0)) && return 0
    if ((SECONDS >= deadline)); then
      for name in "${left[@]}"; do
        echo "stack: $name did not stop within ${STOP_TIMEOUT}s: KILL" >&2
        kill -KILL "$(pid_of "$name")" 2>/dev/null || true
      done
      deadline=$((SECONDS + 5))
    fi
    sleep 0.1
  done
}

run_once() {
  local what=$1
  shift
  echo "stack: $what… (${SECONDS}s)"
  env "$@" "$NODE" src/main.ts "$what" </dev/null >>"$STACK_DIR/$what.log" 2>&1 || {
    tail -n 30 "$STACK_DIR/$what.log" >&2
    die "$what failed: $STACK_DIR/$what.log"
  }
}

up() {
  local seed=false
  [[ $arg == --seed ]] && seed=true
  [[ -n $arg && $arg != --seed ]] && die "unknown option $arg"
  [[ -n ${DATABASE_URL:-} ]] || die 'DATABASE_URL is required (the stack runs on PostgreSQL)'
  [[ -n ${REDIS_URL:-} ]] || die 'REDIS_URL is required (rate limits and caches shared by the processes)'
  [[ -x $NGINX_BIN ]] || die "no nginx at $NGINX_BIN (apt-get install nginx)"
  mkdir -p "$STACK_DIR/data"
  for name in $(names); do
    running "$(pid_of "$name")" && die "$name is running: deploy/stack.sh down first"
    rm -f "$STACK_DIR/$name.pid"
  done
  if [[ -z ${SESSION_SECRET:-} ]]; then
    [[ -s $STACK_DIR/session-secret ]] ||
      (umask 077 && "$NODE" -e 'console.log(require("node:crypto").randomBytes(32).toString("hex"))' \
        >"$STACK_DIR/session-secret")
    SESSION_SECRET=$(cat "$STACK_DIR/session-secret")
  fi
  local default_env=production
  $seed && default_env=development
  export SESSION_SECRET NODE_ENV=${NODE_ENV:-$default_env} TRUST_PROXY=${TRUST_PROXY:-true}
  export PUBLIC_URL=${PUBLIC_URL:-http://127.0.0.1:$STACK_PORT} DATA_DIR=${DATA_DIR:-$STACK_DIR/data}
  export SERVE WORKERS STACK_PORT SERVE_PORT_BASE STOP_TIMEOUT READY_TIMEOUT NGINX_BIN
  (umask 077 && export -p | grep -vE '^declare -x (OLDPWD|PWD|SHLVL|_)(=|$)' >"$STACK_DIR/stack.env")

  trap 'echo "stack: up failed, stopping what started" >&2; stop TERM $(names)' EXIT
  run_once migrate
  # The demo data loads as `npm run seed` does, under development: the seed refuses production,
  # and refuses a database that is a real installation whatever NODE_ENV says.
  $seed && run_once seed NODE_ENV=development
  for name in $(names); do
    if [[ $name == nginx ]]; then start_nginx; else start_app "$name"; fi
  done
  for name in $(names); do wait_ready "$name"; done
  trap - EXIT
  echo "stack: $SERVE serve + $WORKERS worker + nginx (NODE_ENV=$NODE_ENV) in ${SECONDS}s, logs in $STACK_DIR"
  echo "stack: up at http://127.0.0.1:$STACK_PORT/"
}

status() {
  local name pid state detail all=0
  for name in $(names); do
    pid=$(pid_of "$name")
    detail=""
    if running "$pid"; then state=running; else state=stopped all=3; fi
    case $name in
    serve-* | worker-*)
      detail="port $(port_of "$name")"
      [[ $state == running ]] &&
        detail+=" readyz $(http_code "http://127.0.0.1:$(port_of "$name")/readyz")"
      ;;
    nginx) detail="http://127.0.0.1:$STACK_PORT/" ;;
    esac
    printf '%-10s %-8s %-8s %s\n' "$name" "${pid:--}" "$state" "$detail"
  done
  return $all
}

one() {
  local kind=$1
  [[ $arg =~ ^[0-9]+$ ]] || die "usage: deploy/stack.sh $cmd I"
  local max=$SERVE
  [[ $kind == worker ]] && max=$WORKERS
  ((arg >= 1 && arg <= max)) || die "no $kind-$arg (the stack has $max)"
  [[ -f $STACK_DIR/stack.env ]] || die "no stack in $STACK_DIR: deploy/stack.sh up first"
  echo "$kind-$arg"
}

cd "$ROOT"
case $cmd in
up) up ;;
down) stop TERM $(names) && echo "stack: down" ;;
status) status ;;
kill-serve | kill-worker)
  name=$(one "${cmd#kill-}")
  pid=$(pid_of "$name")
  running "$pid" || die "$name is not running"
  kill -KILL "$pid"
  while running "$pid"; do sleep 0.05; done
  echo "stack: killed $name (pid $pid)"
  ;;
restart-serve | restart-worker)
  name=$(one "${cmd#restart-}")
  stop TERM "$name"
  start_app "$name"
  wait_ready "$name"
  echo "stack: $name restarted (pid $(pid_of "$name"))"
  ;;
*)
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  [[ $cmd == help || $cmd == -h || $cmd == --help ]] || exit 2
  ;;
esac
