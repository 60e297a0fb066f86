# chorus extract and HTML input: bad pages, URLs against a local server.
. "$(dirname "$0")/lib.sh"
ART='<html><head><title>Quarry strike ends</title></head><body><article><p>Workers at the quarry returned on Monday after a strike that lasted three weeks, the union said.</p><p>The company agreed to raise wages by four percent, and to review the night shifts.</p></article></body></html>'

# Truncated HTML: best-effort text.
printf '%s' "$ART" | head -c 190 > "$TMP/trunc.html"
run_cmd extract "$TMP/trunc.html"
expect "truncated: exit 0" test $RC -eq 0
expect "truncated: text kept" grep -q "Workers at the quarry" "$TMP/out"

# No body at all: a clear message, non-zero exit, metadata still there.
printf '<html><head><title>Only a head</title></head></html>' > "$TMP/nobody.html"
run_cmd extract --format json "$TMP/nobody.html"
expect "no body: exit 65" test $RC -eq 65
expect "no body: message names file" grep -q "nobody.html: no article text" "$TMP/err"
expect "no body: title in JSON" grep -q '"title":"Only a head"' "$TMP/out"
expect "json: each line names its page as given" grep -q "^{\"page\":\"$TMP/nobody.html\",\"title\"" "$TMP/out"
printf '%s' "$ART" > "$TMP/q\"uote.html"
run_cmd extract --format json "$TMP/q\"uote.html"
expect "json: a page name with a quotation mark stays valid JSON" \
    python3 -c 'import json,sys; assert json.loads(open(sys.argv[1]).read())["page"].endswith("q\"uote.html")' "$TMP/out"
# An unknown option is named as such, also last on the line (it was
# "needs a value"), and one --url cannot name several pages.
run_cmd extract "$TMP/nobody.html" --bogus
expect "unknown option last: exit 2, named unknown" sh -c "test $RC -eq 2 && grep -q \"unknown option '--bogus'\" '$TMP/err'"
run_cmd extract --url https://news.example.org/a "$TMP/nobody.html" "$TMP/trunc.html"
expect "--url with two pages: exit 2" sh -c "test $RC -eq 2 && grep -q 'one page' '$TMP/err'"

# All script.
printf '<html><body><script>var a = "Lots of text in a script that is not an article at all, really.";</script><script>document.write("more")</script></body></html>' > "$TMP/script.html"
run_cmd extract "$TMP/script.html"
expect "all script: exit 65, one line" test $RC -eq 65 -a "$(wc -l < "$TMP/err")" -eq 1
expect "all script: no script text" test ! -s "$TMP/out"

# Wrong charset declaration: UTF-8 bytes declared as ISO-8859-1.
printf '<html><head><meta charset="iso-8859-1"></head><body><p>Le caf\xc3\xa9 du port a rouvert lundi, apr\xc3\xa8s deux ans de travaux, et les habitu\xc3\xa9s sont revenus.</p></body></html>' > "$TMP/wrongcs.html"
run_cmd extract "$TMP/wrongcs.html"
expect "wrong charset: UTF-8 kept" grep -q "Le café du port" "$TMP/out"
# Right declaration of a legacy charset.
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Le caf\xe9 \x93Chez Marie\x94 a rouvert ses portes lundi apr\xe8s deux ans de travaux.</p></body></html>' > "$TMP/cp1252.html"
run_cmd extract "$TMP/cp1252.html"
expect "windows-1252 declared: decoded" grep -q "café “Chez Marie”" "$TMP/out"

# 100,000-deep nesting: no crash, the text at the bottom is found.
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<div>"*100000 + "<p>Deep text at the bottom of the nesting, long enough to be a paragraph.</p>" + "</div>"*100000 + "</body></html>")' > "$TMP/deep.html"
run_cmd extract "$TMP/deep.html"
expect "deep nesting: exit 0" test $RC -eq 0
expect "deep nesting: text" grep -q "Deep text at the bottom" "$TMP/out"

