# Bad input: one clear line naming the file, a non-zero exit, never a crash;
# or a warning and a correct result when the input is still usable.
. "$(dirname "$0")/lib.sh"
GOOD="$SRC/examples/ferry/coastline.txt"

: > "$TMP/empty.txt"
run_cmd summarize "$TMP/empty.txt"
expect "empty file: exit 65" test $RC -eq 65
expect "empty file: named" grep -q "empty.txt: empty file" "$TMP/err"
expect "empty file: one line" test "$(wc -l < "$TMP/err")" -eq 1

run_cmd summarize "$TMP/empty.txt" "$GOOD"
expect "empty file among others: warning, result" test $RC -eq 0 -a -s "$TMP/out"
expect "empty file among others: warned" grep -q "empty.txt" "$TMP/err"

head -c 5000 /dev/urandom > "$TMP/bin.dat"; printf '\0\0\0' >> "$TMP/bin.dat"
run_cmd summarize "$TMP/bin.dat"
expect "binary file: exit 65, named" test $RC -eq 65
expect "binary file: message" grep -q "bin.dat: binary" "$TMP/err"
# A PDF (or image) without a NUL byte early on is binary too, by its
# signature: it came out as garbage text with exit 0.
printf '%%PDF-1.4\n%%\342\343\317\323 stream x\234\355\275\177 endstream\n' > "$TMP/doc.pdf"
run_cmd summarize "$TMP/doc.pdf" "$SRC/examples/ferry/islander.txt"
expect "PDF among articles: skipped as binary" sh -c "test $RC -eq 0 && grep -q 'doc.pdf: binary file' '$TMP/err'"
run_cmd segment "$TMP/doc.pdf"
expect "PDF to segment: exit 65, no sentences" sh -c "test $RC -eq 65 && grep -q 'doc.pdf: binary file' '$TMP/err' && test ! -s '$TMP/out'"
run_cmd extract "$TMP/doc.pdf"
expect "PDF to extract: exit 65, no text" sh -c "test $RC -eq 65 && grep -q 'doc.pdf: binary data' '$TMP/err' && test ! -s '$TMP/out'"
# regression: random bytes that happened to start with "{" were read as
# JSONL, one error per "line", instead of one line naming a binary file
{ printf '{'; head -c 5000 /dev/urandom; printf '\0\0\0'; } > "$TMP/bin2.dat"
run_cmd summarize "$TMP/bin2.dat"
expect "binary file starting with {: exit 65, one line" sh -c "test $RC -eq 65 && test \$(wc -l < '$TMP/err') -eq 1 && grep -q 'bin2.dat: binary' '$TMP/err'"

printf 'Le caf\xe9 \x93Chez Marie\x94 a rouvert ses portes lundi apr\xe8s deux ans de travaux dans le quartier.\n' > "$TMP/latin1.txt"
run_cmd summarize "$TMP/latin1.txt"
expect "invalid UTF-8: result" test $RC -eq 0 -a -s "$TMP/out"
expect "invalid UTF-8: repaired as Windows-1252" grep -q "café “Chez Marie”" "$TMP/out"
expect "invalid UTF-8: warning names the file" grep -q "latin1.*Windows-1252" "$TMP/err"

python3 -c 'import sys; sys.stdout.write(("word " * 10_000_000))' > "$TMP/long.txt"
run_cmd summarize "$TMP/long.txt"
expect "50 MB without line break: no crash, output" test $RC -eq 0 -a -s "$TMP/out"
expect "50 MB without line break: budget kept" test "$(wc -w < "$TMP/out")" -le 100

printf '%s\n' '{"id":"a","docs":[{"text":"A good story about a ferry that ran aground in the fog today."}]}' 'not json at all' \
  '{"id":"c","refs":[]}' '{"id":"d","docs":[{"text":"Another good story about the coast guard rescue of passengers."}]}' > "$TMP/mixed.jsonl"
