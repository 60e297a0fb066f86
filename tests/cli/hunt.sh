# Regressions of command-line faults found by a bug hunt (session Y):
# counts said in the plural for one, a misleading message for a JSONL file
# given with --input text, empty option values read as the default, ids
# with control characters or NUL, HTML references to no character, dates.
. "$(dirname "$0")/lib.sh"
A="Tom Rudd opened the new bridge in Harlow on Monday. Ann Kole said it was two years late."

# 1. One summary, one reference: "1 summary has", not "1 summaries have".
printf '%s\n' '{"id":"s1","refs":["Tom Rudd opened a bridge in Harlow."]}' \
  '{"id":"s2","refs":["Ann Kole shut the mill in Kellan."]}' > "$TMP/refs.jsonl"
printf '%s\n' '{"id":"s1","summary":"Tom Rudd opened the bridge in Harlow."}' \
  '{"id":"s3","summary":"Dora Vell left Kellan."}' > "$TMP/sums.jsonl"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1
expect "eval: 1 summary has no reference, is skipped" \
  grep -q "1 summary has no reference in .* and is skipped" "$TMP/err"
expect "eval: 1 reference has no summary" grep -q "1 reference has no summary" "$TMP/err"
run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" -n 1 --strict
expect "eval --strict: 1 summary has" sh -c "test $RC -eq 65 && grep -q '1 summary has no reference' '$TMP/err'"
mkdir -p "$TMP/e1" "$TMP/e2"; : > "$TMP/e1/a.txt"; echo "$A" > "$TMP/e2/a.txt"
run_cmd summarize "$TMP/e1" "$TMP/e2"
expect "a directory of one empty file: its one input file" \
  grep -q "e1: no articles: its one input file was empty" "$TMP/err"

# 2. A JSONL file given with --input text was said to be "in a directory"
# ("give it as an input of its own"): the kind given is what is wrong.
printf '{"id":"s1","docs":[{"text":"%s"}]}\n' "$A" > "$TMP/x.jsonl"
run_cmd summarize --input text "$TMP/x.jsonl"
expect "--input text x.jsonl: exit 2, the kind named" sh -c "test $RC -eq 2 && \
  grep -q \"x.jsonl: a JSONL file of stories, which input kind 'text' would misread\" '$TMP/err' && \
  ! grep -q 'input of its own' '$TMP/err'"
run_cmd story --input html "$TMP/x.jsonl"
expect "--input html x.jsonl: exit 2" sh -c "test $RC -eq 2 && grep -q \"kind 'html'\" '$TMP/err'"
echo "$A" > "$TMP/notes.jsonl" # no stories in it: the kind given reads it
run_cmd summarize --input text "$TMP/notes.jsonl"
expect "--input text on a .jsonl text: read as text" sh -c "test $RC -eq 0 && grep -q 'Tom Rudd opened' '$TMP/out'"
mkdir -p "$TMP/dj"; cp "$TMP/x.jsonl" "$TMP/dj/"; echo "$A" > "$TMP/dj/a.txt"
run_cmd summarize "$TMP/dj"
expect "a .jsonl file in a directory: still skipped, give it on its own" sh -c "test $RC -eq 0 && \
  grep -q 'x.jsonl: a JSONL file of stories, not an article (give it as an input of its own), skipped' '$TMP/err'"

# 3. An empty value is a usage error naming the option (--lang '' was
# English, --charset '' a guess, --url '' none, --system '' a blank name).
echo "$A" > "$TMP/a.txt"
printf '<html><body><article><p>%s</p></article></body></html>\n' "$A" > "$TMP/p.html"
for args in "summarize --lang" "summarize --method" "story --lang" "segment --lang" \
            "extract --charset" "extract --url"; do
  set -- $args
  in="$TMP/a.txt"; [ "$1" = extract ] && in="$TMP/p.html"
  run_cmd "$1" "$2" "" "$in"
  expect "$1 $2 '': exit 2, named" sh -c "test $RC -eq 2 && grep -q -- '$2 needs .*not an empty value' '$TMP/err'"
done
for f in --system -e; do
  run_cmd eval "$TMP/refs.jsonl" "$TMP/sums.jsonl" "$f" ""
  expect "eval $f '': exit 2, named" \
    sh -c "test $RC -eq 2 && grep -q -- '$f needs .*not an empty value' '$TMP/err'"
done

