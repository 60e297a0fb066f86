/* Reading evaluation inputs: references in the clusters JSONL shape
 * ({"id", "docs", "refs"}) and summaries as JSONL ({"id", "summary"}, as
 * `chorus summarize --format jsonl` writes them). A string is split into
 * sentences with chorus's splitter; a list is taken as its sentences. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "eval/eval.h"
#include "ingest.h"
#include "segment.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/hmap.h"

typedef VEC(const char *) str_vec;

typedef struct ref_model {
    size_t s0, n; /* sentences in refs->sents */
} ref_model;

typedef struct ref_story {
    size_t m0, nm; /* models in refs->models */
    int used;
} ref_story;

typedef struct refs_db {
    carena *arena;
    chmap *ids; /* id -> index in stories */
    str_vec sents;
    VEC(ref_model) models;
    VEC(ref_story) stories;
} refs_db;

/* Appends the sentences of a JSON string (split) or list (as is). */
static int add_sentences(carena *a, json_t *v, str_vec *out)
{
    if (json_is_string(v)) {
        const char *t = json_string_value(v);
        size_t len = json_string_length(v);
        span_vec sp = {0};
        int rc = chorus_segment_spans(t, len, "en", &sp);
        for (size_t i = 0; rc == 0 && i < sp.n; i++) {
            char *s = carena_strndup(a, t + sp.v[i].start, sp.v[i].end - sp.v[i].start);
            rc = s && VEC_PUSH(out, s) == 0 ? 0 : -1;
        }
        VEC_FREE(&sp);
        return rc < 0 ? -2 : 0;
    }
    if (!json_is_array(v))
        return -1;
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x) {
        if (!json_is_string(x))
            return -1;
        char *s = carena_strndup(a, json_string_value(x), json_string_length(x));
        if (!s || VEC_PUSH(out, s) < 0)
            return -2;
    }
    return 0;
}

typedef int (*line_fn)(void *data, chorus_ctx *ctx, json_t *obj, const char *path, size_t line);

/* 1 when the whole file is one JSON value over several lines or a list
 * (pretty-printed), which is not JSONL. */
static int whole_document(const cbuf *b)
{
    json_t *v = json_loadb(b->ptr, b->len, 0, NULL);
    int yes = v && (json_is_array(v) || memchr(b->ptr, '\n', b->len) != NULL);
    json_decref(v);
    return yes;
}

/* Calls fn for each non-blank line's JSON object; a malformed line is an
 * error naming file and line. */
static int each_line(chorus_ctx *ctx, const char *path, line_fn fn, void *data)
{
    cbuf b = CBUF_INIT;
    int in = strcmp(path, "-") == 0;
    int rc = in ? cfile_read_stream(stdin, &b) : cfile_read(path, &b);
    path = in ? "<stdin>" : path; /* in messages, as the other commands name it */
    if (rc == -2) {
        cbuf_free(&b);
        return chorus_error_nomem(ctx);
    }
    if (rc < 0) {
        cbuf_free(&b);
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot read%s", path, rc == -4 ? " (a directory)" : "");
    }
    if (b.len >= 2 && (memcmp(b.ptr, "\xFF\xFE", 2) == 0 || memcmp(b.ptr, "\xFE\xFF", 2) == 0)) {
        cbuf_free(&b); /* every line was "malformed JSON", as chorus summarize says it */
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s: UTF-16; convert the file to UTF-8 (iconv -f UTF-16 "
                                "-t UTF-8)", path);
    }
    size_t line = 0, seen = 0;
    size_t i = b.len >= 3 && memcmp(b.ptr, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* a BOM */
    for (; rc == 0 && i < b.len; line++) {
        size_t e = i;
        while (e < b.len && b.ptr[e] != '\n')
            e++;
        size_t s = i;
        while (s < e && (b.ptr[s] == ' ' || b.ptr[s] == '\t' || b.ptr[s] == '\r'))
            s++;
        i = e + 1;
        if (s == e)
            continue;
        int first = !seen++;
        json_error_t jerr;
        json_t *obj = json_loadb(b.ptr + s, e - s, 0, &jerr);
        if ((!obj || !json_is_object(obj)) && first && whole_document(&b))
            rc = chorus_error_set(ctx, CHORUS_EINPUT,
                                  "%s: one JSON document, not JSONL (one object per line): "
                                  "convert it with jq -c '.[]' (a list) or jq -c . (an object)",
                                  path);
        else if (!obj || !json_is_object(obj))
            rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: malformed JSON line (%s)", path, line + 1,
                                  obj ? "not an object" : jerr.text);
        else
            rc = fn(data, ctx, obj, path, line + 1);
        json_decref(obj);
    }
    cbuf_free(&b);
    return rc;
}

