# chorus story: the seed card against its hand labels, faithfulness on every
# NeuS validation and DUC 2002 story, the output formats, and bad input.
. "$(dirname "$0")/lib.sh"
CHECK="python3 $SRC/tests/cli/story_check.py"
SEEDS="$SHARED/seeds"

# --- the hand-labelled seed card (../shared/seeds/story_card.json) ---------
run_cmd story --format json "$SEEDS"/0*.txt
expect "seeds: exit 0" test $RC -eq 0
expect "seeds: one JSON line" test "$(wc -l < "$TMP/out")" -eq 1
$CHECK seeds "$SEEDS/story_card.json" < "$TMP/out" > "$TMP/score" 2> "$TMP/detail"
R=$?; cat "$TMP/score"
expect "seeds: >=12/15 facts, >=9/10 quotes, >=4/5 divergences, nothing over-reported" test $R -eq 0

# --- faithfulness on every story -------------------------------------------
for set in neus_val duc2002; do
  f="$SHARED/data/mds/$set/clusters.jsonl"
  "$BIN" story --format json -q "$f" > "$TMP/$set.jsonl" 2> "$TMP/err"
  expect "$set: every story carded" test "$(wc -l < "$TMP/$set.jsonl")" -eq "$(wc -l < "$f")"
  $CHECK faithful "$f" < "$TMP/$set.jsonl" > "$TMP/faith" 2> "$TMP/detail"
  R=$?; echo "$set: $(cat "$TMP/faith")"
  expect "$set: spans are article text, support holds" test $R -eq 0
done

# --- formats and determinism -------------------------------------------------
run_cmd story "$SEEDS"/0*.txt
expect "text: default format" grep -q "^SOURCES (3)" "$TMP/out"
expect "text: quotes section" grep -q "^QUOTES" "$TMP/out"
run_cmd story --format markdown "$SEEDS"/0*.txt
expect "markdown: headings" grep -q "^## Divergences" "$TMP/out"
run_cmd story --format html "$SEEDS"/0*.txt
expect "html: one page" test "$(grep -c '<html' "$TMP/out")" -eq 1 -a "$(grep -c '</html>' "$TMP/out")" -eq 1
expect "html: self-contained (no external resources)" sh -c "! grep -qiE '(src|href)=\"?http' '$TMP/out'"
expect "html: English by default" grep -q "^<html lang=en>$" "$TMP/out"
run_cmd story --format html --lang DE "$SEEDS"/0*.txt
expect "html: the language of --lang (code)" grep -q "^<html lang=de>$" "$TMP/out"
run_cmd story --format html --lang german "$SEEDS"/0*.txt
expect "html: the language of --lang given by name, as its code" grep -q "^<html lang=de>$" "$TMP/out"
run_cmd story --format html --id 'a<b&c' "$SEEDS"/0*.txt
expect "html: the title names the story, escaped" grep -q "^<title>Story card: a&lt;b&amp;c</title>$" "$TMP/out"
"$BIN" story --format json "$SEEDS"/0*.txt > "$TMP/a.json"
"$BIN" story --format json "$SEEDS"/0*.txt > "$TMP/b.json"
expect "json: same input, same bytes" cmp -s "$TMP/a.json" "$TMP/b.json"
# bylines: from a text header, a web page's meta tags and a JSONL field
printf 'Title: Storm closes port\nAuthor: Jane Roe\n\nA storm hit the coast on Monday and closed the port of Marrow for a day.\n' > "$TMP/by1.txt"
cat > "$TMP/by3.html" <<'H'
<html><head><title>Port of Marrow shut</title><meta name="author" content="Ana Diaz"></head>
<body><article><p>A storm hit the coast on Monday and the port of Marrow was closed for a day, officials said.</p></article></body></html>
H
run_cmd story --format json "$TMP/by1.txt" "$TMP/by3.html"
expect "bylines kept per article (text header, HTML meta)" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))
sys.exit(0 if [s['author'] for s in c['sources']] == ['Jane Roe', 'Ana Diaz'] else 1)"
run_cmd story "$TMP/by1.txt" "$TMP/by3.html"
expect "bylines in the text report" grep -q "| by Jane Roe |" "$TMP/out"
echo '{"id": "s", "docs": [{"id": "a", "author": "Sam Lee", "text": "A storm hit the coast on Monday, closing the port of Marrow for a day."}, {"id": "b", "text": "The port of Marrow was closed for a day after a storm hit the coast."}]}' > "$TMP/by.jsonl"
run_cmd story --format json "$TMP/by.jsonl"
expect "bylines kept per article (JSONL)" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))
sys.exit(0 if [s['author'] for s in c['sources']] == ['Sam Lee', ''] else 1)"
head -3 "$SHARED/data/mds/neus_val/clusters.jsonl" > "$TMP/three.jsonl"
run_cmd story --format json "$TMP/three.jsonl"
expect "jsonl: one card per line" test $RC -eq 0 -a "$(wc -l < "$TMP/out")" -eq 3
{ head -1 "$TMP/three.jsonl"; echo '{"id": "broken", "docs": [}'; tail -2 "$TMP/three.jsonl"; } > "$TMP/bad.jsonl"
run_cmd story --format json "$TMP/bad.jsonl"
expect "jsonl with a bad line: the others carded, exit 65, line named" sh -c "test $RC -eq 65 && test \$(wc -l < '$TMP/out') -eq 3 && grep -q 'bad.jsonl:2' '$TMP/err'"

