/* Whether a part of an English sentence holds a verb, without a tagger
 * (lex.h): a fact cut from its sentence without one ("as a federal
 * appeals court judge", "the brainy former governor") names a detail but
 * states nothing by itself. */
#include <stdlib.h>
#include <string.h>

#include "card/lex.h"

/* Forms of be, have and do, modals, contractions and common irregular or
 * plain verbs, in strcmp order (bsearch). Nouns that are also verbs ("set",
 * "cut", "lead") are left out: a piece counted as holding a verb is kept
 * as it was; "put", "puts" and "hit" are listed: in 31 of the 32 parts
 * without another verb on the cards of the four sets they were verbs (not
 * in "the hardest-hit state"). */
static const char *const verb_forms[] = {
    "according", "allow", "allows", "am", "are", "arisen", "arose", "ate", "awoke", "be", "beaten", "became",
    "become", "becomes", "been", "began", "begin", "begins", "begun", "being", "believe", "believes", "bent",
    "bitten", "blew", "blown", "bore", "borne", "bought", "bound", "break", "breaks", "bred", "bring",
    "brings", "broke", "broken", "brought", "built", "burst", "buy", "buys", "came", "can", "cannot", "catch",
    "catches", "caught", "choose", "chooses", "chose", "chosen", "come", "comes", "continue", "continues", "could",
    "dealt", "did", "do", "does", "doing", "done", "dove", "drank", "draw", "drawn", "draws", "drew", "drive",
    "driven", "drives", "drove", "dug", "eaten", "expect", "expects", "fall", "fallen", "falls", "fed", "fell",
    "felt", "fight", "fights", "find", "finds", "fled", "flee", "flees", "flew", "flies", "flown", "fly",
    "forgave", "forgiven", "forgot", "forgotten", "fought", "found", "froze", "frozen", "gave", "get", "gets",
    "give", "given", "gives", "go", "goes", "gone", "got", "gotten", "grew", "grow", "grown", "grows", "had",
    "happen", "happens", "has", "have", "having", "he's", "hear", "heard", "hears", "held", "help", "helps",
    "here's", "hid", "hidden", "hit", "hold", "holds", "hung", "hurt", "include", "includes", "is", "it's", "keep",
    "keeps", "kept", "knelt", "knew", "know", "known", "knows", "laid", "lay", "leapt", "leave", "leaves",
    "led", "left", "lent", "let", "let's", "lit", "lose", "loses", "lost", "made", "make", "makes", "may",
    "mean", "means", "meant", "meet", "meets", "met", "might", "misled", "mistaken", "mistook", "must",
    "ought", "overcame", "overcome", "overheard", "overran", "oversaw", "overseen", "overtaken", "overthrew",
    "overthrown", "overtook", "paid", "pay", "pays", "provide", "provides", "put", "puts", "quit", "ran", "rang",
    "remain", "remains", "require", "requires", "ridden", "rise", "risen", "rises", "rode", "rose", "rung", "said",
    "sang", "sank", "sat", "saw", "say", "says", "see", "seek", "seeks", "seem", "seems", "seen", "sees",
    "sell", "sells", "send", "sends", "sent", "shaken", "shall", "she's", "shone", "shook", "shot", "should",
    "show", "shown", "shows", "shrank", "shrunk", "shut", "slain", "slept", "slid", "sold", "sought", "speak",
    "speaks", "sped", "spend", "spends", "spent", "spoke", "spoken", "sprang", "spread", "spun", "stand",
    "stands", "stole", "stolen", "stood", "stricken", "strike", "strikes", "striven", "strode", "strove",
    "struck", "stuck", "stung", "sung", "sunk", "swam", "swept", "swore", "sworn", "swung", "take", "taken",
    "takes", "taught", "teach", "teaches", "tell", "tells", "that's", "there's", "think", "thinks", "thought",
    "threw", "throw", "thrown", "throws", "told", "took", "tore", "torn", "tries", "try", "undergone",
    "understand", "understands", "understood", "undertaken", "undertook", "underwent", "upheld", "want", "wants",
    "was", "went", "were", "what's", "where's", "who's", "will", "win", "wins", "withdraw", "withdrawn",
    "withdraws", "withdrew", "woke", "woken", "won", "wore", "worn", "would", "write", "writes", "written", "wrote"
};

