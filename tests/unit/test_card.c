/* Story card: alignment quality on the labelled pairs, quotes and
 * speakers, divergences, duplicates, and degenerate stories. */
#include <jansson.h>
#include <string.h>

#include "align/align.h"
#include "align/pairs.h"
#include "card_fixture.h"
#include "chorus.h"
#include "check.h"

static const char *speaker(json_t *card, size_t q, const char *doc)
{
    return json_string_value(json_object_get(json_object_get(json_array_get(json_object_get(card, "quotes"), q), "speakers"), doc));
}

static void test_alignment_pairs(void)
{
    align_pairs_result r;
    int rc = align_pairs_eval(CHORUS_SHARED_DIR, CHORUS_SOURCE_DIR "/tests/fixtures/alignment_pairs.jsonl", &r, NULL);
    CHECK(rc == 0);
    CHECK(r.n >= 200);
    CHECK(r.pos > 50 && r.n - r.pos > 50); /* both kinds labelled */
    printf("alignment on %zu labelled pairs (%zu aligned): precision %.3f recall %.3f\n", r.n, r.pos,
           r.precision, r.recall);
    CHECK(r.precision >= 0.88); /* the bar of 0.9 is held on both samples together, below */
    CHECK(r.recall >= 0.4);
    /* Labelled after the thresholds were set: reported, and held to the
     * same precision bar on both samples together. */
    align_pairs_result h;
    rc = align_pairs_eval(CHORUS_SHARED_DIR, CHORUS_SOURCE_DIR "/tests/fixtures/alignment_pairs_heldout.jsonl", &h, NULL);
    CHECK(rc == 0 && h.n >= 50);
    printf("held-out %zu pairs (%zu aligned): precision %.3f recall %.3f\n", h.n, h.pos, h.precision, h.recall);
    CHECK((double)(r.tp + h.tp) >= 0.9 * (double)(r.tp + h.tp + r.fp + h.fp));
}

static void test_speakers(void)
{
    const char *t[] = {
        "Senator John Smith spoke to reporters on Monday about the water plan. "
        "\"We will not raise taxes to pay for this plan,\" Smith said.\n\n"
        "\"The pipes are older than my grandfather and they leak everywhere,\" he added.\n\n"
        "Ahead of the vote, the plan's critics were blunt. According to Mary Jones, a local engineer, "
        "\"the numbers simply do not add up for the city.\"",
        "The water plan was discussed on Monday. \"The PIPES are older than my grandfather, and they "
        "leak everywhere\", an unnamed official said."};
    json_t *c = card_of(t, 2);
    CHECK(c != NULL);
    CHECK(json_array_size(json_object_get(c, "quotes")) == 3);
    CHECK_STR(speaker(c, 0, "d0"), "John Smith");       /* surname -> full name */
    CHECK_STR(speaker(c, 1, "d0"), "John Smith");       /* "he added" -> last named */
    CHECK_STR(speaker(c, 1, "d1"), "an unnamed official"); /* same words, other article */
    CHECK_STR(speaker(c, 2, "d0"), "Mary Jones");       /* "according to X" */
    json_t *q1 = json_array_get(json_object_get(c, "quotes"), 1);
    CHECK(json_array_size(json_object_get(q1, "docs")) == 2);
    CHECK(json_is_true(json_object_get(q1, "attribution_differs")));
    json_t *dv = json_object_get(c, "divergences");
    int attrib = 0;
    for (size_t i = 0; i < json_array_size(dv); i++)
        attrib |= strcmp(json_string_value(json_object_get(json_array_get(dv, i), "kind")), "attribution") == 0;
    CHECK(attrib);
    json_decref(c);
}

/* Regression: newswire (TDT, Gigaword, DUC 2004) writes quotation marks
 * TeX-style, `` and ''. The card found no quote in such text; now it reads
 * them as it reads '"', with the same speakers. */
