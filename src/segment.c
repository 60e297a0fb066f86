/* News-aware rule-based sentence splitter.
 *
 * One left-to-right pass over the text. Only a few bytes can end a sentence
 * (. ! ? … CJK stops, line breaks, bullets, list markers); at each one the
 * decision looks a bounded distance back (the word before, at most three
 * words of context) and forward (the next word), so the whole pass is linear
 * even on a 50 MB line. docs/segmentation.md describes the rules. */
#include "segment.h"

#include <string.h>
#include <utf8proc.h>

#include "error.h"
#include "segment_lang.h"
#include "util/utf8.h"

enum { CH_LOWER = 1, CH_UPPER, CH_DIGIT, CH_OTHER, CH_END };

/* Word kinds beyond seg_abbr_kind, for the word before a dot. */
enum { KIND_NUMERAL = 16, KIND_LETTER, KIND_ACRONYM, KIND_LONG };

enum { MAX_WORD = 64, MAX_CONTEXT = 200 };

typedef struct seg {
    const char *t;
    size_t len;
    const seg_lang *lg;
    span_vec *out;
    size_t start;   /* start of the current sentence */
    size_t first;   /* its first content byte; SIZE_MAX until computed */
    size_t line;    /* start of the current line */
    size_t para;    /* index of the current paragraph */
    int para_used;  /* a span was emitted in the current paragraph */
    size_t wrap_w;  /* width the paragraph is hard-wrapped at, 0 if not known */
    int blank_wrap; /* blank lines may wrap sentences (blank_line_wrapped) */
    size_t run_end; /* end of the last run of blank-line wraps read (wrap_run_punctuated) */
    int run_ok;     /* that run holds . ! or ? */
    int list;       /* marker kind of the list being split on this line */
    long list_next; /* value the next marker of that list must have */
    int err;
} seg;

/* What follows a candidate boundary. */
typedef struct next_tok {
    size_t word;  /* first byte after whitespace and opening quotes */
    int cls;      /* CH_* class of the character at word */
    int quoted;   /* an opening quote or bracket came first */
    int newline;  /* the whitespace held a line break */
    int para;     /* the whitespace held a blank line */
} next_tok;

static int is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Byte length of a 3-byte sequence e2 b1 b2 at i, or 0. */
static int match3(const seg *s, size_t i, unsigned char a, unsigned char b, unsigned char c)
{
    const unsigned char *u = (const unsigned char *)s->t + i;
    return i + 3 <= s->len && u[0] == a && u[1] == b && u[2] == c ? 3 : 0;
}

/* Closing quote or bracket at i: its byte length, or 0. */
static int closer_len(const seg *s, size_t i)
{
    unsigned char c = (unsigned char)s->t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}')
        return 1;
    if (c == 0xC2 && i + 1 < s->len && (unsigned char)s->t[i + 1] == 0xBB) /* » */
        return 2;
    if (c == 0xE2) /* ” ’ › */
        return match3(s, i, 0xE2, 0x80, 0x9D) | match3(s, i, 0xE2, 0x80, 0x99) |
               match3(s, i, 0xE2, 0x80, 0xBA);
    if (c == 0xE3) /* 」 』 */
        return match3(s, i, 0xE3, 0x80, 0x8D) | match3(s, i, 0xE3, 0x80, 0x8F);
    return 0;
}