# Nested elements that each look like a date, byline or headline: linear time.
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<div class=\"publish byline\"><time><h1><b>"*50000 + "<p>Deep text under many hint elements, long enough to be a paragraph.</p>" + "</b></h1></time></div>"*50000 + "</body></html>")' > "$TMP/hints.html"
timeout 60 "$BIN" extract "$TMP/hints.html" > "$TMP/out" 2> "$TMP/err"; RC=$?
expect "nested hints: done within 60 s" test $RC -eq 0
expect "nested hints: text" grep -q "Deep text under many hint elements" "$TMP/out"

# A 100 MB page, made here: cut with a warning, memory bounded.
python3 - "$TMP/big.html" <<'PY'
import sys
p = '<p>Paragraph %d of a very large page, with commas, words, and more words to make it long.</p>\n'
with open(sys.argv[1], 'w') as f:
    f.write('<html><head><title>Big</title></head><body><article>')
    n = i = 0
    while n < 100 * 1024 * 1024:
        s = p % i; f.write(s); n += len(s); i += 1
    f.write('</article></body></html>')
PY
RSS=$(python3 - "$BIN" "$TMP/big.html" "$TMP/out" "$TMP/err" <<'PY'
import resource, subprocess, sys
with open(sys.argv[3], 'w') as o, open(sys.argv[4], 'w') as e:
    rc = subprocess.call([sys.argv[1], 'extract', sys.argv[2]], stdout=o, stderr=e)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
)
set -- $RSS
expect "100 MB page: exit 0" test "$1" -eq 0
expect "100 MB page: text" grep -q "Paragraph 1000 of a very large page" "$TMP/out"
expect "100 MB page: cut with a warning naming it" grep -q "big.html: page of [0-9]* bytes cut to its first" "$TMP/err"
# The same page among the articles of a story: the warning names it too.
printf 'Title: Quay\n\nThe quay reopened on Monday after repairs to its wall.\n' > "$TMP/quay.txt"
run_cmd summarize "$TMP/big.html" "$TMP/quay.txt"
expect "100 MB page in a story: the warning names it" grep -q "big.html: page of [0-9]* bytes cut" "$TMP/err"
# Sanitizer builds use several times the memory; the bound is for plain builds.
LIMIT=600; nm "$BIN" 2>/dev/null | grep -q __asan_init && LIMIT=4000
echo "peak RSS on the 100 MB page: $2 MB (limit $LIMIT)"
expect "100 MB page: memory bounded" test "$2" -lt $LIMIT

# HTML files as articles in other commands: metadata becomes the source.
printf '%s' "$ART" > "$TMP/a.html"
sed 's/Quarry strike ends/Strike over/; s/three weeks/21 days/' "$TMP/a.html" > "$TMP/b.htm"
run_cmd summarize --format json "$TMP/a.html" "$TMP/b.htm"
expect "summarize html: exit 0" test $RC -eq 0
expect "summarize html: no markup in summary" sh -c "! grep -q '<p>' '$TMP/out'"
expect "summarize html: text used" grep -q "quarry" "$TMP/out"
python3 -c 'import json,sys; a=open(sys.argv[1]).read(); print(json.dumps({"id":"s","docs":[{"id":"x","html":a,"url":"https://news.example.org/q"}]}))' "$TMP/a.html" > "$TMP/h.jsonl"
run_cmd summarize --format json "$TMP/h.jsonl"
expect "jsonl html field: exit 0" test $RC -eq 0
expect "jsonl html field: outlet from the url" grep -q '"source":"news.example.org"' "$TMP/out"

# Regressions found by an audit (session 22): the references a browser
# shows as Windows-1252 characters, binary files, an unknown --charset,
# several pages in text, a --timeout that is no number.
printf '<html><body><article><p>We don&#146;t expect delays &#150; the council said on Tuesday after a long meeting about the bridge.</p></article></body></html>' > "$TMP/c1.html"
run_cmd extract "$TMP/c1.html"
expect "&#146; and &#150;: the characters a browser shows" grep -q "We don’t expect delays – the council" "$TMP/out"
{ printf '\x89PNG\r\n\x1a\n'; head -c 3000 /dev/urandom; printf '\0\0'; } > "$TMP/img.png"
run_cmd extract "$TMP/img.png"
expect "binary file: exit 65, named, nothing printed" sh -c "test $RC -eq 65 && grep -q 'img.png: binary data' '$TMP/err' && test ! -s '$TMP/out'"
run_cmd extract --charset bogus-cs "$TMP/c1.html"
expect "unknown --charset: exit 2, named" sh -c "test $RC -eq 2 && grep -q \"unknown character set 'bogus-cs'\" '$TMP/err'"
run_cmd extract "$TMP/c1.html" "$TMP/c1.html"
expect "several pages: a header before each" test "$(grep -c '^==> .*c1.html <==$' "$TMP/out")" -eq 2
run_cmd extract --timeout nan "$TMP/c1.html"
expect "--timeout nan: exit 2" test $RC -eq 2

