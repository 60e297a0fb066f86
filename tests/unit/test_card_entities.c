/* Story card entities: names as a reader knows them, each of one kind.
 * Texts are invented. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "chorus.h"
#include "card_fixture.h"
#include "check.h"

/* The entity named name, or NULL when the card lists none. */
static json_t *entity(json_t *card, const char *name)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(card, "entities"), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "name")), name) == 0)
            return e;
    }
    return NULL;
}

/* The kind of the entity named name, or NULL when the card lists none. */
static const char *kind_of(json_t *card, const char *name)
{
    json_t *e = entity(card, name);
    return e ? json_string_value(json_object_get(e, "kind")) : NULL;
}

static int is(const char *got, const char *want) { return got && strcmp(got, want) == 0; }

/* The mentions of the entity named name in the story, or -1. */
static long total_of(json_t *card, const char *name)
{
    json_t *e = entity(card, name);
    return e ? (long)json_integer_value(json_object_get(e, "total")) : -1;
}

/* Regressions from the NeuS and DUC cards: a title inside the run
 * ("US President Donald Trump"), a surname alone ("Trump" was "other"),
 * countries and states ("Wisconsin" was "other"), a weekday after "On" or
 * with "'s" (were people or entities), a party tag ("R-Ky"), the last dot
 * of "U.S.", and "US" (a function word in lower case). */
