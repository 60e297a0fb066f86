/* Story card support: an article is credited with a clause only when it
 * states the clause's numbers, dates and names; identical clauses are one
 * fact; sources' shared counts agree with the facts. Texts are invented. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "chorus.h"
#include "card/lex.h"
#include "card_fixture.h"
#include "check.h"

/* 1 when item it lists article doc in its support. */
static int supports(json_t *it, const char *doc)
{
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(it, "support"), i, v) if (strcmp(json_string_value(v), doc) == 0) return 1;
    return 0;
}

/* Items of a section whose text contains needle: how many, and whether
 * any of them lists doc. */
static size_t find(json_t *card, const char *section, const char *needle, const char *doc, int *any)
{
    size_t i, n = 0;
    json_t *it;
    *any = 0;
    json_array_foreach(json_object_get(card, section), i, it)
    {
        if (!strstr(json_string_value(json_object_get(it, "text")), needle))
            continue;
        n++;
        *any |= supports(it, doc);
    }
    return n;
}

static const char *const ship[] = {
    "A cargo ship ran aground on a reef off Pelham Point early on Tuesday, and all 31 crew members "
    "were lifted to safety by helicopter, the harbour authority said.\n\n"
    "Four crew members were treated for minor injuries at the county hospital.\n\n"
    "Inspectors from the national shipping safety agency are expected on Thursday.",
    "The cargo ship ran aground on a reef off Pelham Point on Tuesday with 29 crew members aboard, "
    "and all were lifted to safety by helicopter, the harbour authority said.\n\n"
    "Two crew members were treated for minor injuries at the county hospital.\n\n"
    "Inspectors from the national shipping safety agency are expected to arrive soon."};

/* 31 and 29 crew, four and two injured: aligned (a number divergence) but
 * neither article reports the other's count. */
static void test_numbers_are_not_support(void)
{
    json_t *c = card_of(ship, 2);
    int any;
    CHECK(find(c, "facts", "Four crew members were treated", "d1", &any) == 1 && !any);
    CHECK(find(c, "facts", "Two crew members were treated", "d0", &any) == 1 && !any);
    /* the summary holds d0's "31 crew" sentence; d1's "29 crew" is not in it */
    CHECK(find(c, "summary", "31 crew members", "d1", &any) == 1 && !any);
    CHECK(find(c, "summary", "29 crew members", "d0", &any) == 0);
    /* the difference is still shown */
    size_t i, ndiv = 0;
    json_t *dv;
    json_array_foreach(json_object_get(c, "divergences"), i, dv)
        ndiv += strcmp(json_string_value(json_object_get(dv, "kind")), "number") == 0;
    CHECK(ndiv >= 1);
    json_decref(c);
}

/* "expected on Thursday" is not reported by an article that gives no day. */
static void test_day_is_not_support(void)
{
    json_t *c = card_of(ship, 2);
    int any;
    CHECK(find(c, "facts", "expected on Thursday", "d1", &any) == 1 && !any);
    json_decref(c);
}

/* The same clause, word for word, in two articles (too few plain words for
 * the aligner to pair it) is one fact reported by both. */
static void test_identical_clause_is_one_fact(void)
{
    const char *t[] = {
        "The senator was taken to Bethany Memorial Hospital after the fall on Monday.\n\n"
        "Senator Ruth Alvarez, D-Ore., said Collins was doing well.",
        "Doctors kept the senator overnight for observation, a hospital spokeswoman said.\n\n"
        "Senator Ruth Alvarez, D-Ore., said Collins was doing well."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "Collins was doing well", "d0", &any) == 1 && any);
    CHECK(find(c, "facts", "Collins was doing well", "d1", &any) == 1 && any);
    json_decref(c);
}

/* Each source counts as shared at least the sentences that carry, for it,
 * a fact several articles report: here article d1's long sentence reports
 * d0's clause though none of its own clauses is reported by d0. */
static void test_shared_counts_agree_with_facts(void)
{
    const char *t[] = {
        "Flood water reached the old mill district on Friday night. "
        "Residents of forty homes were moved to the sports hall by volunteer crews.",
        "Flood water that had been rising for three days under heavy storms in the western hills "
        "finally reached the old mill district along with several outlying farms and country lanes "
        "late on Friday night. Schools will stay closed on Monday."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "Flood water reached the old mill district", "d1", &any) == 1 && any);
    json_t *src = json_array_get(json_object_get(c, "sources"), 1);
    CHECK_STR(json_string_value(json_object_get(src, "doc")), "d1");
    CHECK(json_integer_value(json_object_get(src, "shared_sentences")) == 1);
    CHECK(json_integer_value(json_object_get(src, "own_sentences")) == 1);
    json_decref(c);
}

/* "retired judge Mara Ellison" does not report "a retired judge" for an
 * article that never names her (the name may be of someone else). */
static void test_named_other_is_not_support(void)
{
    const char *t[] = {
        "Governor Paul Strand is expected to name a retired appeals judge as head of the new state ethics "
        "panel next month.",
        "Governor Paul Strand is expected to name retired appeals judge Mara Ellison as head of the new "
        "state ethics panel next month."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "a retired appeals judge", "d1", &any) == 1 && !any);
    json_decref(c);
}

/* Regression: facts were clause pieces ("and two fishing vessels
 * carried ...", "Coast guard boats", '"The crew did everything right',
 * 'called the closure "a blow to every family in the valley.'):
 * no fact opens with a coordinator, quotation marks pair up, and the
 * neighbouring clauses one article alone reports read as one fact. */