run_cmd summarize --format jsonl "$TMP/mixed.jsonl"
expect "bad JSONL lines: exit 65" test $RC -eq 65
expect "bad JSONL lines: good stories still written" test "$(wc -l < "$TMP/out")" -eq 2
expect "not JSON: file and line named" grep -q "mixed.jsonl:2: not valid JSON" "$TMP/err"
expect "no docs: file and line named" grep -q "mixed.jsonl:3: .*docs" "$TMP/err"

run_cmd summarize "$TMP/missing.txt"
expect "missing file: exit 66" test $RC -eq 66
expect "missing file: named" grep -q "missing.txt: cannot open" "$TMP/err"

mkdir -p "$TMP/emptydir" "$TMP/dir2"; : > "$TMP/dir2/a.txt"; : > "$TMP/dir2/b.txt"
run_cmd summarize "$TMP/emptydir"
expect "directory without articles: exit 65, named" test $RC -eq 65
expect "directory without articles: message" grep -q "emptydir: directory has no article files" "$TMP/err"
run_cmd summarize "$TMP/dir2"
expect "directory of empty files: exit 65" test $RC -eq 65 -a ! -s "$TMP/out"

printf '' | "$BIN" summarize > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "empty stdin: exit 65 with message" test $RC -eq 65 -a -s "$TMP/err"
# Regression: an empty JSONL file, or JSONL stdin, gave no output and exit 0.
: > "$TMP/empty.jsonl"
run_cmd summarize "$TMP/empty.jsonl"
expect "empty jsonl: exit 65, named" test $RC -eq 65 -a ! -s "$TMP/out"
expect "empty jsonl: message" grep -q "empty.jsonl: no stories" "$TMP/err"
printf '\n\n' | "$BIN" summarize --input jsonl > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "blank jsonl stdin: exit 65 with message" test $RC -eq 65 -a -s "$TMP/err"
# Regression: two empty inputs were tallied as "2 of 2 stories could not be
# read", though neither held a story; the tally now counts errors.
run_cmd summarize "$TMP/empty.jsonl" "$TMP/empty.jsonl"
expect "two empty jsonl: tally of errors" grep -qx "chorus: 0 stories summarised, 2 errors above" "$TMP/err"
printf '{"id":"s","docs":[{"text":"The ferry ran aground on a sandbank near the harbour today."}]}\nnot json\n' > "$TMP/half.jsonl"
run_cmd summarize "$TMP/half.jsonl"
expect "good and bad record: tally" grep -qx "chorus: 1 story summarised, 1 error above" "$TMP/err"
expect "good and bad record: the good one flows" grep -q "ferry ran aground" "$TMP/out"
# Regressions found by an audit (session 22).
# A story whose articles are all empty is reported with file:line, and the
# stories after it still flow (it stopped the whole stream).
printf '%s\n' '{"id":"a","docs":[{"id":"x","text":"The bridge over the river opened on Monday after years of work."}]}' \
  '{"id":"b","docs":[{"id":"y","text":""}]}' \
  '{"id":"c","docs":[{"id":"z","text":"Heavy rain flooded the valley overnight and closed two roads."}]}' > "$TMP/mid.jsonl"
