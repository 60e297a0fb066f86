/* The ROUGE lexicon: SMART stop words, WordNet 2.0 exception lists and the
 * script's Porter stemmer, with a cache from raw token to interned id. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "error.h"
#include "eval/rouge.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/hmap.h"

/* The regular expressions of the script's stem(), verbatim: they define
 * the measure m with 'y' counted both as a consonant ([^aeiou]) and as a
 * vowel ([aeiouy]), which hand-written measure code easily gets wrong. */
#define RC "[^aeiou]"
#define RV "[aeiouy]"
#define RCS RC "[^aeiouy]*"
#define RVS RV "[aeiou]*"
enum { RX_MGR0, RX_MEQ1, RX_MGR1, RX_V, RX_CVC, RX_COUNT };
static const char *const rx_src[RX_COUNT] = {
    "^(" RCS ")?" RVS RCS,
    "^(" RCS ")?" RVS RCS "(" RVS ")?$",
    "^(" RCS ")?" RVS RCS RVS RCS,
    "^(" RCS ")?" RV,
    "^" RCS RV "[^aeiouwxy]$",
};

struct rouge_lex {
    regex_t rx[RX_COUNT];
    int nrx;
    int stem, stop;
    chmap *stops;   /* stop word -> 1 */
    chmap *exc;     /* inflected form -> index into exc_base */
    VEC(char *) exc_base;
    chmap *cache;   /* raw token -> id + 1 (0: stop word) */
    chmap *ids;     /* final token -> id */
};

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Finds the rouge data directory: explicit, $CHORUS_DATADIR/rouge, the
 * source tree, then the installed share/chorus/rouge. */
static int find_dir(chorus_ctx *ctx, const char *dir, cbuf *out)
{
    const char *env = getenv("CHORUS_DATADIR");
    const char *cand[3] = {NULL, CHORUS_DATADIR_SOURCE, CHORUS_DATADIR_INSTALL};
    if (dir)
        return cbuf_puts(out, dir) < 0 ? chorus_error_nomem(ctx) : 0;
    cand[0] = env && *env ? env : NULL;
    for (int i = 0; i < 3; i++) {
        if (!cand[i])
            continue;
        cbuf_clear(out);
        if (cbuf_printf(out, "%s/rouge", cand[i]) < 0)
            return chorus_error_nomem(ctx);
        cbuf b = CBUF_INIT;
        int ok = cbuf_printf(&b, "%s/smart_common_words.txt", out->ptr) == 0 && file_exists(b.ptr);
        cbuf_free(&b);
        if (ok || (i == 0 && env))
            return 0;
    }
    return chorus_error_set(ctx, CHORUS_EIO,
                            "ROUGE data files not found (looked in $CHORUS_DATADIR/rouge, %s/rouge, "
                            "%s/rouge); set CHORUS_DATADIR to the directory holding rouge/",
                            CHORUS_DATADIR_SOURCE, CHORUS_DATADIR_INSTALL);
}

static int read_data(chorus_ctx *ctx, const char *dir, const char *name, cbuf *out)
{
    cbuf path = CBUF_INIT;
    if (cbuf_printf(&path, "%s/%s", dir, name) < 0)
        return chorus_error_nomem(ctx);
    int rc = cfile_read(path.ptr, out);
    if (rc == -2)
        rc = chorus_error_nomem(ctx);
    else if (rc < 0)
        rc = chorus_error_set(ctx, CHORUS_EIO, "%s: cannot read ROUGE data file (check -e and CHORUS_DATADIR, "
                              "which name the directory holding it, or reinstall chorus)", path.ptr);
    cbuf_free(&path);
    return rc;
}

/* The script keys its stop list by whole chomped lines. */
static int load_stops(rouge_lex *lx, chorus_ctx *ctx, const char *dir)
{
    cbuf b = CBUF_INIT;
    int rc = read_data(ctx, dir, "smart_common_words.txt", &b);
    for (size_t i = 0; rc == 0 && i < b.len;) {
        size_t j = i;
        while (j < b.len && b.ptr[j] != '\n')
            j++;
        if (chmap_set(lx->stops, b.ptr + i, j - i, 1) < 0)
            rc = chorus_error_nomem(ctx);
        i = j + 1;
    }
    cbuf_free(&b);
    return rc;
}

/* One .exc file: "inflected base [base...]" lines; as ROUGE's
 * buildExceptionDB.pl does, the first base is kept and a later line (or
 * file) for the same form replaces an earlier one. */