static void test_facts_read_as_statements(void)
{
    const char *t[] = {
        "The quarry at Dunmore closed on Friday after a rockfall, the county said. "
        "Two cranes and a dozen trucks were moved to the depot in the afternoon, and the "
        "workers were sent home. \"Nobody was near the face when it came down,\" the manager said. "
        "The union called the closure \"a blow to every family in the valley.\"",
        "A rockfall closed the quarry at Dunmore on Friday, the county said. "
        "\"Nobody was near the face when it came down,\" the manager told reporters."};
    json_t *c = card_of(t, 2);
    json_t *facts = json_object_get(c, "facts");
    int joined = 0, closed = 0;
    CHECK(json_array_size(facts) > 0);
    for (size_t i = 0; i < json_array_size(facts); i++) {
        const char *x = json_string_value(json_object_get(json_array_get(facts, i), "text"));
        size_t marks = 0;
        for (const char *p = x; *p; p++)
            marks += *p == '"';
        CHECK(strncmp(x, "and ", 4) != 0 && strncmp(x, "but ", 4) != 0);
        CHECK(marks % 2 == 0);
        joined |= strstr(x, "Two cranes") && strstr(x, "workers were sent home");
        closed |= strstr(x, "in the valley.\"") != NULL;
    }
    CHECK(joined);
    CHECK(closed);
    json_decref(c);
}

/* Regression: a subject named in commas ("The dredger, the Sea Otter,
 * left ...", "Hollin's harbour master, Edda Lune, closed ...") was a fact
 * of its own that stated nothing, and its verb another without a subject;
 * it is one fact, still credited to the article that reports what it did
 * under another subject. */
static void test_appositive_subject_stays(void)
{
    const char *t[] = {
        "The dredger, the Sea Otter, left Hollin harbour at dawn on Monday with nine crew aboard. "
        "It had been working the channel for three weeks.",
        "A dredger left Hollin harbour at dawn on Monday with nine crew aboard, its owners said. "
        "Fishermen had complained about the noise for months."};
    json_t *c = card_of(t, 2);
    int any = 0;
    CHECK(find(c, "facts", "The dredger, the Sea Otter, left Hollin harbour", "d1", &any) == 1);
    CHECK(any);
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(c, "facts"), i, it)
        CHECK(strcmp(json_string_value(json_object_get(it, "text")), "The dredger, the Sea Otter") != 0);
    json_decref(c);
    /* a possessive opens the subject too, with either apostrophe
     * (regression: the tokenizer keeps "'s" in its word, and the test
     * looked after the word for it) */
    static const char *const apostrophe[] = {"'", "\xE2\x80\x99"};
    for (size_t k = 0; k < 2; k++) {
        char a[200], fact[80], subject[64];
        snprintf(a, sizeof a,
                 "Hollin%ss harbour master, Edda Lune, closed the channel at dawn on Monday after the storm. "
                 "Boats waited offshore.",
                 apostrophe[k]);
        snprintf(fact, sizeof fact, "Hollin%ss harbour master, Edda Lune, closed the channel", apostrophe[k]);
        snprintf(subject, sizeof subject, "Hollin%ss harbour master, Edda Lune", apostrophe[k]);
        const char *u[] = {a, "The harbour master closed the channel at dawn on Monday after the storm, officials "
                              "said. Fishermen waited on the quay."};
        c = card_of(u, 2);
        CHECK(find(c, "facts", fact, "d1", &any) == 1);
        json_array_foreach(json_object_get(c, "facts"), i, it)
            CHECK(strcmp(json_string_value(json_object_get(it, "text")), subject) != 0);
        json_decref(c);
    }
}

/* Regression: "The ferry ... left Kellan harbour", "carrying 40
 * passengers" and "a crew of six ..." were three facts of 2/2, the last two
 * without a verb, though the other article reports all three in one
 * sentence. Neighbouring clauses that the same sentences report are one
 * fact; reported by two sentences, they stay two. */
static void test_clauses_of_one_report_join(void)
{
    const char *ferry = "The ferry Morning Star left Kellan harbour at noon on Sunday, carrying 40 passengers "
                        "and a crew of six from the island of Tarrow.\n\nThe harbour master said the sea was calm.";
    const char *one[] = {ferry, "Carrying 40 passengers and a crew of six from the island of Tarrow, the ferry "
                                "Morning Star left Kellan harbour at noon on Sunday.\n\nIts owners said it would "
                                "return on Monday."};
    const char *two[] = {ferry, "The ferry Morning Star left Kellan harbour at noon on Sunday. It was carrying 40 "
                                "passengers and a crew of six from the island of Tarrow.\n\nIts owners said it "
                                "would return on Monday."};
    json_t *c = card_of(one, 2);
    int any = 0;
    CHECK(find(c, "facts", "carrying 40 passengers", "d1", &any) == 1 && any);
    CHECK(find(c, "facts", "left Kellan harbour at noon on Sunday, carrying 40 passengers and a crew of six",
               "d1", &any) == 1 && any);
    json_decref(c);
    c = card_of(two, 2);
    CHECK(find(c, "facts", "left Kellan harbour", "d1", &any) == 1 && any);
    CHECK(find(c, "facts", "carrying 40 passengers", "d1", &any) == 1 && any);
    CHECK(find(c, "facts", "left Kellan harbour at noon on Sunday, carrying", "d1", &any) == 0);
    json_decref(c);
}

/* Regression: the clauses of one sentence were joined whenever one article
 * and its copies reported them, though a copy that splits the sentence
 * gives the second clause another sentence: the joined fact showed the
 * copy's first sentence as evidence for both. Joined when the copy keeps
 * the sentence whole, not when it splits it. */