static void test_tex_quotes(void)
{
    const char *t[] = {
        "Senator John Smith spoke to reporters on Monday about the water plan. "
        "``We will not raise taxes to pay for this plan,'' Smith said.\n\n"
        "``The pipes are older than my grandfather and they leak everywhere,'' he added.",
        "The water plan was discussed on Monday. ``The PIPES are older than my grandfather, and they "
        "leak everywhere'', an unnamed official said."};
    json_t *c = card_of(t, 2);
    CHECK(c != NULL);
    CHECK(json_array_size(json_object_get(c, "quotes")) == 2);
    CHECK_STR(speaker(c, 0, "d0"), "John Smith");
    CHECK_STR(speaker(c, 1, "d0"), "John Smith");
    CHECK_STR(speaker(c, 1, "d1"), "an unnamed official");
    json_decref(c);
}

static void test_degenerate(void)
{
    const char *one[] = {"Only one outlet covered the fire at the old mill on Sunday night."};
    json_t *c = card_of(one, 1);
    CHECK(c && json_string_value(json_object_get(c, "note")) != NULL);
    CHECK(json_array_size(json_object_get(c, "divergences")) == 0);
    json_decref(c);

    const char *same[] = {"The museum reopened on Friday after a two-year renovation of its east wing.",
                          "The museum reopened on Friday after a two-year renovation of its east wing."};
    c = card_of(same, 2);
    json_t *dups = json_object_get(c, "duplicates");
    CHECK(json_array_size(dups) == 1);
    CHECK_STR(json_string_value(json_object_get(json_array_get(dups, 0), "kind")), "article");
    json_t *f0 = json_array_get(json_object_get(c, "facts"), 0);
    CHECK(json_array_size(json_object_get(f0, "support")) == 2);
    CHECK(json_integer_value(json_object_get(f0, "independent")) == 1);
    json_decref(c);

    /* An earlier version of a report (one paragraph fewer) is the same
     * source, not a second one agreeing with it. */
    const char *versions[] = {
        "Fire crews fought a blaze at the old paper mill in Dunmore for six hours on Sunday night.\n\n"
        "The fire started in a storage shed and spread to the main hall, the fire chief said.\n\n"
        "No one was hurt, but the road along the river was closed until Monday morning.",
        "Fire crews fought a blaze at the old paper mill in Dunmore for six hours on Sunday night.\n\n"
        "The fire started in a storage shed and spread to the main hall, the fire chief said.\n\n"
        "No one was hurt, but the road along the river was closed until Monday morning.\n\n"
        "Investigators will return to the site on Tuesday to look for the cause."};
    c = card_of(versions, 2);
    dups = json_object_get(c, "duplicates");
    CHECK(json_array_size(dups) == 1);
    CHECK_STR(json_string_value(json_object_get(json_array_get(dups, 0), "kind")), "article");
    CHECK(json_real_value(json_object_get(json_array_get(dups, 0), "similarity")) > 0.8);
    f0 = json_array_get(json_object_get(c, "facts"), 0);
    CHECK(json_integer_value(json_object_get(f0, "independent")) == 1);
    json_decref(c);

    const char *empty[] = {"", "   \n\n  "};
    c = card_of(empty, 2);
    CHECK(c != NULL);
    CHECK(json_array_size(json_object_get(c, "facts")) == 0);
    json_decref(c);
    chorus_card_free(NULL);

    /* A story without articles is an error, as it is to summarise. */
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_story *st = chorus_story_new("empty");
    chorus_card *card = NULL;
    CHECK(chorus_card_new(ctx, st, NULL, &card) == CHORUS_EINPUT && card == NULL);
    CHECK(strstr(chorus_ctx_message(ctx), "no articles") != NULL);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
}