/* Opening quote or bracket (or Spanish ¿ ¡) at i: its byte length, or 0. */
static int opener_len(const seg *s, size_t i)
{
    unsigned char c = (unsigned char)s->t[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{')
        return 1;
    if (c == 0xC2 && i + 1 < s->len) {
        unsigned char d = (unsigned char)s->t[i + 1];
        return d == 0xAB || d == 0xBF || d == 0xA1 ? 2 : 0; /* « ¿ ¡ */
    }
    if (c == 0xE2) /* “ ‘ „ ‹ */
        return match3(s, i, 0xE2, 0x80, 0x9C) | match3(s, i, 0xE2, 0x80, 0x98) |
               match3(s, i, 0xE2, 0x80, 0x9E) | match3(s, i, 0xE2, 0x80, 0xB9);
    return 0;
}

/* List bullet at i (• ‣ ⁃ ◦ ▪ ●): its byte length, or 0. */
static int bullet_len(const seg *s, size_t i)
{
    if ((unsigned char)s->t[i] != 0xE2)
        return 0;
    return match3(s, i, 0xE2, 0x80, 0xA2) | match3(s, i, 0xE2, 0x80, 0xA3) |
           match3(s, i, 0xE2, 0x81, 0x83) | match3(s, i, 0xE2, 0x97, 0xA6) |
           match3(s, i, 0xE2, 0x96, 0xAA) | match3(s, i, 0xE2, 0x97, 0x8F);
}

/* CH_* class of the character at i. */
static int char_class(const seg *s, size_t i)
{
    if (i >= s->len)
        return CH_END;
    unsigned char c = (unsigned char)s->t[i];
    if (c < 0x80)
        return is_digit(c) ? CH_DIGIT
               : is_alpha(c) ? (c >= 'a' ? CH_LOWER : CH_UPPER)
                             : CH_OTHER;
    int32_t cp;
    if (cutf8_decode((const unsigned char *)s->t + i, s->len - i, &cp) < 0)
        return CH_OTHER;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LL:
        return CH_LOWER;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LO: /* caseless scripts: any letter may open a sentence */
        return CH_UPPER;
    case UTF8PROC_CATEGORY_ND:
        return CH_DIGIT;
    default:
        return CH_OTHER;
    }
}

/* Appends [from, to) trimmed of whitespace, unless empty. */
static void emit(seg *s, size_t to)
{
    size_t a = s->start, b = to;
    while (a < b && is_ws((unsigned char)s->t[a]))
        a++;
    while (b > a && is_ws((unsigned char)s->t[b - 1]))
        b--;
    s->start = to;
    s->first = SIZE_MAX;
    if (a == b)
        return;
    chorus_span sp = {a, b, s->para};
    if (VEC_PUSH(s->out, sp) < 0)
        s->err = 1;
    s->para_used = 1;
}

/* First content byte of the current sentence: after whitespace, bullets
 * and opening quotes. Cached, so repeated calls stay linear overall. */
static size_t sentence_first(seg *s)
{
    if (s->first != SIZE_MAX)
        return s->first;
    size_t p = s->start;
    for (;;) {
        int k = 0;
        if (p < s->len && is_ws((unsigned char)s->t[p]))
            k = 1;
        else if (p < s->len)
            k = bullet_len(s, p) ? bullet_len(s, p) : opener_len(s, p);
        if (!k)
            break;
        p += (size_t)k;
    }
    return s->first = p;
}

/* Number of words (up to 3) of the current sentence before position b. */
static int words_before(seg *s, size_t b)
{
    size_t lo = sentence_first(s);
    int capped = 0, words = 0, in = 0;
    if (b > lo + MAX_CONTEXT) {
        lo = b - MAX_CONTEXT;
        capped = 1;
    }
    for (size_t p = b; p > lo && words < 3; p--) {
        if (is_ws((unsigned char)s->t[p - 1])) {
            words += in;
            in = 0;
        } else {
            in = 1;
        }
    }
    words += in;
    return capped || words > 3 ? 3 : words;
}

/* Skips whitespace (noting line breaks) and opening quotes after k. */
static void look_next(const seg *s, size_t k, next_tok *nt)
{
    int nl = 0, blank = 0;
    memset(nt, 0, sizeof *nt);
    while (k < s->len && is_ws((unsigned char)s->t[k])) {
        if (s->t[k] == '\n')
            blank |= nl++ > 0;
        k++;
    }
    for (int n = 0, q; n < 4 && k < s->len && (q = opener_len(s, k)) > 0; n++) {
        k += (size_t)q;
        nt->quoted = 1;
    }
    nt->word = k;
    nt->cls = char_class(s, k);
    nt->newline = nl > 0;
    nt->para = blank;
}

/* Lower-cases the ASCII-letter word at p into buf (non-ASCII bytes kept);
 * returns its length, or 0 when it is empty or longer than cap - 1. */
static size_t word_at(const seg *s, size_t p, char *buf, size_t cap)
{
    size_t n = 0;
    while (p + n < s->len && n < cap) {
        unsigned char c = (unsigned char)s->t[p + n];
        if (c < 0x80 && !is_alpha(c))
            break;
        if (c >= 0x80 && closer_len(s, p + n))
            break;
        buf[n] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        n++;
    }
    return n == cap ? 0 : n;
}

/* 1 when the word at p commonly opens a sentence ("The", "However", "I"). */
static int next_is_opener(const seg *s, size_t p)
{
    char buf[24];
    size_t n = word_at(s, p, buf, sizeof buf);
    return n && seg_lang_opener(s->lg, buf, n);
}

/* 1 when one of the two words at p is a speech verb: after a quotation,
 * "Pete said." and "said Pete." continue the sentence. */
static int speech_follows(const seg *s, size_t p)
{
    char buf[24];
    for (int w = 0; w < 2; w++) {
        size_t n = word_at(s, p, buf, sizeof buf);
        if (!n)
            return 0;
        if (seg_lang_speech(s->lg, buf, n))
            return 1;
        p += n;
        while (p < s->len && (s->t[p] == ' ' || s->t[p] == '\t'))
            p++;
        while (p < s->len && (unsigned char)s->t[p] >= 0x80 && !is_ws((unsigned char)s->t[p]))
            p++; /* rest of a non-ASCII word */
    }
    return 0;
}

/* 1 when the word at p is the pronoun "I". */
static int next_is_i(const seg *s, size_t p)
{
    return s->t[p] == 'I' && (p + 1 >= s->len || !is_alpha((unsigned char)s->t[p + 1]));
}

/* 1 for letters separated by dots with short parts: "U.S", "a.m", "Ph.D". */
static int is_acronym(const char *w, size_t n)
{
    size_t part = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') {
            if (part == 0)
                return 0;
            dots++;
            part = 0;
        } else if (is_alpha((unsigned char)w[i]) && part < 2) {
            part++;
        } else {
            return 0;
        }
    }
    return dots > 0 && part > 0;
}