static int load_exc_file(rouge_lex *lx, chorus_ctx *ctx, const char *dir, const char *name)
{
    cbuf b = CBUF_INIT;
    int rc = read_data(ctx, dir, name, &b);
    for (size_t i = 0; rc == 0 && i < b.len;) {
        size_t e = i, k0, k1, v0, v1;
        while (e < b.len && b.ptr[e] != '\n')
            e++;
        for (k0 = i; k0 < e && (b.ptr[k0] == ' ' || b.ptr[k0] == '\t'); k0++) {}
        for (k1 = k0; k1 < e && b.ptr[k1] != ' ' && b.ptr[k1] != '\t'; k1++) {}
        for (v0 = k1; v0 < e && (b.ptr[v0] == ' ' || b.ptr[v0] == '\t'); v0++) {}
        for (v1 = v0; v1 < e && b.ptr[v1] != ' ' && b.ptr[v1] != '\t' && b.ptr[v1] != '\r'; v1++) {}
        if (k1 > k0 && v1 > v0) {
            char *base = strndup(b.ptr + v0, v1 - v0);
            if (!base || VEC_PUSH(&lx->exc_base, base) < 0 ||
                chmap_set(lx->exc, b.ptr + k0, k1 - k0, (uint32_t)(lx->exc_base.n - 1)) < 0) {
                if (base && (lx->exc_base.n == 0 || lx->exc_base.v[lx->exc_base.n - 1] != base))
                    free(base);
                rc = chorus_error_nomem(ctx);
            }
        }
        i = e + 1;
    }
    cbuf_free(&b);
    return rc;
}

