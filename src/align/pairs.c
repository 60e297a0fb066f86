/* Labelled sentence pairs (see pairs.h). */
#include "align/pairs.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "util/buf.h"

int align_pairs_load(const char *shared, const char *set, const char *id, chorus_story **out)
{
    char path[1024], *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = -1;
    *out = NULL;
    snprintf(path, sizeof path, "%s/data/mds/%s/clusters.jsonl", shared, set);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    while (rc < 0 && (n = getline(&line, &cap, f)) > 0) {
        json_t *j = json_loadb(line, (size_t)n, 0, NULL);
        const char *sid = json_string_value(json_object_get(j, "id"));
        if (sid && strcmp(sid, id) == 0) {
            chorus_ctx *ctx = chorus_ctx_new();
            chorus_ctx_set_warn(ctx, NULL, NULL);
            rc = chorus_story_from_json(ctx, line, (size_t)n, out) < 0 ? -2 : 0;
            chorus_ctx_free(ctx);
            if (rc == -2)
                break;
        }
        json_decref(j);
    }
    free(line);
    fclose(f);
    return rc < 0 ? -1 : 0;
}

int align_pairs_dump(const char *shared, const char *set, const char *id, FILE *out)
{
    chorus_story *st = NULL;
    align_session *s = NULL;
    if (align_pairs_load(shared, set, id, &st) < 0 || align_session_open(NULL, st, &s) < 0) {
        chorus_story_free(st);
        return -1;
    }
    const fmodel *m = align_session_model(s);
    for (size_t i = 0; i < m->nsents; i++) {
        size_t len;
        const char *t = chorus_model_sent_text(m, i, &len);
        fprintf(out, "%s\t%u\t%u\t", chorus_story_doc(st, m->sents[i].doc)->id, m->sents[i].start,
                m->sents[i].end);
        for (size_t k = 0; k < len; k++)
            fputc(t[k] == '\n' || t[k] == '\t' ? ' ' : t[k], out);
        fputc('\n', out);
    }
    align_session_free(s);
    chorus_story_free(st);
    return 0;
}

static long doc_index(const chorus_story *st, const char *id)
{
    for (size_t d = 0; d < chorus_story_ndocs(st); d++)
        if (strcmp(chorus_story_doc(st, d)->id, id) == 0)
            return (long)d;
    return -1;
}

/* Judges one pair line: 1/0, or -1 when it cannot be resolved. */
static int judge(const char *shared, json_t *j, chorus_story **st, align_session **s, char *cur)
{
    const char *set = json_string_value(json_object_get(j, "set"));
    const char *id = json_string_value(json_object_get(j, "story"));
    json_t *a = json_object_get(j, "a"), *b = json_object_get(j, "b");
    if (!set || !id || !a || !b)
        return -1;
    char key[512];
    snprintf(key, sizeof key, "%s/%s", set, id);
    if (strcmp(key, cur) != 0) { /* pairs are grouped by story: reopen on change */
        align_session_free(*s);
        chorus_story_free(*st);
        *s = NULL;
        *st = NULL;
        cur[0] = 0;
        if (align_pairs_load(shared, set, id, st) < 0 || align_session_open(NULL, *st, s) < 0)
            return -1;
        snprintf(cur, 512, "%s", key);
    }
    long da = doc_index(*st, json_string_value(json_array_get(a, 0)));
    long db = doc_index(*st, json_string_value(json_array_get(b, 0)));
    if (da < 0 || db < 0)
        return -1;
    return align_session_pair(*s, (size_t)da, (size_t)json_integer_value(json_array_get(a, 1)),
                              (size_t)json_integer_value(json_array_get(a, 2)), (size_t)db,
                              (size_t)json_integer_value(json_array_get(b, 1)),
                              (size_t)json_integer_value(json_array_get(b, 2)));
}

int align_pairs_eval(const char *shared, const char *pairs, align_pairs_result *r, FILE *log)
{
    memset(r, 0, sizeof *r);
    FILE *f = fopen(pairs, "r");
    char *line = NULL, cur[512] = "";
    size_t cap = 0, lineno = 0;
    chorus_story *st = NULL;
    align_session *s = NULL;
    int rc = f ? 0 : -1;
    while (rc == 0 && getline(&line, &cap, f) > 0) {
        lineno++;
        json_t *j = json_loads(line, 0, NULL);
        int label = (int)json_integer_value(json_object_get(j, "label"));
        int got = j ? judge(shared, j, &st, &s, cur) : -1;
        json_decref(j);
        if (got < 0) {
            if (log)
                fprintf(log, "%s:%zu: pair cannot be resolved\n", pairs, lineno);
            rc = -1;
            break;
        }
        r->n++;
        r->pos += label == 1;
        r->tp += got && label;
        r->fp += got && !label;
        r->fn += !got && label;
        r->tn += !got && !label;
        if (log && got != label)
            fprintf(log, "%s:%zu: %s (label %d)\n", pairs, lineno, got ? "false positive" : "missed", label);
    }
    r->precision = r->tp + r->fp ? (double)r->tp / (double)(r->tp + r->fp) : 1.0;
    r->recall = r->pos ? (double)r->tp / (double)r->pos : 1.0;
    free(line);
    if (f)
        fclose(f);
    align_session_free(s);
    chorus_story_free(st);
    return rc;
}