/* Kind of the word t[b..e) that precedes a dot. */
static int word_kind(const seg *s, size_t b, size_t e)
{
    char buf[MAX_WORD];
    size_t n = e - b;
    const char *w = s->t + b;
    if (n == 0)
        return SEG_ABBR_NONE;
    if (n < sizeof buf) {
        for (size_t i = 0; i < n; i++)
            buf[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
        seg_abbr_kind k = seg_lang_abbr(s->lg, buf, n);
        if (k != SEG_ABBR_NONE)
            return (int)k;
    }
    if (is_digit((unsigned char)w[0])) {
        for (size_t i = 0; i < n; i++)
            if (!is_digit((unsigned char)w[i]) && !strchr(".,:/", w[i]))
                return SEG_ABBR_NONE;
        return KIND_NUMERAL;
    }
    if (n == 1 && is_alpha((unsigned char)w[0]))
        return KIND_LETTER;
    if (is_acronym(w, n))
        return KIND_ACRONYM;
    /* "R-Pa.", "D-Ala.", "R-N. C.": a party's capital and a state's
     * abbreviation (or its first letter), which decides */
    if (n >= 3 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z')
        return word_kind(s, b + 2, e);
    return SEG_ABBR_NONE;
}

/* Start of the word that ends at the dot at i, without leading quotes,
 * brackets or bullets; SIZE_MAX when longer than MAX_WORD. */
static size_t word_start(seg *s, size_t i)
{
    size_t b = i, lo = s->start;
    while (b > lo && !is_ws((unsigned char)s->t[b - 1])) {
        if (i - b >= MAX_WORD)
            return SIZE_MAX;
        b--;
    }
    for (int k; b < i && ((k = opener_len(s, b)) > 0 || (k = bullet_len(s, b)) > 0);)
        b += (size_t)k;
    return b;
}

/* End of t[b..e) without its trailing blanks. */
static size_t trim_end(const seg *s, size_t b, size_t e)
{
    while (e > b && is_ws((unsigned char)s->t[e - 1]))
        e--;
    return e;
}

/* Where the line whose text starts at p begins, its indent included:
 * wrapping counts the indent of a paragraph's first line. */
static size_t indent_start(const seg *s, size_t p)
{
    while (p > 0 && (s->t[p - 1] == ' ' || s->t[p - 1] == '\t'))
        p--;
    return p;
}

/* Columns t[a..b) took on the wire: characters, not bytes, and “ ” count
 * two, as the `` '' they were read from (story.c) when the line was
 * wrapped. */
static size_t columns(const seg *s, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s->t[i];
        n += (c & 0xC0) != 0x80;
        n += c == 0xE2 && i + 2 < b && (unsigned char)s->t[i + 1] == 0x80 &&
             ((unsigned char)s->t[i + 2] == 0x9C || (unsigned char)s->t[i + 2] == 0x9D);
    }
    return n;
}

/* Width of the line that ends at nl, indent included, without trailing
 * blanks. */
static size_t line_len(const seg *s, size_t nl)
{
    return columns(s, indent_start(s, s->line), trim_end(s, s->line, nl));
}

/* Start of the last word of t[b..e): after the last blank, or b. */
static size_t last_word(const seg *s, size_t b, size_t e)
{
    while (e > b && !is_ws((unsigned char)s->t[e - 1]))
        e--;
    return e;
}

/* 1 when the line t[b..e) (trailing blanks trimmed) is long and stops
 * inside a clause: no final punctuation, and its last word is in lower case
 * or ends in a comma. That is hard-wrapped prose ("... the Tanglewood music
 * festival in"); a long headline ends in a capitalised word. */
static int runs_on(const seg *s, size_t b, size_t e)
{
    if (e - b <= 60 || strchr(".!?:;", s->t[e - 1]) || closer_len(s, e - 1))
        return 0;
    return s->t[e - 1] == ',' || char_class(s, last_word(s, b, e)) == CH_LOWER;
}

/* Width the paragraph starting at p is hard-wrapped at: the longest of its
 * lines that run on into the next, or 0 when none does. Found before the
 * paragraph is split, so its first lines are read as wrapped too; each
 * paragraph is scanned once more, which keeps the splitter linear. */
static size_t block_width(const seg *s, size_t p)
{
    size_t width = 0;
    while (p < s->len) {
        const char *nl = memchr(s->t + p, '\n', s->len - p);
        size_t e = nl ? (size_t)(nl - s->t) : s->len, k = e + 1, n = trim_end(s, p, e);
        while (k < s->len && (s->t[k] == ' ' || s->t[k] == '\t' || s->t[k] == '\r'))
            k++;
        if (!nl || k >= s->len || s->t[k] == '\n')
            break; /* the paragraph's last line runs on into nothing */
        size_t cols = runs_on(s, p, n) ? columns(s, indent_start(s, p), n) : 0;
        if (cols > width)
            width = cols;
        p = k;
    }
    return width;
}

/* 1 when the line break at nl is a hard wrap: the paragraph is known to be
 * wrapped at s->wrap_w bytes and the word after the break would not have
 * fitted on the line. A break before a word that would have fitted was
 * meant (a headline, a list). */
static int is_wrap(const seg *s, size_t nl, size_t next)
{
    size_t w = 0;
    if (!s->wrap_w)
        return 0;
    while (next + w < s->len && !is_ws((unsigned char)s->t[next + w]))
        w++;
    return line_len(s, nl) + 1 + columns(s, next, next + w) > s->wrap_w;
}

/* 1 when the line break before the word at p is a hard wrap. */
static int wrapped_before(const seg *s, size_t p)
{
    size_t nl = p;
    while (nl > s->line && s->t[nl - 1] != '\n')
        nl--;
    return nl > s->line && is_wrap(s, nl - 1, p);
}

/* Does an abbreviation-like word end the sentence? Only before a capitalised
 * word that commonly opens a sentence (or after a line break / before a
 * quote), and only after three words, so "At 5 a.m. Mr. Smith" stays whole. */
static int ambiguous_ends(seg *s, size_t b, const next_tok *nt)
{
    if (nt->cls != CH_UPPER)
        return 0;
    if (!nt->quoted && (!nt->newline || wrapped_before(s, nt->word)) &&
        !next_is_opener(s, nt->word))
        return 0;
    return words_before(s, b) >= 3;
}

/* Web text often starts sentences in lower case ("fine. she said"). A dot
 * right after an ordinary word of three or more letters (known abbreviations
 * were handled before) ends the sentence even then; not after a closing
 * quote or bracket ("'Go.' she said", "(see above.) and"). */
static int lower_start_ends(const seg *s, size_t b, size_t i, size_t after)
{
    if (after != i + 1 || i - b < 3)
        return 0;
    for (size_t p = b; p < i; p++)
        if (!is_alpha((unsigned char)s->t[p]))
            return 0;
    return 1;
}

/* Decides a single dot at i followed (after closers) by whitespace. */
static int dot_ends(seg *s, size_t i, size_t after, const next_tok *nt)
{
    size_t b = word_start(s, i);
    if (b == SIZE_MAX)
        return nt->cls != CH_LOWER;
    int kind = word_kind(s, b, i);
    int alone = sentence_first(s) >= b; /* the word is all the sentence has */
    switch (kind) {
    case SEG_ABBR_PREFIX:
    case SEG_ABBR_INNER:
        return 0;
    case SEG_ABBR_NUMBER:
        return nt->cls != CH_DIGIT && ambiguous_ends(s, b, nt);
    case KIND_NUMERAL: /* "1." opening a list item; German ordinals */
        if (alone)
            return 0;
        return s->lg->ordinal_dot ? ambiguous_ends(s, b, nt) : nt->cls != CH_LOWER;
    case KIND_LETTER: /* initials; "a." opening a list item */
        if (alone && s->t[b] >= 'a')
            return 0;
        return ambiguous_ends(s, b, nt);
    case SEG_ABBR_AMBIG:
    case KIND_ACRONYM:
        return ambiguous_ends(s, b, nt);
    default:
        return nt->cls != CH_LOWER || lower_start_ends(s, b, i, after);
    }
}

/* Length of a footnote mark "[12]" at p followed by whitespace or the end, or 0. */
static size_t footnote_len(const seg *s, size_t p)
{
    if (p >= s->len || s->t[p] != '[')
        return 0;
    size_t d = p + 1;
    while (d < s->len && d - p <= 4 && is_digit((unsigned char)s->t[d]))
        d++;
    if (d > p + 1 && d < s->len && s->t[d] == ']' &&
        (d + 1 == s->len || is_ws((unsigned char)s->t[d + 1])))
        return d + 1 - p;
    return 0;
}

/* Length of an emoticon (":)", ";-)", "=D", ":P") at p followed by
 * whitespace or the end, or 0. */
static size_t emoticon_len(const seg *s, size_t p)
{
    size_t q = p;
    if (q < s->len && s->t[q] == '>')
        q++;
    if (q >= s->len || !strchr(":;=", s->t[q]))
        return 0;
    q++;
    if (q < s->len && (s->t[q] == '-' || s->t[q] == '\''))
        q++;
    if (q >= s->len || !strchr(")(DPp/|]", s->t[q]))
        return 0;
    while (q < s->len && (s->t[q] == ')' || s->t[q] == '('))
        q++;
    return q < s->len && !is_ws((unsigned char)s->t[q]) ? 0 : q - p;
}

/* Skips closing quotes/brackets after k, then footnote marks "[12]" and
 * emoticons, which belong to the sentence before them. */
static size_t skip_closers(const seg *s, size_t k)
{
    for (int q; k < s->len && (q = closer_len(s, k)) > 0;)
        k += (size_t)q;
    for (int n = 0; n < 8; n++) {
        size_t p = k, m;
        while (p < s->len && (s->t[p] == ' ' || s->t[p] == '\t'))
            p++;
        if ((m = footnote_len(s, p)) == 0 && (m = emoticon_len(s, p)) == 0)
            break;
        k = p + m;
    }
    return k;
}

/* Ends the sentence at end when what follows an ellipsis of m dots opens a
 * new one: "that.... She" ends; "is . . . I didn't" and "mean...see" do not. */
static size_t ellipsis(seg *s, size_t end, int m)
{
    size_t k = skip_closers(s, end);
    if (k < s->len && !is_ws((unsigned char)s->t[k]))
        return k;
    next_tok nt;
    look_next(s, k, &nt);
    if (nt.para || nt.cls == CH_END)
        return k;
    if (m >= 4 ? nt.cls != CH_LOWER : nt.cls == CH_UPPER && !next_is_i(s, nt.word))
        emit(s, k);
    return k;
}

/* Number of dots in a spaced ellipsis run ". . ." starting at the dot at i;
 * *end receives the position after its last dot. */
static int spaced_dots(const seg *s, size_t i, size_t *end)
{
    int m = 1;
    size_t k = i + 1;
    while (k + 1 < s->len && s->t[k] == ' ' && s->t[k + 1] == '.') {
        k += 2;
        m++;
    }
    *end = k;
    return m;
}

/* A dot opening a spaced ellipsis. A dot attached to a word and followed by
 * ". . ." ends the sentence before the ellipsis ("compounds. . . . The"). */
static size_t on_spaced(seg *s, size_t i)
{
    size_t end;
    int m = spaced_dots(s, i, &end);
    int attached = i > s->start && !is_ws((unsigned char)s->t[i - 1]);
    if (!attached || m < 4)
        return ellipsis(s, end, m);
    size_t k = skip_closers(s, end);
    next_tok nt;
    look_next(s, k, &nt);
    if (!nt.para && nt.cls == CH_UPPER)
        emit(s, i + 1);
    return k;
}

/* 1 when the closers t[j..k) include a quotation mark. */
static int closer_is_quote(const seg *s, size_t j, size_t k)
{
    for (size_t p = j; p < k; p++)
        if (s->t[p] == '"' || s->t[p] == '\'' || (unsigned char)s->t[p] == 0xE2 ||
            (unsigned char)s->t[p] == 0xC2)
            return 1;
    return 0;
}

/* A run of ! and ? ends the sentence before anything but a lower-case word
 * ("Yahoo! in"); a bare question mark even then, as questions in web text
 * often run on in lower case ("what do i do? any ideas"). */
static int question_ends(const seg *s, size_t i, size_t j, size_t k, const next_tok *nt)
{
    if (nt->cls != CH_LOWER)
        return 1;
    return j == i + 1 && k == j && s->t[i] == '?';
}

/* 1 when t[b..e) is all lower-case ASCII letters. */
static int all_lower(const seg *s, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (s->t[k] < 'a' || s->t[k] > 'z')
            return 0;
    return e > b;
}

/* 1 when a capitalised word starts at j and is followed by a space or a
 * comma ("Asia.Oregon Public"), but is not a web domain's ending
 * ("Match.Com"). */
static int glued_name(const seg *s, size_t j)
{
    static const char *const domains[] = {"com", "net", "org", "gov", "edu", "co", "uk", "us", "tv", "io", "info"};
    char buf[24];
    size_t n = word_at(s, j, buf, sizeof buf);
    if (n < 2 || !all_lower(s, j + 1, j + n) || j + n >= s->len || (s->t[j + n] != ' ' && s->t[j + n] != ','))
        return 0;
    for (size_t k = 0; k < sizeof domains / sizeof *domains; k++)
        if (strlen(domains[k]) == n && memcmp(domains[k], buf, n) == 0)
            return 0;
    return 1;
}

/* A dot glued to the next sentence ("world.Today is", "1,000.That"): ends
 * the sentence when an ordinary word (or number) ending in a lower-case
 * letter or digit precedes it and a capitalised sentence opener follows.
 * Web text that lost its paragraph breaks glues sentences to names too
 * ("in Europe and Asia.Oregon Public Broadcasting reports"): a plain
 * word of three letters or more, lower-case after its first letter, then
 * a capitalised word also ends one. */
static int glued_ends(seg *s, size_t i, size_t j)
{
    if (j != i + 1 || s->t[i] != '.' || char_class(s, j) != CH_UPPER || i == 0)
        return 0;
    unsigned char c = (unsigned char)s->t[i - 1];
    if (!is_digit(c) && !(c >= 'a' && c <= 'z'))
        return 0;
    size_t b = word_start(s, i);
    if (b == SIZE_MAX || b == i)
        return 0;
    int kind = word_kind(s, b, i);
    if ((kind == SEG_ABBR_NONE || kind == KIND_NUMERAL) && next_is_opener(s, j))
        return 1;
    return kind == SEG_ABBR_NONE && i - b >= 3 && is_alpha((unsigned char)s->t[b]) && all_lower(s, b + 1, i) &&
           glued_name(s, j);
}

static void next_paragraph(seg *s, size_t k)
{
    s->start = k;
    if (s->para_used)
        s->para++;
    s->para_used = 0;
}

/* Text converted from the San Jose Mercury News joins paragraphs with
 * "; " ("... an Iraqi invasion of that country.; 9: U.N. Security Council
 * declares ...", "... to pull out of Kuwait.; Oil:; About one-fourth
 * ..."). A stop, question or exclamation mark (j its end, k after closing
 * quotes) then "; " is such a join, unless the stop ends an abbreviation,
 * where the semicolon separates a list's items ("Albuquerque, N.M.;
 * Michelle Bush-Cuke of Berrien Springs, Mich.; ..."). */
static int joined_paragraph(seg *s, size_t i, size_t j, size_t k)
{
    if (k + 1 >= s->len || s->t[k] != ';' || s->t[k + 1] != ' ')
        return 0;
    if (j != i + 1 || s->t[i] != '.' || k > j)
        return 1;
    size_t b = word_start(s, i);
    if (b == SIZE_MAX || b == i)
        return 0;
    int kind = word_kind(s, b, i);
    return kind == SEG_ABBR_NONE || kind == KIND_NUMERAL;
}

/* A run of . ! ? starting at i. */
static size_t on_terminal(seg *s, size_t i)
{
    size_t j = i;
    int q = 0, dots = 0;
    while (j < s->len && (s->t[j] == '.' || s->t[j] == '!' || s->t[j] == '?')) {
        dots += s->t[j] == '.';
        q |= s->t[j] != '.';
        j++;
    }
    if (i > 0 && s->t[i - 1] == '[' && j < s->len && s->t[j] == ']')
        return j + 1; /* "[...]" marks an omission */
    if (!q && dots == 1 && j + 1 < s->len && s->t[j] == ' ' && s->t[j + 1] == '.')
        return on_spaced(s, i);
    if (!q && dots >= 3)
        return ellipsis(s, j, dots);
    size_t k = skip_closers(s, j);
    if (joined_paragraph(s, i, j, k)) {
        emit(s, k);
        next_paragraph(s, k + 1);
        return k + 1;
    }
    if (k < s->len && !is_ws((unsigned char)s->t[k])) {
        if (k == j && glued_ends(s, i, j))
            emit(s, k);
        return k; /* "Jr.'s", "U.S.-led", "3.5", "Yahoo!-style" */
    }
    next_tok nt;
    look_next(s, k, &nt);
    if (nt.para || nt.cls == CH_END)
        return k; /* the paragraph break or the text end closes it */
    if (!nt.quoted && nt.word < s->len && strchr(".!?", s->t[nt.word]))
        return k; /* "! ! !", "? ? ?": one run of punctuation */
    if (k > j && closer_is_quote(s, j, k) && speech_follows(s, nt.word))
        return k; /* '"Are you there?" I called.' */
    int ends = q ? question_ends(s, i, j, k, &nt) : dot_ends(s, i, k, &nt);
    if (ends)
        emit(s, k);
    return k;
}

/* A list marker at p ("1.)", "2)", "3.", "b.", "c)") followed by a space:
 * sets *kind and *val and returns 1, or returns 0. */
static int list_marker(const seg *s, size_t p, int *kind, long *val)
{
    size_t q = p;
    long v = 0;
    while (q < s->len && q - p < 3 && is_digit((unsigned char)s->t[q]))
        v = v * 10 + (s->t[q++] - '0');
    if (q == p) {
        if (q >= s->len || s->t[q] < 'a' || s->t[q] > 'z')
            return 0;
        v = s->t[q++];
    }
    int letter = !is_digit((unsigned char)s->t[p]);
    if (q + 1 < s->len && s->t[q] == '.' && s->t[q + 1] == ')')
        *kind = 1, q += 2;
    else if (q < s->len && s->t[q] == ')')
        *kind = 2, q++;
    else if (q < s->len && s->t[q] == '.')
        *kind = 3, q++;
    else
        return 0;
    *kind += letter ? 3 : 0;
    *val = v;
    return q < s->len && s->t[q] == ' ';
}

/* At the start of a line: a line that opens with a list marker splits at
 * the following markers of the same list ("1) a 2) b"). */
static void line_start(seg *s, size_t p)
{
    int kind;
    long v;
    s->line = p;
    s->list = 0;
    if (p < s->len && list_marker(s, p, &kind, &v) && (v == 1 || v == 'a')) {
        s->list = kind;
        s->list_next = v + 1;
    }
}

/* In a list line, a space before the next marker ends the item. */
static size_t on_list_space(seg *s, size_t i)
{
    int kind;
    long v;
    if (i + 1 < s->len && list_marker(s, i + 1, &kind, &v) && kind == s->list &&
        v == s->list_next) {
        emit(s, i + 1);
        s->list_next++;
    }
    return i + 1;
}

/* 1 when the line at p opens with a bullet, a dash item or a list marker. */
static int item_line(const seg *s, size_t p)
{
    int kind;
    long v;
    if (p >= s->len)
        return 0;
    if (bullet_len(s, p))
        return 1;
    if ((s->t[p] == '-' || s->t[p] == '*') && p + 1 < s->len && s->t[p + 1] == ' ')
        return 1;
    return is_digit((unsigned char)s->t[p]) && list_marker(s, p, &kind, &v);
}

/* Number of words in t[b..e). */
static size_t words_in(const seg *s, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t p = b; p < e; p++)
        n += !is_ws((unsigned char)s->t[p]) && (p == b || is_ws((unsigned char)s->t[p - 1]));
    return n;
}

