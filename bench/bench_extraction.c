/* Extracts every page of an article-extraction benchmark folder
 * (index.jsonl with "id" and "html_path") and writes {"id","text"} lines.
 * Prints the extraction time (files already in memory) to stderr.
 * usage: bench_extraction DIR OUT.jsonl [--whole-page] */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus.h"
#include "util/buf.h"
#include "util/file.h"

typedef struct page {
    char *id;
    cbuf html;
} page;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load(const char *dir, page **pages, size_t *n)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/index.jsonl", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0, np = 0;
    page *p = NULL;
    while (getline(&line, &cap, f) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        const char *id = json_string_value(json_object_get(j, "id"));
        const char *hp = json_string_value(json_object_get(j, "html_path"));
        if (id && hp) {
            page *np2 = realloc(p, (np + 1) * sizeof *p);
            if (!np2)
                exit(1);
            p = np2;
            p[np].id = strdup(id);
            p[np].html = (cbuf)CBUF_INIT;
            snprintf(path, sizeof path, "%s/%s", dir, hp);
            if (cfile_read(path, &p[np].html) < 0)
                fprintf(stderr, "cannot read %s\n", path);
            np++;
        }
        json_decref(j);
    }
    free(line);
    fclose(f);
    *pages = p;
    *n = np;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_extraction DIR OUT.jsonl [--whole-page]\n");
        return 2;
    }
    page *pages = NULL;
    size_t n = 0;
    if (load(argv[1], &pages, &n) < 0) {
        fprintf(stderr, "%s: cannot read index.jsonl\n", argv[1]);
        return 1;
    }
    chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
    o.whole_page = argc > 3 && strcmp(argv[3], "--whole-page") == 0;
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_article **arts = calloc(n ? n : 1, sizeof *arts);
    double t0 = now();
    for (size_t i = 0; i < n; i++)
        if (chorus_extract_html(ctx, pages[i].html.ptr, pages[i].html.len, &o, &arts[i]) < 0)
            fprintf(stderr, "%s: %s\n", pages[i].id, chorus_ctx_message(ctx));
    double t = now() - t0;
    FILE *out = fopen(argv[2], "w");
    for (size_t i = 0; out && i < n; i++) {
        json_t *j = json_pack("{s:s, s:s, s:s, s:s}", "id", pages[i].id, "text",
                              chorus_article_text(arts[i]), "title", chorus_article_title(arts[i]),
                              "date", chorus_article_date(arts[i]));
        char *s = json_dumps(j, JSON_PRESERVE_ORDER | JSON_COMPACT);
        fprintf(out, "%s\n", s);
        free(s);
        json_decref(j);
    }
    if (out)
        fclose(out);
    fprintf(stderr, "extracted %zu pages in %.3f s\n", n, t);
    for (size_t i = 0; i < n; i++) {
        chorus_article_free(arts[i]);
        free(pages[i].id);
        cbuf_free(&pages[i].html);
    }
    free(arts);
    free(pages);
    chorus_ctx_free(ctx);
    return out ? 0 : 1;
}