# --- bad input -----------------------------------------------------------------
cat > "$TMP/one.txt" <<'T'
The city council approved a new budget on Tuesday after a long debate, the mayor said.

"This budget protects our parks and our schools," Mayor Jane Ortiz said at the meeting.
T
run_cmd story --format json "$TMP/one.txt"
expect "single article: card" test $RC -eq 0
expect "single article: note" python3 -c "import json,sys; c=json.load(open('$TMP/out')); sys.exit(0 if c['note'] and all(len(f['support'])==1 for f in c['facts']) and not c['divergences'] else 1)"
expect "single article: quote and speaker" python3 -c "import json,sys; c=json.load(open('$TMP/out')); sys.exit(0 if c['quotes'][0]['speakers']['one']=='Jane Ortiz' else 1)"
run_cmd story "$TMP/one.txt"
expect "single article: note in text report" grep -q "^Note: only one article" "$TMP/out"

cp "$TMP/one.txt" "$TMP/copy.txt"
run_cmd story --format json "$TMP/one.txt" "$TMP/copy.txt"
expect "identical articles: card" test $RC -eq 0
expect "identical articles: reported as duplicates, one independent source" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))
ok = any(d['kind']=='article' for d in c['duplicates']) and all(f['independent']==1 for f in c['facts'])
ok = ok and any(s['duplicate_of']=='one' for s in c['sources'])
sys.exit(0 if ok else 1)"

cat > "$TMP/de.txt" <<'T'
Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt beschlossen, sagte die Bürgermeisterin.

„Dieser Haushalt schützt unsere Parks und Schulen“, sagte Bürgermeisterin Jane Ortiz.
T
run_cmd story --format json "$TMP/one.txt" "$TMP/de.txt"
expect "different languages: card, no false agreement" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))
sys.exit(0 if all(len(f['support'])==1 for f in c['facts']) else 1)"

cat > "$TMP/plain1.txt" <<'T'
Heavy rain flooded several streets in the old town and closed the river road for the afternoon.
T
cat > "$TMP/plain2.txt" <<'T'
Several streets in the old town were flooded by heavy rain, and the river road was closed.
T
run_cmd story --format json "$TMP/plain1.txt" "$TMP/plain2.txt"
expect "no quotes or dates: card" test $RC -eq 0
expect "no quotes or dates: empty sections, shared fact" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))
sys.exit(0 if not c['quotes'] and not c['divergences'] and any(len(f['support'])==2 for f in c['facts']) else 1)"

