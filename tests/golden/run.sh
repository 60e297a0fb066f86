#!/usr/bin/env bash
# Golden tests: each tests/golden/<case>/ holds `args` (one argument per line,
# @SRC@ replaced by the source dir), optional `stdin`, and `expected` (stdout).
# A case may also hold `exit` (expected exit code, default 0).
set -u
bin=$1; src=$2
fail=0; n=0
for dir in "$src"/tests/golden/*/; do
  [ -f "$dir/args" ] || continue
  n=$((n+1)); name=$(basename "$dir")
  mapfile -t args < <(sed "s#@SRC@#$src#g" "$dir/args")
  want_exit=0; [ -f "$dir/exit" ] && want_exit=$(cat "$dir/exit")
  if [ -f "$dir/stdin" ]; then
    out=$("$bin" "${args[@]}" < "$dir/stdin" 2>/dev/null); rc=$?
  else
    out=$("$bin" "${args[@]}" < /dev/null 2>/dev/null); rc=$?
  fi
  if [ "$rc" != "$want_exit" ]; then
    echo "FAIL $name: exit $rc, expected $want_exit"; fail=$((fail+1)); continue
  fi
  if ! diff -u "$dir/expected" <(printf '%s\n' "$out") > /tmp/golden.$$.diff; then
    echo "FAIL $name:"; head -40 /tmp/golden.$$.diff; fail=$((fail+1)); continue
  fi
  echo "ok   $name"
done
rm -f /tmp/golden.$$.diff
echo "golden: $((n-fail)) passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$n" -gt 0 ]
