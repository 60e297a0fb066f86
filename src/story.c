#include "story.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "recase.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/utf8.h"

chorus_story *chorus_story_new(const char *id)
{
    chorus_story *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    s->arena = carena_new();
    s->ids = chmap_new();
    if (!s->arena || !s->ids || chorus_story_set_id(s, id ? id : "story") < 0) {
        chorus_story_free(s);
        return NULL;
    }
    return s;
}

void chorus_story_free(chorus_story *story)
{
    if (!story)
        return;
    carena_free(story->arena);
    chmap_free(story->ids);
    VEC_FREE(&story->docs);
    VEC_FREE(&story->refs);
    free(story);
}

carena *chorus_story_arena(chorus_story *story) { return story->arena; }

/* Metadata fields are short: clean them like text, then fold whitespace runs
 * (including newlines) to single spaces. */
static const char *clean_field(carena *a, const char *s, size_t *repaired)
{
    if (!s)
        return "";
    cbuf b = CBUF_INIT;
    size_t rep = 0;
    if (cutf8_clean(s, strlen(s), &b, &rep) < 0) {
        cbuf_free(&b);
        return NULL;
    }
    *repaired += rep;
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < b.len; i++) {
        char c = b.ptr[i];
        if (c == '\n' || c == '\t' || c == ' ') {
            if (!space)
                b.ptr[o++] = ' ';
            space = 1;
        } else {
            b.ptr[o++] = c;
            space = 0;
        }
    }
    while (o > 0 && b.ptr[o - 1] == ' ')
        o--;
    const char *r = carena_strndup(a, b.ptr ? b.ptr : "", o);
    cbuf_free(&b);
    return r;
}

/* Ids name stories and articles to programs that match them with their
 * input ("chorus eval" matches a summary's id with its references'), so
 * JSON output must give them exactly: an id is kept as given ("s1\n",
 * "a  b") when it is UTF-8, the views write its control characters as
 * escapes. Only one in another encoding is cleaned like a metadata field,
 * as it could not be written as JSON. */
static const char *clean_id(carena *a, const char *id, size_t *repaired)
{
    if (id && cutf8_valid(id, strlen(id)))
        return carena_strdup(a, id);
    return clean_field(a, id, repaired);
}

int chorus_story_set_id(chorus_story *story, const char *id)
{
    size_t repaired = 0;
    const char *p = clean_id(story->arena, id, &repaired);
    if (!p)
        return CHORUS_ENOMEM;
    story->id = p;
    return 0;
}

/* Newswire from LDC corpora (DUC, TDT, NYT) writes quotation marks as
 * ``these''. Readers get the marks they stand for: `` is always an
 * opening mark; '' closes only a quotation a `` opened in the same
 * paragraph, as it may also be inches (a 12'' pipe). Writes to out. */
static int curl_tex_quotes(const char *s, size_t n, cbuf *out)
{
    int open = 0;
    size_t from = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        const char *mark = NULL;
        if (s[i] == '\n' && s[i + 1] == '\n')
            open = 0;
        else if (s[i] == '`' && s[i + 1] == '`')
            mark = "\xe2\x80\x9c", open = 1;
        else if (s[i] == '\'' && s[i + 1] == '\'' && open)
            mark = "\xe2\x80\x9d", open = 0;
        if (!mark)
            continue;
        if (cbuf_put(out, s + from, i - from) < 0 || cbuf_put(out, mark, 3) < 0)
            return -1;
        from = ++i + 1;
    }
    return cbuf_put(out, s + from, n - from);
}

/* b takes q's text; q is left empty. */
static void take(cbuf *b, cbuf *q)
{
    cbuf_free(b);
    *b = *q;
    *q = (cbuf)CBUF_INIT;
}

/* The Associated Press's wire of the late 1980s (LDC's TIPSTER corpora,
 * the DUC sets) typeset fractions after a number as a brace for one half
 * and a backslash for one quarter: "5{ inches of rain in 3{ hours", "1\ to
 * 1{ miles". Readers get the fractions. Writes to out. */
static int ap_fractions(const char *s, size_t n, cbuf *out)
{
    size_t from = 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] != '{' && s[i] != '\\') || !isdigit((unsigned char)s[i - 1]))
            continue;
        if (i + 1 < n && (isalnum((unsigned char)s[i + 1]) || s[i + 1] == '{' || s[i + 1] == '}'))
            continue;
        const char *frac = s[i] == '{' ? "\xc2\xbd" : "\xc2\xbc";
        if (cbuf_put(out, s + from, i - from) < 0 || cbuf_put(out, frac, 2) < 0)
            return -1;
        from = i + 1;
    }
    return cbuf_put(out, s + from, n - from);
}