# URLs, against a server on localhost only.
python3 "$SRC/tests/cli/extract_server.py" > "$TMP/port" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
PORT=$(cat "$TMP/port")
URL="http://127.0.0.1:$PORT"
run_cmd extract --format json "$URL/article.html"
expect "url: exit 0" test $RC -eq 0
expect "url: text" grep -q "passenger ferry ran aground" "$TMP/out"
expect "url: outlet, date, title" grep -q '"title":"Ferry runs aground","date":"2024-03-05","author":"","source":"Coast Times"' "$TMP/out"
expect "url: no navigation" sh -c "! grep -q 'Home' '$TMP/out'"
run_cmd extract --max-bytes 100 "$URL/article.html"
expect "URL over --max-bytes: exit 65 (a bad page, not the network's 69), named" \
    sh -c "test $RC -eq 65 && grep -q 'article.html: page larger than 100 bytes' '$TMP/err'"
run_cmd extract "$URL/redirect"
expect "redirect followed" grep -q "passenger ferry ran aground" "$TMP/out"
run_cmd extract "$URL/missing.html"
expect "404: exit 69, one line naming the URL" test $RC -eq 69 -a "$(wc -l < "$TMP/err")" -eq 1
expect "404: message" grep -q "missing.html: HTTP status 404" "$TMP/err"
run_cmd extract --timeout 0.5 "$URL/slow"
expect "timeout: non-zero, message" test $RC -ne 0
expect "timeout: message names the URL" grep -q "/slow: timed out" "$TMP/err"
run_cmd extract "$URL/missing.html" "$URL/article.html"
expect "failed URL among others: the other printed" grep -q "passenger ferry" "$TMP/out"
expect "failed URL among others: non-zero" test $RC -ne 0
run_cmd summarize "$URL/missing.html" "$URL/article.html"
expect "summarize: failed URL warned, others used" test $RC -eq 0 -a -s "$TMP/out"
expect "summarize: warning names the URL" grep -q "missing.html: HTTP status 404, skipped" "$TMP/err"
run_cmd summarize --timeout 0.5 "$URL/slow" "$URL/article.html"
expect "summarize --timeout: slow URL warned, others used" test $RC -eq 0 -a -s "$TMP/out"
expect "summarize --timeout: warning names the URL" grep -q "/slow: timed out" "$TMP/err"
run_cmd story --timeout 0.5 "$URL/slow" "$URL/article.html"
expect "story --timeout: slow URL warned" grep -q "/slow: timed out" "$TMP/err"
run_cmd extract --format json "$URL/koi8"
expect "charset from the Content-Type header" grep -q '"title":"Новости дня"' "$TMP/out"
run_cmd extract "$URL/image.png"
expect "a URL that is an image: exit 65, says so" sh -c "test $RC -eq 65 && grep -q 'image.png: not a web page (Content-Type image/png)' '$TMP/err'"
run_cmd summarize "$URL/image.png" "$URL/article.html"
expect "summarize: image URL skipped with a warning" sh -c "test $RC -eq 0 && grep -q 'not a web page.*skipped' '$TMP/err'"
run_cmd extract "HTTP://127.0.0.1:$PORT/article.html"
expect "scheme in capitals: a URL" grep -q "passenger ferry ran aground" "$TMP/out"
# Regression found by a bug hunt (session S): as head(1) does, a blank line
# parts one page's text from the next page's header (they ran together).
run_cmd extract "$TMP/c1.html" "$TMP/c1.html"
expect "several pages: a blank line before the second header" \
    test "$(awk '/^==> / && NR > 1 {print "[" prev "]"} {prev = $0}' "$TMP/out")" = "[]"
finish