/* Does a single line break end the sentence? Not when it is a hard wrap
 * (is_wrap). Yes before a list item, and after a short line (at most 60
 * bytes) without final punctuation: headlines, bylines, lists of words. A
 * longer line is hard-wrapped text and a line ending in a space is a soft
 * ("flowed", RFC 3676) break: there the break is a space. After final
 * punctuation the punctuation rules decide. */
static int line_break_ends(seg *s, size_t nl, size_t next)
{
    if (is_wrap(s, nl, next))
        return 0;
    if (item_line(s, next))
        return 1;
    size_t from = s->line > s->start ? s->line : s->start, e = nl;
    if (e == from || s->t[e - 1] == ' ' || s->t[e - 1] == '\t')
        return 0;
    unsigned char last = (unsigned char)s->t[e - 1];
    if (strchr(".!?,;:-(&/", last) || closer_len(s, e - 1) || last >= 0x80)
        return 0;
    if (next >= s->len || e - s->line > 60)
        return 0;
    /* Before a lower-case line only a line of at most three words breaks
     * (a list of terms); a longer clause is text cut by a line break. */
    return char_class(s, next) != CH_LOWER || words_in(s, s->line, e) <= 3;
}

/* 1 when the line after the break at nl, which starts at k, opens a
 * paragraph by its indent, as LDC newswire marks paragraphs ("   WASHINGTON
 * _ ..." after "   By JOHN SMITH"): an indent of two spaces or a tab
 * after a line that is not hard-wrapped into it. Text indented line by
 * line is wrapped, so its lines run on. */