/* A soft hyphen (U+00AD) marks where a word may break and is shown only
 * when it does; pages keep it inside words ("main\xc2\xadtenance"), where it
 * split the word for the tokens and the names ("\xc2\xadChapman"). Readers
 * see the word whole: the marks are removed, in place. Returns the new
 * length. */
static size_t drop_soft_hyphens(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xAD) {
            i++;
            continue;
        }
        s[o++] = s[i];
    }
    return o;
}

/* Removes b's soft hyphens. The text was NFC before, but a mark between a
 * letter and a combining accent ("Jose\xc2\xad\xcc\x81") kept the two apart;
 * once it is gone they are composed again, so the word matches its
 * precomposed spelling. q is scratch. */
static int drop_soft_hyphens_nfc(cbuf *b, cbuf *q)
{
    size_t n = drop_soft_hyphens(b->ptr, b->len), unused = 0;
    if (n == b->len)
        return 0;
    b->len = n;
    if (cutf8_clean(b->ptr, b->len, q, &unused) < 0)
        return -1;
    take(b, q);
    return 0;
}

static int clean_text(carena *a, const char *s, size_t n, chorus_doc *d, size_t *repaired)
{
    cbuf b = CBUF_INIT, q = CBUF_INIT;
    int rc = CHORUS_ENOMEM;
    if (s && cutf8_clean(s, n, &b, repaired) < 0)
        goto done;
    if (b.len && memchr(b.ptr, '`', b.len)) {
        if (curl_tex_quotes(b.ptr, b.len, &q) < 0)
            goto done;
        take(&b, &q);
    }
    if (b.len && (memchr(b.ptr, '{', b.len) || memchr(b.ptr, '\\', b.len))) {
        if (ap_fractions(b.ptr, b.len, &q) < 0)
            goto done;
        take(&b, &q);
    }
    if (b.len && memchr(b.ptr, 0xAD, b.len) && drop_soft_hyphens_nfc(&b, &q) < 0)
        goto done;
    if (b.len)
        chorus_recase_opening(b.ptr, b.len);
    d->text = carena_strndup(a, b.ptr ? b.ptr : "", b.len);
    d->text_len = b.len;
    rc = d->text ? 0 : CHORUS_ENOMEM;
done:
    cbuf_free(&b);
    cbuf_free(&q);
    return rc;
}

/* 1 when s starts with a year, "YYYY" or "YYYY-MM" or ISO "YYYY-MM-DD...",
 * which the date line and the ordering read as they are. */
static int iso_start(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return s[4] == '\0' || s[4] == '-';
}

/* An ISO date as given, a time after it included; one with a month or a
 * day of one digit ("1999-1-5", read as the year alone) as "1999-01-05". */
static const char *iso_form(carena *a, const char *d, int y, int mo, int day)
{
    char iso[11];
    if (mo && day)
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, day);
    else if (mo)
        snprintf(iso, sizeof iso, "%04d-%02d", y, mo);
    else
        snprintf(iso, sizeof iso, "%04d", y);
    size_t n = strlen(iso);
    if (strncmp(d, iso, n) == 0 && !isdigit((unsigned char)d[n]))
        return d;
    return carena_strdup(a, iso);
}

/* The article's date as the rest of chorus reads it: ISO as given (a time
 * after it is kept), other forms written as YYYY-MM-DD ("1999-1-5",
 * "10/16/1998 07:36:00", "Oct 16, 1998", "19981016"). A date that cannot
 * be read, does not exist or is outside the years 1800-2999 is kept as
 * given for display, with a warning: the article counts as undated. */
static const char *read_date(carena *a, chorus_ctx *ctx, const char *id, const char *given, size_t *repaired)
{
    const char *d = clean_field(a, given, repaired);
    char iso[11];
    int y = 0, mo = 0, day = 0;
    if (!d || !*d)
        return d;
    if (iso_start(d) && !cdate_iso(d, &y, &mo, &day)) {
        /* "9999-12-31" exists, but stands for no date (a database's "never") */
        int year = atoi(d), range = year < 1800 || year > 2999;
        chorus_warn(ctx, "%s: date \"%s\" %s, the article counts as undated", id, d,
                    range ? "is no publication date (years 1800-2999)" : "does not exist");
        return d;
    }
    if (iso_start(d))
        return iso_form(a, d, y, mo, day);
    if (cdate_norm(d, iso) == 0)
        return carena_strdup(a, iso);
    chorus_warn(ctx, "%s: date \"%s\" not understood, the article counts as undated", id, d);
    return d;
}

