/* Word tables for the sentence splitter (English, German, French, Spanish),
 * kept sorted bytewise for binary search; test_segment checks the order. */
#include "segment_lang.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const seg_abbr en_abbr[] = {
    {"a.d", SEG_ABBR_AMBIG},
    {"a.m", SEG_ABBR_AMBIG},
    {"adm", SEG_ABBR_PREFIX},
    {"admin", SEG_ABBR_AMBIG},
    {"al", SEG_ABBR_AMBIG},
    {"ala", SEG_ABBR_AMBIG},
    {"approx", SEG_ABBR_AMBIG},
    {"apr", SEG_ABBR_AMBIG},
    {"ariz", SEG_ABBR_AMBIG},
    {"ark", SEG_ABBR_AMBIG},
    {"art", SEG_ABBR_NUMBER},
    {"assn", SEG_ABBR_AMBIG},
    {"assoc", SEG_ABBR_AMBIG},
    {"atty", SEG_ABBR_PREFIX},
    {"aug", SEG_ABBR_AMBIG},
    {"ave", SEG_ABBR_AMBIG},
    {"b.a", SEG_ABBR_AMBIG},
    {"b.c", SEG_ABBR_AMBIG},
    {"b.s", SEG_ABBR_AMBIG},
    {"blvd", SEG_ABBR_AMBIG},
    {"brig", SEG_ABBR_PREFIX},
    {"bros", SEG_ABBR_AMBIG},
    {"c", SEG_ABBR_NUMBER},
    {"ca", SEG_ABBR_NUMBER},
    {"calif", SEG_ABBR_AMBIG},
    {"capt", SEG_ABBR_PREFIX},
    {"cf", SEG_ABBR_INNER},
    {"ch", SEG_ABBR_NUMBER},
    {"chap", SEG_ABBR_NUMBER},
    {"chas", SEG_ABBR_PREFIX},
    {"cie", SEG_ABBR_AMBIG},
    {"cit", SEG_ABBR_AMBIG},
    {"cmdr", SEG_ABBR_PREFIX},
    {"co", SEG_ABBR_AMBIG},
    {"col", SEG_ABBR_PREFIX},
    {"colo", SEG_ABBR_AMBIG},
    {"conn", SEG_ABBR_AMBIG},
    {"corp", SEG_ABBR_AMBIG},
    {"cos", SEG_ABBR_AMBIG}, /* "Insurance Cos. in Sacramento" */
    {"cpl", SEG_ABBR_PREFIX},
    {"d.c", SEG_ABBR_AMBIG},
    {"dec", SEG_ABBR_AMBIG},
    {"del", SEG_ABBR_AMBIG},
    {"dept", SEG_ABBR_AMBIG},
    {"det", SEG_ABBR_PREFIX},
    {"dist", SEG_ABBR_AMBIG},
    {"div", SEG_ABBR_AMBIG},
    {"dr", SEG_ABBR_PREFIX},
    {"drs", SEG_ABBR_PREFIX},
    {"e.g", SEG_ABBR_INNER},
    {"e.u", SEG_ABBR_AMBIG},
    {"ed", SEG_ABBR_AMBIG},
    {"eds", SEG_ABBR_AMBIG},
    {"eq", SEG_ABBR_NUMBER},
    {"esp", SEG_ABBR_INNER},
    {"esq", SEG_ABBR_AMBIG},
    {"est", SEG_ABBR_AMBIG},
    {"etc", SEG_ABBR_AMBIG},
    {"feb", SEG_ABBR_AMBIG},
    {"fig", SEG_ABBR_NUMBER},
    {"figs", SEG_ABBR_NUMBER},
    {"fla", SEG_ABBR_AMBIG},
    {"fr", SEG_ABBR_PREFIX},
    {"fri", SEG_ABBR_AMBIG},
    {"ft", SEG_ABBR_AMBIG},
    {"fwy", SEG_ABBR_AMBIG},
    {"ga", SEG_ABBR_AMBIG},
    {"gal", SEG_ABBR_AMBIG},
    {"gen", SEG_ABBR_PREFIX},
    {"gens", SEG_ABBR_PREFIX},
    {"geo", SEG_ABBR_PREFIX},
    {"gov", SEG_ABBR_PREFIX},
    {"gov.-elect", SEG_ABBR_PREFIX},
    {"govs", SEG_ABBR_PREFIX},
    {"govt", SEG_ABBR_AMBIG},
    {"hon", SEG_ABBR_PREFIX},
    {"hr", SEG_ABBR_AMBIG},
    {"hrs", SEG_ABBR_AMBIG},
    {"hwy", SEG_ABBR_AMBIG},
    {"i.e", SEG_ABBR_INNER},
    {"ibid", SEG_ABBR_AMBIG},
    {"ill", SEG_ABBR_AMBIG},
    {"inc", SEG_ABBR_AMBIG},
    {"incl", SEG_ABBR_INNER},
    {"ind", SEG_ABBR_AMBIG},
    {"insp", SEG_ABBR_PREFIX},
    {"inst", SEG_ABBR_AMBIG},
    {"intl", SEG_ABBR_AMBIG},
    {"jan", SEG_ABBR_AMBIG},
    {"jas", SEG_ABBR_PREFIX},
    {"jos", SEG_ABBR_PREFIX},
    {"jr", SEG_ABBR_AMBIG},
    {"jul", SEG_ABBR_AMBIG},
    {"jun", SEG_ABBR_AMBIG},
    {"kan", SEG_ABBR_AMBIG},
    {"kans", SEG_ABBR_AMBIG},
    {"ky", SEG_ABBR_AMBIG},
    {"la", SEG_ABBR_AMBIG},
    {"lb", SEG_ABBR_AMBIG},
    {"lbs", SEG_ABBR_AMBIG},
    {"llc", SEG_ABBR_AMBIG},
    {"lt", SEG_ABBR_PREFIX},
    {"lt.col", SEG_ABBR_PREFIX},
    {"ltd", SEG_ABBR_AMBIG},
    {"m.a", SEG_ABBR_AMBIG},
    {"m.d", SEG_ABBR_AMBIG},
    {"m.s", SEG_ABBR_AMBIG},
    {"maj", SEG_ABBR_PREFIX},
    {"mar", SEG_ABBR_AMBIG},
    {"mass", SEG_ABBR_AMBIG},
    {"max", SEG_ABBR_AMBIG},
    {"md", SEG_ABBR_AMBIG},
    {"messrs", SEG_ABBR_PREFIX},
    {"mfg", SEG_ABBR_AMBIG},
    {"mgr", SEG_ABBR_AMBIG},
    {"mi", SEG_ABBR_AMBIG},
    {"mich", SEG_ABBR_AMBIG},
    {"min", SEG_ABBR_AMBIG},
    {"minn", SEG_ABBR_AMBIG},
    {"mins", SEG_ABBR_AMBIG},
    {"miss", SEG_ABBR_AMBIG},
    {"mlle", SEG_ABBR_PREFIX},
    {"mme", SEG_ABBR_PREFIX},
    {"mo", SEG_ABBR_AMBIG},
    {"mon", SEG_ABBR_AMBIG},
    {"mont", SEG_ABBR_AMBIG},
    {"mph", SEG_ABBR_AMBIG},
    {"mr", SEG_ABBR_PREFIX},
    {"mrs", SEG_ABBR_PREFIX},
    {"ms", SEG_ABBR_PREFIX},
    {"msgr", SEG_ABBR_PREFIX},
    {"mt", SEG_ABBR_PREFIX},
    {"n.c", SEG_ABBR_AMBIG},
    {"n.d", SEG_ABBR_AMBIG},
    {"n.h", SEG_ABBR_AMBIG},
    {"n.j", SEG_ABBR_AMBIG},
    {"n.y", SEG_ABBR_AMBIG},
    {"natl", SEG_ABBR_AMBIG},
    {"neb", SEG_ABBR_AMBIG},
    {"nev", SEG_ABBR_AMBIG},
    {"no", SEG_ABBR_NUMBER},
    {"nos", SEG_ABBR_NUMBER},
    {"nov", SEG_ABBR_AMBIG},
    {"nr", SEG_ABBR_NUMBER},
    {"n°", SEG_ABBR_NUMBER},
    {"oct", SEG_ABBR_AMBIG},
    {"ok", SEG_ABBR_AMBIG},
    {"okla", SEG_ABBR_AMBIG},
    {"op", SEG_ABBR_NUMBER},
    {"ore", SEG_ABBR_AMBIG},
    {"oz", SEG_ABBR_AMBIG},
    {"p", SEG_ABBR_NUMBER},
    {"p.m", SEG_ABBR_AMBIG},
    {"pa", SEG_ABBR_AMBIG},
    {"par", SEG_ABBR_NUMBER},
    {"para", SEG_ABBR_NUMBER},
    {"penn", SEG_ABBR_AMBIG},
    {"ph.d", SEG_ABBR_AMBIG},
    {"pl", SEG_ABBR_AMBIG},
    {"plc", SEG_ABBR_AMBIG},
    {"pp", SEG_ABBR_NUMBER},
    {"pres", SEG_ABBR_PREFIX},
    {"prof", SEG_ABBR_PREFIX},
    {"profs", SEG_ABBR_PREFIX},
    {"pt", SEG_ABBR_NUMBER},
    {"pvt", SEG_ABBR_PREFIX},
    {"r.i", SEG_ABBR_AMBIG},
    {"rd", SEG_ABBR_AMBIG},
    {"rep", SEG_ABBR_PREFIX},
    {"reps", SEG_ABBR_PREFIX},
    {"ret", SEG_ABBR_AMBIG},
    {"rev", SEG_ABBR_PREFIX},
    {"rt", SEG_ABBR_PREFIX},
    {"s.c", SEG_ABBR_AMBIG},
    {"s.d", SEG_ABBR_AMBIG},
    {"sat", SEG_ABBR_AMBIG},
    {"sec", SEG_ABBR_AMBIG},
    {"sen", SEG_ABBR_PREFIX},
    {"sens", SEG_ABBR_PREFIX},
    {"sep", SEG_ABBR_AMBIG},
    {"sept", SEG_ABBR_AMBIG},
    {"sgt", SEG_ABBR_PREFIX},
    {"sq", SEG_ABBR_AMBIG},
    {"sr", SEG_ABBR_AMBIG},
    {"st", SEG_ABBR_PREFIX},
    {"ste", SEG_ABBR_AMBIG},
    {"sun", SEG_ABBR_AMBIG},
    {"supt", SEG_ABBR_PREFIX},
    {"tenn", SEG_ABBR_AMBIG},
    {"tex", SEG_ABBR_AMBIG},
    {"thos", SEG_ABBR_PREFIX},
    {"thu", SEG_ABBR_AMBIG},
    {"thur", SEG_ABBR_AMBIG},
    {"thurs", SEG_ABBR_AMBIG},
    {"tue", SEG_ABBR_AMBIG},
    {"tues", SEG_ABBR_AMBIG},
    {"u.k", SEG_ABBR_AMBIG},
    {"u.n", SEG_ABBR_AMBIG},
    {"u.s", SEG_ABBR_AMBIG},
    {"u.s.a", SEG_ABBR_AMBIG},
    {"u.s.s.r", SEG_ABBR_AMBIG},
    {"univ", SEG_ABBR_AMBIG},
    {"v", SEG_ABBR_INNER},
    {"va", SEG_ABBR_AMBIG},
    {"viz", SEG_ABBR_INNER},
    {"vol", SEG_ABBR_NUMBER},
    {"vols", SEG_ABBR_NUMBER},
    {"vs", SEG_ABBR_INNER},
    {"vt", SEG_ABBR_AMBIG},
    {"w.va", SEG_ABBR_AMBIG},
    {"wash", SEG_ABBR_AMBIG},
    {"wed", SEG_ABBR_AMBIG},
    {"wis", SEG_ABBR_AMBIG},
    {"wm", SEG_ABBR_PREFIX},
    {"wyo", SEG_ABBR_AMBIG},
    {"yd", SEG_ABBR_AMBIG},
    {"yds", SEG_ABBR_AMBIG},
    {"yr", SEG_ABBR_AMBIG},
    {"yrs", SEG_ABBR_AMBIG},
};
static const char *const en_open[] = {
    "a", "about", "according", "after", "again", "all", "also", "although", "an", "and",
    "another", "any", "anyway", "are", "as", "at", "based", "because", "before", "being",
    "besides", "both", "but", "by", "can", "could", "despite", "did", "do", "does", "dr",
    "during", "each", "either", "even", "every", "few", "finally", "first", "five", "for",
    "four", "from", "further", "furthermore", "given", "had", "has", "have", "he", "hello",
    "her", "here", "hey", "hi", "his", "how", "however", "i", "if", "in", "instead", "is",
    "it", "its", "just", "last", "later", "let", "like", "many", "maybe", "meanwhile", "more",
    "moreover", "most", "mr", "mrs", "ms", "much", "my", "neither", "nevertheless", "next",
    "no", "nonetheless", "nor", "not", "now", "of", "often", "on", "once", "one", "only", "or",
    "other", "others", "our", "over", "perhaps", "please", "rather", "second", "several",
    "she", "should", "similarly", "since", "so", "some", "still", "such", "thank", "thanks",
    "that", "the", "their", "then", "there", "therefore", "these", "they", "third", "this",
    "those", "though", "three", "thus", "to", "today", "two", "under", "unless", "unlike",
    "until", "upon", "was", "we", "well", "were", "what", "when", "whenever", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yes", "yesterday", "yet", "you", "your",
};

