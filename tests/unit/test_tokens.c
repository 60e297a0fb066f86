/* Tokens: case folding, Snowball stems, stop words, joined forms. */
#include "chorus.h"
#include "check.h"
#include "tokens.h"

static void test_english(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_tokenizer *tok = NULL;
    CHECK(chorus_tokenizer_new(ctx, NULL, &tok) == 0);
    const char *t = "The Rebels were FIGHTING in Aleppo’s streets; 3.5 million don't-care.";
    chorus_token *v = NULL;
    size_t n = 0;
    CHECK(chorus_tokenize(tok, ctx, t, strlen(t), &v, &n) == 0);
    CHECK(n == 11);
    CHECK_STR(v[0].folded, "the");
    CHECK(v[0].is_stop == 1);
    CHECK_STR(v[1].stem, "rebel");
    CHECK(v[1].is_stop == 0);
    CHECK_STR(v[3].stem, "fight");
    CHECK_STR(v[5].folded, "aleppo's"); /* typographic apostrophe folded to ASCII */
    CHECK_STR(v[7].folded, "3.5");
    CHECK_STR(v[9].folded, "don't");
    CHECK(v[9].start == (size_t)(strstr(t, "don't") - t) && v[9].end == v[9].start + 5);
    CHECK(chorus_ctx_code(ctx) == 0 && *chorus_ctx_message(ctx) == 0); /* no error left behind */
    chorus_free(v);
    chorus_tokenizer_free(tok);
    chorus_ctx_free(ctx);
}

static void test_languages(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_tokenizer *tok = NULL;
    CHECK(chorus_tokenizer_new(ctx, "de", &tok) == 0);
    chorus_token *v = NULL;
    size_t n = 0;
    const char *t = "Die Häuser wurden gebaut";
    CHECK(chorus_tokenize(tok, ctx, t, strlen(t), &v, &n) == 0);
    CHECK(n == 4 && v[0].is_stop == 1);
    /* Snowball German: "häuser" loses its plural ending (umlaut kept or not, by version) */
    CHECK(strncmp(v[1].stem, "h", 1) == 0 && strlen(v[1].stem) < strlen(v[1].folded));
    chorus_free(v);
    chorus_tokenizer_free(tok);
    CHECK(chorus_tokenizer_new(ctx, "xx-unknown", &tok) == CHORUS_EUSAGE);
    CHECK(tok == NULL && strstr(chorus_ctx_message(ctx), "xx-unknown") != NULL);
    chorus_tokenizer_free(NULL);
    chorus_ctx_free(ctx);
}

/* One rule for a language in the tokenizer and the splitter: a code in
 * either case or the English name ("EN" was refused by the tokenizer,
 * "english" by the splitter, "" by the splitter only). */
static void test_language_spellings(void)
{
    static const char *const ok[] = {"en", "EN", "english", "English", "", "GERMAN"};
    chorus_ctx *ctx = chorus_ctx_new();
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        chorus_tokenizer *tok = NULL;
        CHECK(chorus_tokenizer_new(ctx, ok[i], &tok) == 0);
        CHECK(strcmp(chorus_tokens_lang(tok), i == 5 ? "de" : "en") == 0);
        chorus_tokenizer_free(tok);
        chorus_segment_opts so = CHORUS_SEGMENT_OPTS_INIT;
        so.lang = ok[i];
        chorus_span *sp = NULL;
        size_t n = 0;
        CHECK(chorus_segment(ctx, "One. Two.", 9, &so, &sp, &n) == 0 && n == 2);
        chorus_free(sp);
    }
    chorus_segment_opts so = CHORUS_SEGMENT_OPTS_INIT;
    so.lang = "klingon";
    chorus_span *sp = NULL;
    size_t n = 0;
    CHECK(chorus_segment(ctx, "One. Two.", 9, &so, &sp, &n) == CHORUS_EUSAGE && sp == NULL);
    chorus_ctx_free(ctx);
}

int main(void)
{
    test_english();
    test_languages();
    test_language_spellings();
    return check_report("test_tokens");
}
