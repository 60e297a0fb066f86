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
# 'help' is a command the help lists, so 'help help' and 'help --help'
# show the help; an unknown option is not called a command.
run_cmd help help
expect "help help: the general help" sh -c "test $RC -eq 0 && grep -q 'usage: chorus <command>' '$TMP/out'"
run_cmd help --help
expect "help --help: the general help" sh -c "test $RC -eq 0 && grep -q 'usage: chorus <command>' '$TMP/out'"
run_cmd --bogus
expect "--bogus: an unknown option, exit 2" sh -c "test $RC -eq 2 && grep -q \"unknown option '--bogus'\" '$TMP/err'"
# A missing --format value and an empty --id are named (they were
# "unknown format ''" and an empty story id); '-' twice is refused.
for c in summarize story segment extract; do
  run_cmd $c --format
  expect "$c --format without a value: says so" sh -c "test $RC -eq 2 && grep -q -- '--format needs a value' '$TMP/err'"
done
run_cmd summarize --id "" x.txt
expect "--id '': exit 2" sh -c "test $RC -eq 2 && grep -q 'non-empty id' '$TMP/err'"
run_cmd extract - -
expect "extract - -: exit 2" sh -c "test $RC -eq 2 && grep -q 'read only once' '$TMP/err'"
# Help and version that cannot be written are lost output: exit 66.
if [ -w /dev/full ]; then
  for args in "--help" "--version" "summarize --help" "help story"; do
    "$BIN" $args > /dev/full 2> /dev/null; rc=$?
    expect "$args to a full disk: exit 66" test $rc -eq 66
  done
fi
# Regressions found by a bug hunt on the command line (session S): segment
# takes "--" as the other commands do (a file named "-x.txt" could not be
# given), and '-' with a file is two files (stdin was silently dropped).
echo 'Tom Rudd opened the bridge. Ann Kole spoke.' > "$TMP/-x.txt"
run_cmd segment -- "$TMP/-x.txt"
expect "segment -- FILE: read" sh -c "test $RC -eq 0 && grep -qx 'Ann Kole spoke.' '$TMP/out'"
run_cmd segment - "$TMP/-x.txt"
expect "segment - FILE: one FILE only" sh -c "test $RC -eq 2 && grep -q 'takes one FILE' '$TMP/err'"
# A file that cannot be read says why (it was "read error", "cannot read").
run_cmd segment "$TMP"
expect "segment of a directory: says so" sh -c "test $RC -eq 66 && grep -q 'Is a directory' '$TMP/err'"
run_cmd extract "$TMP/missing.html"
expect "extract of a missing file: says why" sh -c "test $RC -eq 66 && grep -q 'missing.html: cannot read (No such file' '$TMP/err'"
finish