/* Words ending in -ed or -ing that are seldom verbs, in strcmp order. */
static const char *const not_verbs[] = {
    "alleged", "anything", "beloved", "breed", "briefing", "building", "ceiling", "clothing", "creed",
    "darling", "deed", "during", "evening", "everything", "greed", "hatred", "hearing", "herring", "hundred",
    "including", "indeed", "kindred", "lightning", "meeting", "morning", "naked", "nothing", "offspring",
    "pudding", "ragged", "reed", "rugged", "sacred", "seed", "shred", "sibling", "sled", "something", "speed",
    "spring", "steed", "string", "thing", "wedding", "weed", "wicked", "wretched"
};

static int cmp_word(const void *key, const void *el) { return strcmp(key, *(const char *const *)el); }

static int in_list(const char *w, const char *const *list, size_t n)
{
    return bsearch(w, list, n, sizeof *list, cmp_word) != NULL;
}

/* 1 when w is in the NULL-ended list. */
static int word_in(const char *w, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

#define NFORMS (sizeof verb_forms / sizeof *verb_forms)
#define NNOT (sizeof not_verbs / sizeof *not_verbs)

/* The word folded into low (cap bytes): ASCII lower case, the typographic
 * apostrophe as '\''. 0 when it does not fit or holds other bytes. */
static int fold_word(const char *s, size_t n, char *low, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
            c = '\'';
            i += 2;
        } else if (c >= 0x80) {
            return 0;
        }
        if (o + 1 >= cap)
            return 0;
        low[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[o] = 0;
    return o > 0;
}

static int ends_with(const char *w, size_t n, const char *end)
{
    size_t k = strlen(end);
    return n >= k && memcmp(w + n - k, end, k) == 0;
}

/* 1 when the folded word w reads as a verb: listed, a contraction ("didn't",
 * "they're") or a lower-case word in -ed or -ing that is not a known noun. */
static int word_is_verb(const char *w)
{
    size_t n = strlen(w);
    if (in_list(w, verb_forms, NFORMS))
        return 1;
    if (ends_with(w, n, "n't") || ends_with(w, n, "'re") || ends_with(w, n, "'ve") || ends_with(w, n, "'ll"))
        return 1;
    if ((n >= 4 && ends_with(w, n, "ed")) || (n >= 5 && ends_with(w, n, "ing")))
        return !in_list(w, not_verbs, NNOT);
    return 0;
}

/* Subordinators and relative words: the clause they open has a verb, even
 * one the lists miss ("who lives in ...", "when troops withdraw"). */
static int opens_finite_clause(const char *w)
{
    static const char *const words[] = {"although", "because", "that", "though", "when", "where", "whereas",
                                        "which", "while", "who", "whom", "whose", NULL};
    return word_in(w, words);
}

/* A subject pronoun has its verb, even one the lists miss ("as they
 * report", "he now sits"): so did all 33 parts with one and no other
 * verb on the cards of the four sets. */
static int subject_pronoun(const char *w)
{
    return !strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "we") || !strcmp(w, "they");
}

/* Bytes of the letter or digit at t[k, z): 1 for ASCII, 2 for a two-byte
 * UTF-8 letter (U+00C0 on, "\xC3\xA5"), so that "Våsted" is one word, not
 * "V" and "sted"; 0 for anything else. */
static size_t word_char(const char *t, size_t k, size_t z)
{
    unsigned char c = (unsigned char)t[k];
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return 1;
    if (c >= '0' && c <= '9')
        return 1;
    return c >= 0xC3 && c <= 0xDF && k + 1 < z && ((unsigned char)t[k + 1] & 0xC0) == 0x80 ? 2 : 0;
}

/* Length of the word at t[i, z): letters and digits ("11am" is one word,
 * not "11" and "am") joined by apostrophes (straight or U+2019), or 0. */
static size_t word_len(const char *t, size_t i, size_t z)
{
    size_t k = i, c;
    for (;;) {
        while (k < z && (c = word_char(t, k, z)) > 0)
            k += c;
        size_t ap = k < z && t[k] == '\'' ? 1 : (z - k >= 3 && memcmp(t + k, "\xE2\x80\x99", 3) == 0) ? 3 : 0;
        if (k == i || !ap || k + ap >= z || !((t[k + ap] | 0x20) >= 'a' && (t[k + ap] | 0x20) <= 'z'))
            return k - i;
        k += ap;
    }
}