static void test_copy_that_splits_a_sentence(void)
{
    static const char body[] =
        "\n\nEngineers from the water board said the flood barrier upstream had been left open for repairs."
        "\n\nVolunteers from the sailing club carried older residents to the church hall in small boats."
        "\n\nThe rail company said trains between Millbrook and the coast would not run before the weekend."
        "\n\nShopkeepers on the high street stacked sandbags against their doors through the night."
        "\n\nThe mayor asked the national government for emergency funds to repair the damaged embankment."
        "\n\nForecasters expect more heavy rain in the hills above the town later in the week.";
    char whole[2048], split[2048];
    snprintf(whole, sizeof whole, "%s%s", "The river Coll burst its banks at Millbrook on Tuesday night, "
             "flooding 120 homes and the railway station.", body);
    snprintf(split, sizeof split, "%s%s", "The river Coll burst its banks at Millbrook on Tuesday night. "
             "It flooded 120 homes and the railway station.", body);
    const char *kept[] = {whole, whole}, *cut[] = {whole, split};
    const char *joined = "on Tuesday night, flooding 120 homes";
    json_t *c = card_of(kept, 2);
    json_t *src = json_array_get(json_object_get(c, "sources"), 1);
    int any = 0;
    CHECK(json_string_value(json_object_get(src, "duplicate_of")) != NULL);
    CHECK(find(c, "facts", joined, "d1", &any) == 1 && any);
    json_decref(c);
    c = card_of(cut, 2);
    src = json_array_get(json_object_get(c, "sources"), 1);
    CHECK(json_string_value(json_object_get(src, "duplicate_of")) != NULL);
    CHECK(find(c, "facts", joined, "d1", &any) == 0);
    CHECK(find(c, "facts", "flooding 120 homes", "d1", &any) == 1 && any);
    json_decref(c);
}

/* The sentence of article doc that fact it gives as its evidence. */
static const char *own_evidence(json_t *it)
{
    const char *doc = json_string_value(json_object_get(it, "doc"));
    return json_string_value(json_object_get(json_object_get(it, "evidence"), doc));
}

/* The own evidence of the fact whose text is text (borrowed from card);
 * *n: how many facts have that text. */
static const char *fact_evidence(json_t *card, const char *text, size_t *n)
{
    size_t i;
    json_t *it;
    const char *ev = NULL;
    *n = 0;
    json_array_foreach(json_object_get(card, "facts"), i, it)
    {
        if (strcmp(json_string_value(json_object_get(it, "text")), text) == 0) {
            ev = own_evidence(it);
            ++*n;
        }
    }
    return ev;
}

/* Regression: a fact cut from a longer sentence ("struck a rock near
 * Kellan Sound on Sunday.") read as if it were whole, and its own article's
 * evidence was the clause itself while every other article's was a
 * sentence. Its evidence is now its sentence, and the views mark the cut
 * with an ellipsis (HTML shows the sentence when pointed at); a fact that
 * is its whole sentence is shown as it is. */
static void test_fact_in_its_sentence(void)
{
    const char *t[] = {"The ferry Northern Gull, which left Port Alder at dawn, struck a rock near Kellan Sound "
                       "on Sunday.\n\nRescue boats from three villages reached the ferry within an hour.",
                       "Rescue boats from three villages reached the ferry within an hour, the coast guard "
                       "said.\n\nThe ferry had struck a rock near Kellan Sound on Sunday."};
    const char *whole = "The ferry Northern Gull, which left Port Alder at dawn, struck a rock near Kellan Sound "
                        "on Sunday.";
    json_t *c = card_of(t, 2), *it;
    size_t i, cut = 0, full = 0;
    json_array_foreach(json_object_get(c, "facts"), i, it)
    {
        const char *text = json_string_value(json_object_get(it, "text")), *ev = own_evidence(it);
        CHECK(ev && strstr(ev, text));
        const char *side = json_string_value(json_object_get(it, "cut")); /* the JSON's "..." */
        if (strcmp(text, "struck a rock near Kellan Sound on Sunday.") == 0)
            cut += ev && strcmp(ev, whole) == 0 && side && strcmp(side, "before") == 0;
        if (strcmp(text, "The ferry Northern Gull, which left Port Alder at dawn") == 0)
            cut += side && strcmp(side, "after") == 0;
        if (strcmp(text, "Rescue boats from three villages reached the ferry within an hour.") == 0)
            full += ev && strcmp(ev, text) == 0 && !side;
        CHECK(json_object_get(it, "verbless") == NULL); /* each part has its verb */
    }
    CHECK(cut == 2 && full == 1);
    json_decref(c);
    char *text = card_view(t, 2, 't'), *md = card_view(t, 2, 'm'), *html = card_view(t, 2, 'h');
    CHECK(text && strstr(text, "* \xe2\x80\xa6 struck a rock near Kellan Sound on Sunday. [2/2"));
    CHECK(text && strstr(text, "* The ferry Northern Gull, which left Port Alder at dawn \xe2\x80\xa6 [1/2"));
    CHECK(text && strstr(text, "* Rescue boats from three villages reached the ferry within an hour. [2/2"));
    CHECK(md && strstr(md, "- \xe2\x80\xa6 struck a rock"));
    CHECK(html && strstr(html, "<li><span title=\"The ferry Northern Gull, which left Port Alder at dawn, "
                               "struck a rock near Kellan Sound on Sunday.\">\xe2\x80\xa6 struck a rock"));
    CHECK(html && strstr(html, "<li>Rescue boats from three villages"));
    CHECK(html && strstr(html, "<title>Story card: t</title>")); /* the page is named after its story */
    chorus_free(text);
    chorus_free(md);
    chorus_free(html);
}