static int indent_opens(const seg *s, size_t nl, size_t k)
{
    size_t ind = k - nl - 1;
    if (k >= s->len || is_ws((unsigned char)s->t[k]) || !(ind >= 2 || s->t[nl + 1] == '\t'))
        return 0;
    return !is_wrap(s, nl, k) && !runs_on(s, s->line, trim_end(s, s->line, nl));
}

/* 1 when the non-empty t[b..e) ends in final punctuation (. ! ? : ; …) or
 * a closing quote or bracket, a multi-byte one (” ’ ») included. */
static int ends_closed(const seg *s, size_t b, size_t e)
{
    if (strchr(".!?:;", s->t[e - 1]) || (e - b >= 3 && match3(s, e - 3, 0xE2, 0x80, 0xA6)))
        return 1;
    for (size_t k = 1; k <= 3 && k <= e - b; k++)
        if (closer_len(s, e - k) == (int)k)
            return 1;
    return 0;
}

/* 1 when the line t[b..e) (blanks trimmed), before a blank line and the
 * text at p, reads as cut inside a sentence: the columns of a sidebar or
 * more, no final punctuation, a last word not capitalised (a heading's),
 * and the next line in lower case ("... to settle the charges" / "of
 * fraud."). */
static int blank_break_in_sentence(const seg *s, size_t b, size_t e, size_t p)
{
    if (p >= s->len || e <= b || char_class(s, p) != CH_LOWER || columns(s, b, e) < 30 ||
        ends_closed(s, b, e))
        return 0;
    return char_class(s, last_word(s, b, e)) != CH_UPPER;
}