static const seg_abbr de_abbr[] = {
    {"abs", SEG_ABBR_NUMBER},
    {"allg", SEG_ABBR_AMBIG},
    {"apr", SEG_ABBR_AMBIG},
    {"art", SEG_ABBR_NUMBER},
    {"aug", SEG_ABBR_AMBIG},
    {"bd", SEG_ABBR_NUMBER},
    {"bspw", SEG_ABBR_INNER},
    {"bzgl", SEG_ABBR_INNER},
    {"bzw", SEG_ABBR_AMBIG},
    {"ca", SEG_ABBR_NUMBER},
    {"d.h", SEG_ABBR_INNER},
    {"dez", SEG_ABBR_AMBIG},
    {"dr", SEG_ABBR_PREFIX},
    {"dt", SEG_ABBR_AMBIG},
    {"ehem", SEG_ABBR_AMBIG},
    {"einschl", SEG_ABBR_AMBIG},
    {"engl", SEG_ABBR_AMBIG},
    {"etc", SEG_ABBR_AMBIG},
    {"ev", SEG_ABBR_AMBIG},
    {"evtl", SEG_ABBR_AMBIG},
    {"feb", SEG_ABBR_AMBIG},
    {"fr", SEG_ABBR_PREFIX},
    {"franz", SEG_ABBR_AMBIG},
    {"frl", SEG_ABBR_PREFIX},
    {"geb", SEG_ABBR_AMBIG},
    {"gem", SEG_ABBR_INNER},
    {"gest", SEG_ABBR_AMBIG},
    {"ggf", SEG_ABBR_AMBIG},
    {"hr", SEG_ABBR_PREFIX},
    {"hrn", SEG_ABBR_PREFIX},
    {"inkl", SEG_ABBR_AMBIG},
    {"ital", SEG_ABBR_AMBIG},
    {"jan", SEG_ABBR_AMBIG},
    {"jh", SEG_ABBR_AMBIG},
    {"jhd", SEG_ABBR_AMBIG},
    {"jul", SEG_ABBR_AMBIG},
    {"jun", SEG_ABBR_AMBIG},
    {"kap", SEG_ABBR_NUMBER},
    {"kath", SEG_ABBR_AMBIG},
    {"lt", SEG_ABBR_INNER},
    {"max", SEG_ABBR_AMBIG},
    {"min", SEG_ABBR_AMBIG},
    {"mind", SEG_ABBR_AMBIG},
    {"mio", SEG_ABBR_AMBIG},
    {"mrd", SEG_ABBR_AMBIG},
    {"mär", SEG_ABBR_AMBIG},
    {"n.chr", SEG_ABBR_AMBIG},
    {"nov", SEG_ABBR_AMBIG},
    {"nr", SEG_ABBR_NUMBER},
    {"o.ä", SEG_ABBR_INNER},
    {"okt", SEG_ABBR_AMBIG},
    {"prof", SEG_ABBR_PREFIX},
    {"s", SEG_ABBR_NUMBER},
    {"sep", SEG_ABBR_AMBIG},
    {"sept", SEG_ABBR_AMBIG},
    {"sog", SEG_ABBR_INNER},
    {"st", SEG_ABBR_PREFIX},
    {"str", SEG_ABBR_AMBIG},
    {"tel", SEG_ABBR_NUMBER},
    {"tsd", SEG_ABBR_AMBIG},
    {"u.a", SEG_ABBR_INNER},
    {"u.s.w", SEG_ABBR_AMBIG},
    {"u.ä", SEG_ABBR_INNER},
    {"ursp", SEG_ABBR_AMBIG},
    {"usw", SEG_ABBR_AMBIG},
    {"uvm", SEG_ABBR_AMBIG},
    {"v.a", SEG_ABBR_INNER},
    {"v.chr", SEG_ABBR_AMBIG},
    {"vgl", SEG_ABBR_INNER},
    {"z.b", SEG_ABBR_INNER},
    {"z.t", SEG_ABBR_INNER},
    {"zit", SEG_ABBR_AMBIG},
    {"zzgl", SEG_ABBR_AMBIG},
};
static const char *const de_open[] = {
    "aber", "alle", "allerdings", "als", "am", "an", "auch", "auf", "aus", "außerdem", "bei",
    "dabei", "daher", "damit", "dann", "das", "dem", "den", "denn", "der", "des", "deshalb",
    "die", "dies", "diese", "dieser", "dieses", "doch", "dort", "ein", "eine", "einer", "er",
    "es", "für", "gestern", "heute", "hier", "ich", "ihr", "ihre", "im", "in", "jedoch",
    "jetzt", "kein", "keine", "man", "mehr", "mit", "nach", "nicht", "noch", "nun", "obwohl",
    "sein", "seine", "seit", "sie", "so", "trotzdem", "und", "unser", "unter", "viele", "von",
    "vor", "warum", "was", "weil", "wenn", "wer", "wie", "wir", "wo", "während", "zu", "zudem",
    "zum", "zur", "über",
};