static void test_divergences(void)
{
    const char *t[] = {"Officials said the storm killed 12 people in the coastal town of Marley on Tuesday.",
                       "The storm killed 15 people in the coastal town of Marley on Tuesday, officials said."};
    json_t *c = card_of(t, 2);
    json_t *dv = json_object_get(c, "divergences");
    int number = 0;
    for (size_t i = 0; i < json_array_size(dv); i++) {
        json_t *d = json_array_get(dv, i);
        if (strcmp(json_string_value(json_object_get(d, "kind")), "number") == 0) {
            number = 1;
            CHECK_STR(json_string_value(json_object_get(json_object_get(d, "spans"), "d0")), "12 people");
            CHECK_STR(json_string_value(json_object_get(json_object_get(d, "spans"), "d1")), "15 people");
        }
    }
    CHECK(number);
    json_decref(c);

    /* Counts written as words are compared by value: "three" against
     * "two" differ, "three" against "3" do not. */
    const char *w[] = {"Three passengers were treated for hypothermia at the medical centre on the island.",
                       "Two passengers were treated for hypothermia at the medical centre on the island."};
    const char *same[] = {"Three passengers were treated for hypothermia at the medical centre on the island.",
                          "3 passengers were treated for hypothermia at the medical centre on the island."};
    for (int k = 0; k < 2; k++) {
        c = card_of(k ? same : w, 2);
        dv = json_object_get(c, "divergences");
        number = 0;
        for (size_t i = 0; i < json_array_size(dv); i++)
            number |= strcmp(json_string_value(json_object_get(json_array_get(dv, i), "kind")), "number") == 0;
        CHECK(number == !k);
        json_decref(c);
    }
}

/* Regression: a dateline ("MARROW ISLAND (Coastline Daily") and attribution
 * tails (", the coast guard said.", ", according to ...") were listed as facts. */
static void test_fact_fragments(void)
{
    const char *t[] = {"MARROW ISLAND (Coastline Daily) — A passenger ferry ran aground on a sandbank off the island on Saturday morning, the regional coast guard said.",
                       "A passenger ferry ran aground on a sandbank off the island on Saturday morning, according to the regional coast guard."};
    json_t *c = card_of(t, 2);
    json_t *facts = json_object_get(c, "facts");
    CHECK(json_array_size(facts) >= 1);
    for (size_t i = 0; i < json_array_size(facts); i++) {
        const char *f = json_string_value(json_object_get(json_array_get(facts, i), "text"));
        CHECK(f && strstr(f, "sandbank") != NULL);
    }
    json_decref(c);
}

/* Regression: each sentence of a quotation of several sentences was listed
 * as a fact ("\"We will rebuild every home in Millbrook." [2/2]), words
 * without their speaker. The quote is listed, with speakers, under quotes. */
static void test_facts_not_quote_parts(void)
{
    const char *t[] = {"The mayor of Millbrook spoke on Monday about the flood that hit the town. \"We will rebuild "
                       "every home in Millbrook. The river will not beat us,\" the mayor said on Monday. Hundreds "
                       "of residents fled their homes as the river rose.",
                       "The flood in Millbrook forced hundreds of residents from their homes on Monday. ``The "
                       "river will not beat us. We will rebuild every home in Millbrook,'' the mayor said."};
    json_t *c = card_of(t, 2);
    json_t *facts = json_object_get(c, "facts");
    CHECK(json_array_size(facts) >= 1);
    for (size_t i = 0; i < json_array_size(facts); i++) {
        const char *f = json_string_value(json_object_get(json_array_get(facts, i), "text"));
        CHECK(f && !strstr(f, "rebuild") && !strstr(f, "beat us"));
    }
    CHECK(json_array_size(json_object_get(c, "quotes")) == 2);
    json_decref(c);
}

/* 1 when the sentence holding needle x in a and the one holding needle y
 * in b share content, as the aligner judges them. */
static int pair_aligned(const char *a, const char *x, const char *b, const char *y)
{
    const char *texts[] = {a, b};
    chorus_story *st = fixture_story(texts, NULL, 2);
    align_session *s = NULL;
    int r = -2;
    const char *px = strstr(a, x), *py = strstr(b, y);
    CHECK(px && py);
    if (st && px && py && align_session_open(NULL, st, &s) == 0) {
        size_t sa = (size_t)(px - a), sb = (size_t)(py - b);
        r = align_session_pair(s, 0, sa, sa + strlen(x), 1, sb, sb + strlen(y));
    }
    align_session_free(s);
    chorus_story_free(st);
    return r;
}

static int short_pair(const char *a, const char *b, const char *needle)
{
    return pair_aligned(a, "Ten people", b, needle);
}

