/* Shared by the fuzz targets that build a story: the bytes, cut at each
 * "\n===\n", are its articles (at most 4); every other one is dated, so
 * both dated and undated articles are covered. */
#ifndef CHORUS_FUZZ_ARTICLES_H
#define CHORUS_FUZZ_ARTICLES_H
#include <stdio.h>
#include <string.h>

#include "chorus.h"

static void fuzz_add_articles(chorus_ctx *ctx, chorus_story *st, const char *p, size_t n)
{
    static const char sep[] = "\n===\n";
    for (int k = 0; k < 4 && n > 0; k++) {
        const char *e = NULL;
        for (size_t i = 0; i + sizeof sep - 1 <= n && !e; i++)
            if (memcmp(p + i, sep, sizeof sep - 1) == 0)
                e = p + i;
        size_t len = e ? (size_t)(e - p) : n;
        char id[8];
        snprintf(id, sizeof id, "d%d", k);
        chorus_doc d = {id, NULL, k % 2 ? "2026-01-02" : NULL, NULL, NULL, p, len, NULL};
        chorus_story_add_doc(st, ctx, &d);
        if (!e)
            break;
        n -= len + sizeof sep - 1;
        p = e + sizeof sep - 1;
    }
}

#endif