static const seg_abbr fr_abbr[] = {
    {"apr", SEG_ABBR_AMBIG},
    {"art", SEG_ABBR_NUMBER},
    {"av", SEG_ABBR_AMBIG},
    {"avr", SEG_ABBR_AMBIG},
    {"bd", SEG_ABBR_AMBIG},
    {"c.-à-d", SEG_ABBR_INNER},
    {"cf", SEG_ABBR_INNER},
    {"chap", SEG_ABBR_NUMBER},
    {"cie", SEG_ABBR_AMBIG},
    {"dr", SEG_ABBR_PREFIX},
    {"déc", SEG_ABBR_AMBIG},
    {"env", SEG_ABBR_AMBIG},
    {"etc", SEG_ABBR_AMBIG},
    {"ex", SEG_ABBR_INNER},
    {"fig", SEG_ABBR_NUMBER},
    {"fév", SEG_ABBR_AMBIG},
    {"févr", SEG_ABBR_AMBIG},
    {"hab", SEG_ABBR_AMBIG},
    {"j.-c", SEG_ABBR_AMBIG},
    {"janv", SEG_ABBR_AMBIG},
    {"juil", SEG_ABBR_AMBIG},
    {"m", SEG_ABBR_PREFIX},
    {"max", SEG_ABBR_AMBIG},
    {"me", SEG_ABBR_PREFIX},
    {"mgr", SEG_ABBR_PREFIX},
    {"min", SEG_ABBR_AMBIG},
    {"mlle", SEG_ABBR_PREFIX},
    {"mlles", SEG_ABBR_PREFIX},
    {"mm", SEG_ABBR_PREFIX},
    {"mme", SEG_ABBR_PREFIX},
    {"mmes", SEG_ABBR_PREFIX},
    {"no", SEG_ABBR_NUMBER},
    {"nov", SEG_ABBR_AMBIG},
    {"n°", SEG_ABBR_NUMBER},
    {"oct", SEG_ABBR_AMBIG},
    {"p", SEG_ABBR_NUMBER},
    {"p.ex", SEG_ABBR_INNER},
    {"pp", SEG_ABBR_NUMBER},
    {"pr", SEG_ABBR_PREFIX},
    {"sept", SEG_ABBR_AMBIG},
    {"st", SEG_ABBR_PREFIX},
    {"ste", SEG_ABBR_PREFIX},
    {"t", SEG_ABBR_NUMBER},
    {"vol", SEG_ABBR_NUMBER},
    {"vs", SEG_ABBR_INNER},
    {"éd", SEG_ABBR_NUMBER},
};
static const char *const fr_open[] = {
    "ainsi", "alors", "après", "au", "aussi", "aux", "avant", "avec", "c", "car", "ce",
    "cependant", "ces", "cet", "cette", "comme", "d", "dans", "depuis", "des", "donc", "du",
    "elle", "elles", "en", "enfin", "et", "il", "ils", "j", "je", "l", "la", "le", "les",
    "leur", "leurs", "lors", "mais", "nous", "on", "or", "ou", "par", "pendant", "pour",
    "pourtant", "puis", "qu", "quand", "sa", "sans", "selon", "ses", "si", "son", "toutefois",
    "un", "une", "vous",
};

