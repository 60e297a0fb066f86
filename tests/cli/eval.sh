# chorus eval: inputs, output formats, bad input, determinism.
. "$(dirname "$0")/lib.sh"

cat > "$TMP/refs.jsonl" <<'J'
{"id": "a", "docs": [], "refs": ["The cat sat on the mat. It was happy.", ["A cat sat on a mat.", "The cat was happy."]]}
{"id": "b", "refs": [["Prices rose sharply in March.", "Markets fell."]]}
J
cat > "$TMP/sums.jsonl" <<'J'
{"id": "a", "summary": "The cat sat on the mat. It was very happy."}
{"id": "b", "summary": ["Prices rose in March.", "Markets fell sharply."]}
J

run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 2 -2 4 -u -w 1.2 -m -d
expect "table exits 0" test $RC -eq 0
expect "table has the script's metric names" grep -q "^X ROUGE-SU4 Average_F: 0\.[0-9]\{5\} (95%-conf.int. " "$TMP/out"
expect "table has ROUGE-W-1.2" grep -q "^X ROUGE-W-1.2 Average_R" "$TMP/out"
expect "-d prints per-evaluation lines" grep -q "^X ROUGE-1 Eval a.X R:" "$TMP/out"
cp "$TMP/out" "$TMP/first"

# The script prints -w, -c and -2 as they were typed (Perl keeps the string).
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -2 04 -w 1.20 -c 95.0
expect "-w 1.20 prints ROUGE-W-1.20" grep -q "^X ROUGE-W-1.20 Average_R" "$TMP/out"
expect "-2 04 prints ROUGE-S04" grep -q "^X ROUGE-S04 Average_R" "$TMP/out"
expect "-c 95.0 prints 95.0%" grep -q "^X ROUGE-1 Average_R: 0\.[0-9]\{5\} (95\.0%-conf.int. " "$TMP/out"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -2 -04
expect "-2 below 0 prints ROUGE-S*" grep -q "^X ROUGE-S\* Average_R" "$TMP/out"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 2 -2 4 -u -w 1.2 -m -d
expect "same input, same bytes" cmp -s "$TMP/out" "$TMP/first"

run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 2 -2 -1 -U -a -c 95 -r 1000 --format json
expect "json exits 0" test $RC -eq 0
expect "json schema" python3 -c '
import json,sys
o=json.load(open(sys.argv[1]))
assert list(o["average"]) == ["ROUGE-1","ROUGE-2","ROUGE-L","ROUGE-S*","ROUGE-SU*"], list(o["average"])
a=o["average"]["ROUGE-1"]
assert set(a) == {"R","P","F","R_ci","P_ci","F_ci"} and a["R_ci"][0] <= a["R"] <= a["R_ci"][1]
assert set(o["evals"]) == {"a","b"}
# b: the same 7 words in another order; 4 of the 6 bigrams are shared
e=o["evals"]["b"]
assert e["ROUGE-1"]["R"] == 1 and e["ROUGE-1"]["P"] == 1, e
assert abs(e["ROUGE-2"]["R"]-4/6) < 1e-5 and abs(e["ROUGE-2"]["F"]-4/6) < 1e-5, e
' "$TMP/out"

# Best model (-f B) can only raise recall over the model average here.
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -x -f B --format json
expect "-f B" python3 -c '
import json,sys
o=json.load(open(sys.argv[1])); assert o["evals"]["a"]["ROUGE-1"]["R"] > 0.8, o
' "$TMP/out"

# Unmatched ids: a warning naming them, or an error with --strict.
printf '%s\n' '{"id": "a", "summary": ""}' '{"id": "zz", "summary": "Nothing."}' > "$TMP/sums2.jsonl"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums2.jsonl" -n 1 --format json
expect "unmatched ids: still exits 0" test $RC -eq 0
expect "warning names the summary without reference" grep -q "'zz'" "$TMP/err"
expect "warning names the reference without summary" grep -q "'b'" "$TMP/err"
expect "empty summary scores 0" python3 -c '
import json,sys
o=json.load(open(sys.argv[1])); e=o["evals"]["a"]
assert all(v == 0 for m in e.values() for v in m.values()), e
' "$TMP/out"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums2.jsonl" -n 1 --strict
expect "--strict fails" test $RC -ne 0
expect "--strict names the id" grep -q "'zz'" "$TMP/err"

# A malformed line: an error naming file and line, exit 65.
printf '%s\n' '{"id": "a", "summary": "ok"}' '{"id": "b", "summary": ' > "$TMP/bad.jsonl"
run_cmd eval "$TMP/refs.jsonl" "$TMP/bad.jsonl" -n 1
expect "malformed line exits 65" test $RC -eq 65
expect "message names file:line" grep -q "bad.jsonl:2" "$TMP/err"
# Summaries pretty-printed as one JSON list: one error saying so, not a
# parse error of its first line.
python3 -c '
import json,sys
print(json.dumps([json.loads(l) for l in open(sys.argv[1])], indent=2))' "$TMP/sums.jsonl" > "$TMP/sums.json"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.json" -n 1
expect "json list exits 65" test $RC -eq 65
expect "json list: says it is not JSONL" grep -q "sums.json: one JSON document, not JSONL" "$TMP/err"