/* 1 when the folded word w may be a verb's -s form (lex_s_form), not an
 * adverb or noun that only looks like one ("perhaps", "news"). */
static int s_form(const char *w)
{
    static const char *const not_s[] = {"always", "afterwards", "besides", "nowadays", "news", "ones",
                                        "perhaps", "series", "sometimes", "species", "towards", NULL};
    return lex_s_form(w, strlen(w)) && !word_in(w, not_s);
}

/* The word after the one ending at i, folded into low; 0 when none
 * follows after blanks only. */
static int next_word(const char *t, size_t i, size_t z, char *low, size_t cap)
{
    while (i < z && t[i] == ' ')
        i++;
    size_t n = word_len(t, i, z);
    return n > 0 && fold_word(t + i, n, low, cap);
}

/* Words that open a definite object ("ends the tie", "weakens their"). */
static const char *const definite_object[] = {"her", "him", "his", "its", "the", "their", "them", NULL};

/* 1 when the -s form w, after the folded word prev, is a verb in the
 * present: after a relative word ("a firm that specializes", "who lives",
 * which "who lived" already was) or before a definite object ("the
 * resignation ends the tie", "AIDS weakens the immune system"), unless a
 * preposition or a number before it makes it a noun ("as profits the
 * fees", "20 ferries the size", "three times the size"). */
static int present_s(const char *prev, const char *w, const char *t, size_t end, size_t z)
{
    static const char *const relative[] = {"that", "which", "who", NULL};
    const char *const *object = definite_object;
    static const char *const preps[] = {"as", "at", "by", "for", "from", "in", "into", "like", "of",
                                        "on", "than", "to", "with", "without", NULL};
    static const char *const numbers[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "dozen", "hundred", "thousand", "million", "several", "many", NULL};
    char next[32];
    if (!s_form(w))
        return 0;
    if (word_in(prev, relative))
        return 1;
    return next_word(t, end, z, next, sizeof next) && word_in(next, object) && !word_in(prev, preps) &&
           !(prev[0] >= '0' && prev[0] <= '9') && !word_in(prev, numbers);
}

/* Plain forms of verbs that are seldom nouns or adjectives, in strcmp
 * order: after a plural subject they are a verb in the present
 * ("Earthquakes occur ...", "the skippers strenuously deny ..."), where a
 * word that is also a noun may be a compound's second noun ("police use
 * of force", "the capital gains tax"). */
static const char *const plain_verbs[] = {
    "accept", "accuse", "achieve", "acknowledge", "acquire", "admit", "adopt", "agree", "allege", "announce",
    "appear", "apply", "approve", "argue", "arrive", "assemble", "assert", "assume", "attend", "avoid", "belong",
    "carry", "cease", "complain", "comprise", "conclude", "condemn", "confirm", "consider", "consist", "contain",
    "contend", "convince", "cooperate", "criticize", "decide", "declare", "defend", "deliver", "demonstrate",
    "deny", "depend", "describe", "deserve", "destroy", "determine", "die", "disagree", "discover", "discuss",
    "earn", "emerge", "encourage", "enjoy", "ensure", "establish", "examine", "exist", "expand", "explain",
    "fail", "follow", "forget", "generate", "hesitate", "identify", "ignore", "imagine", "imply", "improve",
    "indicate", "induce", "inform", "insist", "intend", "investigate", "involve", "join", "learn", "maintain",
    "manage", "merge", "negotiate", "obtain", "occur", "operate", "oppose", "owe", "participate", "perform",
    "persuade", "pertain", "possess", "predict", "prefer", "prepare", "prevent", "proceed", "prohibit", "promote",
    "propose", "protect", "prove", "pursue", "realize", "receive", "recognize", "recommend", "reduce", "reflect",
    "refuse", "regulate", "reject", "rely", "remember", "replace", "resemble", "resign", "resist", "respond",
    "restore", "retain", "reveal", "seize", "settle", "succeed", "suffer", "suggest", "suppose", "survive",
    "suspend", "tend", "testify", "threaten", "tolerate", "undermine", "veer", "violate", "warn", "wonder"
};
#define NPLAIN (sizeof plain_verbs / sizeof *plain_verbs)