/* A fact whose sentence adds only a stop or comma ("... within an hour;")
 * has that sentence as its evidence too (17 facts of the four sets kept
 * the clause), and is shown without an ellipsis. */
static void test_fact_short_of_its_sentence_by_a_stop(void)
{
    const char *t[] = {"The ferry Northern Gull struck a rock near Kellan Sound on Sunday.\n\nRescue boats from "
                       "three villages reached the ferry within an hour;\n\nAll forty passengers were safe.",
                       "Rescue boats from three villages reached the ferry within an hour, the coast guard "
                       "said.\n\nThe ferry had struck a rock near Kellan Sound on Sunday."};
    const char *clause = "Rescue boats from three villages reached the ferry within an hour";
    json_t *c = card_of(t, 2);
    size_t n;
    const char *ev = fact_evidence(c, clause, &n);
    CHECK(n == 1 && ev && strncmp(ev, clause, strlen(clause)) == 0 && strcmp(ev + strlen(clause), ";") == 0);
    json_decref(c);
    char *text = card_view(t, 2, 't');
    CHECK(text && strstr(text, "* Rescue boats from three villages reached the ferry within an hour [2/2"));
    chorus_free(text);
}

/* The HTML page's language is the one the card was built with (--lang, a
 * name read as its code); the caller's string is not read after
 * chorus_card_new, which borrows only the story. */
static void test_html_lang(void)
{
    const char *t[] = {"Das Schiff lief am Sonntag vor Kellan auf einen Felsen.",
                       "Am Sonntag lief das Schiff vor Kellan auf einen Felsen."};
    char lang[16] = "german";
    chorus_card_opts o = CHORUS_CARD_OPTS_INIT;
    o.lang = lang;
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_story *st = fixture_story(t, NULL, 2);
    chorus_card *card = NULL;
    CHECK(st && chorus_card_new(ctx, st, &o, &card) == 0);
    strcpy(lang, "fr"); /* the caller's buffer, reused */
    char *html = card ? chorus_card_html(card) : NULL;
    CHECK(html && strstr(html, "<!DOCTYPE html>\n<html lang=de>\n"));
    chorus_free(html);
    chorus_card_free(card);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
}

/* Regression: a fact after a dateline was shown as a part of a longer
 * sentence ("… The ferry Northern Gull struck ..."), though the dateline
 * only says where and the clause is all that is said. The JSON still gives
 * the sentence, dateline and all, as the fact's own evidence. */
static void test_dateline_is_no_cut(void)
{
    const char *t[] = {"KELLAN SOUND, March 3 (Wirenews) - The ferry Northern Gull struck a rock near the harbour "
                       "on Sunday.\n\nRescue boats from three villages reached the ferry within an hour.",
                       "The ferry Northern Gull struck a rock near the harbour on Sunday.\n\nOfficials blamed "
                       "thick fog for the accident."};
    const char *fact = "The ferry Northern Gull struck a rock near the harbour on Sunday.";
    json_t *c = card_of(t, 2);
    size_t nf;
    const char *ev = fact_evidence(c, fact, &nf);
    CHECK(nf == 1 && ev && strncmp(ev, "KELLAN SOUND, March 3 (Wirenews) - The ferry", 44) == 0);
    json_decref(c);
    char *text = card_view(t, 2, 't'), *html = card_view(t, 2, 'h');
    const char *facts = text ? strstr(text, "FACTS REPORTED BY ALL") : NULL; /* the summary has it too */
    const char *hfacts = html ? strstr(html, "Facts reported by all") : NULL;
    CHECK(facts && strstr(facts, "  * The ferry Northern Gull struck a rock near the harbour on Sunday. [2/2"));
    CHECK(hfacts && strstr(hfacts, "<li>The ferry Northern Gull struck a rock"));
    chorus_free(text);
    chorus_free(html);
    /* a name before a dash is no dateline: the clause after it is a part */
    const char *n[] = {"Deputy Mayor Ann Vole -- who ran the rescue at Kellan Sound for six hours -- said all 212 "
                       "passengers were safe.\n\nThe ferry was towed to Port Alder.",
                       "Ann Vole ran the rescue at Kellan Sound for six hours.\n\nOfficials blamed thick fog."};
    text = card_view(n, 2, 't');
    CHECK(text && strstr(text, "* \xe2\x80\xa6 who ran the rescue at Kellan Sound for six hours \xe2\x80\xa6 "
                               "[2/2"));
    chorus_free(text);
}

/* The facts of a large story shown in text were its first article's,
 * whatever the others reported; the views now list facts reported by more
 * independent articles first (ties in the card's order), and the JSON keeps
 * the card's order. */
