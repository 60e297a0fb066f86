# chorus help, --version, per-command help, unknown commands and options.
. "$(dirname "$0")/lib.sh"

run_cmd --version
expect "version exits 0" test $RC -eq 0
expect "version prints a version" grep -Eq '^chorus [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out"
run_cmd help
expect "help lists summarize" grep -q summarize "$TMP/out"
expect "help lists segment" grep -q segment "$TMP/out"
for c in summarize segment; do
  run_cmd "$c" --help
  expect "$c --help exits 0" test $RC -eq 0
  expect "$c --help shows usage" grep -q "usage: chorus $c" "$TMP/out"
  run_cmd help "$c"
  expect "help $c" grep -q "usage: chorus $c" "$TMP/out"
done
run_cmd frobnicate
expect "unknown command exits 2" test $RC -eq 2
expect "unknown command is named" grep -q "frobnicate" "$TMP/err"
run_cmd summarize --bogus x.txt
expect "unknown option exits 2" test $RC -eq 2
expect "unknown option is one line" test "$(wc -l < "$TMP/err")" -eq 1
run_cmd summarize --words abc x.txt
expect "bad number exits 2" test $RC -eq 2
"$BIN" > /dev/null 2>&1; expect "no command exits 2" test $? -eq 2
finish
