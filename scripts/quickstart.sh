#!/usr/bin/env bash
# The quick start: builds shoal from source (the Rust addon included), starts a daemon on
# a scratch data dir, makes it a one-node swarm, runs a replicated service of host
# processes, shows it, then tears it all down. `--keep` leaves the daemon running.
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0; [ "${1:-}" = "--keep" ] && keep=1

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build

dir=$(mktemp -d /tmp/shoal-quickstart-XXXX)
export SHOAL_HOST="unix://$dir/shoal.sock"
shoal() { node bin/run.js "$@"; }

node bin/run.js daemon --data-dir "$dir/data" -H "$SHOAL_HOST" >"$dir/daemon.log" 2>&1 &
daemon=$!
cleanup() {
  if [ "$keep" = 0 ]; then
    shoal swarm leave --force >/dev/null 2>&1 || true
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    rm -rf "$dir"
  fi
}
trap cleanup EXIT
for _ in $(seq 100); do [ -S "$dir/shoal.sock" ] && break; sleep 0.1; done

set -x
shoal swarm init --advertise-addr 127.0.0.1
shoal service create --name hello --replicas 3 --runtime process /bin/sh -c 'echo "hello from $(hostname) pid $$"; exec sleep 3600'
shoal service ls
shoal service ps hello
shoal service logs hello
shoal node ls
set +x
if [ "$keep" = 1 ]; then echo "daemon $daemon keeps running: export SHOAL_HOST=$SHOAL_HOST"; fi