static void test_widely_reported_first(void)
{
    const char *t[] = {"Heavy rain closed the mountain road above Varne on Friday morning.\n\nThe council opened "
                       "the school gym as a shelter for forty families.",
                       "The mountain road above Varne was closed by heavy rain on Friday morning.\n\nForty "
                       "families slept in the school gym, which the council opened as a shelter.",
                       "The council opened the school gym as a shelter for forty families whose homes were "
                       "flooded.\n\nVolunteers brought blankets and hot soup to the gym.",
                       "The regional train line was unaffected by the storm.\n\nForecasters expect dry weather "
                       "next week in the valley."};
    json_t *c = card_of(t, 4);
    json_t *first = json_array_get(json_object_get(c, "facts"), 0);
    CHECK(first && strstr(json_string_value(json_object_get(first, "text")), "Heavy rain closed"));
    json_decref(c);
    char *views[2] = {card_view(t, 4, 't'), card_view(t, 4, 'h')};
    const char *heads[2] = {"FACTS REPORTED BY SEVERAL", "Facts reported by several"};
    for (int i = 0; i < 2; i++) {
        const char *sec = views[i] ? strstr(views[i], heads[i]) : NULL; /* after the summary */
        const char *gym = sec ? strstr(sec, "The council opened the school gym") : NULL;
        const char *road = sec ? strstr(sec, "Heavy rain closed the mountain road") : NULL;
        CHECK(gym && road && gym < road);
        CHECK(gym && strstr(gym, "3/4: d0, d1, d2]") && road && strstr(road, "2/4: d0, d1]"));
        chorus_free(views[i]);
    }
    /* with d2 a copy of d1, both facts have two independent articles: the
     * one with more articles (the count shown) comes first, never [2/4]
     * before [3/4] */
    const char *gym_text = "The council opened the school gym as a shelter for forty families.\n\nVolunteers "
                           "brought blankets and hot soup to the gym.";
    const char *u[] = {"Heavy rain closed the mountain road above Varne on Friday morning.\n\nThe mayor of Varne "
                       "praised the volunteers who cleared the mud.",
                       gym_text, gym_text,
                       "The mountain road above Varne was closed by heavy rain on Friday morning.\n\nForty "
                       "families slept in the school gym, which the council opened as a shelter."};
    char *text = card_view(u, 4, 't');
    const char *sec = text ? strstr(text, "FACTS REPORTED BY SEVERAL") : NULL;
    const char *gym = sec ? strstr(sec, "The council opened the school gym") : NULL;
    const char *road = sec ? strstr(sec, "Heavy rain closed the mountain road") : NULL;
    CHECK(gym && road && gym < road && strstr(gym, "[3/4: d1, d2, d3]") && strstr(road, "[2/4: d0, d3]"));
    chorus_free(text);
}

/* The crude verb test that orders the views: verb forms across both lists
 * (bsearch needs them sorted), contractions, -ed and -ing, subordinators,
 * an -s form after a relative word or before a definite object; nouns in
 * -ing or -ed, plurals after a preposition or a number, and capitalised
 * words mid-sentence are none. */
static void test_verb_test(void)
{
    const char *verbs[] = {"according to the board", "allows it", "was closed", "they didn't go", "they're here",
                           "fled the slopes", "who lives in Varne", "when troops withdraw", "the boat sank",
                           "undertook the repair", "written by hand", "wrote to her", "ferries arrived late",
                           "sailing at dawn", "it's late", "the ferry’s crew won’t sail",
                           "the crews cannot sail", "the surge put the quay under water", "a wave hit the pier",
                           "the court upheld it", "as she now sails", "where ferries dock",
                           "a yard that specializes in rope", "Tom Rudd, who runs the yard",
                           "the closure ends the ferry link", "the storm weakens the sea wall", NULL};
    /* "11am" and "Våsted" are one word each, not "11" + "am" or "V" + "sted" */
    const char *none[] = {"as a federal appeals court judge", "the brainy former governor of Kellan",
                          "a meeting in Varne", "one hundred boats", "during the morning", "Ellen May",
                          "in May and June", "the Reading office", "including both legal and illegal aliens",
                          "1981 3.35", "at 11am on the quay", "a skipper from Våsted", "the alleged plot",
                          "a wretched night", "as profits the fees", "three miles to the west",
                          "Harlow, perhaps the largest port", "the crews' tallies", "in that series of storms",
                          "20 ferries the size of a barge", "three times the size of the quay",
                          "beyond that, skippers of the fleet", NULL};
    for (size_t i = 0; verbs[i]; i++) {
        int ok = lex_has_verb(verbs[i], 0, strlen(verbs[i]), 0);
        if (!ok)
            fprintf(stderr, "no verb found in: %s\n", verbs[i]);
        CHECK(ok);
    }
    for (size_t i = 0; none[i]; i++) {
        int ok = !lex_has_verb(none[i], 0, strlen(none[i]), 0);
        if (!ok)
            fprintf(stderr, "a verb found in: %s\n", none[i]);
        CHECK(ok);
    }
    CHECK(lex_has_verb("Was it late", 0, 11, 1) && !lex_has_verb("Was it late", 0, 11, 0));
}

/* A plain present after a plural subject is a verb: a listed one that is
 * seldom a noun ("Earthquakes occur"), after adverbs too, or one before an
 * object ("skippers cut the nets"); before, all were verbless. A noun after
 * a plural ("police use of force", "the capital gains tax") or a
 * preposition before an object ("towns near the river", "passengers aboard the ferry") is none. */
static void test_plain_present_after_plural(void)
{
    const char *verbs[] = {"Earthquakes occur chiefly in the hills", "the skippers strenuously deny it",
                           "towns that depend on the ferry", "two men maintain the quay",
                           "Harlow skippers often cut the nets", "the crews use a winch",
                           "old sheds, which surround the yard", NULL};
    const char *none[] = {"police use of force in Harlow", "a cut in capital gains tax rates",
                          "towns near the river", "ports like the one in Kellan", "two years ago the quay",
                          "the decision to deny bail", "skippers' deny list", "passengers aboard the ferry",
                          "troops alongside the rebels", "houses opposite the church", "crews plus the skippers",
                          "forces amongst the rebels", "sheds atop the cliff", "months till the vote", NULL};
    for (size_t i = 0; verbs[i]; i++) {
        int ok = lex_has_verb(verbs[i], 0, strlen(verbs[i]), 1);
        if (!ok)
            fprintf(stderr, "no verb found in: %s\n", verbs[i]);
        CHECK(ok);
    }
    for (size_t i = 0; none[i]; i++) {
        int ok = !lex_has_verb(none[i], 0, strlen(none[i]), 1);
        if (!ok)
            fprintf(stderr, "a verb found in: %s\n", none[i]);
        CHECK(ok);
    }
}