/* The line that starts at b: *e receives its end (its '\n', or the text's
 * end when it has none) and *blank the blank lines after it; returns where
 * the text after those starts (the text's end when there is none). */
static size_t line_after(const seg *s, size_t b, size_t *e, size_t *blank)
{
    const char *nl = memchr(s->t + b, '\n', s->len - b);
    size_t p = nl ? (size_t)(nl - s->t) + 1 : s->len;
    *e = nl ? p - 1 : s->len;
    *blank = 0;
    while (p < s->len && is_ws((unsigned char)s->t[p]))
        *blank += s->t[p++] == '\n';
    return p;
}

/* Whether the text was converted with a blank line after every line
 * ("Nov. 1986 Kai Vole agrees to pay a $100" / "million penalty to settle
 * the charges" / "of fraud. Prosecutors say"), so that a blank line cut
 * inside a sentence is a wrap: at least three such cuts. Web text has
 * one or two (an unpunctuated line, then one in lower case) that do end
 * sentences. One pass over the lines: a line's text starts after its
 * indent and the blank lines before it, as on_newline reads it. */
static int blank_line_wrapped(const seg *s)
{
    size_t b = 0, found = 0;
    while (b < s->len && found < 3) {
        size_t e, blank, p = line_after(s, b, &e, &blank);
        if (blank && blank_break_in_sentence(s, b, trim_end(s, b, e), p))
            found++;
        b = p;
    }
    return found >= 3;
}

