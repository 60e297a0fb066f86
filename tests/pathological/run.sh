# Pathological inputs: each must finish within its time limit with a clean
# exit (0, or 65 with a message) and never crash. Inputs are generated here.
# Run as: bash run.sh <chorus binary> <source dir>
set -u
BIN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PASS=0
FAIL=0
LIMIT=${CHORUS_PATHO_LIMIT:-20}

# check NAME ALLOWED_CODES CMD...: runs CMD under the time limit.
check() {
  local name=$1 allowed=$2; shift 2
  timeout "$LIMIT" "$@" > "$TMP/out" 2> "$TMP/err"
  local rc=$?
  if [ $rc -eq 124 ]; then echo "FAIL $name: over ${LIMIT}s"; FAIL=$((FAIL+1)); return; fi
  case " $allowed " in
    *" $rc "*) ;;
    *) echo "FAIL $name: exit $rc"; head -c 300 "$TMP/err"; FAIL=$((FAIL+1)); return ;;
  esac
  if [ $rc -ne 0 ] && [ "$(wc -l < "$TMP/err")" -lt 1 ]; then
    echo "FAIL $name: non-zero exit without a message"; FAIL=$((FAIL+1)); return
  fi
  if [ $rc -eq 0 ] && [ ! -s "$TMP/out" ]; then
    echo "FAIL $name: empty output"; FAIL=$((FAIL+1)); return
  fi
  echo "ok   $name (exit $rc)"; PASS=$((PASS+1))
}

gen() { python3 -c "$1" > "$TMP/$2"; }

gen 'import sys; sys.stdout.write("A. " * 2000000)' tiny_sentences.txt
check "two million one-letter sentences" "0" "$BIN" summarize "$TMP/tiny_sentences.txt"
check "segment two million one-letter sentences" "0" "$BIN" segment "$TMP/tiny_sentences.txt"

gen 'import sys; sys.stdout.write("." * 3000000 + "\n")' dots.txt
check "three million dots" "0 65" "$BIN" summarize "$TMP/dots.txt"

gen 'import sys; sys.stdout.write("(" * 1000000 + "word" + ")" * 1000000 + "\n")' parens.txt
check "a million nested brackets" "0 65" "$BIN" summarize "$TMP/parens.txt"

gen 'import sys; sys.stdout.write("\"" * 1000000 + " Mr. U.S. 4 a.m. ... ?! " * 100000)' quotes.txt
check "quote and abbreviation storm" "0 65" "$BIN" segment "$TMP/quotes.txt"

gen 'import sys; sys.stdout.write("\n\n".join("Para %d has one sentence." % i for i in range(300000)))' paras.txt
check "300,000 paragraphs" "0" "$BIN" summarize "$TMP/paras.txt"

gen 'import sys; sys.stdout.write("A word.\n" + " \n" * 2000000)' blank_lines.txt
check "segment a word before two million blank lines" "0" "$BIN" segment "$TMP/blank_lines.txt"

# a sentence printed on one line: a run of spaces is copied once, not
# scanned again from each of its bytes
gen 'import sys; sys.stdout.write("The ferry" + " " * 2000000 + "left at dawn.\n")' spaces.txt
check "segment a sentence with two million spaces" "0" "$BIN" segment "$TMP/spaces.txt"
check "summarize a sentence with two million spaces" "0" "$BIN" summarize "$TMP/spaces.txt"

gen 'import sys; sys.stdout.write("x" * 5000000 + "\n")' oneword.txt
check "one five-million-byte word" "0 65" "$BIN" summarize "$TMP/oneword.txt"

gen '
import json, sys
docs = [{"id": "d%d" % i, "text": "Story %d says the council voted on the budget on Monday. It passed by %d votes." % (i, i)} for i in range(3000)]
sys.stdout.write(json.dumps({"id": "big", "docs": docs}) + "\n")' many_docs.jsonl
check "one story of 3,000 articles" "0" "$BIN" summarize --format jsonl "$TMP/many_docs.jsonl"