/* A detail without a verb that more articles give ("... the worst damage
 * in the harbour since 1990.", 3/4) led the views' lists ahead of the
 * claims (2/4); claims come first now. */
static void test_claims_before_details(void)
{
    const char *t[] = {"The storm closed the northern pier of Port Alder on Monday, the worst damage in the "
                       "harbour since 1990.\n\nFerries will resume on Friday.",
                       "Waves flooded the fish market on the quay, the worst damage in the harbour since 1990.\n\n"
                       "Fishing boats stayed in the inner basin.",
                       "Officials counted the worst damage in the harbour since 1990.\n\nThe storm closed the "
                       "northern pier of Port Alder on Monday.",
                       "The town hall lost power for six hours.\n\nSchools reopened on Tuesday."};
    char *views[3] = {card_view(t, 4, 't'), card_view(t, 4, 'm'), card_view(t, 4, 'h')};
    for (int i = 0; i < 3; i++) {
        const char *sec = views[i] ? strstr(views[i], i ? "eported by several" : "REPORTED BY SEVERAL") : NULL;
        /* the shown parts with their marks, not the sentence in the HTML's tooltip */
        const char *claim = sec ? strstr(sec, "of Port Alder on Monday \xe2\x80\xa6") : NULL;
        const char *detail = sec ? strstr(sec, "\xe2\x80\xa6 the worst damage in the harbour since 1990.") : NULL;
        CHECK(claim && detail && claim < detail);
        CHECK(claim && strstr(claim, "2/4") && detail && strstr(detail, "3/4"));
        chorus_free(views[i]);
    }
    /* the verb test is English: under another language the counts decide */
    chorus_card_opts o = CHORUS_CARD_OPTS_INIT;
    o.lang = "de";
    char *text = card_view_opts(t, 4, 't', &o);
    const char *sec = text ? strstr(text, "REPORTED BY SEVERAL") : NULL;
    const char *claim = sec ? strstr(sec, "of Port Alder on Monday \xe2\x80\xa6") : NULL;
    const char *detail = sec ? strstr(sec, "\xe2\x80\xa6 the worst damage in the harbour since 1990.") : NULL;
    CHECK(claim && detail && detail < claim);
    chorus_free(text);
    /* the JSON marks the detail, which it lists in article order */
    json_t *c = card_of(t, 4), *it;
    size_t i, marked = 0, claims = 0;
    json_array_foreach(json_object_get(c, "facts"), i, it)
    {
        const char *ft = json_string_value(json_object_get(it, "text"));
        int verbless = json_is_true(json_object_get(it, "verbless"));
        if (strcmp(ft, "the worst damage in the harbour since 1990.") == 0)
            marked += verbless;
        else
            claims += !verbless;
        CHECK(verbless == (json_object_get(it, "verbless") != NULL)); /* absent, or true */
    }
    CHECK(marked >= 1 && claims == json_array_size(json_object_get(c, "facts")) - marked);
    json_decref(c);
}

/* A part that opens its sentence is read with its first word, capital or
 * not ("Speaking ...": a claim, 3/4, ahead of the 2/4 claim); a whole
 * sentence without a verb ("No ferries ...") keeps its place. */
static void test_part_at_sentence_start(void)
{
    const char *t[] = {"Speaking to reporters on the quay of Port Alder, the mayor promised new sea walls.\n\n"
                       "The storm closed the northern pier of Kellan on Monday, and the harbour lost its crane.",
                       "Speaking to reporters on the quay of Port Alder, the harbour master blamed the old "
                       "breakwater.\n\nThe storm closed the northern pier of Kellan on Monday.\n\n"
                       "No ferries to the islands until Friday.",
                       "Speaking to reporters on the quay of Port Alder, officials counted forty damaged "
                       "boats.\n\nNo ferries to the islands until Friday.",
                       "The town hall lost power for six hours.\n\nNo ferries to the islands until Friday.\n\n"
                       "Schools reopened on Tuesday."};
    char *text = card_view(t, 4, 't');
    const char *sec = text ? strstr(text, "REPORTED BY SEVERAL") : NULL;
    const char *part = sec ? strstr(sec, "on the quay of Port Alder \xe2\x80\xa6 [3/4") : NULL;
    const char *whole = sec ? strstr(sec, "No ferries to the islands until Friday. [3/4") : NULL;
    const char *claim = sec ? strstr(sec, "of Kellan on Monday \xe2\x80\xa6 [2/4") : NULL;
    CHECK(part && whole && claim && part < whole && whole < claim);
    chorus_free(text);
}

/* Regression: a web page's furniture was listed as facts, even as a
 * fact several articles report ("Sign up for BREAKING NEWS Emails privacy
 * policy Thanks for subscribing!" on two pages of one site), and credits
 * ("Staff writer ... contributed to this report.") as facts of one. The
 * summary's furniture marks now keep them out of the facts, and so do its
 * caption marks; the marks that prose may hold are narrowed to
 * furniture's own shape. */