/* Whether the run of lines joined by blank-line wraps that starts with the
 * line at b holds a stop, question or exclamation mark: wrapped prose
 * does; a list of lower-case items without bullets or punctuation ("new
 * buses on the harbour route every ten minutes" / "longer opening hours
 * for the ferry terminal" / ...) does not, and its blank lines end them.
 * Each run is read once. */
static int wrap_run_punctuated(seg *s, size_t b)
{
    if (b < s->run_end)
        return s->run_ok;
    s->run_ok = 0;
    for (;;) {
        size_t e, blank, p = line_after(s, b, &e, &blank);
        for (size_t q = b; q < e && !s->run_ok; q++)
            s->run_ok = s->t[q] == '.' || s->t[q] == '!' || s->t[q] == '?';
        if (p >= s->len || (blank && !blank_break_in_sentence(s, b, trim_end(s, b, e), p))) {
            s->run_end = e;
            return s->run_ok;
        }
        b = p;
    }
}

/* A line break at i: paragraph break, sentence-ending line break, or space. */
static size_t on_newline(seg *s, size_t i)
{
    size_t k = i + 1;
    while (k < s->len && (s->t[k] == ' ' || s->t[k] == '\t' || s->t[k] == '\r'))
        k++;
    if (k < s->len && s->t[k] == '\n') {
        size_t p = k;
        while (p < s->len && is_ws((unsigned char)s->t[p]))
            p++;
        if (s->blank_wrap && blank_break_in_sentence(s, s->line, trim_end(s, s->line, i), p) &&
            wrap_run_punctuated(s, s->line)) {
            s->wrap_w = block_width(s, p); /* the block after the blank line, as for a paragraph */
            line_start(s, p);
            return p;
        }
        emit(s, i);
        k = p;
        next_paragraph(s, k);
        s->wrap_w = block_width(s, k);
    } else if (indent_opens(s, i, k)) {
        emit(s, i);
        next_paragraph(s, k);
    } else if (line_break_ends(s, i, k)) {
        emit(s, i);
    }
    line_start(s, k);
    return k;
}