# 4. Ids are kept as given: JSON writes them exactly (summarize's output
# is matched with its references by id), text writes a control character
# as an escape on the header's line; a NUL is U+FFFD, with a warning (the
# id was cut there: "a\u0000b" and "a\u0000c" were both "a").
printf '%s\n' "{\"id\":\"s1\\nFAKE\",\"docs\":[{\"text\":\"$A\"}],\"refs\":[\"Tom Rudd opened a bridge.\"]}" \
  "{\"id\":\"p  q \",\"docs\":[{\"text\":\"$A\"}],\"refs\":[\"Ann Kole said the bridge was late.\"]}" \
  > "$TMP/ids.jsonl"
run_cmd summarize -q "$TMP/ids.jsonl"
expect "text header: the newline escaped, one line" \
  sh -c "grep -qx '# s1\\\\nFAKE' '$TMP/out' && ! grep -qx 'FAKE' '$TMP/out'"
"$BIN" summarize -q --format jsonl "$TMP/ids.jsonl" > "$TMP/idsum.jsonl"
expect "JSON ids exact" python3 -c '
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
sys.exit(ids != ["s1\nFAKE", "p  q "])' "$TMP/idsum.jsonl"
run_cmd eval "$TMP/ids.jsonl" "$TMP/idsum.jsonl" -n 1 --strict
expect "summarize's ids match eval's references" test $RC -eq 0
run_cmd story -q "$TMP/ids.jsonl"
expect "card text: the story id escaped" grep -q '^Story card: s1\\nFAKE (1 article)$' "$TMP/out"
printf '%s\n' "{\"id\":\"a\\u0000b\",\"docs\":[{\"id\":\"d\\u0000x\",\"text\":\"$A\"}]}" \
  "{\"id\":\"a\\u0000c\",\"docs\":[{\"text\":\"$A\"}]}" > "$TMP/nul.jsonl"
run_cmd story --format json "$TMP/nul.jsonl"
expect "NUL in ids: U+FFFD, warned with file and line" sh -c "test $RC -eq 0 && \
  grep -q 'nul.jsonl:1: the story.s \"id\" holds a NUL character' '$TMP/err' && \
  grep -q 'nul.jsonl:1: an article.s \"id\" holds a NUL character' '$TMP/err'"
expect "NUL in ids: kept whole and apart" python3 -c '
import json, sys
cards = [json.loads(l) for l in open(sys.argv[1])]
sys.exit([c["id"] for c in cards] != ["a\ufffdb", "a\ufffdc"]
         or cards[0]["sources"][0]["doc"] != "d\ufffdx")' "$TMP/out"

# 5. A reference to no character is U+FFFD, as the HTML standard reads it
# (libxml2 2.9 dropped it).
printf '<html><body><article><p>%s</p></article></body></html>\n' \
  'Tom Rudd paid &#0; for the bridge in Harlow, &#xD800; said Ann Kole &#99999999; of the council on Monday.' \
  > "$TMP/refs.html"
run_cmd extract "$TMP/refs.html"
expect "&#0; &#xD800; &#99999999;: three U+FFFD" sh -c "test $RC -eq 0 && \
  test \$(grep -o '$(printf '\357\277\275')' '$TMP/out' | wc -l) -eq 3"

# 6. Dates: 9999-12-31 exists, but is no publication date; "1999-1-5" was
# read as the year alone.
printf 'Date: 9999-12-31\n\n%s\n' "$A" > "$TMP/d1.txt"
run_cmd summarize "$TMP/d1.txt"
expect "9999-12-31: undated, not 'does not exist'" \
  sh -c "grep -q 'no publication date (years 1800-2999)' '$TMP/err' && \
  ! grep -q 'does not exist' '$TMP/err'"
printf 'Date: 1999-1-5\n\n%s\n' "$A" > "$TMP/d2.txt"
run_cmd summarize "$TMP/d2.txt"
expect "1999-1-5: the month in the date line" grep -q '^January 1999: ' "$TMP/out"
run_cmd story --format json "$TMP/d2.txt"
expect "1999-1-5: written 1999-01-05" grep -q '"date":"1999-01-05"' "$TMP/out"
printf 'Date: 1999/13/45\n\n%s\n' "$A" > "$TMP/d3.txt"
run_cmd summarize --format json "$TMP/d3.txt"
expect "an unread date gives no date line (it gave the year)" sh -c "grep -q 'not understood' '$TMP/err' && \
  grep -q '\"dateline\":null' '$TMP/out'"
finish