static void test_page_furniture_is_no_fact(void)
{
    const char *t[] = {
        "The Varne council closed the harbour road on Monday after a landslide.\n\n"
        "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!\n\n"
        "Staff writer Ivo Marr in Harlow contributed to this report.",
        "A landslide closed the harbour road in Varne on Monday, the council said.\n\n"
        "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!"};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "Sign up for", "d0", &any) == 0);
    CHECK(find(c, "facts", "contributed to this report", "d0", &any) == 0);
    CHECK(find(c, "facts", "harbour road", "d0", &any) >= 1 && any);
    json_decref(c);
    /* prose that only looks like furniture stays a fact: a hand-over to a reporter ends the sentence or
     * gives the reporter's handle, and a call to follow an account comes after a comma */
    const char *u[] = {
        "Ann Kole, the bank's auditor, has the details of 212 transfers Tom Rudd made from the fund.\n\n"
        "Ivo Marr has the story (@ivomarr).",
        "The post, seen by 40,000 people following @HarlowCouncil, called the bridge plan a fraud.\n\n"
        "For the latest news, follow @harlownews."};
    c = card_of(u, 2);
    CHECK(find(c, "facts", "212 transfers", "d0", &any) == 1 && any);
    CHECK(find(c, "facts", "called the bridge plan a fraud", "d1", &any) == 1 && any);
    CHECK(find(c, "facts", "has the story", "d0", &any) == 0 && find(c, "facts", "latest news", "d1", &any) == 0);
    json_decref(c);
    /* a photo's caption or credit is no fact either, though its names count; an ellipsis before a
     * bracket in prose is no teaser's credit */
    const char *w[] = {
        "FILE - In this May 4, 2001, file photo, Ivo Marr waves from the deck of the Varne ferry.\n\n"
        "The Varne ferry sank in the harbour on Monday.",
        "The Varne ferry sank on Monday; Tom Rudd wants \"a captain who ... (who) has never lost a ship.\"\n\n"
        "(AP Photo/Ann Kole)"};
    c = card_of(w, 2);
    CHECK(find(c, "facts", "waves from the deck", "d0", &any) == 0);
    CHECK(find(c, "facts", "AP Photo", "d1", &any) == 0);
    CHECK(find(c, "facts", "never lost a ship", "d1", &any) == 1 && any);
    json_t *e;
    size_t i;
    int marr = 0;
    json_array_foreach(json_object_get(c, "entities"), i, e)
        marr |= strcmp(json_string_value(json_object_get(e, "name")), "Ivo Marr") == 0;
    CHECK(marr);
    json_decref(c);
}

/* An agency's name is a photo's credit only in a credit's shape ("Tom
 * Rudd/AFP/Getty Images", "(Photo: TOM RUDD, Getty Images)", alone, at a
 * line's end, opening a line before a caption): prose that names it keeps
 * its fact; before, any "Getty Images" made a sentence a caption. */
static void test_agency_in_prose_is_a_fact(void)
{
    const char *t[] = {
        "Ann Kole, a photographer for Getty Images, said the flood reached Harlow on Monday.\n\n"
        "Getty Images said it would send two more photographers to the towns of the valley.\n\n"
        "Tom Rudd/AFP/Getty Images\n\n(Photo: TOM RUDD, Getty Images)\n\n"
        "The river rose over the old dam of Kellan Getty Images\n\n"
        "Getty Images Mayor Dora Vell at the flooded town hall",
        "The flood reached Harlow on Monday, Ann Kole said.\n\nGetty Images\n\n"
        "The river flooded the lower town of Kellan on Monday night."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "reached Harlow", "d0", &any) >= 1 && any);
    CHECK(find(c, "facts", "two more photographers", "d0", &any) == 1 && any);
    CHECK(find(c, "facts", "Rudd", "d0", &any) == 0 && find(c, "facts", "old dam", "d0", &any) == 0);
    CHECK(find(c, "facts", "Dora Vell", "d0", &any) == 0);
    CHECK(find(c, "facts", "Getty Images", "d1", &any) == 2 && !any); /* the prose of d0 */
    json_decref(c);
}

/* Prose names the agency after a comma ("In a statement, Getty Images said", "Reuters, Getty Images
 * and ..."), an opening quotation mark, or opening the sentence before a comma or a possessive: each
 * kept its fact only after a word in lower case before; after a word in capitals ("AFP Getty
 * Images") or before a slash ("Tom Rudd, Getty Images/AFP") it is a credit still. */
static void test_agency_after_comma_is_a_fact(void)
{
    const char *t[] = {
        "In a statement on Monday, Getty Images said it would send two photographers to Harlow.\n\n"
        "Reuters, Getty Images and two other agencies sent crews to the flooded valley.\n\n"
        "\"Getty Images will cover the whole valley,\" Ann Kole told reporters in Kellan.\n\n"
        "Getty Images, the photo agency, said its crews reached the lower town on Tuesday.\n\n"
        "Getty Images' chief photographer flew over the broken dam on Tuesday.\n\n"
        "The ferry lay on its side in the harbour of Kellan AFP Getty Images Mayor Dora Vell\n\n"
        "The old mill of Kellan under water, Tom Rudd, Getty Images/AFP Mayor Ann Kole on the bridge",
        "The river flooded the lower town of Kellan on Monday night.\n\nThe dam broke before dawn."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "two photographers", "d0", &any) == 1);
    CHECK(find(c, "facts", "other agencies", "d0", &any) == 1);
    CHECK(find(c, "facts", "the whole valley", "d0", &any) == 1);
    CHECK(find(c, "facts", "lower town on Tuesday", "d0", &any) == 1);
    CHECK(find(c, "facts", "broken dam", "d0", &any) == 1);
    CHECK(find(c, "facts", "Dora Vell", "d0", &any) == 0 && find(c, "facts", "old mill", "d0", &any) == 0);
    json_decref(c);
}