# Bad flags, missing files, missing data files.
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -l 10 -b 10
expect "-l with -b is a usage error" test $RC -ne 0 -a $RC -ne 65
run_cmd eval "$TMP/refs.jsonl" "$TMP/nope.jsonl" -n 1
expect "missing file fails" test $RC -ne 0
mkdir -p "$TMP/empty"
CHORUS_DATADIR="$TMP/empty" "$BIN" eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -m > "$TMP/out" 2> "$TMP/err"
RC=$?
expect "missing data files: clear error" test $RC -ne 0
expect "error names the data file" grep -q "smart_common_words.txt\|wordnet" "$TMP/err"

# Regressions: values that are not finite numbers, nothing to score, a
# missing option value, summaries on standard input.
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -c nan --format json
expect "-c nan is a usage error (was invalid JSON)" test $RC -eq 2
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 -p inf
expect "-p inf is a usage error" test $RC -eq 2
: > "$TMP/none.jsonl"
run_cmd eval "$TMP/none.jsonl" "$TMP/none.jsonl" -n 1
expect "no evaluation exits 65 (was a table of zeros)" test $RC -eq 65
expect "no evaluation: says so" grep -q "nothing to score" "$TMP/err"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" --format
expect "missing value: named as such" grep -q "format needs a value" "$TMP/err"
"$BIN" eval "$TMP/refs.jsonl" - -n 2 -m < "$TMP/sums.jsonl" > "$TMP/stdin.out" 2> "$TMP/err"
"$BIN" eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 2 -m > "$TMP/file.out" 2> "$TMP/err"
expect "summaries from standard input ('-')" cmp -s "$TMP/stdin.out" "$TMP/file.out"

# -d lists test ids "<id>.<system>" in the script's order: "a-b.X" sorts
# before "a.X" ('-' before '.'); chorus had sorted the bare ids.
printf '%s\n' '{"id":"a","refs":["The cat sat."]}' '{"id":"a-b","refs":["A dog ran."]}' > "$TMP/ro.jsonl"
printf '%s\n' '{"id":"a","summary":"The cat."}' '{"id":"a-b","summary":"A dog."}' > "$TMP/so.jsonl"
run_cmd eval "$TMP/ro.jsonl" "$TMP/so.jsonl" -n 1 -x -d
expect "-d order as the script's" test "$(grep -o 'Eval [^ ]*' "$TMP/out" | tr '\n' ' ')" = "Eval a-b.X Eval a.X "
run_cmd eval "$TMP/ro.jsonl" "$TMP/so.jsonl" -x
expect "-x and no other measure: exit 2, not silent empty output" sh -c "test $RC -eq 2 && grep -q 'no measure' '$TMP/err'"

# The output of chorus summarize is accepted as it is.
if [ -f "$SHARED/data/mds/duc2002/clusters.jsonl" ]; then
  head -5 "$SHARED/data/mds/duc2002/clusters.jsonl" > "$TMP/c.jsonl"
  "$BIN" summarize --format jsonl "$TMP/c.jsonl" > "$TMP/s.jsonl" 2>/dev/null
  run_cmd eval "$TMP/c.jsonl" "$TMP/s.jsonl" -n 2 -m -l 100 --format json
  expect "summarize output scores" python3 -c '
import json,sys
o=json.load(open(sys.argv[1])); assert len(o["evals"]) == 5 and 0.1 < o["average"]["ROUGE-1"]["R"] < 0.9, o["average"]
' "$TMP/out"
fi

# -n 0 and -n 5 give one message with the one range (they gave "1 to 10^9"
# and "between 0 and 4").
for n in 0 5; do
  run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n $n
  expect "-n $n: exit 2, from 1 to 4" sh -c "test $RC -eq 2 && grep -q -- '-n needs an integer from 1 to 4' '$TMP/err'"
done

# Regressions found by a bug hunt on the command line (session S): the ids
# chorus summarize gives the stories of a clusters file, a number ("7")
# and a line without an id ("cl.jsonl-2"), match that file's references
# (they were "a reference line needs id and refs"); standard input is
# named as the other commands name it.
printf '%s\n' '{"id":7,"docs":[{"text":"Tom Rudd opened the new bridge in Harlow on Monday."}],"refs":["Tom Rudd opened a bridge."]}' \
  '{"docs":[{"text":"Floods closed two roads near Kellan overnight."}],"refs":["Floods closed roads."]}' > "$TMP/cl.jsonl"
"$BIN" summarize --format jsonl -q "$TMP/cl.jsonl" > "$TMP/cs.jsonl"
run_cmd eval "$TMP/cl.jsonl" "$TMP/cs.jsonl" -n 1 --strict -d
expect "numeric and missing ids: summarize's output scored" sh -c "test $RC -eq 0 && \
  grep -q 'Eval 7.X R:' '$TMP/out' && grep -q 'Eval cl.jsonl-2.X' '$TMP/out'"
"$BIN" eval - "$TMP/cs.jsonl" -n 1 < "$TMP/cl.jsonl" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "references on stdin: named <stdin>, as stdin-LINE" sh -c "test $RC -eq 0 && \
  grep -q \"<stdin>: 1 reference has no summary in .*: 'stdin-2'\" '$TMP/err'"
finish