/* A line's id as chorus summarize names the story of a clusters line, so
 * that its output matches its input: a string, a number as summarize
 * writes it ("12", "1.5"; a number was "a reference line needs id"), and
 * for a reference line without one (or with an empty one) the file's
 * name and the line ("clusters.jsonl-12", "stdin-12"). NULL for a summary
 * line without one. */
static const char *line_id(json_t *obj, const char *path, size_t line, int ref, char *buf, size_t cap)
{
    json_t *v = json_object_get(obj, "id");
    if (json_is_string(v) && *json_string_value(v))
        return json_string_value(v);
    if (chorus_ingest_number_id(v, buf, cap)) /* as summarize names the story */
        return buf;
    if (!ref)
        return NULL;
    const char *base = strrchr(path, '/');
    base = base && base[1] ? base + 1 : path;
    snprintf(buf, cap, "%s-%zu", strcmp(path, "<stdin>") == 0 ? "stdin" : base, line);
    return buf;
}

static int ref_line(void *data, chorus_ctx *ctx, json_t *obj, const char *path, size_t line)
{
    refs_db *db = data;
    json_t *refs = json_object_get(obj, "refs"), *r;
    char buf[320];
    const char *id = line_id(obj, path, line, 1, buf, sizeof buf);
    if (!json_is_array(refs))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: a reference line needs \"refs\", a list", path, line);
    uint32_t old;
    if (chmap_get(db->ids, id, strlen(id), &old))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: duplicate id '%s'", path, line, id);
    ref_story st = {db->models.n, 0, 0};
    if (json_array_size(refs) == 0) {
        /* Said here once; the summary is then skipped without a second warning. */
        chorus_warn(ctx, "%s:%zu: '%s' has an empty \"refs\" list; its summary is not scored", path, line, id);
        st.used = 1;
    }
    size_t i;
    json_array_foreach(refs, i, r) {
        ref_model m = {db->sents.n, 0};
        int rc = add_sentences(db->arena, r, &db->sents);
        if (rc == -1)
            return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: a reference must be a string or a list of strings",
                                    path, line);
        m.n = db->sents.n - m.s0;
        if (rc < 0 || VEC_PUSH(&db->models, m) < 0)
            return chorus_error_nomem(ctx);
        st.nm++;
    }
    if (chmap_set(db->ids, id, strlen(id), (uint32_t)db->stories.n) < 0 ||
        VEC_PUSH(&db->stories, st) < 0)
        return chorus_error_nomem(ctx);
    return 0;
}

typedef struct sum_ctx {
    chorus_eval *ev;
    refs_db *db;
    chmap *seen;
    carena *scratch;
    str_vec sents;
    cbuf missing; /* summary ids without references */
    size_t nmissing;
} sum_ctx;

static int score_summary(sum_ctx *sc, chorus_ctx *ctx, const char *id, const ref_story *st)
{
    refs_db *db = sc->db;
    chorus_eval_text peer = {sc->sents.v, sc->sents.n};
    chorus_eval_text *mt = calloc(st->nm ? st->nm : 1, sizeof(*mt));
    if (!mt)
        return chorus_error_nomem(ctx);
    for (size_t j = 0; j < st->nm; j++) {
        const ref_model *m = &db->models.v[st->m0 + j];
        mt[j].sents = db->sents.v + m->s0;
        mt[j].n = m->n;
    }
    int rc = chorus_eval_add(sc->ev, ctx, id, &peer, mt, st->nm);
    free(mt);
    return rc;
}