/* Regression: clauses of one sentence that only their article reports
 * stayed two facts when a clause that can be no fact stood between them:
 * an attribution tail ("..., the county weather office said, and two
 * inches fell ...") or a piece of names alone ("Dorsey Hill, Marple and
 * Upper Tindale Cross"). They are one fact, the words between included. */
static void test_clauses_join_across_no_fact(void)
{
    const char *t[] = {
        "Heavy snow closed the roads around Harlow on Monday. The storm left four inches of snow on the ridge "
        "above Kellan, the county weather office said, and two inches fell along the coast. Snow lay four "
        "inches deep at Kellan Ridge, Dorsey Hill, Marple and Upper Tindale Cross, all in the northern hills "
        "above the town. Schools stayed open.",
        "Heavy snow closed the roads around Harlow on Monday, the county said. Crews worked through the night "
        "to clear the main street. Dora Vell, who runs the bakery, said business was slow."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts",
               "The storm left four inches of snow on the ridge above Kellan, the county weather office said, and "
               "two inches fell along the coast.",
               "d0", &any) == 1);
    CHECK(find(c, "facts",
               "Snow lay four inches deep at Kellan Ridge, Dorsey Hill, Marple and Upper Tindale Cross, "
               "all in the northern hills above the town.",
               "d0", &any) == 1);
    CHECK(find(c, "facts", "two inches fell", "d0", &any) == 1);
    CHECK(find(c, "facts", "all in the northern hills", "d0", &any) == 1);
    json_decref(c);
}

/* Regression: an agency's photo caption, dated in full where prose would
 * write "on" or put a comma ("..., Tuesday, March 3, 2020.", "... in
 * Kellan, Harlow March 3, 2020.", "March 3, 2020 A ferry passes ...", "...
 * is pictured with ..."), was a fact; the summary's candidates already
 * leave these shapes out. Prose dated in full stays a fact. */
static void test_caption_shapes_are_no_fact(void)
{
    const char *t[] = {
        "Mayor Dora Vell speaks to reporters outside the town hall in Harlow, Tuesday, March 3, 2020.\n\n"
        "Tom Rudd leaves the county court during a lunch break in Kellan, Harlow March 3, 2020.\n\n"
        "March 3, 2020 A ferry passes the flooded harbour wall at Kellan.\n\n"
        "Ann Kole is pictured with the rescued crew of the Kellan ferry at the quay.\n\n"
        "The ferry sank in Kellan harbour on Tuesday, March 3, 2020, after a storm.",
        "The Kellan ferry sank in the harbour on Tuesday after a storm, the coast guard said."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "speaks to reporters", "d0", &any) == 0);
    CHECK(find(c, "facts", "lunch break", "d0", &any) == 0);
    CHECK(find(c, "facts", "flooded harbour wall", "d0", &any) == 0);
    CHECK(find(c, "facts", "is pictured with", "d0", &any) == 0);
    CHECK(find(c, "facts", "after a storm", "d0", &any) >= 1);
    json_decref(c);
}

/* Regression: the middle sentences of a quotation of several sentences
 * hold no quotation mark, and were facts: words without their speaker. A
 * quotation that goes on in the next paragraph holds them too; a mark
 * left open by a slip, which no later sentence of the paragraph closes,
 * holds none. */
static void test_inside_long_quote_is_no_fact(void)
{
    const char *t[] = {
        "Mayor Dora Vell spoke at the Kellan town hall on Monday. \"The river took the bridge and the old mill. "
        "Every family will be back in its home before the winter. The town will not be beaten by the river,\" "
        "she said.\n\n"
        "\"The council has the money for the new bridge. The work starts in the spring.\n\n"
        "\"Nobody will be left behind,\" she said.\n\n"
        "Tom Rudd, who said he would \"probably not stand again, spoke at the mill on Monday. The mill owners "
        "will meet on Friday to choose a new chairman.",
        "The river took the bridge and the old mill at Kellan, Mayor Dora Vell said on Monday. Schools in "
        "the lower town will stay closed this week."};
    json_t *c = card_of(t, 2);
    int any;
    CHECK(find(c, "facts", "spoke at the Kellan town hall", "d0", &any) == 1);
    CHECK(find(c, "facts", "Every family will be back", "d0", &any) == 0);
    CHECK(find(c, "facts", "The council has the money", "d0", &any) == 0);
    CHECK(find(c, "facts", "The work starts in the spring", "d0", &any) == 0);
    CHECK(find(c, "facts", "The mill owners will meet on Friday", "d0", &any) == 1);
    json_decref(c);
}

int main(void)
{
    test_inside_long_quote_is_no_fact();
    test_clauses_join_across_no_fact();
    test_caption_shapes_are_no_fact();
    test_page_furniture_is_no_fact();
    test_agency_in_prose_is_a_fact();
    test_agency_after_comma_is_a_fact();
    test_fact_in_its_sentence();
    test_dateline_is_no_cut();
    test_fact_short_of_its_sentence_by_a_stop();
    test_html_lang();
    test_widely_reported_first();
    test_verb_test();
    test_plain_present_after_plural();
    test_claims_before_details();
    test_part_at_sentence_start();
    test_clauses_of_one_report_join();
    test_copy_that_splits_a_sentence();
    test_appositive_subject_stays();
    test_facts_read_as_statements();
    test_numbers_are_not_support();
    test_day_is_not_support();
    test_identical_clause_is_one_fact();
    test_shared_counts_agree_with_facts();
    test_named_other_is_not_support();
    return check_report("test_card_support");
}