static const seg_abbr es_abbr[] = {
    {"abr", SEG_ABBR_AMBIG},
    {"ago", SEG_ABBR_AMBIG},
    {"aprox", SEG_ABBR_AMBIG},
    {"arq", SEG_ABBR_PREFIX},
    {"art", SEG_ABBR_NUMBER},
    {"av", SEG_ABBR_AMBIG},
    {"avda", SEG_ABBR_AMBIG},
    {"cap", SEG_ABBR_NUMBER},
    {"cf", SEG_ABBR_INNER},
    {"cía", SEG_ABBR_AMBIG},
    {"d", SEG_ABBR_PREFIX},
    {"dic", SEG_ABBR_AMBIG},
    {"dr", SEG_ABBR_PREFIX},
    {"dra", SEG_ABBR_PREFIX},
    {"dña", SEG_ABBR_PREFIX},
    {"ee.uu", SEG_ABBR_AMBIG},
    {"ej", SEG_ABBR_INNER},
    {"ene", SEG_ABBR_AMBIG},
    {"etc", SEG_ABBR_AMBIG},
    {"excmo", SEG_ABBR_PREFIX},
    {"feb", SEG_ABBR_AMBIG},
    {"fig", SEG_ABBR_NUMBER},
    {"gral", SEG_ABBR_PREFIX},
    {"i.e", SEG_ABBR_INNER},
    {"ilmo", SEG_ABBR_PREFIX},
    {"ing", SEG_ABBR_PREFIX},
    {"jul", SEG_ABBR_AMBIG},
    {"jun", SEG_ABBR_AMBIG},
    {"lic", SEG_ABBR_PREFIX},
    {"ltda", SEG_ABBR_AMBIG},
    {"mar", SEG_ABBR_AMBIG},
    {"máx", SEG_ABBR_AMBIG},
    {"mín", SEG_ABBR_AMBIG},
    {"no", SEG_ABBR_NUMBER},
    {"nov", SEG_ABBR_AMBIG},
    {"n°", SEG_ABBR_NUMBER},
    {"nº", SEG_ABBR_NUMBER},
    {"núm", SEG_ABBR_NUMBER},
    {"oct", SEG_ABBR_AMBIG},
    {"p", SEG_ABBR_NUMBER},
    {"p.ej", SEG_ABBR_INNER},
    {"pdte", SEG_ABBR_PREFIX},
    {"pp", SEG_ABBR_NUMBER},
    {"prof", SEG_ABBR_PREFIX},
    {"pág", SEG_ABBR_NUMBER},
    {"págs", SEG_ABBR_NUMBER},
    {"s.a", SEG_ABBR_AMBIG},
    {"sep", SEG_ABBR_AMBIG},
    {"sept", SEG_ABBR_AMBIG},
    {"set", SEG_ABBR_AMBIG},
    {"sr", SEG_ABBR_PREFIX},
    {"sra", SEG_ABBR_PREFIX},
    {"sres", SEG_ABBR_PREFIX},
    {"srta", SEG_ABBR_PREFIX},
    {"sta", SEG_ABBR_PREFIX},
    {"sto", SEG_ABBR_PREFIX},
    {"tel", SEG_ABBR_AMBIG},
    {"ud", SEG_ABBR_AMBIG},
    {"uds", SEG_ABBR_AMBIG},
    {"vd", SEG_ABBR_AMBIG},
    {"vds", SEG_ABBR_AMBIG},
    {"vol", SEG_ABBR_NUMBER},
    {"vs", SEG_ABBR_INNER},
};
static const char *const es_open[] = {
    "además", "al", "antes", "así", "aunque", "ayer", "como", "con", "cuando", "de", "del",
    "desde", "después", "durante", "el", "ella", "ellas", "ellos", "en", "entonces", "es",
    "esa", "ese", "eso", "esta", "estas", "este", "esto", "estos", "fue", "hay", "hoy", "la",
    "las", "le", "lo", "los", "luego", "mi", "no", "nosotros", "o", "para", "pero", "por",
    "se", "según", "si", "sin", "sobre", "son", "su", "sus", "sí", "también", "tras", "tú",
    "un", "una", "unas", "unos", "y", "ya", "yo", "él",
};