/* A byte 0xE2 at i: bullet (ends the sentence before it), ellipsis "…". */
static size_t on_e2(seg *s, size_t i)
{
    if (bullet_len(s, i)) {
        if (i > 0 && is_ws((unsigned char)s->t[i - 1]) && sentence_first(s) < i)
            emit(s, i);
        return i + 3;
    }
    if (match3(s, i, 0xE2, 0x80, 0xA6)) {
        size_t j = i + 3;
        int m = 3;
        while (j < s->len && s->t[j] == '.')
            j++, m++;
        return ellipsis(s, j, m);
    }
    return i + 1;
}

/* An underscore at i. AP marks list items with one glued to a capitalised
 * word ("_Alabama: Seventeen people ..."); where the paragraph breaks were
 * lost (wire text rewrapped as one block) it is the only sign left that an
 * item starts, so it ends the sentence before it. Markdown's "_War and
 * Peace_" closes with an underscore glued to a word's end and is left alone. */
static size_t on_underscore(seg *s, size_t i)
{
    if (i == 0 || !is_ws((unsigned char)s->t[i - 1]) || char_class(s, i + 1) != CH_UPPER)
        return i + 1;
    for (size_t k = i + 2; k < s->len && k < i + 200 && s->t[k] != '\n'; k++)
        if (s->t[k] == '_') {
            if (!is_ws((unsigned char)s->t[k - 1]))
                return i + 1;
            break;
        }
    if (sentence_first(s) < i)
        emit(s, i);
    return i + 1;
}

/* Ideographic full stop and full-width ! ? always end a sentence. */
static size_t on_cjk(seg *s, size_t i)
{
    if (!match3(s, i, 0xE3, 0x80, 0x82) && !match3(s, i, 0xEF, 0xBC, 0x81) &&
        !match3(s, i, 0xEF, 0xBC, 0x9F))
        return i + 1;
    size_t k = skip_closers(s, i + 3);
    emit(s, k);
    return k;
}

/* Bytes at which the scan stops; the rest are skipped by table lookup. In a
 * list line spaces stop it too, to look for the next marker. */
#define STOPS                                                                                      \
    ['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1, ['_'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1
static const unsigned char stop_byte[256] = {STOPS};
static const unsigned char stop_byte_list[256] = {STOPS, [' '] = 1};

static size_t dispatch(seg *s, size_t i)
{
    switch ((unsigned char)s->t[i]) {
    case '.':
    case '!':
    case '?':
        return on_terminal(s, i);
    case '\n':
        return on_newline(s, i);
    case ' ':
        return on_list_space(s, i);
    case '_':
        return on_underscore(s, i);
    case 0xE2:
        return on_e2(s, i);
    default:
        return on_cjk(s, i);
    }
}

int chorus_segment_spans(const char *text, size_t len, const char *lang, span_vec *out)
{
    seg s = {text, len, seg_lang_get(lang), out, 0, SIZE_MAX, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    size_t i = 0;
    line_start(&s, 0);
    s.wrap_w = block_width(&s, 0);
    s.blank_wrap = blank_line_wrapped(&s);
    while (i < len && !s.err) {
        const unsigned char *tb = s.list ? stop_byte_list : stop_byte;
        while (i < len && !tb[(unsigned char)text[i]])
            i++;
        if (i < len)
            i = dispatch(&s, i);
    }
    if (!s.err)
        emit(&s, len);
    return s.err ? -1 : 0;
}

int chorus_segment_lang(chorus_ctx *ctx, const char *lang, char out[3])
{
    if (seg_lang_code(lang, out) < 0)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "unknown language '%s' (give a two-letter ISO 639-1 code "
                                "such as en, or the language's English name)", lang);
    return 0;
}

int chorus_segment(chorus_ctx *ctx, const char *text, size_t len, const chorus_segment_opts *opts,
                   chorus_span **spans, size_t *n)
{
    span_vec v = {0};
    char lang[3];
    *spans = NULL;
    *n = 0;
    int rc = chorus_segment_lang(ctx, opts ? opts->lang : NULL, lang);
    if (rc < 0)
        return rc;
    if (chorus_segment_spans(text, len, lang, &v) < 0) {
        VEC_FREE(&v);
        return chorus_error_nomem(ctx);
    }
    *spans = v.v;
    *n = v.n;
    return 0;
}