static int sum_line(void *data, chorus_ctx *ctx, json_t *obj, const char *path, size_t line)
{
    sum_ctx *sc = data;
    json_t *sum = json_object_get(obj, "summary");
    char buf[64];
    const char *ids = line_id(obj, path, line, 0, buf, sizeof buf);
    if (!ids || !sum)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: a summary line needs \"id\" and \"summary\"", path,
                                line);
    size_t idn = strlen(ids);
    uint32_t k;
    if (chmap_get(sc->seen, ids, idn, &k))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: duplicate summary id '%s'", path, line, ids);
    if (chmap_set(sc->seen, ids, idn, 1) < 0)
        return chorus_error_nomem(ctx);
    int found = chmap_get(sc->db->ids, ids, idn, &k);
    if (found && sc->db->stories.v[k].nm == 0)
        return 0; /* an empty "refs" list, warned about when read */
    if (!found) {
        sc->nmissing++;
        if (sc->nmissing <= 10 && cbuf_printf(&sc->missing, "%s'%s'", sc->nmissing > 1 ? ", " : "", ids) < 0)
            return chorus_error_nomem(ctx);
        return 0;
    }
    sc->sents.n = 0;
    carena_free(sc->scratch);
    sc->scratch = carena_new();
    if (!sc->scratch)
        return chorus_error_nomem(ctx);
    int rc = add_sentences(sc->scratch, sum, &sc->sents);
    if (rc == -1)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%zu: \"summary\" must be a string or a list of strings",
                                path, line);
    if (rc < 0)
        return chorus_error_nomem(ctx);
    sc->db->stories.v[k].used = 1;
    return score_summary(sc, ctx, ids, &sc->db->stories.v[k]);
}

/* Warns about (or, strict, rejects) ids found on one side only. */
static int report_unmatched(sum_ctx *sc, chorus_ctx *ctx, const char *refs, const char *sums, int strict)
{
    cbuf b = CBUF_INIT;
    size_t n = 0;
    for (size_t i = 0; i < sc->db->stories.n; i++) {
        if (sc->db->stories.v[i].used)
            continue;
        size_t len;
        const char *key = chmap_key(sc->db->ids, i, &len);
        if (++n <= 10 && cbuf_printf(&b, "%s'%s'", n > 1 ? ", " : "", key) < 0) {
            cbuf_free(&b);
            return chorus_error_nomem(ctx);
        }
    }
    int rc = 0;
    const char *more1 = sc->nmissing > 10 ? ", ..." : "", *more2 = n > 10 ? ", ..." : "";
    /* "1 summary has", "2 summaries have" */
    const char *sum1 = sc->nmissing == 1 ? "summary has" : "summaries have";
    const char *ref1 = n == 1 ? "reference has" : "references have";
    if (sc->nmissing && strict)
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s: %zu %s no reference in %s: %s%s", sums, sc->nmissing, sum1,
                              refs, sc->missing.ptr, more1);
    else if (sc->nmissing)
        chorus_warn(ctx, "%s: %zu %s no reference in %s and %s skipped: %s%s", sums, sc->nmissing, sum1, refs,
                    sc->nmissing == 1 ? "is" : "are", sc->missing.ptr, more1);
    if (rc == 0 && n && strict)
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s: %zu %s no summary in %s: %s%s", refs, n, ref1, sums, b.ptr,
                              more2);
    else if (rc == 0 && n)
        chorus_warn(ctx, "%s: %zu %s no summary in %s: %s%s", refs, n, ref1, sums, b.ptr, more2);
    cbuf_free(&b);
    return rc;
}

int chorus_eval_add_files(chorus_eval *ev, chorus_ctx *ctx, const char *refs, const char *summaries, int strict)
{
    refs_db db;
    memset(&db, 0, sizeof db);
    sum_ctx sc;
    memset(&sc, 0, sizeof sc);
    db.arena = carena_new();
    db.ids = chmap_new();
    sc.seen = chmap_new();
    sc.ev = ev;
    sc.db = &db;
    size_t before = chorus_eval_count(ev);
    int rc = db.arena && db.ids && sc.seen ? 0 : chorus_error_nomem(ctx);
    if (rc == 0 && strcmp(refs, "-") == 0 && strcmp(summaries, "-") == 0)
        rc = chorus_error_set(ctx, CHORUS_EUSAGE, "eval: only one of the two files can be '-' (standard input)");
    if (rc == 0)
        rc = each_line(ctx, refs, ref_line, &db);
    if (rc == 0)
        rc = each_line(ctx, summaries, sum_line, &sc);
    if (rc == 0)
        rc = report_unmatched(&sc, ctx, strcmp(refs, "-") ? refs : "<stdin>",
                              strcmp(summaries, "-") ? summaries : "<stdin>", strict);
    if (rc < 0)
        eval_drop_from(ev, before);
    carena_free(db.arena);
    chmap_free(db.ids);
    VEC_FREE(&db.sents);
    VEC_FREE(&db.models);
    VEC_FREE(&db.stories);
    chmap_free(sc.seen);
    carena_free(sc.scratch);
    VEC_FREE(&sc.sents);
    cbuf_free(&sc.missing);
    return rc;
}