/* 1 when the folded word w may be a plural subject: a plural's shape
 * ("skippers", s_form), a plural without one ("people") or a relative
 * word ("towns that depend on ..."). */
static int plural_subject(const char *w)
{
    static const char *const words[] = {"children", "men", "people", "police", "women",
                                        "that", "which", "who", NULL};
    return s_form(w) || word_in(w, words);
}

/* 1 when the folded word w, after a plural subject, is a verb's plain
 * form that takes an object ("the crews use a winch", "skippers cut the
 * nets"), though it may be a noun too: a word before "a", "an" or a
 * definite object, but not a preposition or an adverb of place or time
 * ("towns near the river", "ports like the ...", "two years ago the ...":
 * lex_function_words and those below). */
static int plain_before_object(const char *w, const char *t, size_t end, size_t z)
{
    static const char *const not_verbs_here[] = {
        "aboard", "above", "again", "ahead", "alone", "along", "alongside", "although", "amid", "amidst",
        "amongst", "apart", "apiece", "aside", "atop", "away", "back", "because", "behind", "below", "beneath",
        "beside", "beyond", "despite", "earlier", "except", "home", "inside", "instead", "later", "like",
        "meanwhile", "minus", "near", "nearby", "next", "nor", "once", "onto", "opposite", "outside",
        "overnight", "past", "plus", "round", "throughout", "till", "today", "together", "tomorrow", "tonight",
        "toward", "underneath", "unless", "unlike", "upon", "versus", "via", "whether", "within", "without",
        "worth", "yesterday", NULL};
    char next[32];
    size_t n = strlen(w);
    if (n < 3 || lex_s_form(w, n) || ends_with(w, n, "ly") || word_in(w, lex_function_words) ||
        word_in(w, not_verbs_here) || !next_word(t, end, z, next, sizeof next))
        return 0;
    return word_in(next, definite_object) || !strcmp(next, "a") || !strcmp(next, "an");
}

/* 1 for an adverb that may stand between a subject and its verb ("heart
 * attacks usually occur"): a word in -ly or a listed one. */
static int adverb(const char *w)
{
    static const char *const words[] = {"also", "always", "never", "now", "often", "sometimes", "still", NULL};
    size_t n = strlen(w);
    return (n >= 5 && ends_with(w, n, "ly")) || word_in(w, words);
}

/* 1 when the folded word w, which ends at t[end), is a verb in the
 * present after a plural subject. */
static int plural_present(const char *w, const char *t, size_t end, size_t z)
{
    return in_list(w, plain_verbs, NPLAIN) || plain_before_object(w, t, end, z);
}

int lex_has_verb(const char *t, size_t a, size_t z, int at_start)
{
    char low[32], prev[32] = "";
    int first = 1, plural = 0; /* after a plural subject and any adverbs ("crews often ...") */
    for (size_t i = a; i < z;) {
        size_t n = word_len(t, i, z);
        if (n == 0) {
            if (t[i] != ' ') { /* "Beyond that, officials ...": no relative word, nor a subject */
                prev[0] = 0;
                plural = 0;
            }
            i++;
            continue;
        }
        /* A capital after a sentence's first word is a name ("Ellen May",
         * "Reading"); digits are no verb. */
        int name = (t[i] >= 'A' && t[i] <= 'Z') && !(first && at_start);
        int folded = fold_word(t + i, n, low, sizeof low);
        if (!name && !(t[i] >= '0' && t[i] <= '9') && folded &&
            (word_is_verb(low) || subject_pronoun(low) || (first && opens_finite_clause(low)) ||
             present_s(prev, low, t, i + n, z) || (plural && plural_present(low, t, i + n, z))))
            return 1;
        if (folded)
            strcpy(prev, low); /* both 32 bytes; fold_word ends low with a NUL */
        else
            prev[0] = 0;
        plural = folded && (plural_subject(low) || (plural && adverb(low)));
        first = 0;
        i += n;
    }
    return 0;
}