static const char *const en_speech[] = {
    "added", "answered", "ask", "asked", "asks", "begged", "called", "continued", "cried",
    "explained", "howled", "insisted", "laughed", "muttered", "replied", "said", "say", "says",
    "screamed", "shouted", "sighed", "told", "whispered", "wrote", "yelled",
};
static const char *const de_speech[] = {
    "fragte", "rief", "sagt", "sagte"};
static const char *const fr_speech[] = {
    "demanda", "dit", "répondit"};
static const char *const es_speech[] = {
    "dijo", "preguntó", "respondió"};

#define N_(a) (sizeof(a) / sizeof((a)[0]))
static const seg_lang langs[] = {
    {"en", en_abbr, N_(en_abbr), en_open, N_(en_open), en_speech, N_(en_speech), 0},
    {"de", de_abbr, N_(de_abbr), de_open, N_(de_open), de_speech, N_(de_speech), 1},
    {"fr", fr_abbr, N_(fr_abbr), fr_open, N_(fr_open), fr_speech, N_(fr_speech), 0},
    {"es", es_abbr, N_(es_abbr), es_open, N_(es_open), es_speech, N_(es_speech), 0},
};

/* Bytewise comparison of the word w[0..n) with the NUL-terminated s. */
static int word_cmp(const char *w, size_t n, const char *s)
{
    size_t m = strlen(s);
    int c = memcmp(w, s, n < m ? n : m);
    if (c)
        return c;
    return n < m ? -1 : n > m;
}