/* A short sentence of three terms needs them all, so another count of the
 * same noun stands for its number; a sentence without a count of that
 * noun does not ("Many people died.", "People died in 12 towns."). */
static void test_count_variant(void)
{
    const char *a = "Flood water swept through the river town on Tuesday night. Ten people died.";
    CHECK(short_pair(a, "The river town flooded late on Tuesday. Twelve people died.", "Twelve") == 1);
    CHECK(short_pair(a, "The river town flooded late on Tuesday. 12 people died, the mayor said.", "12 people") == 1);
    CHECK(short_pair(a, "The river town flooded late on Tuesday. Many people died.", "Many") == 0);
    CHECK(short_pair(a, "The river town flooded late on Tuesday. People died in 12 towns.", "People") == 0);
    /* what follows the number is what it counts, even a number or a stop
     * word ("747s", "of the villagers") */
    CHECK(pair_aligned("Gales lashed the harbour town. Ten 747s crashed.", "Ten 747s",
                       "Gales lashed the harbour town. Twelve 747s crashed.", "Twelve") == 1);
    CHECK(pair_aligned("Gales lashed the harbour town. Ten of the villagers drowned.", "Ten of",
                       "Gales lashed the harbour town. Twelve of the villagers drowned.", "Twelve") == 1);
}

/* Where another count does not stand for the number: each case fails
 * without one condition of reports_count or counted_term. */
static void test_count_variant_limits(void)
{
    const char *gale = "Gales lashed the harbour town. ";
    char a[160], b[160];
    static const char *const cases[][4] = {
        /* a sentence of two terms says too little */
        {"Ten died.", "Ten died", "Twelve died.", "Twelve"},
        /* the verb must be shared too */
        {"Ten villagers drowned.", "Ten villagers", "Twelve villagers escaped.", "Twelve"},
        /* names and roles alone: only the number is plain */
        {"Ten senators told Voss.", "Ten senators", "Twelve senators told Voss.", "Twelve"},
        /* the other sentence holds this number too: its count is of others */
        {"Ten villagers drowned.", "Ten villagers", "Of 12 villagers, ten survived.", "Of 12"},
        /* after "the", a number names a group already counted */
        {"The nine ferries sank.", "The nine", "Eleven ferries sank.", "Eleven"},
        {"Nine ferries sank.", "Nine ferries", "The eleven ferries sank.", "The eleven"},
        /* a number by a month is a day */
        {"May 10 rallies swelled.", "May 10", "May 12 rallies swelled.", "May 12"},
        /* "two" is a stop word, no term: the term not shared is another */
        {"Two people died in floods.", "Two people", "Two people died in fires.", "Two people"},
        {"Two people died in floods.", "Two people", "Three people died in fires.", "Three"},
        /* a partitive counts the noun after "of the" */
        {"Ten of the villagers died.", "Ten of", "Villagers died in two of the towns.", "Villagers"},
        {"Ten of the villagers died.", "Ten of", "Villagers died in twelve of the towns.", "Villagers"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(a, sizeof a, "%s%s", gale, cases[i][0]);
        snprintf(b, sizeof b, "%s%s", gale, cases[i][2]);
        CHECK(pair_aligned(a, cases[i][1], b, cases[i][3]) == 0);
    }
    /* a count in the first clause of a longer sentence, or in its last */
    CHECK(pair_aligned("Four people were injured, two seriously. The street was littered with glass.", "Four people",
                       "More than 400 people were injured, with about 80 still in hospital when the governor toured "
                       "the wards on Friday.",
                       "More than") == 0);
    CHECK(pair_aligned("Ten people died. Rescuers searched the flooded streets by boat.", "Ten people",
                       "The last great flood, in 1998, caught the town asleep, and 40 people died.", "The last") == 0);
}

int main(void)
{
    test_count_variant();
    test_count_variant_limits();
    test_fact_fragments();
    test_facts_not_quote_parts();
    test_alignment_pairs();
    test_speakers();
    test_tex_quotes();
    test_degenerate();
    test_divergences();
    return check_report("test_card");
}