gen '
import json, sys
for i in range(20000):
    sys.stdout.write(json.dumps({"id": "s%d" % i, "docs": [{"id": "a", "text": "The mayor opened the bridge on day %d. Crowds cheered." % i}]}) + "\n")' many_stories.jsonl
check "20,000 one-article stories" "0" "$BIN" summarize --format jsonl "$TMP/many_stories.jsonl"
[ "$(wc -l < "$TMP/out")" -eq 20000 ] && { echo "ok   20,000 stories give 20,000 lines"; PASS=$((PASS+1)); } \
  || { echo "FAIL 20,000 stories give $(wc -l < "$TMP/out") lines"; FAIL=$((FAIL+1)); }

gen 'import sys; sys.stdout.write("|||||".join("Article %d text goes here. NEWLINE_CHAR It continues." % i for i in range(50000)) + "\n")' multinews.txt
check "Multi-News line of 50,000 articles" "0" "$BIN" summarize --input multinews "$TMP/multinews.txt"

gen '
import json, sys, random
# 500 articles from a pool of 300 sentences over 3,000 made-up words, each
# with one of 60 quotes: many shared facts, quotes and paragraphs, and no
# article a copy of another (the card once compared all pairs of them).
cons = "bcdfghjklmnprstvz"
words = ["%s%s%s%s" % (cons[i % 17], "aeiou"[i // 17 % 5], cons[i // 85 % 17], "aeiou"[i // 1445 % 5]) for i in range(3000)]
def sent(k):
    r = random.Random(k)
    return "The " + " ".join(r.choice(words) for _ in range(12)) + " plan was approved on day %d." % k
docs = []
for i in range(500):
    r = random.Random(i + 1000)
    paras = [" ".join(sent(r.randrange(300)) for _ in range(2)) for _ in range(4)]
    q = r.randrange(60)
    paras.append("\"We will build the %s and the %s before winter %d,\" said Mayor Smith%d." % (words[q], words[q * 7], q, q % 9))
    docs.append({"id": "d%d" % i, "text": "\n\n".join(paras)})
sys.stdout.write(json.dumps({"id": "big", "docs": docs}) + "\n")' card_docs.jsonl
check "story card of 500 articles sharing facts and quotes" "0" "$BIN" story --format json "$TMP/card_docs.jsonl"

# One article of 25,000 sentences in paragraphs of three, a quote in every
# fifth with "she said": the speaker search read back to the article's
# start for every quote (40,000 sentences took 19 s) and, at the end of
# its words, past them (ASan).
gen 'import json, random, sys
r = random.Random(3)
names = ["Anna Berg", "Tomas Lind", "Marta Quell"]
def sent(i):
    x = r.random()
    if x < 0.2:
        return "\"The harbour wall needs work number %d,\" said %s." % (i, r.choice(names))
    if x < 0.3:
        return "%s said the council would meet. Then \"We will decide soon,\" she said." % r.choice(names)
    return "The council approved %d new boats for the port of Alder on Tuesday." % (i % 97)
ss = [sent(i) for i in range(25000)]
text = "\n\n".join(" ".join(ss[i:i + 3]) for i in range(0, len(ss), 3))
sys.stdout.write(json.dumps({"id": "long", "docs": [{"id": "a", "text": text}, {"id": "b", "text": text[:20000]}]}) + "\n")' long_article.jsonl
check "story card of one article of 25,000 sentences with quotes" "0" "$BIN" story --format json "$TMP/long_article.jsonl"

gen 'import sys; sys.stdout.write("<DOC><DOCNO>x</DOCNO><TEXT>" * 100000)' sgml.sgml
check "100,000 unclosed SGML documents" "0 65" "$BIN" summarize --input sgml "$TMP/sgml.sgml"

echo "pathological: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
