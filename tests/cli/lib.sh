# Helpers for the command-line tests: sourced by tests/cli/*.sh.
# Each script is run as: bash script.sh <chorus binary> <source dir>
set -u
BIN=$1
SRC=$2
SHARED="$SRC/../shared"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PASS=0
FAIL=0

ok() { PASS=$((PASS+1)); echo "ok   $1"; }
bad() { FAIL=$((FAIL+1)); echo "FAIL $1"; }
# expect NAME CONDITION...: runs the condition (a command) and records the result.
expect() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
# run_cmd: runs chorus with args, capturing stdout, stderr and exit status.
run_cmd() { "$BIN" "$@" > "$TMP/out" 2> "$TMP/err"; RC=$?; }
finish() { echo "$(basename "$0" .sh): $PASS passed, $FAIL failed"; [ "$FAIL" -eq 0 ]; }