static void test_entity_names_and_kinds(void)
{
    const char *t[] = {
        "US President Donald Trump spoke in Milwaukee on Tuesday. On Tuesday, voters in Wisconsin "
        "and Minnesota went to the polls. Sen. Rand Paul, R-Ky., said the U.S. economy was strong. "
        "Supporters cheered as Trump said the vote was fair.",
        "Donald Trump told supporters that Tuesday's primaries in Wisconsin mattered. Russia said it "
        "was watching. Later Trump praised the US economy and thanked Rand Paul, who won in 2016."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Donald Trump"), "person"));
    CHECK(kind_of(c, "US President Donald Trump") == NULL);
    CHECK(is(kind_of(c, "Trump"), "person"));
    CHECK(is(kind_of(c, "Wisconsin"), "place"));
    CHECK(is(kind_of(c, "Minnesota"), "place"));
    CHECK(is(kind_of(c, "Russia"), "place"));
    CHECK(is(kind_of(c, "US"), "place")); /* and "U.S.", one spelling of it (test_spellings) */
    json_t *also = json_object_get(entity(c, "US"), "also");
    CHECK_STR(json_string_value(json_array_get(also, 0)), "U.S."); /* with its last dot */
    CHECK(kind_of(c, "On Tuesday") == NULL);
    CHECK(kind_of(c, "Tuesday") == NULL);
    CHECK(kind_of(c, "R-Ky") == NULL);
    CHECK(is(kind_of(c, "Rand Paul"), "person"));
    json_decref(c);
}

/* Regressions from the NeuS and DUC cards: an organisation's name goes on
 * with "for" and a closing "and" ("Centers", "Disease Control" and
 * "Prevention" were three entities, "Prevention" a person), and a title
 * word that "of" joins stays ("Department of" lost "Justice"). A list of
 * two places, or "and" before a person, is not joined. */
static void test_organisation_names(void)
{
    const char *t[] = {
        "The Centers for Disease Control and Prevention said 40 people were ill. The Department of "
        "Justice opened an inquiry. Russia and China protested. The Office of Management and Budget "
        "said the cost was $4 million.",
        "The Centers for Disease Control and Prevention counted 40 cases. The Department of Justice "
        "and Attorney General Jane Roe declined to comment. The Office of Management and Budget "
        "put the cost at $4 million, said Jane Roe."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Centers for Disease Control and Prevention"), "organisation"));
    CHECK(kind_of(c, "Prevention") == NULL);
    CHECK(is(kind_of(c, "Office of Management and Budget"), "organisation"));
    CHECK(kind_of(c, "Budget") == NULL);
    CHECK(is(kind_of(c, "Department of Justice"), "organisation"));
    CHECK(kind_of(c, "Department of") == NULL);
    CHECK(is(kind_of(c, "Russia"), "place"));
    CHECK(is(kind_of(c, "China"), "place"));
    CHECK(is(kind_of(c, "Jane Roe"), "person"));
    json_decref(c);
}

/* Regressions from the NeuS and DUC cards, each listed before as written
 * here after "was": a middle initial ("Richard E"), a suffix ("Trump Jr"),
 * a possessive ("CNN's Jim Acosta"), an office held ("State Mike Pompeo",
 * an organisation), a title after an organisation ("Supreme Court Justice
 * Ruth Bader Ginsburg"), leading words ("Former FBI", "Although Yeltsin",
 * "Sixteen-year-old Greta Thunberg"), a person's state ("Rand Paul of
 * Kentucky"), storms ("Hurricane Michael" a person), regions ("Southern
 * California" a person) and AP's state abbreviations ("Mass" other). */
static void test_people_places_events(void)
{
    const char *t[] = {
        "Richard E. Smith said CNN's Jim Acosta asked Secretary of State Mike Pompeo about Hurricane "
        "Michael. Supreme Court Justice Ruth Bader Ginsburg and Donald Trump Jr. spoke in Boston, Mass., "
        "where Sen. Rand Paul of Kentucky objected. Although Yeltsin won, Sixteen-year-old Greta Thunberg "
        "toured Southern California.",
        "Richard E. Smith told reporters that Jim Acosta of CNN had asked Mike Pompeo about Hurricane "
        "Michael. Former FBI Director James Comey spoke to Ruth Bader Ginsburg in Southern California."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Richard E. Smith"), "person"));
    CHECK(kind_of(c, "Richard E") == NULL);
    CHECK(is(kind_of(c, "Jim Acosta"), "person"));
    CHECK(kind_of(c, "CNN's Jim Acosta") == NULL && kind_of(c, "Jim Acosta of CNN") == NULL);
    CHECK(is(kind_of(c, "CNN"), "organisation"));
    CHECK(is(kind_of(c, "Mike Pompeo"), "person"));
    CHECK(kind_of(c, "State Mike Pompeo") == NULL);
    CHECK(is(kind_of(c, "Ruth Bader Ginsburg"), "person"));
    CHECK(is(kind_of(c, "Donald Trump Jr."), "person"));
    CHECK(is(kind_of(c, "Rand Paul"), "person"));
    CHECK(is(kind_of(c, "Kentucky"), "place"));
    CHECK(is(kind_of(c, "Hurricane Michael"), "other"));
    CHECK(is(kind_of(c, "Southern California"), "place"));
    CHECK(is(kind_of(c, "Mass"), "place"));
    CHECK(is(kind_of(c, "Greta Thunberg"), "person"));
    CHECK(is(kind_of(c, "James Comey"), "person"));
    CHECK(kind_of(c, "Former FBI") == NULL && kind_of(c, "Although Yeltsin") == NULL);
    json_decref(c);
    /* the last word of a place, a body or a thing, which the three sets'
     * cards had as people ("Rose Garden", "Farmers Weekly", "Super Bowl");
     * a law's last word outweighs an organisation's word inside */
    static const struct {
        const char *text, *name, *kind;
    } ends[] = {
        {"Crowds filled Kessel Air Base on Monday.", "Kessel Air Base", "place"},
        {"Ferry Rose Garden guests left early.", "Ferry Rose Garden", "place"},
        {"Marsh Plains farmers waited for rain.", "Marsh Plains", "place"},
        {"Dray Speedway closed for the race.", "Dray Speedway", "place"},
        {"Hollin Philharmonic musicians played.", "Hollin Philharmonic", "organisation"},
        {"Federal Reserve officials spoke.", "Federal Reserve", "organisation"},
        {"Growers Weekly reporters asked.", "Growers Weekly", "organisation"},
        {"Critics cited Fourth Amendment rights.", "Fourth Amendment", "other"},
        {"Tickets for Super Bowl seats sold out.", "Super Bowl", "other"},
        {"Lawyers read the Bank Secrecy Act again.", "Bank Secrecy Act", "other"},
        {"Aid came from the United Nations Development Program.", "United Nations Development Program",
         "organisation"}, /* a programme may be a body (from the stop read) */
        /* a law's word ends a person's name when a speech verb or a title
         * marks it, as before the law words moved to thing_ends */
        {"Jude Law said the film was good.", "Jude Law", "person"},
        {"Sen. Ted Law spoke to farmers.", "Ted Law", "person"},
    };
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        c = card_of(&ends[i].text, 1);
        CHECK(is(kind_of(c, ends[i].name), ends[i].kind));
        json_decref(c);
    }
    /* in capitals, such a word makes no organisation of a table's heading,
     * which is then dropped (DUC 2001 d30e) */
    const char *heading = "The cost to banks of the new rule.\n\nEXISTING WORLD RESERVE ........ $430\n\n"
                          "The bank said its reserve was enough.";
    c = card_of(&heading, 1);
    CHECK(c != NULL && entity(c, "EXISTING WORLD RESERVE") == NULL);
    json_decref(c);
}

/* Abbreviated titles and place words: "Capt." and "Rear Adm." start a
 * person's name and are no entities of their own, "St." and "Mt." carry a
 * place name on, and what stands before a title inside a run ("New York
 * Gov.", "Senate Majority Leader") is counted as its own entity. */
static void test_abbreviated_titles(void)
{
    const char *t[] = {
        "Capt. Lena Morrow and Rear Adm. Tomas Reyes sailed from St. Petersburg to Mount St. Helens. "
        "New York Gov. Ruth Ellison met Senate Majority Leader Paul Dane and Air Force Col. Jo Varga.",
        "Capt. Lena Morrow said Morrow had sailed from St. Petersburg. Reyes said Gov. Ruth Ellison "
        "and Dane would come to Mt. Rainier."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Lena Morrow"), "person"));
    CHECK(is(kind_of(c, "Tomas Reyes"), "person"));
    CHECK(kind_of(c, "Capt") == NULL && kind_of(c, "Rear Adm") == NULL && kind_of(c, "Adm") == NULL);
    CHECK(kind_of(c, "Gov") == NULL && kind_of(c, "Col") == NULL && kind_of(c, "St") == NULL);
    CHECK(is(kind_of(c, "St. Petersburg"), "place"));
    CHECK(is(kind_of(c, "Mount St. Helens"), "place"));
    CHECK(is(kind_of(c, "Mt. Rainier"), "place"));
    CHECK(is(kind_of(c, "New York"), "place"));
    CHECK(is(kind_of(c, "Ruth Ellison"), "person"));
    CHECK(is(kind_of(c, "Senate"), "organisation"));
    CHECK(kind_of(c, "Senate Majority") == NULL);
    CHECK(is(kind_of(c, "Paul Dane"), "person"));
    CHECK(is(kind_of(c, "Air Force"), "organisation"));
    CHECK(is(kind_of(c, "Jo Varga"), "person"));
    json_decref(c);
}

/* Names a reader knows without context (cities were "other", companies
 * "other", "Chinese" a person), a town before its state or after "city
 * of", and capitals that are no state ("GA" for an insurer was a place). */
static void test_known_names(void)
{
    const char *t[] = {
        "Envoys from Moscow and Beijing met on Monday. Twitter removed the post, and Chinese diplomats "
        "protested. GA, the insurer, counted its losses. The Ovenby Corp. moved to Tolland, Ariz., and "
        "runs a plant in the southern city of Quxian.",
        "Moscow and Beijing signed the pact. Chinese officials praised it on Twitter. Claims had "
        "doubled at GA. East German troops were once stationed nearby. Quxian was quiet."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Moscow"), "place"));
    CHECK(is(kind_of(c, "Beijing"), "place"));
    CHECK(is(kind_of(c, "Twitter"), "organisation"));
    CHECK(is(kind_of(c, "Chinese"), "other"));
    CHECK(is(kind_of(c, "GA"), "organisation"));
    CHECK(is(kind_of(c, "Tolland"), "place"));
    CHECK(is(kind_of(c, "Quxian"), "place"));
    CHECK(is(kind_of(c, "East German"), "other"));
    json_decref(c);
}

/* Words that only open a clause or that the story writes in lower case
 * more often than capitalised inside a clause are no names ("Virtually",
 * "Police", "It's" were entities), while a name found elsewhere counts
 * where it opens a sentence too. */
static void test_common_words(void)
{
    const char *t[] = {
        "Police said the fire began at night. The blaze, Police said, was set. The police closed the road "
        "and police officers stayed. Why it matters: Virtually every house on the street was empty (It’s "
        "late, said Mayor Ada Brandt).",
        "Brandt said the police would stay. Brandt thanked the firefighters. Fire spread fast. Fire crews "
        "came. The county's Fire chief saw another fire. Mayor Ada Brandt asked: “Anything else?” The "
        "police left at dawn."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "Police") == NULL);
    CHECK(kind_of(c, "Fire") == NULL); /* lower case twice, capitalised inside a clause once */
    CHECK(kind_of(c, "Virtually") == NULL);
    CHECK(kind_of(c, "Anything") == NULL);
    CHECK(kind_of(c, "It") == NULL); /* a final ’s is always cut, so "It’s" cannot be one */
    CHECK(is(kind_of(c, "Ada Brandt"), "person"));
    CHECK(total_of(c, "Ada Brandt") == 4 && entity(c, "Brandt") == NULL); /* two open a sentence */
    json_decref(c);
}

/* A title outweighs "the X administration" ("Bush" was "other"), a
 * surname follows a full name said once with a speech verb, a run splits
 * after a titled person's or a known place's possessive ("Mikhail
 * Gorbachev's Kremlin" and "Pakistan's Kashmir" were people), initials
 * with stops carry a name on ("V.P." was a person), and a people's word
 * before a known place is not part of its name ("Hindu India" was a
 * person). */
static void test_surnames_and_possessives(void)
{
    const char *t[] = {
        "President Bush met the press. The Bush administration said the Bush plan and the Bush budget "
        "were ready. Helen Quarrie told reporters the plan would fail. Prime Minister V.P. Singh left.",
        "Quarrie's office released a study. President Mikhail Gorbachev's Kremlin office issued a "
        "statement. The Bush team did not reply to Quarrie. He spoke of Pakistan's Kashmir and of Hindu "
        "India."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Bush"), "person"));
    CHECK(is(kind_of(c, "Helen Quarrie"), "person") && total_of(c, "Helen Quarrie") == 3); /* "Quarrie" too */
    CHECK(is(kind_of(c, "Kremlin"), "organisation"));
    CHECK(kind_of(c, "Mikhail Gorbachev's Kremlin") == NULL);
    CHECK(is(kind_of(c, "Mikhail Gorbachev"), "person"));
    CHECK(is(kind_of(c, "V.P. Singh"), "person"));
    CHECK(kind_of(c, "V.P.") == NULL && kind_of(c, "V.P") == NULL);
    CHECK(is(kind_of(c, "Kashmir"), "place"));
    CHECK(kind_of(c, "Pakistan's Kashmir") == NULL);
    CHECK(is(kind_of(c, "India"), "place"));
    CHECK(kind_of(c, "Hindu India") == NULL);
    json_decref(c);
}

/* Marks that cut names: a stop before a closing quotation mark ("Russia."
 * was a name; "Russia.’" was no mention), a word opening a quotation in
 * single marks ("‘Gifts" was a name), a plural possessive ("Bernie Sanders’" was one), an
 * ampersand ("Procter & Gamble" was two), "for" after "Administration",
 * and wars, which are no place. */
static void test_name_marks(void)
{
    const char *t[] = {
        "The senator said the money came “from Russia.” Bernie Sanders’ campaign denied it. Procter & "
        "Gamble gave to the Administration for Children and Families, which was founded after World War II.",
        "Bernie Sanders spoke about Russia. Procter & Gamble said the gift was small. Veterans of World "
        "War II marched. \xE2\x80\x98We owe nothing to Russia.\xE2\x80\x99 \xE2\x80\x98Gifts are "
        "gifts,\xE2\x80\x99 he said."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Russia"), "place"));
    CHECK(kind_of(c, "Russia.") == NULL);
    CHECK(total_of(c, "Russia") == 3); /* "Russia.’" of a single quotation too */
    CHECK(kind_of(c, "Gifts") == NULL); /* it opens a quotation, in single marks */
    CHECK(is(kind_of(c, "Bernie Sanders"), "person"));
    CHECK(total_of(c, "Bernie Sanders") == 2);
    CHECK(kind_of(c, "Bernie Sanders’") == NULL);
    CHECK(is(kind_of(c, "Procter & Gamble"), "organisation"));
    CHECK(is(kind_of(c, "Administration for Children and Families"), "organisation"));
    CHECK(is(kind_of(c, "World War II"), "other"));
    json_decref(c);
}

/* Names in capitals: a dateline's place is the same place as in the text
 * ("DENVER" and "Denver" were two entities), several words in capitals
 * naming nothing are a heading, and a long word in capitals that the
 * story writes in lower case is no name; an acronym stays. Of two
 * spellings in mixed case, the more frequent takes the capitals. */
static void test_capitals(void)
{
    const char *t[] = {
        "DENVER (AP) -- Floods cut the roads into Denver on Monday. Shares fell after the EARNINGS report, "
        "and earnings at the mills fell too. The mayor said: CLOSED UNTIL FURTHER NOTICE was painted on "
        "the gate.",
        "Rain flooded Denver again, McCain said. Officials at NASCAR said the race would go on. Analysts said "
        "earnings would recover. The name Mccain was a misspelling, McCain said, and a banner showed MCCAIN."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Denver"), "place"));
    CHECK(total_of(c, "Denver") == 3);
    CHECK(kind_of(c, "DENVER") == NULL);
    CHECK(kind_of(c, "EARNINGS") == NULL);
    CHECK(kind_of(c, "CLOSED UNTIL FURTHER NOTICE") == NULL);
    CHECK(is(kind_of(c, "NASCAR"), "organisation"));
    CHECK(total_of(c, "McCain") == 4); /* the more frequent spelling, with "Mccain" (test_spellings) */
    CHECK(is(kind_of(c, "McCain"), "person"));
    CHECK(total_of(c, "Mccain") == -1);
    json_decref(c);
}

/* A surname alone follows a full name that opens with a common given name,
 * though said once with no title or speech verb ("Pelosi" was "other");
 * a name suffix alone is no name ("Jr." was an entity); two words ending
 * in a people's are a group, not a person ("Native Americans"). */
static void test_given_names(void)
{
    const char *t[] = {
        "Nancy Pelosi met the governors on Monday. The talks with Pelosi ran late. Rolf Tanner Jr. "
        "arrived from Denver. The march drew Native Americans from six states.",
        "By morning Pelosi had left the capital. Reporters waited for a statement from Pelosi. Tanner, Jr. "
        "stayed."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Nancy Pelosi"), "person"));
    CHECK(total_of(c, "Nancy Pelosi") == 4 && entity(c, "Pelosi") == NULL); /* the surname alone too */
    CHECK(kind_of(c, "Jr.") == NULL);
    CHECK(is(kind_of(c, "Native Americans"), "other"));
    json_decref(c);
}

/* Regression: groups named beside a lower-case body noun were people
 * ("rebel group Ahrar al-Sham", "the Jund al-Aqsa group"), and a paper
 * that "said" things was a person though "the newspaper" named it; an
 * owner ("Voss's organization"), a people's word ("a Syrian Kurdish
 * group") or a compound modifier ("the Ostra Vell-backed group") is not the
 * body. A name set off by commas after the noun is the body ("its Syrian
 * affiliate, Jabhat al-Nusra," was a person on the seed card), unless
 * the noun is a preposition's object ("a spokesman for the group, Rafe
 * Imber,"). */
static void test_body_nouns(void)
{
    const char *t[] = {
        "Fighters of the rebel group Tal Hareth held the bridge. The Jund Amara group sent men from the "
        "north. The newspaper Nordlys Tidende said the talks failed. Nordlys Tidende said the truce held "
        "for a week. Nordlys Tidende said the fighters left on Friday.",
        "The aid official Ola Voss said supplies ran short. A crew with Voss's organization landed at noon. "
        "A Syrian Kurdish group stayed out of the talks. The Ostra Vell-backed group held the pass at "
        "Mar-a-Lago. Tal Hareth and Jund Amara did not comment. Its Syrian affiliate, Jabal Hamra, took the "
        "town. Asked about the group, Ola Voss said little. A spokesman for the group, Rafe Imber, said "
        "no."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Tal Hareth"), "organisation"));
    CHECK(is(kind_of(c, "Jund Amara"), "organisation"));
    CHECK(is(kind_of(c, "Nordlys Tidende"), "organisation"));
    CHECK(total_of(c, "Ola Voss") == 3 && entity(c, "Voss") == NULL); /* "Voss's organization" is his */
    CHECK(is(kind_of(c, "Syrian Kurdish"), "other"));
    CHECK(kind_of(c, "Ostra Vell-backed") != NULL && !is(kind_of(c, "Ostra Vell-backed"), "organisation"));
    CHECK(kind_of(c, "Mar-a-Lago") != NULL); /* a hyphen before lower case inside a name */
    CHECK(is(kind_of(c, "Jabal Hamra"), "organisation"));
    CHECK(is(kind_of(c, "Ola Voss"), "person")); /* "the group, Ola Voss said": no appositive */
    CHECK(is(kind_of(c, "Rafe Imber"), "person")); /* "a spokesman for the group, Rafe Imber," */
    json_decref(c);
}

/* The other spellings of the entity named name, as one string joined
 * by "|" in out, or "" when it has none. */
static const char *also_of(json_t *card, const char *name, char *out, size_t cap)
{
    json_t *e = entity(card, name), *a = e ? json_object_get(e, "also") : NULL;
    size_t k = 0;
    out[0] = 0;
    for (size_t i = 0; i < json_array_size(a); i++)
        k += (size_t)snprintf(out + k, cap - k, "%s%s", i ? "|" : "", json_string_value(json_array_get(a, i)));
    return out;
}

/* Regression: each outlet's spelling was its own entity ("U.S." and "US"
 * in 31 cards of the three sets, "Kim Jong-un" and "Kim Jong Un"); they
 * are one, the most mentioned spelling listing the others, and a surname
 * of any spelling is the person's ("Assad" after "Bashar Assad", folded
 * into "Bashar al-Assad"). "Al-Iraq", a paper's name, is not "Iraq". */
static void test_spellings(void)
{
    const char *t[] = {
        "The U.S. envoy met Kim Jong-un in the capital on Monday. Bashar al-Assad sent a letter to the "
        "envoy. The U.S. embassy stayed shut. The Al-Iraq newspaper printed the letter.",
        "The US envoy met Kim Jong Un on Friday. Bashar Assad wrote to him twice. Officials in Iraq read "
        "the letter. Assad kept the reply private. Ana O\xE2\x80\x99" "Dowd of the embassy and Ana O'Dowd's aide "
        "left."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "U.S.") == 3 && entity(c, "US") == NULL);
    CHECK_STR(also_of(c, "U.S.", buf, sizeof buf), "US");
    CHECK(total_of(c, "Kim Jong-un") == 2 && entity(c, "Kim Jong Un") == NULL); /* a tie: the first */
    CHECK(total_of(c, "Bashar al-Assad") == 3 && entity(c, "Bashar Assad") == NULL);
    CHECK_STR(also_of(c, "Bashar al-Assad", buf, sizeof buf), "Bashar Assad|Assad");
    CHECK(entity(c, "Assad") == NULL && is(kind_of(c, "Bashar al-Assad"), "person"));
    CHECK(total_of(c, "Ana O\xE2\x80\x99" "Dowd") == 2 && entity(c, "Ana O'Dowd") == NULL); /* ’ and ' */
    CHECK(total_of(c, "Iraq") == 1 && total_of(c, "Al-Iraq") == 1);
    json_decref(c);
    char *text = card_view(t, 2, 't');
    CHECK(text && strstr(text, "U.S. (place; also US):") != NULL);
    chorus_free(text);
}

/* Regression: an abbreviation and its long form were two entities ("FEMA"
 * and "Federal Emergency Management Agency" in 2 DUC cards, "U.S." and
 * "United States" in 67). An article that writes both joins them when
 * they are of one kind or it introduces the abbreviation in parentheses; articles that write one each
 * join only a known place's ("N.J.") or a body's the news knows by its
 * abbreviation ("AP", even beside the "Arabian Peninsula"), as "SEC" was
 * the Securities and Exchange Commission, not the "Senate Ethics
 * Committee" named elsewhere.
 * A state's abbreviation is never a city's ("S.C.", "Sioux City"), and
 * one of two long forms is not guessed ("ECB"). The long form's kind
 * wins ("CRP", a programme, is no organisation). */
static void test_abbreviations(void)
{
    const char *t[] = {
        "The Federal Emergency Management Agency sent 40 trailers to Biloxi on Monday, and FEMA said more "
        "would come. Officials in New Jersey asked for help. The Senate Ethics Committee met on Tuesday. "
        "Flights from Sioux City were late, and storms hit Charleston, S.C., too. The Associated Press saw "
        "ships off the Arabian Peninsula.",
        "Trailers from FEMA reached Biloxi on Tuesday. Officials in N.J. said they were late. The SEC "
        "opened an inquiry into the contractor. Farmers were paid by the Conservation Reserve Program (CRP), "
        "and the CRP paid more in May. The ECB, the European Central Bank and the Export Credit Board "
        "declined to comment. The AP counted the trailers."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "FEMA") == 3 && entity(c, "Federal Emergency Management Agency") == NULL);
    CHECK_STR(also_of(c, "FEMA", buf, sizeof buf), "Federal Emergency Management Agency");
    CHECK(is(kind_of(c, "FEMA"), "organisation"));
    CHECK_STR(also_of(c, "New Jersey", buf, sizeof buf), "N.J.");
    CHECK(total_of(c, "SEC") == 1 && total_of(c, "Senate Ethics Committee") == 1);
    CHECK(total_of(c, "Sioux City") == 1 && total_of(c, "S.C.") == 1);
    CHECK_STR(also_of(c, "CRP", buf, sizeof buf), "Conservation Reserve Program"); /* the more mentioned */
    CHECK(is(kind_of(c, "CRP"), "other"));
    CHECK(total_of(c, "ECB") == 1 && total_of(c, "European Central Bank") == 1); /* two long forms */
    CHECK_STR(also_of(c, "Associated Press", buf, sizeof buf), "AP"); /* known by it, so not the peninsula */
    json_decref(c);
    /* a capital with an accent gives its letter (missed before) */
    const char *u[] = {"The \u00c9mile Zola Institute (EZI) opened a library in Lyon on Monday. The EZI said it "
                       "would stay open late.",
                       "The \u00c9mile Zola Institute opened its library on Monday."};
    c = card_of(u, 2);
    CHECK_STR(also_of(c, "\u00c9mile Zola Institute", buf, sizeof buf), "EZI");
    json_decref(c);
}

/* Regression: outlets transliterate a name their own way ("al-Qaida",
 * "al-Qaeda" on the seed card; "Qassem" and "Qasem Soleimani"); names of
 * one kind and one consonant outline that no article writes both of are
 * one entity. Not joined: names an article writes both of, a person's one
 * word ("Raimer", "Reimer"), other words two letters apart ("Horton",
 * "Hartan"), names of another kind ("Moore Haven", a person, and "Moor
 * Haven"), names of more words ("Lamar", "La Mer"; "Newark" and "New
 * York"),
 * capitals ("Super Bowl XXIV", "XXV"), words two letters apart
 * ("Marilyn", "Marlin") and a consonant initial ("Dora R. Kellin"; a
 * vowel one is unseen). */
static void test_transliterations(void)
{
    const char *t[] = {
        "Envoys from al-Qaida met in Idlib on Monday, where Sen. Raimer spoke. A letter from Horton came "
        "late. The Labour Party and the Labor Party sent no one, and Qassem Soleimani was not there. Marilyn "
        "Vance flew in from Newark before Super Bowl XXIV. The bus came from Lamar. Rep. Moore Haven sent a "
        "note. Dora R. Kellin and Tomas E. Rudd watched.",
        "The al-Qaeda envoys met in Idlib, where Sen. Reimer spoke. A letter from Hartan came early. No "
        "party sent anyone, and Qasem Soleimani stayed away. Marlin Vance flew in from New York after "
        "Super Bowl XXV. The bus came from La Mer. Boats were seen near Moor Haven. Dora Kellin and Tomas "
        "Rudd watched."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "al-Qaida") == 2 && entity(c, "al-Qaeda") == NULL);
    CHECK_STR(also_of(c, "al-Qaida", buf, sizeof buf), "al-Qaeda");
    CHECK(total_of(c, "Qassem Soleimani") == 2 && entity(c, "Qasem Soleimani") == NULL);
    CHECK(is(kind_of(c, "Raimer"), "person") && is(kind_of(c, "Reimer"), "person"));
    CHECK(is(kind_of(c, "Horton"), "place") && is(kind_of(c, "Hartan"), "place")); /* of one kind */
    CHECK(total_of(c, "Labour Party") == 1 && total_of(c, "Labor Party") == 1);
    CHECK(total_of(c, "Newark") == 1 && total_of(c, "New York") == 1);
    CHECK(total_of(c, "Lamar") == 1 && total_of(c, "La Mer") == 1);
    CHECK(is(kind_of(c, "Moore Haven"), "person") && is(kind_of(c, "Moor Haven"), "place"));
    CHECK(total_of(c, "Super Bowl XXIV") == 1 && total_of(c, "Super Bowl XXV") == 1);
    CHECK(total_of(c, "Marilyn Vance") == 1 && total_of(c, "Marlin Vance") == 1);
    CHECK(total_of(c, "Dora R. Kellin") == 1 && total_of(c, "Dora Kellin") == 1); /* r, then r two letters on */
    CHECK_STR(also_of(c, "Tomas E. Rudd", buf, sizeof buf), "Tomas Rudd"); /* a vowel initial goes unseen */
    json_decref(c);
}

/* Regressions from the stop read: "(SVT)" in one article, for "Sveriges
 * Television", joined the "Sandia Valley Trail" of another (the
 * parentheses count only in an article naming both), and a third long
 * form of the same initials kept "U.S." from the "United States" (a known
 * place's name is preferred, as a known body's is). */
static void test_abbreviations_apart(void)
{
    const char *t[] = {
        "The Sandia Valley Trail was busy, and a crew from SVT filmed it. The United States and the "
        "University of Sydney sent hikers.",
        "Sveriges Television (SVT) aired the film. Aid from the U.S. came on Friday."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "SVT") == 2 && total_of(c, "Sandia Valley Trail") == 1);
    CHECK_STR(also_of(c, "United States", buf, sizeof buf), "U.S.");
    CHECK(total_of(c, "University of Sydney") == 1);
    json_decref(c);
}

/* Regressions from the stop read: different people of one consonant
 * outline were joined ("Tim Cook" and "Tom Cook", two given names), a
 * river and a province one vowel apart between consonants ("Zhujiang",
 * "Zhejiang"), and names an article writes side by side were joined
 * through a third spelling elsewhere ("Nadim Farook" and "Nadem Farouk"
 * in one article). Each name is tried against every earlier one of its
 * outline, so neither the first nor the last of them decides ("Perat
 * Salem" finds "Pert Salim" between two places, "Port Salem" and "Purt
 * Salam"). */
static void test_transliteration_groups(void)
{
    const char *t[] = {
        "Tim Cook spoke. Floods hit towns in Zhujiang on Monday. A letter reached Nadim Farouk early. "
        "Boats left Port Salem.",
        "Tom Cook spoke. Rain fell in Zhejiang. Nadim Farook, the mayor, and Nadem Farouk, his rival, met. "
        "Pert Salim, a farmer, said the boats reached Purt Salam late.",
        "Nadim Faruk replied. Perat Salem, a farmer, said so too."};
    json_t *c = card_of(t, 3);
    char buf[128];
    CHECK(total_of(c, "Tim Cook") == 1 && total_of(c, "Tom Cook") == 1);
    CHECK(total_of(c, "Zhejiang") == 1);
    CHECK(json_array_size(json_object_get(entity(c, "Zhejiang"), "also")) == 0);
    CHECK_STR(also_of(c, "Nadim Farouk", buf, sizeof buf), "Nadim Farook");
    CHECK_STR(also_of(c, "Nadem Farouk", buf, sizeof buf), "Nadim Faruk");
    CHECK_STR(also_of(c, "Pert Salim", buf, sizeof buf), "Perat Salem"); /* past two places of its outline */
    json_decref(c);
}

/* Names of one body or country that share no spelling, initials or
 * outline are one entity when a story writes two of them ("Islamic
 * State", "ISIS", "IS"; "Britain", "UK"; "Myanmar", "Burma"), but not a
 * person of one of those names ("Isis"). */
static void test_aliases(void)
{
    const char *t[] = {
        "Fighters of the Islamic State shelled the border town on Monday. Britain sent aid, and officials in "
        "Myanmar watched.",
        "Then ISIS fighters shelled the town again on Tuesday. The UK pledged more aid. The envoy from Burma "
        "spoke.",
        "The IS group held the hills."};
    json_t *c = card_of(t, 3);
    char buf[128];
    CHECK(total_of(c, "Islamic State") == 3);
    CHECK_STR(also_of(c, "Islamic State", buf, sizeof buf), "ISIS|IS");
    CHECK_STR(also_of(c, "Britain", buf, sizeof buf), "UK");
    CHECK_STR(also_of(c, "Myanmar", buf, sizeof buf), "Burma");
    json_decref(c);
    const char *u[] = {"Isis Okafor runs the clinic in the border town. Isis said on Monday that the ward was full, "
                       "and Isis told reporters more beds were needed.",
                       "Fighters of the Islamic State shelled the border town on Monday."};
    c = card_of(u, 2);
    CHECK(is(kind_of(c, "Isis"), "person") && total_of(c, "Isis") == 2);
    CHECK(total_of(c, "Islamic State") == 1);
    json_decref(c);
    /* nor a person's surname written alone (from the stop read) */
    const char *w[] = {"Tom Burma lost his crop in Iowa on Monday. Officials in Myanmar sent condolences.",
                       "Burma told reporters in Iowa he would replant. Myanmar officials said it was sad."};
    c = card_of(w, 2);
    CHECK(total_of(c, "Myanmar") == 2 && total_of(c, "Burma") == 1);
    json_decref(c);
    /* an abbreviation is no surname, though a headline run on ends a name
     * with it ("Patten UK rejects", DUC 2001 d33f) */
    const char *x[] = {"Governor Chris Patten spoke on Monday in Hong Kong. Britain backed him. Patten UK "
                       "rejects plan",
                       "The UK said the plan was dead. Britain would not sign."};
    c = card_of(x, 2);
    CHECK(total_of(c, "Britain") == 3);
    json_decref(c);
}

/* A given name written alone is the one person of the story whose full
 * name it opens ("Clarence", "Saddam", shown under the full name though
 * written alone more often); not when two people share it ("Colin"), when
 * it ends another's name ("Thomas"), names a place ("Frederick, Md.") or
 * stands by "and" and another name ("Fred and Ethel Mertz", "Ricky and
 * Lucy"; not "Saddam and his aides", nor "and Carla" for "Carl"). */
static void test_given_names_alone(void)
{
    const char *t[] = {
        "Judge Clarence Thomas met senators on Monday. Friends say Clarence is his own man. Saddam Hussein sent "
        "a letter. Saddam wanted talks, and Saddam and his aides waited. Colin Powell was in town. Colin "
        "Kaepernick came too. Fans cheered Colin. Carl Lewis ran. Fans cheered Carl. Maria and Carla waved.",
        "Thomas Jefferson's house was open. Thomas was a planter, a guide said. Storms hit west of Frederick, "
        "Md., on Tuesday, said Frederick Ostby of the weather service. Fred Astaire danced in the film; Fred "
        "and Ethel Mertz were the neighbors. Lucy Ricardo sang, and then Ricky and Lucy left."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "Clarence Thomas") == 2 && is(kind_of(c, "Clarence Thomas"), "person"));
    CHECK_STR(also_of(c, "Clarence Thomas", buf, sizeof buf), "Clarence");
    CHECK(total_of(c, "Saddam Hussein") == 3 && entity(c, "Saddam") == NULL);
    CHECK(total_of(c, "Carl Lewis") == 2);
    CHECK(is(kind_of(c, "Saddam Hussein"), "person"));
    CHECK(total_of(c, "Colin") == 1 && total_of(c, "Colin Powell") == 1);
    CHECK(total_of(c, "Thomas") == 1 && total_of(c, "Thomas Jefferson") == 1);
    CHECK(is(kind_of(c, "Frederick"), "place") && total_of(c, "Frederick Ostby") == 1);
    CHECK(total_of(c, "Fred") == 1 && total_of(c, "Fred Astaire") == 1);
    CHECK(total_of(c, "Lucy") == 1 && total_of(c, "Lucy Ricardo") == 1);
    json_decref(c);
    /* from the stop read: a spelling of the name alone ("Sadam") is not
     * shown either, and a word after "the" is no first name ("the Mark") */
    const char *u[] = {"Saddam Hussein sent a letter on Monday. Aides said Sadam wanted talks. Aides said Sadam "
                       "waited, and friends said Sadam slept. Mark Carney spoke. Traders sold the Mark.",
                       "Aides said Saddam wanted talks, and guards said Saddam waited. Mark Carney warned of "
                       "risks. The Mark slid again."};
    c = card_of(u, 2);
    CHECK(total_of(c, "Saddam Hussein") == 6 && is(kind_of(c, "Saddam Hussein"), "person"));
    CHECK(entity(c, "Sadam") == NULL);
    CHECK(total_of(c, "Mark Carney") == 2);
    json_decref(c);
    /* the full name after "the" or beside "and" is no sign (from the
     * change read: "The Mark Carney era" kept "Mark" apart) */
    const char *w[] = {"Mark Carney spoke on Monday. Aides said Mark was tired. The Mark Carney era ended.",
                       "Ginger and Fred Astaire danced. Friends said Fred was happy."};
    c = card_of(w, 2);
    CHECK(total_of(c, "Mark Carney") == 3 && entity(c, "Mark") == NULL);
    CHECK(total_of(c, "Fred Astaire") == 2 && entity(c, "Fred") == NULL);
    json_decref(c);
}

/* Two or three capitalised words are a person's name by their shape alone,
 * unless the name opens with a place or a people's word ("Berlin Wall",
 * "British Rail"; DUC 2001 and 2002 had both as people), or opens with no
 * given name and ends in a word the story writes in lower case ("Pipe
 * Creek" beside "the creek"). A given name, a title or a speech verb
 * keeps the person, on the name or on its last word alone. */
static void test_shape_misleads(void)
{
    const char *t[] = {"Berlin Wall tourists came on Monday. The strike shut British Rail for a day. Heavy rain "
                       "swelled Pipe Creek, and the creek flooded two farms.",
                       "Virginia Woolf walked by the river. John Major toured a major road. Deng Xiaoping praised "
                       "the farms. The American Carl Lewis won the race."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Berlin Wall"), "other"));
    CHECK(is(kind_of(c, "British Rail"), "other"));
    CHECK(is(kind_of(c, "Pipe Creek"), "other"));
    CHECK(is(kind_of(c, "Virginia Woolf"), "person"));
    CHECK(is(kind_of(c, "John Major"), "person"));
    CHECK(is(kind_of(c, "Deng Xiaoping"), "person"));
    CHECK(is(kind_of(c, "Carl Lewis"), "person") && entity(c, "American Carl Lewis") == NULL);
    json_decref(c);
    static const struct {
        const char *text, *kind;
    } cases[] = {
        {"Hank Brown toured the brown fields on Monday.", "other"},
        {"Hank Brown toured the brown fields on Monday. Sen. Brown told farmers help would come.", "person"},
        {"Hank Brown toured the brown fields on Monday. Brown said help would come.", "person"},
        {"Hank Brown toured the brown fields on Monday. Sen. Hank Brown visited a farm.", "person"},
        {"Hank Brown toured the brown fields. Hank Brown visited a farm. Hank Brown said help would come.",
         "person"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        c = card_of(&cases[i].text, 1);
        CHECK(is(kind_of(c, "Hank Brown"), cases[i].kind));
        json_decref(c);
    }
    /* the surname before a suffix is the name's last word, for the lower
     * case and for the speech verb on it alone */
    static const struct {
        const char *text, *name, *kind;
    } suffixed[] = {
        {"Hank Brown Jr. toured the brown fields on Monday.", "Hank Brown Jr.", "other"},
        {"The film starred Cuba Gooding Jr. on Monday. In an interview, Gooding said he loved the role.",
         "Cuba Gooding Jr.", "person"},
    };
    for (size_t i = 0; i < sizeof suffixed / sizeof *suffixed; i++) {
        c = card_of(&suffixed[i].text, 1);
        CHECK(is(kind_of(c, suffixed[i].name), suffixed[i].kind));
        json_decref(c);
    }
}

/* Titles the cards kept inside names ("Emperor Hirohito", "Congressman
 * John Ratcliffe", "FEMA Administrator Brock Long"): the name starts after
 * them and is a person's. */
static void test_more_titles(void)
{
    static const char *const titles[] = {"Emperor", "Empress", "Congressman", "Congresswoman", "Senators",
                                         "Administrator", "Commissioner", "Sheriff", "Ayatollah", "Rabbi",
                                         "Bishop", "Archbishop", "Comrade", "Madam", "Actress", "Actor"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        char text[128], name[64];
        snprintf(text, sizeof text, "%s Nolan Voss spoke to the crowd on Monday.", titles[i]);
        snprintf(name, sizeof name, "%s Nolan Voss", titles[i]);
        const char *t = text;
        json_t *c = card_of(&t, 1);
        CHECK(is(kind_of(c, "Nolan Voss"), "person") && entity(c, name) == NULL);
        json_decref(c);
    }
    /* a title after a given name that ends the run is a surname ("Julie
     * Bishop", "Tom King"); one before a name is not ("Dred Scott Chief
     * Justice Taney") */
    const char *t[] = {"Julie Bishop flew to Jakarta on Monday. Defense Secretary Tom King visited the base.",
                       "In Dred Scott Chief Justice Taney wrote for the court."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Julie Bishop"), "person") && entity(c, "Julie") == NULL);
    CHECK(is(kind_of(c, "Tom King"), "person") && entity(c, "Tom") == NULL);
    CHECK(entity(c, "Dred Scott") != NULL && entity(c, "Dred Scott Chief") == NULL);
    json_decref(c);
}

/* A name whose first letters are lower case ("vanDorn", "eBay") is a
 * name; "mRNA", whose capitals are an abbreviation's, is none. One whose
 * lower-case opening is no particle is no person, though it speaks
 * ("eBay said" made eBay a person). */
static void test_lower_case_openings(void)
{
    const char *t[] = {"Ilse vanDorn sold the lamp on eBay for 40 euros. vanDorn said the buyer came from Dover.",
                       "The lamp that Ilse vanDorn sold on eBay went to a buyer in Dover. The buyer makes mRNA "
                       "kits, and mRNA kits need lamps. \"We removed the listing,\" eBay said. "
                       "\"The seller is banned,\" eBay said."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Ilse vanDorn"), "person"));
    CHECK(total_of(c, "Ilse vanDorn") == 3 && entity(c, "vanDorn") == NULL); /* her surname alone */
    CHECK(is(kind_of(c, "eBay"), "other"));
    CHECK(entity(c, "mRNA") == NULL);
    json_decref(c);
    const char *u[] = {"\"Famine follows the cameras,\" deWaal said. \"It always has,\" deWaal said.",
                       "\"Famine follows the cameras,\" deWaal said on Monday."};
    c = card_of(u, 2);
    CHECK(is(kind_of(c, "deWaal"), "person"));
    json_decref(c);
    /* a title makes a person of a name whose particle is not listed */
    const char *w[] = {"\"The valley is safe now,\" Dr. terHorst said in Taldor. \"We have water,\" he said.",
                       "\"The valley is safe now,\" terHorst said on Monday. Aid trucks waited near Taldor."};
    c = card_of(w, 2);
    CHECK(is(kind_of(c, "terHorst"), "person"));
    json_decref(c);
}

/* Lower-case particles inside names ("Piet van der Berg", "Ann ter Brink")
 * keep the name whole; a particle that places share ("Cerro del Viento")
 * makes no person by shape alone, while "van" and "bin" do. */
static void test_particles_inside_names(void)
{
    const char *t[] = {"Piet van der Berg met Ann ter Brink and Omar al Rashid near Cerro del Viento on Monday. "
                       "The Ballet du Nord danced for Ida Kroon and Teun van Marle.",
                       "On Tuesday Ann ter Brink said Cerro del Viento had not erupted since 1950. "
                       "Rafael de la Cruz, the mayor, met Omar al Rashid. Cerro del Viento towers over "
                       "the valley, and Ballet du Nord plans a show there."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Piet van der Berg"), "person"));
    CHECK(total_of(c, "Ann ter Brink") == 2);
    CHECK(entity(c, "Brink") == NULL);
    CHECK(total_of(c, "Omar al Rashid") == 2);
    CHECK(entity(c, "Rashid") == NULL);
    CHECK(is(kind_of(c, "Teun van Marle"), "person"));
    CHECK(is(kind_of(c, "Rafael de la Cruz"), "person"));
    CHECK(kind_of(c, "Cerro del Viento") != NULL && !is(kind_of(c, "Cerro del Viento"), "person"));
    CHECK(kind_of(c, "Ballet du Nord") != NULL && !is(kind_of(c, "Ballet du Nord"), "person"));
    json_decref(c);
    /* not before a given name: "the Ford van Tom Rudd drove" */
    const char *u[] = {"Police found the Ford van Tom Rudd drove near Dover.",
                       "Tom Rudd drove a blue van to Dover on Monday."};
    c = card_of(u, 2);
    CHECK(total_of(c, "Tom Rudd") == 2);
    json_decref(c);
}

/* A possessive after a person's full name ends it ("Helen Lind's Lantern"
 * is Helen Lind and a book), and a name with a possessive inside is no
 * person ("Ada's Landing"). */
static void test_possessive_after_person(void)
{
    const char *t[] = {"The club read Helen Lind's Lantern in May and then sailed to Ada's Landing.",
                       "Helen Lind wrote Lantern in 1921. Visitors to Ada's Landing buy it."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Helen Lind") == 2);
    CHECK(entity(c, "Helen Lind's Lantern") == NULL);
    CHECK(kind_of(c, "Ada's Landing") != NULL && !is(kind_of(c, "Ada's Landing"), "person"));
    json_decref(c);
}

/* "Chief Executive" is one title before a name ("Executive Rolf Ansel"
 * was a person), where "Executive" alone opens a name ("Executive
 * Branch"). */
static void test_chief_executive(void)
{
    const char *t[] = {"Dover Mills Chief Executive Rolf Ansel met the Executive Branch on Monday.",
                       "Chief Executive Rolf Ansel said the Executive Branch had not called."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Rolf Ansel") == 2);
    CHECK(entity(c, "Executive Rolf Ansel") == NULL);
    CHECK(total_of(c, "Executive Branch") == 2);
    json_decref(c);
}

/* A middle initial does not count against a person's shape of three
 * words ("Ruth A. Van Dorn" was "other"). */
static void test_initial_in_long_name(void)
{
    const char *t[] = {"The guide to the Kellan caves was written by Ruth A. Van Dorn in 1990.",
                       "A new guide to the caves came out in May."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "Ruth A. Van Dorn"), "person"));
    json_decref(c);
}

/* A people's word after a place's opening word is a group or an
 * adjective, not a place ("North Koreans", "South African" were places). */
static void test_peoples_after_place_word(void)
{
    const char *t[] = {"North Koreans crossed the river on Monday, and South African doctors met them.",
                       "The South African team said the North Koreans were tired."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "North Koreans"), "other"));
    CHECK(is(kind_of(c, "South African"), "other"));
    json_decref(c);
}

/* Review regressions of the particle, title and people's-word rules:
 * "ten" is a number, no particle ("Ohio ten Marines" was one name), a
 * surname that is a people's word still takes "said" ("Ann Welsh" was
 * "other"), "of" counts as a word of a person's shape ("Siege of Marrow
 * Keep" was a person), a run does not end in a particle ("Salle de" lost
 * "Justice", "Kestrel van" took "Tuesday"), and "Chief Executive" leaves
 * the body before it and opens no name ("Executive" was a person). */
static void test_particle_review(void)
{
    const char *t[] = {"In Ohio ten Marines met Wubbe ter Hove at the Salle de Justice on Monday. "
                       "Ann Welsh said the Kestrel van Tuesday was late. Poets recalled Siege of Marrow Keep.",
                       "Lumen Bank Chief Executive Rolf Ansel said the Salle de Justice was shut. The "
                       "Chief Executive said Ann Welsh was right to praise Siege of Marrow Keep in Ohio."};
    json_t *c = card_of(t, 2);
    CHECK(entity(c, "Ohio ten Marines") == NULL);
    CHECK(total_of(c, "Ohio") == 2);
    CHECK(entity(c, "Wubbe ter Hove") != NULL);
    CHECK(is(kind_of(c, "Ann Welsh"), "person"));
    CHECK(kind_of(c, "Siege of Marrow Keep") != NULL && !is(kind_of(c, "Siege of Marrow Keep"), "person"));
    CHECK(total_of(c, "Salle de Justice") == 2);
    CHECK(entity(c, "Salle de") == NULL);
    CHECK(entity(c, "Kestrel van") == NULL);
    CHECK(total_of(c, "Lumen Bank") == 1);
    CHECK(total_of(c, "Rolf Ansel") == 1);
    CHECK(entity(c, "Executive") == NULL);
    json_decref(c);
}

/* Regression: a month is no name, so "Ellen May" was counted as "Ellen"
 * and "Jan Vole" as "Vole". A month after a given name is a surname, and
 * "Jan" before a capitalised word a given name; not before a day's
 * number or with its stop ("May 3", "Jan. 9", "Jan 9"), nor after a
 * word that is no given name ("In May"). */
static void test_month_names(void)
{
    const char *t[] = {"Prime Minister Ellen May met Peter June in Dover on May 3. In May the talks stalled. "
                       "Jan Vole, a lawmaker, said Ellen May had failed.",
                       "Ellen May told the Dover council the deal was fair on Jan. 9. Jan Vole agreed on Jan 12. "
                       "The Dover May Fair opened."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Ellen May") == 3 && is(kind_of(c, "Ellen May"), "person"));
    CHECK(entity(c, "Ellen") == NULL);
    CHECK(total_of(c, "Jan Vole") == 2);
    CHECK(entity(c, "Vole") == NULL);
    CHECK(total_of(c, "Peter June") == 1);
    CHECK(entity(c, "In May") == NULL && entity(c, "May") == NULL && entity(c, "Jan") == NULL);
    CHECK(total_of(c, "Dover") >= 2);
    json_decref(c);
}

/* Regression: "Jan" before any capital was a given name, so "In Jan
 * Dover stores" counted "Jan Dover" and lost a Dover; and a stop after a
 * whole month undid the surname, though it ends the sentence ("said Ellen
 * May."). "Jan" after a word of time or a month, or before a function
 * word or a month, is the month. */
static void test_jan_month(void)
{
    const char *t[] = {"In Jan Dover stores were busy. Sales in Dec and Jan Dover shops rose. The vote was said "
                       "to be close, said Ellen May.",
                       "Jan Mar sales rose in Dover. Jan The Dover council met. Mr Jan Vole spoke in Dover. "
                       "Ellen May agreed."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Dover") == 5);
    CHECK(entity(c, "Jan Dover") == NULL && entity(c, "Jan Mar") == NULL && entity(c, "Jan The") == NULL);
    CHECK(total_of(c, "Jan Vole") == 1);
    CHECK(total_of(c, "Ellen May") == 2 && entity(c, "Ellen") == NULL);
    json_decref(c);
    const char *u[] = {"The vote in Dover was close, said Ellen May.",
                       "The count in Dover was slow, said Ellen May."};
    c = card_of(u, 2);
    CHECK(total_of(c, "Ellen May") == 2 && entity(c, "Ellen") == NULL);
    json_decref(c);
}

/* Regressions from the Multi-News cards: a transcript set in capitals
 * gave its sentences as organisations ("SHE WAS TOLD TO GO TO THE
 * HOSPITAL"), though a name in mixed case in such a sentence counts; a
 * web page's labels and credits stood in names ("CLOSE Kevin Spacey", "AP
 * Photo") or alone ("WATCH", "Image"). Capitals alone, with no function
 * word, stay a name ("NATO"). */
static void test_capitals_and_page_words(void)
{
    const char *t[] = {
        "NEW AT FIVE, POLICE SAY THE BOAT WAS TOWED TO THE HARBOUR. SHE TOLD POLICE SHE WAS FINE. "
        "Later, Orla Brenn's statement read: \"WE WILL REPAIR THE BOAT AND SAIL AGAIN IN MAY.\" "
        "CLOSE Orla Brenn spoke to NATO officials in Tallinn. (WATCH: the harbour at dawn) "
        "The ferry is seen in Tallinn. (AP Photo) Image caption The harbour.",
        "Orla Brenn said the boat was towed to Tallinn. The AP reported it first. NATO said nothing."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "SHE TOLD POLICE SHE WAS FINE") == NULL);
    CHECK(kind_of(c, "POLICE SAY THE BOAT WAS TOWED TO THE HARBOUR") == NULL);
    CHECK(kind_of(c, "NEW AT FIVE") == NULL);
    CHECK(kind_of(c, "POLICE") == NULL);
    CHECK(total_of(c, "Orla Brenn") == 3); /* the statement's "Orla Brenn's" and "CLOSE Orla Brenn" */
    CHECK(kind_of(c, "CLOSE Orla Brenn") == NULL);
    CHECK(kind_of(c, "WATCH") == NULL);
    CHECK(kind_of(c, "AP Photo") == NULL);
    CHECK(total_of(c, "AP") == 2);
    CHECK(kind_of(c, "Image") == NULL);
    CHECK(total_of(c, "NATO") == 2);
    json_decref(c);
}

/* A credit's word leads a name before a word that is no given name
 * ("Image Comics" was "Comics"), and an acronym's "WHO" or "NOW" does not
 * set a sentence of acronyms in capitals (the first sentence's four names
 * were lost). */
static void test_credit_lead_and_acronyms(void)
{
    const char *t[] = {"WHO, UNICEF, UNHCR and WFP appealed. Image Comics said Dara Quell will draw the series. "
                       "Photo Ann Pell in Tarvel.",
                       "NOW, NAACP, ACLU and SPLC sued. Image Comics backed Quell. The WFP sent food to Tarvel."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Image Comics") == 2);
    CHECK(kind_of(c, "Comics") == NULL);
    CHECK(total_of(c, "Ann Pell") == 1); /* a caption's credit stays out */
    CHECK(kind_of(c, "Photo Ann Pell") == NULL);
    CHECK(total_of(c, "WFP") == 2);
    CHECK(total_of(c, "UNHCR") == 1);
    CHECK(total_of(c, "SPLC") == 1);
    json_decref(c);
}

/* Regressions from the Multi-News cards: a web page's players, newsletter
 * boxes, galleries and credits gave names ("Video Loading Video
 * Unavailable Click", "Invalid Email", "Hide Caption" 22 times in one
 * card, "Getty Images" as a person, photographers and reporters). A
 * caption's own names still count, and names joined by a slash in prose
 * stay ("a Wall Street Journal/NBC News poll"). */
static void test_page_furniture_and_credits(void)
{
    const char *t[] = {
        "Video Loading Video Unavailable Click to play Tap to play\n\n"
        "Could not subscribe, try again later Invalid Email\n\n"
        "Mara Delwyn opened the Kellan bridge on Monday.\n\n"
        "Hide Caption 1 of 9 Photos: Mara Delwyn cuts the ribbon in Kellan. (AP Photo/Tomas Ferrow)\n\n"
        "A Quarry Herald/Kellan Radio poll found most residents approve of the Oster/Delwyn plan.\n\n"
        "Staff writer Pim Oster in Dunmore contributed to this report.",
        "Mara Delwyn said the Kellan bridge cost $4 million.\n\nLina Dask/Getty Images"};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "Video Loading Video Unavailable Click") == NULL);
    CHECK(kind_of(c, "Invalid Email") == NULL);
    CHECK(kind_of(c, "Hide Caption") == NULL && kind_of(c, "Hide") == NULL);
    CHECK(total_of(c, "Mara Delwyn") == 4); /* the caption's mention counts, and the plan's "Delwyn" */
    CHECK(kind_of(c, "Tomas Ferrow") == NULL && kind_of(c, "AP") == NULL && kind_of(c, "AP Photo") == NULL);
    CHECK(kind_of(c, "Lina Dask") == NULL && kind_of(c, "Getty Images") == NULL);
    CHECK(kind_of(c, "Pim Oster") == NULL && kind_of(c, "Dunmore") == NULL);
    CHECK(total_of(c, "Quarry Herald") == 1 && total_of(c, "Kellan Radio") == 1);
    CHECK(total_of(c, "Oster") == 1);
    json_decref(c);
}

/* Prose that only looks like furniture keeps its names: a name that opens
 * like a player's label ("Skip Adley", not "Skip Ad"), a sentence on
 * subscribers or autoplay, a place of two joined by a slash that ends the
 * sentence or a bracket after a word of prose; a BBC video's caption names
 * the story's people, its labels ("Media caption") no one. A credit after
 * "by" is still one. */
static void test_furniture_lookalikes(void)
{
    const char *t[] = {
        "Coach Skip Adley said the Tarrow Hawks would fly to Benford/Marlow.\n\n"
        "Some 900 homes are now subscribed to Quellin Fiber, Skip Adley said.\n\n"
        "Vantro Media will let viewers turn off autoplay, Orla Fenn said (flights to Benford/Marlow).\n\n"
        "Media playback is unsupported on your device Media caption Orla Fenn: \"We will win\"",
        "Skip Adley thanked Orla Fenn. (Photographs by Lina Dask/Reuters)"};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Skip Adley") == 3);
    CHECK(total_of(c, "Quellin Fiber") == 1 && total_of(c, "Vantro Media") == 1);
    CHECK(total_of(c, "Benford") == 2 && total_of(c, "Marlow") == 2);
    CHECK(total_of(c, "Orla Fenn") == 3); /* the video's caption counts */
    CHECK(kind_of(c, "Media") == NULL);
    CHECK(kind_of(c, "Lina Dask") == NULL && kind_of(c, "Reuters") == NULL);
    json_decref(c);
}

/* Regressions from the Multi-News cards: an agency's name ran into the
 * caption ("Getty Images Image caption Kalashnikov ..." gave "Getty Images
 * Image"), a share bar into the caption's first name ("Facebook Twitter
 * Pinterest Matt Damon"), and a credit after its label was a person
 * ("Photograph: Kevin ..."). A gallery's title keeps its name ("PHOTOS:
 * Occupy ..."), and so do a caption that goes on ("Photos: X visits") and
 * prose ("bought a photo by X."). */
static void test_credit_labels_and_share_bars(void)
{
    const char *t[] = {
        "Image copyright Getty Images Image caption Dora Vell opened the Kellan bridge\n\n"
        "Facebook Twitter Pinterest Dora Vell at the bridge Photograph: Pim Quill\n\n"
        "Facebook Twitter Pinterest Some of the crowd at the bridge. (Image: Kellan Herald)\n\n"
        "PHOTOS: Occupy Kellan\n\nPhotos: Orla Brenn visits Kellan",
        "Dora Vell said the Kellan bridge cost $4 million. Photographs by Lina Dask\n\n"
        "The museum bought a photo by Edda Lorne."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "Getty Images") == NULL && kind_of(c, "Getty Images Image") == NULL);
    CHECK(total_of(c, "Dora Vell") == 3);
    CHECK(kind_of(c, "Facebook Twitter Pinterest Dora Vell") == NULL && kind_of(c, "Some") == NULL);
    CHECK(kind_of(c, "Pim Quill") == NULL && kind_of(c, "Kellan Herald") == NULL);
    CHECK(kind_of(c, "Lina Dask") == NULL && kind_of(c, "Photographs") == NULL);
    CHECK(total_of(c, "Occupy Kellan") == 1 && total_of(c, "Orla Brenn") == 1);
    CHECK(total_of(c, "Edda Lorne") == 1); /* prose: a photo by someone */
    json_decref(c);
}

/* Review of the credit rules: a firm or festival with "Images" inside its
 * name kept only its last word ("Lumen Images Festival" gave "Festival"),
 * and prose's colon or determiner before a credit's word lost the name
 * after it ("one lasting image: Orla Brenn.", "The photograph by Edda
 * Lorne."). A caption's credit still goes ("Photograph: Pim Quill"). */
static void test_credit_lookalikes_in_prose(void)
{
    const char *t[] = {
        "The Lumen Images Festival opened in Kellan. Dora Vell founded Kellan Images Ltd in 2009.\n\n"
        "The rally left one lasting image: Orla Brenn.\n\nThe photograph by Edda Lorne.",
        "Dora Vell ran the Lumen Images Festival. Orla Brenn spoke. Edda Lorne won.\n\n"
        "Dora Vell at the bridge Photograph: Pim Quill"};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Lumen Images Festival") == 2 && kind_of(c, "Festival") == NULL);
    CHECK(total_of(c, "Kellan Images Ltd") == 1 && kind_of(c, "Ltd") == NULL);
    CHECK(total_of(c, "Orla Brenn") == 2 && total_of(c, "Edda Lorne") == 2);
    CHECK(kind_of(c, "Pim Quill") == NULL);
    json_decref(c);
}

/* A place named only in capitals, as a dateline names it, is shown in
 * title case ("WASHINGTON" stood in 16 cards); one the story also writes
 * in mixed case is folded into that spelling, and acronyms stay
 * ("USA"). */
static void test_places_in_capitals(void)
{
    const char *t[] = {"WEST PALM BEACH, Fla. (Wirenews) - Dora Vell met the USA team on Monday.\n\n"
                       "She flew in from Ottawa.",
                       "OTTAWA (Wirenews) - Dora Vell said the USA team trained in West Palm Beach."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "West Palm Beach") == 2 && kind_of(c, "WEST PALM BEACH") == NULL);
    CHECK(total_of(c, "Ottawa") == 2 && kind_of(c, "OTTAWA") == NULL);
    json_decref(c);
    const char *u[] = {"WASHINGTON (Wirenews) - Dora Vell met the USA team on Monday.",
                       "NEW YORK (Wirenews) - Dora Vell said the USA team would train."};
    c = card_of(u, 2);
    CHECK(is(kind_of(c, "Washington"), "place") && kind_of(c, "WASHINGTON") == NULL);
    CHECK(is(kind_of(c, "New York"), "place") && kind_of(c, "NEW YORK") == NULL);
    CHECK(total_of(c, "USA") == 2);
    json_decref(c);
}

/* Title case keeps what capitals hid: a "Mc" name's second capital, a
 * particle in lower case, a known place's stops; a word that is an
 * acronym keeps the name in capitals ("Nato Headquarters" was shown). */
static void test_places_in_capitals_spelled(void)
{
    const char *t[] = {"MCHENRY COUNTY, Ill. (Wirenews) - Dora Vell met officials at the NASA BASE on Monday.\n\n"
                       "Officials at NASA said Vell would fly to ST. LOUIS.",
                       "RIO DE JANEIRO (Wirenews) - Dora Vell said the talks in NATO HEADQUARTERS ended."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "McHenry County"), "place") && kind_of(c, "Mchenry County") == NULL);
    CHECK(is(kind_of(c, "Rio de Janeiro"), "place") && kind_of(c, "Rio De Janeiro") == NULL);
    CHECK(is(kind_of(c, "St. Louis"), "place") && kind_of(c, "ST. LOUIS") == NULL);
    CHECK(total_of(c, "NASA BASE") == 1 && kind_of(c, "Nasa Base") == NULL);
    CHECK(total_of(c, "NATO HEADQUARTERS") == 1 && kind_of(c, "Nato Headquarters") == NULL);
    json_decref(c);
}

/* Regressions from the Multi-News and NeuS cards: a street's or an
 * amendment's ordinal was left out ("Street", "Amendment" alone), a role,
 * a reply and time zones were names ("CEO" in 7 cards, "OK", "EDT" in 8),
 * and share buttons gave "Opens" and "Share". An ordinal alone is none
 * ("the 20th Democrat"), and a name in capitals after one keeps its own
 * ("the 5th U.S. Circuit"). */
static void test_ordinals_roles_and_zones(void)
{
    const char *t[] = {
        "Dora Vell lives on 57th Street in Kellan. The 14th Amendment was cited, Vell said at 8 p.m. ET. "
        "Orla Brenn, president and CEO of Vell Foods, asked: \"Is it OK?\"\n\n"
        "Click to share on Twitter (Opens in new window)\n\nRead or Share this story: https://example.org/x",
        "Orla Brenn became the 20th Democrat to run. The 5th U.S. Circuit Court of Appeals sided with Dora Vell, "
        "who lives on 57th Street, at 9 a.m. EDT."};
    json_t *c = card_of(t, 2);
    CHECK(is(kind_of(c, "57th Street"), "place") && total_of(c, "57th Street") == 2);
    CHECK(kind_of(c, "Street") == NULL);
    CHECK(is(kind_of(c, "14th Amendment"), "other") && kind_of(c, "Amendment") == NULL);
    CHECK(kind_of(c, "CEO") == NULL && kind_of(c, "OK") == NULL && kind_of(c, "ET") == NULL &&
          kind_of(c, "EDT") == NULL);
    CHECK(kind_of(c, "20th") == NULL && kind_of(c, "5th U.S.") == NULL && total_of(c, "U.S.") == 1);
    CHECK(kind_of(c, "Opens") == NULL && kind_of(c, "Share") == NULL);
    json_decref(c);
}

/* An ordinal after a month is a day's, which ends the date and starts no
 * name ("January 6th Trump supporters" gave "6th Trump", "Sept. 11th
 * Americans" "11th Americans"), nor does one start a person's name
 * ("finished 2nd Ann Pell"); "OK" inside a name stays ("the OK Corral"
 * gave "Corral", "Ok Taec-yeon" was lost), alone it is none. */
static void test_ordinal_dates_and_ok(void)
{
    const char *t[] = {
        "On January 6th Trump supporters marched, Dora Vell said. On Sept. 11th Americans wept. "
        "Orin Tamsk finished 2nd Ann Pell trailed. The OK Corral drew Ok Taec-yeon. It was OK, Vell said.",
        "Trump supporters and Americans met Ann Pell at the OK Corral in Kellan, Ok Taec-yeon said. \"OK,\" "
        "Tamsk said on 57th Street."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "6th Trump") == NULL && total_of(c, "Trump") == 2);
    CHECK(kind_of(c, "11th Americans") == NULL && total_of(c, "Americans") == 2);
    CHECK(kind_of(c, "2nd Ann Pell") == NULL && is(kind_of(c, "Ann Pell"), "person"));
    CHECK(total_of(c, "OK Corral") == 2 && kind_of(c, "Corral") == NULL && kind_of(c, "OK") == NULL);
    CHECK(is(kind_of(c, "Ok Taec-yeon"), "person") && total_of(c, "Ok Taec-yeon") == 2);
    CHECK(is(kind_of(c, "57th Street"), "place"));
    json_decref(c);
}

/* Regression: a gallery glues its title to the caption that follows
 * ("Photos: Notable moments of the International Space Station The crew
 * ...", "Photos: The rise and fall of O.J. Simpson Simpson, pictured in
 * 1974, ..."), which gave "International Space Station The" and "O.J.
 * Simpson Simpson" as names of their own. In a run of three words or more
 * the glued opener or repeated word is left out; a name of two stays
 * ("Sokhim An", "Walla Walla"). */
static void test_gallery_glue(void)
{
    const char *t[] = {
        "Photos: Moments of the Kellan Tidal Station The crew of the Mara ferry took this picture.\n\n"
        "Photos: The life of Ivo K. Marr Marr, pictured in 1974, ran the Kellan Tidal Station.",
        "Sokhim An, 6, and Ivo K. Marr flew to Walla Walla on Monday."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "Kellan Tidal Station The") == NULL && total_of(c, "Kellan Tidal Station") == 2);
    CHECK(kind_of(c, "Ivo K. Marr Marr") == NULL && total_of(c, "Ivo K. Marr") == 2);
    CHECK(total_of(c, "Sokhim An") == 1 && total_of(c, "Walla Walla") == 1);
    json_decref(c);
}