run_cmd summarize --format jsonl "$TMP/mid.jsonl"
expect "story without text: exit 65" test $RC -eq 65
expect "story without text: the story after it is written" grep -q '"id":"c"' "$TMP/out"
expect "story without text: file and line named" grep -q "mid.jsonl:2: story 'b' has no text" "$TMP/err"
run_cmd story --format jsonl "$TMP/mid.jsonl"
expect "story card of no text: error, not an empty card" sh -c "test $RC -eq 65 && ! grep -q '\"id\":\"b\"' '$TMP/out' && grep -q '\"id\":\"c\"' '$TMP/out'"
# Output that cannot be written is an error (it exited 0).
if [ -w /dev/full ]; then
  "$BIN" summarize "$GOOD" > /dev/full 2> "$TMP/err"; RC=$?
  expect "write error: exit 66 with message" sh -c "test $RC -eq 66 && grep -q 'cannot write the output' '$TMP/err'"
  # Every writing command says why, also when stdio dropped the bytes of a
  # write that failed before the last flush (a card longer than its buffer).
  printf '{"id":"s","refs":["The mayor opened the bridge."]}\n' > "$TMP/wr.jsonl"
  printf '{"id":"s","summary":"The mayor opened the new bridge."}\n' > "$TMP/ws.jsonl"
  # the page's text is over stdio's 4 KiB buffer, so a write fails before the flush
  ferry=$(sed 's/$/ /' "$SRC"/examples/ferry/*.txt | tr -d '\n')
  printf '<html><body><p>%s</p><p>%s</p></body></html>\n' "$ferry" "$ferry" > "$TMP/w.html"
  for args in "story $SRC/examples/ferry" "story --format html $SRC/examples/ferry" \
              "eval $TMP/wr.jsonl $TMP/ws.jsonl -n 2" "extract $TMP/w.html" "extract --format json $TMP/w.html"; do
    "$BIN" $args > /dev/full 2> "$TMP/err"; RC=$?
    expect "$args to a full disk: exit 66 with the reason" \
      sh -c "test $RC -eq 66 && grep -q 'cannot write the output: No space left on device' '$TMP/err'"
  done
  # extract stops at the first failed write, as story and summarize do: the
  # page after it is not read (its own error would be reported)
  printf '<html><body><script>x</script></body></html>\n' > "$TMP/noart.html"
  "$BIN" extract "$TMP/w.html" "$TMP/noart.html" > /dev/full 2> "$TMP/err"; RC=$?
  expect "extract to a full disk: stops after the page that failed" \
    sh -c "test $RC -eq 66 && ! grep -q noart.html '$TMP/err'"
fi
# A --url that is not UTF-8 cannot go into the article's UTF-8 fields: a
# usage error naming it, not "out of memory" (which it was)
printf '<html><body><p>The ferry left at noon with forty cars on board.</p></body></html>\n' > "$TMP/u.html"
"$BIN" extract --format json --url "$(printf 'http://x/\377')" "$TMP/u.html" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "extract --url not UTF-8: exit 2, named" sh -c "test $RC -eq 2 && grep -q 'URL is not valid UTF-8' '$TMP/err'"
# A UTF-8 byte-order mark: the header block and JSONL are still read.
printf '\xef\xbb\xbfTitle: T\nSource: Daily Gull\nDate: 2026-03-14\n\nThe mayor opened the new bridge over the river on Monday.\n' > "$TMP/bom.txt"
run_cmd summarize --format json "$TMP/bom.txt"
expect "BOM before a header block: source read" grep -q '"source":"Daily Gull"' "$TMP/out"
{ printf '\xef\xbb\xbf'; head -1 "$TMP/mid.jsonl"; } > "$TMP/bom.jsonl"
run_cmd summarize --format jsonl "$TMP/bom.jsonl"
expect "BOM before JSONL: read" sh -c "test $RC -eq 0 && grep -q '\"id\":\"a\"' '$TMP/out'"
"$BIN" summarize --format jsonl < "$TMP/bom.jsonl" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "BOM before JSONL on stdin: read as JSONL" sh -c "test $RC -eq 0 && grep -q '\"id\":\"a\"' '$TMP/out'"
# A \u0000 escape is valid JSON: the NUL is dropped like other controls.
printf '%s\n' '{"id":"n","docs":[{"text":"A NUL \u0000 here. The mayor opened the bridge on Monday."}]}' > "$TMP/nul.jsonl"
run_cmd summarize "$TMP/nul.jsonl"
expect "JSON \\u0000: accepted" sh -c "test $RC -eq 0 && grep -q 'mayor' '$TMP/out'"
# Two articles with one id (a/x.txt, b/x.txt) stay two sources.
mkdir -p "$TMP/da" "$TMP/db"
echo 'The mayor opened the new bridge on Monday after years of work on the river.' > "$TMP/da/x.txt"
echo 'A new bridge opened on Monday, the mayor said, after long delays on the river.' > "$TMP/db/x.txt"
run_cmd story --format json "$TMP/da/x.txt" "$TMP/db/x.txt"
expect "same article id twice: renamed, warned" sh -c "grep -q '\"x-2\"' '$TMP/out' && grep -q \"the later one is 'x-2'\" '$TMP/err'"
# A budget that holds no character is an error, not an empty summary.
echo 'Ça a été une longue journée pour les habitants du quartier.' > "$TMP/fr.txt"
run_cmd summarize --bytes 1 "$TMP/fr.txt"
expect "budget of 1 byte: exit 2, not an empty summary" sh -c "test $RC -eq 2 && grep -q 'budget holds none' '$TMP/err'"
# A date that does not exist is named and the article counts as undated.
printf 'Date: 2026-13-45\n\nThe mayor spoke to the council about the new bridge.\n' > "$TMP/d.txt"
run_cmd summarize --format json "$TMP/d.txt"
expect "impossible date: warned, undated" sh -c "grep -q 'does not exist' '$TMP/err' && grep -q '\"dateline\":null' '$TMP/out'"
run_cmd summarize --ratio nan "$TMP/fr.txt"
expect "--ratio nan: exit 2" test $RC -eq 2
# A file with only a header block is no article: named in a warning among
# others (it was an article of 0 words, which hid the card's one-article
# note), an error naming it alone.
printf 'Title: X\nDate: 2026-03-14\n\n' > "$TMP/hdr.txt"
run_cmd story "$TMP/hdr.txt" "$SRC/examples/ferry/islander.txt"
expect "header-only file among others: skipped with a warning, one article" \
    sh -c "test $RC -eq 0 && grep -q 'hdr.txt: no article text, skipped' '$TMP/err' && grep -q 'only one article' '$TMP/out'"
run_cmd summarize "$TMP/hdr.txt"
expect "header-only file alone: exit 65, named" sh -c "test $RC -eq 65 && grep -q 'hdr.txt: no article text' '$TMP/err'"
# A JSONL file inside a directory is not an article (its stories were
# merged into one article of 37,908 words), and --input jsonl cannot read
# a directory (it was ignored).
mkdir -p "$TMP/jd"
printf '%s\n' '{"id":"a","docs":[{"id":"x","text":"The mayor opened the new bridge on Monday after years of work."}]}' > "$TMP/jd/s.jsonl"
cp "$SRC/examples/ferry/islander.txt" "$TMP/jd/"
run_cmd summarize --format json "$TMP/jd"
expect "JSONL file in a directory: skipped with a warning" \
    sh -c "test $RC -eq 0 && grep -q 's.jsonl: a JSONL file of stories, not an article' '$TMP/err' && ! grep -q mayor '$TMP/out'"
run_cmd summarize --input jsonl "$TMP/jd"
expect "--input jsonl with a directory: exit 2" sh -c "test $RC -eq 2 && grep -q 'a directory is read as articles' '$TMP/err'"
# Options the library would refuse for every story are refused before any
# input is read, named as typed (a bad method used to exit 66 for a
# missing file, and '--words 0' said that no budget was given).
run_cmd summarize --method bogus "$TMP/missing.txt"
expect "unknown method before a missing file: exit 2, --list-methods" \
    sh -c "test $RC -eq 2 && grep -q \"unknown method 'bogus' (see --list-methods)\" '$TMP/err'"
run_cmd summarize --ratio 2 "$TMP/fr.txt"
expect "--ratio 2: exit 2, option named" sh -c "test $RC -eq 2 && grep -q -- '--ratio: 2 is not between' '$TMP/err'"
run_cmd summarize --words 0 "$TMP/fr.txt"
expect "--words 0: exit 2, says a budget of 0 holds nothing" \
    sh -c "test $RC -eq 2 && grep -q 'a budget of 0 holds nothing' '$TMP/err'"
run_cmd story --words 0 "$TMP/fr.txt"
expect "story --words 0: exit 2, says why" sh -c "test $RC -eq 2 && grep -q 'words needs at least 1' '$TMP/err'"
# segment: nothing to split is an error, as it is to summarise (it printed
# nothing and exited 0).
run_cmd segment "$TMP/empty.txt"
expect "segment of an empty file: exit 65, named" sh -c "test $RC -eq 65 && grep -q 'empty.txt: no sentences' '$TMP/err'"
run_cmd segment "$TMP/bin.dat"
expect "segment of a binary file: exit 65" sh -c "test $RC -eq 65 && grep -q 'bin.dat: binary' '$TMP/err'"
run_cmd segment --lang
expect "segment --lang without a value: says so" sh -c "test $RC -eq 2 && grep -q 'lang needs a value' '$TMP/err'"
for c in segment summarize story; do
  run_cmd $c --lang xx "$GOOD"
  expect "$c --lang xx: no language, exit 2" sh -c "test $RC -eq 2 && grep -q \"unknown language 'xx'.*ISO 639-1\" '$TMP/err'"
done
printf 'Vertical\vtab and form\ffeed stay words.\n' > "$TMP/vt.txt"
run_cmd segment "$TMP/vt.txt"
expect "vertical tab and form feed separate words" grep -qx "Vertical tab and form feed stay words." "$TMP/out"
# A JSONL line with a byte that is not UTF-8 is read as Windows-1252, as a
# text file is (JSON refused the line and the story was lost); warnings of a
# stream name the file and line.
printf '{"id":"l1","docs":[{"text":"Le caf\xe9 a rouvert lundi apr\xe8s deux ans de travaux dans le quartier.","date":"2026-13-45"}]}\n' > "$TMP/latin1.jsonl"
run_cmd summarize --format jsonl "$TMP/latin1.jsonl"
expect "invalid UTF-8 in a JSONL line: read as Windows-1252" sh -c "test $RC -eq 0 && grep -q 'café' '$TMP/out'"
expect "stream warnings name file and line" sh -c "grep -q 'latin1.jsonl:1: 2 invalid UTF-8 bytes' '$TMP/err' && grep -q 'latin1.jsonl:1: doc1: date' '$TMP/err'"
# Stories without an id were all "story"; now the file and line name them.
printf '%s\n' '{"docs":[{"text":"The mayor opened the new bridge over the river on Monday."}]}' \
  '{"id":null,"docs":[{"text":"Heavy rain flooded the valley overnight and closed two roads."}]}' > "$TMP/noid.jsonl"
run_cmd summarize --format jsonl "$TMP/noid.jsonl"
expect "stories without ids: named by file and line" sh -c "grep -q '\"id\":\"noid.jsonl-1\"' '$TMP/out' && grep -q '\"id\":\"noid.jsonl-2\"' '$TMP/out'"
expect "an id of another type: warned" grep -q 'noid.jsonl:2: "id" is neither a string nor a number' "$TMP/err"
# A JSONL file whose first line is a list, not a story: that line is
# reported and the stories after it flow (none did).
{ echo '[{"id":"x"}]'; cat "$TMP/noid.jsonl"; } > "$TMP/firstlist.jsonl"
run_cmd summarize --format jsonl "$TMP/firstlist.jsonl"
expect "first line a list: reported, the rest flows" sh -c "test $RC -eq 65 && test \$(wc -l < '$TMP/out') -eq 2 && grep -q 'firstlist.jsonl:1: expected a JSON object' '$TMP/err'"
finish
