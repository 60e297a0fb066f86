# chorus summarize on the bundled example and the seed articles.
. "$(dirname "$0")/lib.sh"

run_cmd summarize "$SRC"/examples/ferry/*.txt
expect "example exits 0" test $RC -eq 0
words=$(wc -w < "$TMP/out")
expect "example: at most 100 words ($words)" test "$words" -le 100 -a "$words" -gt 20

run_cmd summarize --format json "$SRC/examples/ferry"
expect "directory input, json" test $RC -eq 0
expect "json names articles" python3 -c '
import json,sys
o=json.load(open(sys.argv[1]))
assert o["id"]=="ferry"
docs={s["doc"] for s in o["sentences"]}
assert docs and docs <= {"coastline","harbour","islander"}, docs
text=open(sys.argv[2]+"/examples/ferry/"+o["sentences"][0]["doc"]+".txt").read()
body=text.split("\n\n",1)[1]
s=o["sentences"][0]
assert body.encode()[s["start"]:s["end"]].decode()==s["text"]
assert o["dateline"]=="March 2026", o["dateline"]  # the articles are dated March 2026
assert o["summary"].startswith("March 2026: "+s["text"])
' "$TMP/out" "$SRC"

# Several directories, as a DUC set's cluster folders: one story each,
# named after its directory; with a loose file or --id, one story.
mkdir -p "$TMP/set/ferry_a" "$TMP/set/ferry_b"
cp "$SRC"/examples/ferry/coastline.txt "$SRC"/examples/ferry/harbour.txt "$TMP/set/ferry_a/"
cp "$SRC"/examples/ferry/islander.txt "$TMP/set/ferry_b/"
run_cmd summarize --format jsonl "$TMP/set/ferry_a" "$TMP/set/ferry_b"
expect "two directories: two stories" python3 -c '
import json,sys
o=[json.loads(l) for l in open(sys.argv[1])]
assert [x["id"] for x in o]==["ferry_a","ferry_b"], [x["id"] for x in o]
assert {s["doc"] for s in o[0]["sentences"]} <= {"coastline","harbour"}
assert {s["doc"] for s in o[1]["sentences"]} == {"islander"}
' "$TMP/out"
run_cmd summarize --format jsonl --id one "$TMP/set/ferry_a" "$TMP/set/ferry_b"
expect "two directories with --id: one story" test "$(wc -l < "$TMP/out")" -eq 1

run_cmd summarize --no-date --format json "$SRC/examples/ferry"
expect "--no-date: no date line" python3 -c '
import json,sys
o=json.load(open(sys.argv[1]))
assert o["dateline"] is None
assert o["summary"].startswith(o["sentences"][0]["text"])
' "$TMP/out"

if [ -d "$SHARED/seeds" ]; then
  run_cmd summarize "$SHARED"/seeds/*.txt
  words=$(wc -w < "$TMP/out")
  expect "seeds: at most 100 words ($words)" test $RC -eq 0 -a "$words" -le 100 -a "$words" -gt 20
  run_cmd summarize --format json "$SHARED"/seeds/*.txt
  expect "seeds json: every sentence names its article" python3 -c '
import json,sys
o=json.load(open(sys.argv[1]))
assert all(s["doc"].startswith(("000_","001_","002_")) for s in o["sentences"]), o
' "$TMP/out"
fi

for budget in "--sentences 2" "--bytes 300" "--words 40" "--ratio 0.1"; do
  run_cmd summarize $budget --format json "$SRC/examples/ferry"
  expect "budget $budget" python3 -c '
import json,sys
o=json.load(open(sys.argv[1])); b=sys.argv[2].split()
n=len(o["sentences"]); assert n>0
if b[0]=="--sentences": assert n<=int(b[1])
if b[0]=="--bytes": assert len(o["summary"].encode())<=int(b[1]), len(o["summary"])
if b[0]=="--words": assert len(o["summary"].split())<=int(b[1])
' "$TMP/out" "$budget"
done
# Several budgets are all respected: a ratio does not lift a word budget
# (--ratio 0.3 --words 10 gave 111 words).
run_cmd summarize --ratio 0.3 --words 10 "$SRC/examples/ferry"
expect "--ratio with --words: at most 10 words" test "$(wc -w < "$TMP/out")" -le 10
run_cmd summarize --words 10 --ratio 0.3 "$SRC/examples/ferry"
expect "--words with --ratio, either order: at most 10 words" test "$(wc -w < "$TMP/out")" -le 10
run_cmd summarize --words 7 --truncate "$SRC/examples/ferry"
expect "truncate fills the budget exactly" test "$(wc -w < "$TMP/out")" -eq 7

run_cmd summarize --words 3 "$SRC/examples/ferry"
expect "budget below every sentence: output and a warning" test $RC -eq 0 -a -s "$TMP/out"
expect "budget below every sentence: warned" grep -q "budget" "$TMP/err"

# JSONL stream from stdin, in input order, one line per story.
printf '%s\n' '{"id":"a","docs":[{"id":"x","text":"The ferry ran aground off the island on Saturday morning in fog."}]}' \
  '{"id":"b","docs":[{"id":"y","text":"Coast guard boats took all of the passengers safely to the harbour."}]}' > "$TMP/in.jsonl"
"$BIN" summarize --format jsonl < "$TMP/in.jsonl" > "$TMP/out" 2> "$TMP/err"
expect "stdin jsonl: two lines" test "$(wc -l < "$TMP/out")" -eq 2
expect "stdin jsonl: order kept" test "$(python3 -c 'import json,sys;print(",".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$TMP/out")" = "a,b"

# The same stories as one pretty-printed JSON list, from stdin and from a
# file (regression: read line by line, each line was a "not valid JSON"
# error); a text article opening with "[" is still an article.
python3 -c '
import json,sys
print(json.dumps([json.loads(l) for l in open(sys.argv[1])], indent=2))' "$TMP/in.jsonl" > "$TMP/list.json"
"$BIN" summarize --format jsonl < "$TMP/list.json" > "$TMP/out" 2> "$TMP/err"
expect "stdin json list: two stories" test "$(python3 -c 'import json,sys;print(",".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$TMP/out")" = "a,b"
run_cmd summarize --format jsonl "$TMP/list.json"
expect "json list file: two stories, no error" test "$(wc -l < "$TMP/out")" -eq 2 -a ! -s "$TMP/err" -a $RC -eq 0
printf '[Updated] The ferry ran aground off the island on Saturday morning in fog.\n' | "$BIN" summarize > "$TMP/out" 2> "$TMP/err"
expect "stdin text opening with [: summarized as text" grep -q '^\[Updated\] The ferry' "$TMP/out"

# A pipe or FIFO named as input ("<(curl ...)"): its kind is told without
# losing the bytes looked at (regression: a FIFO of text was "empty", one
# of JSONL gave no output and exit 0).
mkfifo "$TMP/fifo"
cat "$TMP/in.jsonl" > "$TMP/fifo" &
run_cmd_timeout() { timeout 20 "$BIN" "$@" > "$TMP/out" 2> "$TMP/err"; RC=$?; }
run_cmd_timeout summarize --format jsonl "$TMP/fifo"
kill %1 2> /dev/null; wait
expect "fifo of jsonl: two stories" test $RC -eq 0 -a "$(wc -l < "$TMP/out")" -eq 2
cat "$SRC/examples/ferry/harbour.txt" > "$TMP/fifo" &
run_cmd_timeout summarize "$TMP/fifo"
kill %1 2> /dev/null; wait
expect "fifo of text: a summary" test $RC -eq 0 -a -s "$TMP/out"

for m in $("$BIN" summarize --list-methods); do
  run_cmd summarize --method "$m" "$SRC/examples/ferry"
  expect "method $m gives output" test $RC -eq 0 -a -s "$TMP/out"
done
run_cmd summarize --method nope "$SRC/examples/ferry"
expect "unknown method is a usage error" test $RC -eq 2

"$BIN" summarize --format json "$SRC/examples/ferry" > "$TMP/a"
"$BIN" summarize --format json "$SRC/examples/ferry" > "$TMP/b"
expect "deterministic output" cmp -s "$TMP/a" "$TMP/b"
# Regression: a Multi-News file whose first article is longer than the old
# 4 KiB peek was read as one story (its lines merged) instead of one story
# per line.
long=$(printf 'The council met on Monday and voted on the harbour budget. %.0s' $(seq 120))
{
  printf '%s NEWLINE_CHAR NEWLINE_CHAR The vote passed. ||||| The harbour budget passed on Monday.\n' "$long"
  printf 'A storm closed the bridge on Friday. ||||| The bridge closed on Friday because of a storm.\n'
} > "$TMP/long.txt"
run_cmd summarize --format jsonl "$TMP/long.txt"
expect "multinews with a long first article: one story per line" test $RC -eq 0 -a "$(wc -l < "$TMP/out")" -eq 2

# Regression: options after the inputs were taken as file names.
run_cmd summarize "$SRC/examples/ferry" --format json --words 40
expect "options after the inputs" python3 -c '
import json,sys; o=json.load(open(sys.argv[1])); assert len(o["summary"].split()) <= 40, o' "$TMP/out"
run_cmd story "$SRC"/examples/ferry/*.txt --format json
expect "story: options after the inputs" python3 -c '
import json,sys; o=json.load(open(sys.argv[1])); assert len(o["sources"]) == 3' "$TMP/out"
run_cmd summarize --format json -- "$SRC/examples/ferry"
expect "-- ends the options" test $RC -eq 0

# Regression: text output of a JSONL file named no story before the first
# (only with --input jsonl); every story of a stream now has its "# ID".
printf '%s\n' '{"id":"s1","docs":[{"text":"The mayor opened the bridge over the river on Monday."}]}' \
  '{"id":"s2","docs":[{"text":"Heavy rain flooded the valley overnight and closed two roads."}]}' > "$TMP/two.jsonl"
run_cmd summarize "$TMP/two.jsonl"
expect "stream text: first story has its header" sh -c "test \"\$(head -1 '$TMP/out')\" = '# s1' && grep -qx '# s2' '$TMP/out'"
run_cmd summarize "$SRC/examples/ferry"
expect "one story of files: no header" sh -c "! grep -q '^# ' '$TMP/out'"
# Regression: a directory given with a trailing slash kept it in the id.
run_cmd summarize --format json "$SRC/examples/ferry/"
expect "directory/ : id without the slash" grep -q '^{"id":"ferry"' "$TMP/out"
# Regression: output to a pipe was block-buffered, so a streaming consumer
# that sends one story and waits for its record waited for ever.
for cmd in summarize story; do
  expect "$cmd streams: a record per story while stdin stays open" python3 - "$BIN" "$cmd" <<'PY'
import select, subprocess, sys
p = subprocess.Popen([sys.argv[1], sys.argv[2], "--format", "jsonl", "-q"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'{"id":"s1","docs":[{"text":"The mayor opened the new bridge over the river on Monday."}]}\n')
p.stdin.flush()
ready, _, _ = select.select([p.stdout], [], [], 20)
line = p.stdout.readline() if ready else b""
p.stdin.close()
p.wait(timeout=20)
sys.exit(0 if line.startswith(b'{"id":"s1"') else 1)
PY
done
# A named pipe ("<(producer)") and standard input opening with a
# byte-order mark stream JSONL too (they were read whole, to the end).
expect "a FIFO and a BOM on stdin stream" python3 - "$BIN" "$TMP/stream.fifo" <<'PY'
import os, select, subprocess, sys
rec = b'{"id":"s1","docs":[{"text":"The mayor opened the new bridge over the river on Monday."}]}\n'
def first_record(args, feed):
    p = subprocess.Popen([sys.argv[1], "summarize", "--format", "jsonl", "-q"] + args,
                         stdin=subprocess.PIPE if not args else None, stdout=subprocess.PIPE)
    w = p.stdin if not args else open(args[0], "wb")
    w.write(feed); w.flush()
    ready, _, _ = select.select([p.stdout], [], [], 20)
    line = p.stdout.readline() if ready else b""
    w.close(); p.wait(timeout=20)
    return line.startswith(b'{"id":"s1"')
os.mkfifo(sys.argv[2])
sys.exit(0 if first_record([sys.argv[2]], rec) and first_record([], b"\xef\xbb\xbf" + rec) else 1)
PY
# A sentence wrapped by blank lines (text converted with a blank line after
# every line) prints on one line with single spaces; start/end still give
# its source span, which holds the blank lines.
printf '%s\n\n' 'Nov. 1986 Ann Dove agrees to pay a $100' 'million penalty to settle the board charges' \
  'of fraud. The harbour police say' 'she has been helping them in an undercover' 'inquiry.' > "$TMP/wrapped.txt"
run_cmd segment "$TMP/wrapped.txt"
joined='Nov. 1986 Ann Dove agrees to pay a $100 million penalty to settle the board charges of fraud.'
expect "segment: a blank-line wrap prints as one space" grep -qxF "$joined" "$TMP/out"
run_cmd summarize --format json --no-date --words 40 "$TMP/wrapped.txt"
expect "summarize: a blank-line wrap prints as one space, offsets on the source" python3 -c '
import json,sys
o=json.load(open(sys.argv[1])); body=open(sys.argv[2],"rb").read()
for s in o["sentences"]:
    src=body[s["start"]:s["end"]].decode()
    assert "\n" not in s["text"] and "  " not in s["text"], s
    assert "\n\n" in src and " ".join(src.split())==s["text"], (src, s)
' "$TMP/out" "$TMP/wrapped.txt"
# Regressions found by a bug hunt on the command line (session S).
# "." names no story: the directory's own name does (the story was ".").
(cd "$SRC/examples/ferry" && "$BIN" summarize --format json . > "$TMP/out" 2> "$TMP/err")
expect "summarize . in a story's directory: the story is named after it" grep -q '^{"id":"ferry"' "$TMP/out"
# Multi-News on standard input is one story per line, as the same file and
# a pipe named as an input are (the articles of every line were one story).
printf '%s\n' 'Tom Rudd opened the bridge in Harlow on Monday. NEWLINE_CHAR The bridge cost four million. ||||| The new bridge in Harlow opened on Monday, said Tom Rudd.' \
  'Floods closed two roads near Kellan overnight. ||||| Two roads near Kellan were closed by floods, Ann Kole said.' > "$TMP/mn.txt"
"$BIN" summarize --format jsonl < "$TMP/mn.txt" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "Multi-News on stdin: a story per line" sh -c "test $RC -eq 0 && test \$(wc -l < '$TMP/out') -eq 2 && \
  grep -q '\"id\":\"stdin-2\"' '$TMP/out' && ! grep -q 'Harlow.*Kellan' '$TMP/out'"
# A story and a list saved with a UTF-8 byte-order mark, pretty-printed, are
# read (both were "not valid JSON").
python3 -c '
import json,sys
s=[{"id":"b1","docs":[{"text":"Tom Rudd opened the new bridge in Harlow on Monday."}]},
   {"id":"b2","docs":[{"text":"Floods closed two roads near Kellan overnight."}]}]
open(sys.argv[1]+"/bom1.json","w",encoding="utf-8-sig").write(json.dumps(s[0],indent=2)+"\n")
open(sys.argv[1]+"/bomlist.json","w",encoding="utf-8-sig").write(json.dumps(s,indent=2)+"\n")
open(sys.argv[1]+"/docs.json","w").write("".join(json.dumps(x,indent=2)+"\n" for x in s+[{"docs":s[0]["docs"]}])
  + "{\n \"id\": \"b4\",\n oops\n}\n" + json.dumps(s[1],indent=2) + "\n")' "$TMP"
run_cmd summarize --format jsonl "$TMP/bom1.json"
expect "a pretty-printed story after a byte-order mark: read" sh -c "test $RC -eq 0 && grep -q '\"id\":\"b1\"' '$TMP/out'"
run_cmd summarize --format jsonl "$TMP/bomlist.json"
expect "a list after a byte-order mark: read" sh -c "test $RC -eq 0 && test \$(wc -l < '$TMP/out') -eq 2"
"$BIN" summarize --format jsonl < "$TMP/bom1.json" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "a story after a byte-order mark on stdin: read" sh -c "test $RC -eq 0 && grep -q '\"id\":\"b1\"' '$TMP/out'"
# Several pretty-printed stories one after another, as jq . prints a JSONL
# file, are read as JSONL lines are (all were lost: "end of file
# expected"); one that does not parse is reported after those before it.
run_cmd summarize --format jsonl "$TMP/docs.json"
expect "documents one after another: each a story, named by its line" sh -c "test $RC -eq 65 && \
  test \$(wc -l < '$TMP/out') -eq 3 && grep -q '\"id\":\"docs.json-17\"' '$TMP/out' && \
  grep -q 'docs.json:26: not valid JSON' '$TMP/err'"
cat "$TMP/docs.json" | "$BIN" summarize --format jsonl > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "documents one after another on stdin: each a story" sh -c "test $RC -eq 65 && \
  test \$(wc -l < '$TMP/out') -eq 3 && grep -q '\"id\":\"stdin-17\"' '$TMP/out' && grep -q 'stdin>:26: not valid' '$TMP/err'"
# An empty id names no story: the file and line do, with a warning (the
# text output's header was "# ").
printf '%s\n' '{"id":"","docs":[{"text":"Tom Rudd opened the new bridge in Harlow on Monday."}]}' > "$TMP/eid.jsonl"
run_cmd summarize "$TMP/eid.jsonl"
expect "an empty id: named by file and line, warned" sh -c "grep -qx '# eid.jsonl-1' '$TMP/out' && \
  grep -q 'eid.jsonl:1: \"id\" is empty' '$TMP/err'"
# UTF-16 with a byte-order mark (Windows' "Unicode" text) is read as its
# UTF-8: a page chorus extract reads, and a text, were "binary files".
python3 -c '
import sys
t="Tom Rudd opened the new bridge in Harlow on Monday. The caf\u00e9 by the river was full."
open(sys.argv[1]+"/u16.html","wb").write(("<html><head><meta charset=\"utf-16\"></head><body><p>"+t+"</p></body></html>").encode("utf-16"))
open(sys.argv[1]+"/u16.txt","wb").write(b"\xfe\xff"+("Title: Bridge\n\n"+t).encode("utf-16-be"))
open(sys.argv[1]+"/u16s.txt","wb").write(("{\"id\":\"s\",\"docs\":[{\"text\":\""+t+"\"}]}\n").encode("utf-16"))' "$TMP"
for f in u16.html u16.txt; do
  run_cmd summarize "$TMP/$f"
  expect "UTF-16 $f: read" sh -c "test $RC -eq 0 && grep -q 'The café by the river' '$TMP/out'"
done
run_cmd summarize "$TMP/u16s.txt"
expect "UTF-16 stories: refused, says to convert" sh -c "test $RC -eq 65 && grep -q 'stories in UTF-16; convert' '$TMP/err'"
finish