seg_abbr_kind seg_lang_abbr(const seg_lang *lg, const char *w, size_t n)
{
    size_t lo = 0, hi = lg->n_abbr;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = word_cmp(w, n, lg->abbr[mid].word);
        if (c == 0)
            return (seg_abbr_kind)lg->abbr[mid].kind;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return SEG_ABBR_NONE;
}

/* Binary search of the word w[0..n) in a sorted list. */
static int in_list(const char *const *list, size_t n_list, const char *w, size_t n)
{
    size_t lo = 0, hi = n_list;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = word_cmp(w, n, list[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int seg_lang_opener(const seg_lang *lg, const char *w, size_t n)
{
    return in_list(lg->openers, lg->n_openers, w, n);
}

int seg_lang_speech(const seg_lang *lg, const char *w, size_t n)
{
    return in_list(lg->speech, lg->n_speech, w, n);
}

const seg_lang *seg_lang_get(const char *code)
{
    for (size_t i = 0; code && i < N_(langs); i++)
        if (strcmp(code, langs[i].code) == 0)
            return &langs[i];
    return &langs[0];
}

size_t seg_lang_count(void) { return N_(langs); }

const seg_lang *seg_lang_at(size_t i) { return i < N_(langs) ? &langs[i] : NULL; }

/* ISO 639-1 codes and libstemmer's names of its languages. */
static const struct {
    const char *iso, *name;
} lang_names[] = {
    {"ar", "arabic"}, {"da", "danish"}, {"de", "german"}, {"el", "greek"}, {"en", "english"},
    {"es", "spanish"}, {"fi", "finnish"}, {"fr", "french"}, {"hu", "hungarian"},
    {"id", "indonesian"}, {"it", "italian"}, {"nl", "dutch"}, {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"}, {"sv", "swedish"},
    {"tr", "turkish"}, {"ta", "tamil"}, {"ga", "irish"}, {"lt", "lithuanian"}, {"ne", "nepali"},
    {"hy", "armenian"}, {"eu", "basque"}, {"ca", "catalan"}, {"sr", "serbian"}, {"yi", "yiddish"},
};

/* Every ISO 639-1 code, sorted: a code that names no language ("--lang
 * xx") is refused, while a language the splitter has no table for still
 * reads as English. */
static const char iso639_1[] =
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
    "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii "
    "ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi "
    "mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw "
    "sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk "
    "ur uz ve vi vo wa wo xh yi yo za zh zu";

static int iso639_1_known(const char code[2])
{
    for (const char *p = iso639_1; *p; p += p[2] ? 3 : 2)
        if (p[0] == code[0] && p[1] == code[1])
            return 1;
    return 0;
}

int seg_lang_code(const char *lang, char out[3])
{
    if (!lang || !*lang)
        lang = "en";
    if (strlen(lang) == 2 && isalpha((unsigned char)lang[0]) && isalpha((unsigned char)lang[1])) {
        out[0] = (char)tolower((unsigned char)lang[0]);
        out[1] = (char)tolower((unsigned char)lang[1]);
        out[2] = '\0';
        return iso639_1_known(out) ? 0 : -1;
    }
    for (size_t i = 0; i < N_(lang_names); i++)
        if (strcasecmp(lang, lang_names[i].name) == 0) {
            memcpy(out, lang_names[i].iso, 3);
            return 0;
        }
    return -1;
}

const char *seg_lang_stemmer_name(const char *code)
{
    for (size_t i = 0; i < N_(lang_names); i++)
        if (strcmp(code, lang_names[i].iso) == 0)
            return lang_names[i].name;
    return code;
}
