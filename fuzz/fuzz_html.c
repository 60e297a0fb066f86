/* Fuzz target for the HTML article extractor: the bytes are a web page
 * (libxml2's HTML parser, then charset handling, boilerplate removal and
 * metadata). Build with clang -fsanitize=fuzzer (see fuzz/CMakeLists.txt);
 * tests replay the corpus through fuzz/replay.c. */
#include <stddef.h>
#include <stdint.h>

#include "chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
    for (int whole = 0; whole < 2; whole++) {
        chorus_article *a = NULL;
        o.whole_page = whole;
        if (chorus_extract_html(ctx, (const char *)data, size, &o, &a) == 0) {
            (void)chorus_article_text(a);
            (void)chorus_article_title(a);
            (void)chorus_article_date(a);
        }
        chorus_article_free(a);
    }
    chorus_ctx_free(ctx);
    return 0;
}