/* Regression: a surname whose particles stand in lower case before it
 * outside a longer run ("the raid against bin Laden", ", de Klerk said")
 * was counted without them, "Laden" or "Klerk", beside "Osama bin
 * Laden"; with them it is one name, the surname of the person the story
 * names in full and counted with it. "van" after an article is a vehicle ("the van Kellan
 * Bakery bought"). */
static void test_leading_particles(void)
{
    const char *t[] = {
        "Omar bin Hadi was seen in Kellan.\n\nThe raid against bin Hadi began at dawn, and the bin Hadi "
        "compound burned.\n\nThe plan, de Vries said, would work.",
        "Mayor Piet de Vries backed the plan.\n\nPolice found the van Kellan Bakery bought near the port."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Omar bin Hadi") == 3 && kind_of(c, "Hadi") == NULL && kind_of(c, "bin Hadi") == NULL);
    CHECK(is(kind_of(c, "Omar bin Hadi"), "person")); /* "bin Hadi" is his surname */
    CHECK(total_of(c, "Piet de Vries") == 2 && kind_of(c, "de Vries") == NULL && kind_of(c, "Vries") == NULL);
    CHECK(kind_of(c, "van Kellan Bakery") == NULL && total_of(c, "Kellan Bakery") == 1);
    json_decref(c);
}

/* Regression: a plural opening the sentence was joined by "of" to the
 * name after it ("Hundreds of Yemenis", "Members of Congress", "Lots of
 * Democrats" as names of their own), and a name after "of" took the
 * speech verb's vote ("Residents of Harlow said" made Harlow a person).
 * Singular heads still join ("Duchess of Harlow", "Congress of Kellan
 * Deputies"). */
static void test_plural_of_names(void)
{
    const char *t[] = {
        "Hundreds of Vantro users lost their photos on Monday.\n\nResidents of Tarrow said the road was closed.",
        "Congress of Kellan Deputies met in Harlow on Monday.\n\nDuchess of Harlow Mara Pell opened the road."};
    json_t *c = card_of(t, 2);
    CHECK(kind_of(c, "Hundreds of Vantro") == NULL && total_of(c, "Vantro") == 1);
    const char *tarrow = kind_of(c, "Tarrow");
    CHECK(kind_of(c, "Residents of Tarrow") == NULL && tarrow && strcmp(tarrow, "person") != 0);
    CHECK(total_of(c, "Congress of Kellan Deputies") == 1);
    json_decref(c);
}

/* Regression: titles the list lacked stayed in the name ("Senior Deputy
 * Ben Fields", "Morris Knolls Principal Ryan MacNaughton", "Constable Tim
 * Bird", "Democratic Unionist Jeffrey Donaldson"), which split one person
 * into several names. */
static void test_more_inner_titles(void)
{
    const char *t[] = {
        "Kellan County Senior Deputy Tom Rudd was fired on Monday.\n\nHarlow Principal Ann Kole called the "
        "police.",
        "Deputy Tom Rudd said little, and Constable Ivo Marr said less."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Tom Rudd") == 2 && kind_of(c, "Senior Deputy Tom Rudd") == NULL);
    CHECK(total_of(c, "Ann Kole") == 1 && kind_of(c, "Harlow Principal Ann Kole") == NULL);
    CHECK(total_of(c, "Ivo Marr") == 1 && kind_of(c, "Kellan County Senior") == NULL);
    json_decref(c);
}

/* Regression: the gallery rule cut the last word of three-word names in
 * prose ("Lo Minh An" gave "Lo Minh", "Fort Tarra Tarra" "Fort Tarra");
 * an inner title after a given name is a surname ("Tom Constable" gave
 * "Tom"); a name in -is is no plural ("Francis of Kellan" lost "of
 * Kellan" opening a sentence). */
static void test_review_p_names(void)
{
    const char *t[] = {
        "The teacher Lo Minh An took Tom Constable to Fort Tarra Tarra on Monday.\n\nFrancis of Kellan was "
        "a saint of the old town.",
        "Lo Minh An said Tom Constable painted Fort Tarra Tarra.\n\nThe feast of Francis of Kellan is in May."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Lo Minh An") == 2 && kind_of(c, "Lo Minh") == NULL);
    CHECK(total_of(c, "Fort Tarra Tarra") == 2 && kind_of(c, "Fort Tarra") == NULL);
    CHECK(total_of(c, "Tom Constable") == 2 && kind_of(c, "Tom") == NULL);
    CHECK(total_of(c, "Francis of Kellan") == 2 && kind_of(c, "Kellan") == NULL);
    json_decref(c);
}

/* Regression: a title that is also a common surname lost it after a name
 * no list holds ("Rufo King" gave "Rufo", "Rufo Tam King" "Rufo Tam",
 * "Rufo T. King" "Rufo T."), as a motorist of a DUC story did; a
 * middle initial keeps any title ("Ann T. Principal"). A title after a
 * title's word, a people's word or a town is still one ("Crown Prince",
 * "the Saudi King", "Harlow Principal"). */
static void test_surname_titles(void)
{
    const char *t[] = {
        "Rufo King was stopped by Harlow police on Monday. The beating of Rufo Tam King shocked Kellan.\n\n"
        "Rufo T. King spoke from a wheelchair. The Crown Prince, who lives in Harlow, was ill.",
        "The Rufo King case went to court.\n\nAnn T. Principal met the Saudi King.\n\nThe Harlow Principal "
        "said the school was shut."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Rufo King") == 2 && kind_of(c, "Rufo") == NULL);
    CHECK(total_of(c, "Rufo Tam King") == 1 && total_of(c, "Rufo T. King") == 1);
    CHECK(total_of(c, "Ann T. Principal") == 1);
    CHECK(kind_of(c, "Crown Prince") == NULL && kind_of(c, "Saudi King") == NULL);
    CHECK(kind_of(c, "Harlow Principal") == NULL);
    json_decref(c);
}

/* Regression: a name whose head is a plural lost it at a sentence's
 * start ("Knights of Kellan met" gave "Kellan"), as a quantity does
 * ("Hundreds of Harlow residents"); the story writing the whole name
 * elsewhere makes it one. */
static void test_plural_names_known(void)
{
    const char *t[] = {
        "Knights of Kellan members met in Harlow on Monday.\n\nHundreds of Harlow residents marched.",
        "Tom Rudd of the Knights of Kellan said the hall was full.\n\nTimes of Harlow reported the vote."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Knights of Kellan") == 2 && kind_of(c, "Kellan") == NULL);
    CHECK(kind_of(c, "Hundreds of Harlow") == NULL && total_of(c, "Harlow") == 3);
    CHECK(kind_of(c, "Times of Harlow") == NULL); /* written only there: a quantity's shape */
    json_decref(c);
}

/* Regressions: "bin" after a noun that makes a bin of it is no particle
 * ("the recycling bin Harlow Council supplied" gave "bin Harlow
 * Council"); a day's possessive opening a run is no name ("Tuesday's
 * Harlow vote" gave "Tuesday's Harlow"); an agency alone after a caption's
 * bar is a credit ("| Getty Rudd lawyer ..." gave "Getty Rudd"); a name
 * in capitals shows the story's spelling in mixed case of the same
 * letters ("DEKELLAN" was shown beside "De Kellan"). */
static void test_lookalike_leads(void)
{
    const char *t[] = {
        "The recycling bin Harlow Council supplied was full. The raid against bin Hadi began.\n\nTuesday's "
        "Harlow vote was close, Omar bin Hadi said.\n\nTom Rudd spoke on Monday. | Getty Rudd lawyer says "
        "all is fine.",
        "DEKELLAN (AP) _ Flights from DEKELLAN were stopped. Ann Kole flew out of DEKELLAN.\n\nFlights left "
        "De Kellan late."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Harlow Council") == 1 && kind_of(c, "bin Harlow Council") == NULL);
    CHECK(total_of(c, "Omar bin Hadi") == 2 && kind_of(c, "bin Hadi") == NULL);
    CHECK(kind_of(c, "Tuesday's Harlow") == NULL && total_of(c, "Harlow") == 1);
    CHECK(kind_of(c, "Getty Rudd") == NULL && kind_of(c, "Getty") == NULL);
    CHECK(total_of(c, "De Kellan") == 4 && kind_of(c, "DEKELLAN") == NULL && kind_of(c, "Dekellan") == NULL);
    json_decref(c);
}

/* A surname written alone is counted under the one person of the story
 * whose full name ends in it ("Rudd" was an entity of its own beside "Tom
 * Rudd", in 872 lists of the four sets), though not when two people share
 * it, a longer name holds it, a courtesy or a monarch's title makes it
 * another's, it names a family, the full name is a relative's or would
 * show a role ("Seaman Tom Brisk"). */
static void test_surnames_alone(void)
{
    const char *t[] = {
        "Tom Rudd spoke in Harlow on Monday. Rudd said the bridge would open. Ann Kole and Piet Kole ran the "
        "shop, and Kole said it would close. Nora Vell met the mayor. Mr. Vell stayed home.",
        "Rudd thanked the workers. King Ossel sent a note to Tom Ossel. Ossel was pleased. First lady Nina "
        "Dask came to Kellan. President Dask spoke. Carl Hebden baked. The Hebden Bakery opened, Hebden said. "
        "Luis Marn left. The Marn family stayed. Seaman Tom Brisk swam. Brisk said the sea was cold."};
    json_t *c = card_of(t, 2);
    char buf[128];
    CHECK(total_of(c, "Tom Rudd") == 3 && entity(c, "Rudd") == NULL);
    CHECK_STR(also_of(c, "Tom Rudd", buf, sizeof buf), "Rudd");
    CHECK(is(kind_of(c, "Tom Rudd"), "person"));
    CHECK(total_of(c, "Kole") == 1);  /* Ann or Piet */
    CHECK(total_of(c, "Vell") == 1);  /* "Mr." is no Nora */
    CHECK(total_of(c, "Ossel") == 2); /* "King Ossel" is one name */
    CHECK(total_of(c, "Dask") == 1);  /* the first lady's husband */
    CHECK(total_of(c, "Hebden") == 1 && total_of(c, "Carl Hebden") == 1);
    CHECK(total_of(c, "Marn") == 1 && total_of(c, "Luis Marn") == 1);
    CHECK(total_of(c, "Brisk") == 1);
    json_decref(c);
    /* an article before the surname goes unseen ("al-Tamimi"), and a name
     * with a word in lower case that is no particle is no one's full name
     * (a book's title took the last word of another title in DUC 2002) */
    const char *u[] = {"Omar al-Tamimi spoke on Monday. Aides said Tamimi would return. Critics praised "
                       "Knowledge of Ossel on Monday. Knowledge of Ossel is long.",
                       "Readers in Harlow said Ossel moved them, and Ossel sold well."};
    c = card_of(u, 2);
    CHECK(total_of(c, "Omar al-Tamimi") == 2 && entity(c, "Tamimi") == NULL);
    CHECK(total_of(c, "Ossel") == 2 && total_of(c, "Knowledge of Ossel") == 2);
    json_decref(c);
    /* a plural of capitals or in -men is no surname, though a run took
     * it for a person ("MPs" went into "Tory MPs", "Fishermen" into
     * "United Fishermen" in the stop read of this rule) */
    const char *v[] = {"United Seamen met in Harlow on Monday. Seamen said the strike would go on. Tory MPs "
                       "voted on Monday. MPs said no.",
                       ("Seamen marched in Kellan. Tory MPs met again, and MPs said so. Seamen said so. "
                        "MPs agreed.")};
    c = card_of(v, 2);
    CHECK(total_of(c, "MPs") == 3 && total_of(c, "Tory MPs") == 2);
    CHECK(total_of(c, "Seamen") == 3 && total_of(c, "United Seamen") == 1);
    json_decref(c);
    /* a generational suffix: the surname is the word before it, which a
     * namesake shares ("Nora Kole" beside "Piet A. Kole III"), and which
     * joins the person the articles name in full; not one that other
     * articles name by the surname alone, a better known one */
    const char *w[] = {("Tom A. Rudd Jr. opened the Harlow bridge. It cost little, said Rudd. Nora Kole met "
                        "Piet A. Kole III in Kellan, and Kole spoke."),
                       "Workers met Rudd. President Dask toured Harlow. Dask said the town would grow.",
                       "President Dask spoke again, and Dask said the bridge was fine.",
                       "A reader wrote in.\n\nLuis B. Dask III\n\nKellan"};
    c = card_of(w, 4);
    CHECK(total_of(c, "Tom A. Rudd Jr.") == 3 && entity(c, "Rudd") == NULL);
    CHECK(total_of(c, "Kole") == 1 && total_of(c, "Piet A. Kole III") == 1);
    CHECK(total_of(c, "Dask") == 4 && total_of(c, "Luis B. Dask III") == 1);
    json_decref(c);
}

/* The Financial Times writes a currency before its amount ("Dollars
 * 40m", "(Pounds 25m)", "USDollars 5bn"): no name ("Dollars" stood in 12
 * lists of DUC 2001 and 2002, "Pounds" in 8), and a name before it ends
 * there ("Kellan Union Pounds 150m"). */
static void test_currency_amounts(void)
{
    const char *t[] = {"Harlow spent Dollars 40m (Pounds 25m) on roads, and USDollars 5bn on rail.",
                       "The Kellan Union Pounds 150m deal closed. Kellan Union said so."};
    json_t *c = card_of(t, 2);
    CHECK(entity(c, "Dollars") == NULL && entity(c, "Pounds") == NULL && entity(c, "USDollars") == NULL);
    CHECK(total_of(c, "Kellan Union") == 2 && entity(c, "Kellan Union Pounds") == NULL);
    json_decref(c);
}

/* Regressions of the review of the surname rule: a full name with a
 * generational suffix passed the guards that keep a surname apart, as its
 * last word is the suffix ("President Vell" went under his son "Tom Vell
 * Jr.", "Mrs. Kole" under "Tom Kole Jr."); and a courtesy title or a word
 * of kinship before a longer word kept a surname apart ("Mr. Ruddock"
 * made "Rudd" another than "Ann Rudd", "his son, Tom Dasken" made "Tom
 * Dask" a relative), as the name was matched inside a word. */
static void test_surname_guards(void)
{
    const char *t[] = {"President Vell spoke in Harlow on Monday. Vell said the bridge would open. His son, Tom "
                       "Vell Jr., flew in. Tom Kole Jr. opened a shop. Mrs. Kole said it would close.",
                       "Vell thanked the workers in Kellan. President Vell left. Kole sold the shop."};
    json_t *c = card_of(t, 2);
    CHECK(total_of(c, "Vell") == 4 && total_of(c, "Tom Vell Jr.") == 1);
    CHECK(total_of(c, "Kole") == 2 && total_of(c, "Tom Kole Jr.") == 1);
    json_decref(c);
    const char *u[] = {"Ann Rudd spoke in Harlow on Monday. Rudd said the bridge would open. Mr. Ruddock "
                       "disagreed. Tom Dask ran the port. Dask said it would grow. His son, Tom Dasken, came.",
                       "Rudd thanked the workers in Kellan. Dask thanked them too."};
    c = card_of(u, 2);
    CHECK(total_of(c, "Ann Rudd") == 3 && entity(c, "Rudd") == NULL);
    CHECK(total_of(c, "Tom Dask") == 3 && entity(c, "Dask") == NULL);
    json_decref(c);
    const char *v[] = {"Ann Rudd spoke in Harlow on Monday. Rudd said the bridge would open. Mr. Rudd\xE2\x80\x99s "
                       "dog barked.",
                       "Rudd thanked the workers in Kellan."};
    c = card_of(v, 2); /* "Mr. Rudd’s" is a Mr. Rudd's */
    CHECK(total_of(c, "Rudd") == 3 && total_of(c, "Ann Rudd") == 1);
    json_decref(c);
}

int main(void)
{
    test_surname_guards();
    test_surnames_alone();
    test_currency_amounts();
    test_lookalike_leads();
    test_plural_names_known();
    test_surname_titles();
    test_review_p_names();
    test_more_inner_titles();
    test_plural_of_names();
    test_leading_particles();
    test_gallery_glue();
    test_ordinal_dates_and_ok();
    test_ordinals_roles_and_zones();
    test_places_in_capitals_spelled();
    test_places_in_capitals();
    test_credit_lookalikes_in_prose();
    test_credit_labels_and_share_bars();
    test_furniture_lookalikes();
    test_page_furniture_and_credits();
    test_credit_lead_and_acronyms();
    test_capitals_and_page_words();
    test_jan_month();
    test_month_names();
    test_particle_review();
    test_peoples_after_place_word();
    test_initial_in_long_name();
    test_chief_executive();
    test_possessive_after_person();
    test_particles_inside_names();
    test_lower_case_openings();
    test_more_titles();
    test_shape_misleads();
    test_given_names_alone();
    test_aliases();
    test_abbreviations_apart();
    test_transliteration_groups();
    test_abbreviations();
    test_transliterations();
    test_spellings();
    test_body_nouns();
    test_given_names();
    test_capitals();
    test_known_names();
    test_common_words();
    test_surnames_and_possessives();
    test_name_marks();
    test_entity_names_and_kinds();
    test_organisation_names();
    test_people_places_events();
    test_abbreviated_titles();
    return check_report("test_card_entities");
}