static int load_exc(rouge_lex *lx, chorus_ctx *ctx, const char *dir)
{
    static const char *const files[] = {"wordnet-2.0-exceptions/adv.exc", "wordnet-2.0-exceptions/noun.exc",
                                        "wordnet-2.0-exceptions/verb.exc", "wordnet-2.0-exceptions/adj.exc"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        int rc = load_exc_file(lx, ctx, dir, files[i]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int lex_load(rouge_lex *lx, chorus_ctx *ctx, const char *dir)
{
    cbuf d = CBUF_INIT;
    int rc = find_dir(ctx, dir, &d);
    if (rc == 0 && lx->stop)
        rc = load_stops(lx, ctx, d.ptr);
    if (rc == 0 && lx->stem)
        rc = load_exc(lx, ctx, d.ptr);
    cbuf_free(&d);
    return rc;
}

int rouge_lex_new(chorus_ctx *ctx, const char *dir, int stem, int stop, rouge_lex **out)
{
    *out = NULL;
    rouge_lex *lx = calloc(1, sizeof(*lx));
    if (!lx)
        return chorus_error_nomem(ctx);
    lx->stem = stem;
    lx->stop = stop;
    lx->stops = chmap_new();
    lx->exc = chmap_new();
    lx->cache = chmap_new();
    lx->ids = chmap_new();
    int rc = lx->stops && lx->exc && lx->cache && lx->ids ? 0 : chorus_error_nomem(ctx);
    for (; rc == 0 && lx->nrx < RX_COUNT; lx->nrx++)
        if (regcomp(&lx->rx[lx->nrx], rx_src[lx->nrx], REG_EXTENDED | REG_NOSUB) != 0)
            rc = chorus_error_set(ctx, CHORUS_EINTERNAL, "cannot compile stemmer pattern");
    if (rc == 0 && (stem || stop))
        rc = lex_load(lx, ctx, dir);
    if (rc < 0) {
        rouge_lex_free(lx);
        return rc;
    }
    *out = lx;
    return 0;
}

void rouge_lex_free(rouge_lex *lx)
{
    if (!lx)
        return;
    for (int i = 0; i < lx->nrx; i++)
        regfree(&lx->rx[i]);
    for (size_t i = 0; i < lx->exc_base.n; i++)
        free(lx->exc_base.v[i]);
    VEC_FREE(&lx->exc_base);
    chmap_free(lx->stops);
    chmap_free(lx->exc);
    chmap_free(lx->cache);
    chmap_free(lx->ids);
    free(lx);
}

/* The script's MorphStem: exception list first, then Porter; only for
 * tokens longer than 3 bytes. Returns the id + 1, 0 for a stop word. */
static int64_t lex_resolve(rouge_lex *lx, const char *tok, size_t n)
{
    uint32_t v;
    if (lx->stop && chmap_get(lx->stops, tok, n, &v))
        return 0;
    const char *s = tok;
    size_t len = n;
    char small[64], *buf = n + 3 <= sizeof small ? small : malloc(n + 3);
    if (!buf)
        return -2;
    if (lx->stem && n > 3) {
        if (chmap_get(lx->exc, tok, n, &v)) {
            s = lx->exc_base.v[v];
            len = strlen(s);
        } else {
            len = rouge_porter(lx, tok, n, buf);
            s = buf;
        }
    }
    int64_t id = chmap_intern(lx->ids, s, len);
    if (buf != small)
        free(buf);
    return id < 0 ? -2 : id + 1;
}

int64_t rouge_lex_id(rouge_lex *lx, const char *tok, size_t n)
{
    uint32_t v;
    if (chmap_get(lx->cache, tok, n, &v))
        return (int64_t)v - 1;
    int64_t r = lex_resolve(lx, tok, n);
    if (r < 0 || chmap_set(lx->cache, tok, n, (uint32_t)r) < 0)
        return -2;
    return r - 1;
}

/* ------------------------------------------------------------------ */
/* The script's Porter stemmer                                        */
/* ------------------------------------------------------------------ */

typedef struct pword {
    char *w;
    size_t n;
    rouge_lex *lx;
} pword;

static int ends(const pword *p, const char *suf)
{
    size_t k = strlen(suf);
    return p->n >= k && memcmp(p->w + p->n - k, suf, k) == 0;
}

/* Tests a pattern on the first len bytes of the word. */
static int rx(const pword *p, int which, size_t len)
{
    char save = p->w[len];
    p->w[len] = '\0';
    int ok = regexec(&p->lx->rx[which], p->w, 0, NULL, 0) == 0;
    p->w[len] = save;
    return ok;
}

static void set_end(pword *p, size_t keep, const char *add)
{
    size_t k = strlen(add);
    memcpy(p->w + keep, add, k);
    p->n = keep + k;
    p->w[p->n] = '\0';
}

static void step1(pword *p)
{
    if (ends(p, "sses") || ends(p, "ies"))
        set_end(p, p->n - 2, "");
    else if (p->n >= 2 && p->w[p->n - 1] == 's' && p->w[p->n - 2] != 's')
        set_end(p, p->n - 1, "");
    if (ends(p, "eed")) {
        if (rx(p, RX_MGR0, p->n - 3))
            set_end(p, p->n - 1, "");
    } else if (ends(p, "ed") || ends(p, "ing")) {
        size_t stem = p->n - (ends(p, "ed") ? 2 : 3);
        if (rx(p, RX_V, stem)) {
            set_end(p, stem, "");
            char a = p->n >= 2 ? p->w[p->n - 2] : 0, b = p->w[p->n - 1];
            if (ends(p, "at") || ends(p, "bl") || ends(p, "iz"))
                set_end(p, p->n, "e");
            else if (p->n >= 2 && a == b && !strchr("aeiouylsz", b))
                set_end(p, p->n - 1, "");
            else if (rx(p, RX_CVC, p->n))
                set_end(p, p->n, "e");
        }
    }
    if (ends(p, "y") && rx(p, RX_V, p->n - 1))
        p->w[p->n - 1] = 'i';
}

/* The longest suffix of the list that the word ends with (-1: none); the
 * script's anchored alternation picks the leftmost, i.e. longest, match. */
static int longest(const pword *p, const char *const *list, size_t n)
{
    int best = -1;
    size_t blen = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(list[i]);
        if (k > blen && ends(p, list[i])) {
            best = (int)i;
            blen = k;
        }
    }
    return best;
}

static void step23(pword *p)
{
    static const char *const s2[][2] = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"}};
    static const char *const s3[][2] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                                        {"ical", "ic"}, {"ful", ""}, {"ness", ""}};
    const char *l2[21], *l3[7];
    for (int i = 0; i < 21; i++)
        l2[i] = s2[i][0];
    for (int i = 0; i < 7; i++)
        l3[i] = s3[i][0];
    int k = longest(p, l2, 21);
    if (k >= 0 && rx(p, RX_MGR0, p->n - strlen(l2[k])))
        set_end(p, p->n - strlen(l2[k]), s2[k][1]);
    k = longest(p, l3, 7);
    if (k >= 0 && rx(p, RX_MGR0, p->n - strlen(l3[k])))
        set_end(p, p->n - strlen(l3[k]), s3[k][1]);
}

/* Step 4 as modified by the script's author (CYL, 02/14/2004): "ement",
 * then "ment", then "ent" (or "-sion/-tion") are tried one after the other,
 * so one word can lose several suffixes. */
static void step4(pword *p)
{
    static const char *const l4[] = {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
                                     "ou", "ism", "ate", "iti", "ous", "ive", "ize"};
    int k = longest(p, l4, sizeof l4 / sizeof l4[0]);
    if (k >= 0 && rx(p, RX_MGR1, p->n - strlen(l4[k])))
        set_end(p, p->n - strlen(l4[k]), "");
    if (ends(p, "ment") && rx(p, RX_MGR1, p->n - 4))
        set_end(p, p->n - 4, "");
    if (ends(p, "ent")) {
        if (rx(p, RX_MGR1, p->n - 3))
            set_end(p, p->n - 3, "");
    } else if (ends(p, "sion") || ends(p, "tion")) {
        if (rx(p, RX_MGR1, p->n - 3))
            set_end(p, p->n - 3, "");
    }
}

static void step5(pword *p)
{
    if (ends(p, "e")) {
        size_t s = p->n - 1;
        if (rx(p, RX_MGR1, s) || (rx(p, RX_MEQ1, s) && !rx(p, RX_CVC, s)))
            set_end(p, s, "");
    }
    if (ends(p, "ll") && rx(p, RX_MGR1, p->n))
        set_end(p, p->n - 1, "");
}

size_t rouge_porter(rouge_lex *lx, const char *w, size_t n, char *out)
{
    memcpy(out, w, n);
    out[n] = '\0';
    if (n < 3)
        return n;
    pword p = {out, n, lx};
    /* An initial y is upper-cased so that the patterns read it as a consonant. */
    int y = out[0] == 'y';
    if (y)
        out[0] = 'Y';
    step1(&p);
    step23(&p);
    step4(&p);
    step5(&p);
    if (y)
        out[0] = 'y';
    return p.n;
}
