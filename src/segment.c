#include "segment.h"

#include <ctype.h>
#include <string.h>

#include "error.h"

/* Placeholder splitter: paragraphs, then . ! ? followed by space and an
 * upper-case letter. Replaced by the news-aware splitter. */
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

static int push_trimmed(span_vec *out, const char *t, size_t s, size_t e, size_t para)
{
    while (s < e && is_space(t[s]))
        s++;
    while (e > s && is_space(t[e - 1]))
        e--;
    if (s == e)
        return 0;
    chorus_span sp = {s, e, para};
    return VEC_PUSH(out, sp);
}

int chorus_segment_spans(const char *text, size_t len, const char *lang, span_vec *out)
{
    (void)lang;
    size_t start = 0, para = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n' && i + 1 < len && text[i + 1] == '\n') {
            if (push_trimmed(out, text, start, i, para) < 0)
                return -1;
            while (i + 1 < len && is_space(text[i + 1]))
                i++;
            start = i + 1;
            para++;
        } else if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 2 < len &&
                   text[i + 1] == ' ' && isupper((unsigned char)text[i + 2])) {
            if (push_trimmed(out, text, start, i + 1, para) < 0)
                return -1;
            start = i + 1;
        }
    }
    return push_trimmed(out, text, start, len, para);
}

int chorus_segment(chorus_ctx *ctx, const char *text, size_t len, const chorus_segment_opts *opts,
                   chorus_span **spans, size_t *n)
{
    span_vec v = {0};
    const char *lang = opts && opts->lang ? opts->lang : "en";
    if (chorus_segment_spans(text, len, lang, &v) < 0) {
        VEC_FREE(&v);
        return chorus_error_nomem(ctx);
    }
    *spans = v.v;
    *n = v.n;
    return 0;
}