run_cmd story "$TMP/missing.txt"
expect "missing file: non-zero, named" sh -c "test $RC -ne 0 && grep -q missing.txt '$TMP/err'"
: > "$TMP/empty.txt"
run_cmd story "$TMP/empty.txt"
expect "empty file: non-zero, one line" sh -c "test $RC -ne 0 && test \$(wc -l < '$TMP/err') -eq 1"
run_cmd story --format pdf "$TMP/one.txt"
expect "bad format: usage error (exit 2, as summarize)" sh -c "test $RC -eq 2 && grep -q \"unknown format\" '$TMP/err'"
# Regression: a reprint of one article changed the card (term weights
# counted the copy's sentences, so the lead lost its support; a copy's
# name-only fragments were listed as facts twice); two copies of one
# article said every fact was "reported by all".
mkdir -p "$TMP/withcopy" "$TMP/pair"
cp "$SRC"/examples/ferry/*.txt "$TMP/withcopy/"
cp "$SRC/examples/ferry/coastline.txt" "$TMP/withcopy/reprint.txt"
"$BIN" story --format json "$SRC/examples/ferry" > "$TMP/plain.json" 2>/dev/null
"$BIN" story --format json "$TMP/withcopy" > "$TMP/copy.json" 2>/dev/null
expect "a reprint changes no support, group or fact" python3 -c "
import json
def key(path):
    c = json.load(open(path))
    drop = lambda s: [d for d in s if d != 'reprint']
    return ([(i['text'], drop(i['support']), i['group']) for i in c['summary']],
            sorted((i['text'], tuple(drop(i['support'])), i['group']) for i in c['facts']))
assert key('$TMP/plain.json') == key('$TMP/copy.json')"
cp "$SRC/examples/ferry/coastline.txt" "$TMP/pair/a.txt"
cp "$SRC/examples/ferry/coastline.txt" "$TMP/pair/b.txt"
run_cmd story --format json "$TMP/pair"
expect "two copies of one article: one source, said in a note" python3 -c "
import json; c = json.load(open('$TMP/out'))
assert 'independent' in c['note'] and all(f['group'] == 'one' for f in c['facts'])"
# A budget below every sentence gives the shortest sentence, and says so
# (it went over the budget silently).
run_cmd story --words 1 "$SRC/examples/ferry"
expect "story --words 1: a warning naming the budget" grep -q 'no sentence fits in 1 words' "$TMP/err"
# One article is "1 article" in the heading ("1 articles").
run_cmd story "$SRC/examples/ferry/islander.txt"
expect "one article: singular in the heading" grep -q '^Story card: islander (1 article)$' "$TMP/out"
# HTML is one page: a second story is refused, not a second <html> joined
# to the first.
printf '%s\n' '{"id":"a","docs":[{"id":"x","text":"The mayor opened the new bridge on Monday after years of work."}]}' \
    '{"id":"b","docs":[{"id":"y","text":"The quay reopened on Tuesday after repairs to its old wall."}]}' > "$TMP/two.jsonl"
run_cmd story --format html "$TMP/two.jsonl"
expect "html with two stories: one page, exit 2, says why" \
    sh -c "test $RC -eq 2 && test \$(grep -c '<html' '$TMP/out') -eq 1 && grep -q 'one page' '$TMP/err'"
# Regression found by a bug hunt (session S): Markdown passes HTML through,
# so a page's markup in a title was markup where the card is published.
printf 'Title: <img src=x onerror=alert(1)>\n\nTom Rudd opened the new bridge in Harlow on Monday.\n' > "$TMP/md1.txt"
printf 'Title: Bridge <b>opens</b>\n\nThe new bridge in Harlow was opened by Tom Rudd on Monday.\n' > "$TMP/md2.txt"
run_cmd story --format markdown "$TMP/md1.txt" "$TMP/md2.txt"
expect "markdown: a '<' of the articles is &lt;" sh -c "test $RC -eq 0 && ! grep -q '<' '$TMP/out' && \
  grep -q '&lt;img src=x' '$TMP/out' && grep -q 'Bridge &lt;b>opens&lt;/b>' '$TMP/out'"
finish