/* 1 when an article of the story has the id; the map may keep ids of
 * articles chorus_story_truncate dropped, so the index is checked. */
static int id_taken(const chorus_story *story, const char *id)
{
    uint32_t i;
    return chmap_get(story->ids, id, strlen(id), &i) && i < story->docs.n && strcmp(story->docs.v[i].id, id) == 0;
}

/* Article ids name the sources of every summary sentence and card item, so
 * two articles may not share one (a/x.txt and b/x.txt are both "x"): the
 * later one becomes "x-2" (or "x-3", ...), with a warning. */
static const char *unique_id(chorus_story *story, chorus_ctx *ctx, const char *id)
{
    if (!id || !id_taken(story, id))
        return id;
    size_t n = strlen(id) + 24;
    char *alt = carena_alloc(story->arena, n);
    if (!alt)
        return NULL;
    for (size_t k = 2;; k++) {
        snprintf(alt, n, "%s-%zu", id, k);
        if (!id_taken(story, alt))
            break;
    }
    chorus_warn(ctx, "two articles have the id '%s'; the later one is '%s'", id, alt);
    return alt;
}

int chorus_story_add_doc(chorus_story *story, chorus_ctx *ctx, const chorus_doc *doc)
{
    carena *a = story->arena;
    chorus_doc d;
    size_t repaired = 0;
    char idbuf[32];
    const char *id = doc->id;
    if (!id || !*id) {
        snprintf(idbuf, sizeof idbuf, "doc%zu", story->docs.n + 1);
        id = idbuf;
    }
    d.id = unique_id(story, ctx, clean_id(a, id, &repaired));
    d.source = clean_field(a, doc->source, &repaired);
    d.date = read_date(a, ctx, d.id ? d.id : "", doc->date, &repaired);
    d.title = clean_field(a, doc->title, &repaired);
    d.url = clean_field(a, doc->url, &repaired);
    d.author = clean_field(a, doc->author, &repaired);
    if (!d.id || !d.source || !d.date || !d.title || !d.url || !d.author)
        return chorus_error_nomem(ctx);
    if (clean_text(a, doc->text, doc->text ? doc->text_len : 0, &d, &repaired) < 0)
        return chorus_error_nomem(ctx);
    if (repaired)
        chorus_warn(ctx, "%s: %zu invalid UTF-8 byte%s read as Windows-1252", d.id, repaired,
                    repaired == 1 ? "" : "s");
    if (VEC_PUSH(&story->docs, d) < 0)
        return chorus_error_nomem(ctx);
    if (chmap_set(story->ids, d.id, strlen(d.id), (uint32_t)(story->docs.n - 1)) < 0) {
        story->docs.n--; /* not added: an article the map lacks would let its id be given twice */
        return chorus_error_nomem(ctx);
    }
    return 0;
}

int chorus_story_add_ref_sentences(chorus_story *story, const char *const *sentences, size_t n)
{
    story_ref r;
    r.n = n;
    r.sents = carena_alloc(story->arena, (n ? n : 1) * sizeof(char *));
    if (!r.sents)
        return CHORUS_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        r.sents[i] = carena_strdup(story->arena, sentences[i] ? sentences[i] : "");
        if (!r.sents[i])
            return CHORUS_ENOMEM;
    }
    return VEC_PUSH(&story->refs, r) < 0 ? CHORUS_ENOMEM : 0;
}

int chorus_story_add_ref(chorus_story *story, const char *text, size_t len)
{
    char *t = carena_strndup(story->arena, text, len);
    if (!t)
        return CHORUS_ENOMEM;
    const char *one[1] = {t};
    return chorus_story_add_ref_sentences(story, one, 1);
}

const char *chorus_story_id(const chorus_story *story) { return story->id; }

size_t chorus_story_ndocs(const chorus_story *story) { return story->docs.n; }

void chorus_story_truncate(chorus_story *story, size_t n)
{
    if (n < story->docs.n)
        story->docs.n = n;
}

const chorus_doc *chorus_story_doc(const chorus_story *story, size_t i)
{
    return i < story->docs.n ? &story->docs.v[i] : NULL;
}

size_t chorus_story_nrefs(const chorus_story *story) { return story->refs.n; }

const char *const *chorus_story_ref(const chorus_story *story, size_t i, size_t *n)
{
    if (i >= story->refs.n) {
        *n = 0;
        return NULL;
    }
    *n = story->refs.v[i].n;
    return story->refs.v[i].sents;
}
