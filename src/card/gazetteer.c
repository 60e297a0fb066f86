/* Names a reader knows without context: places, the words for peoples,
 * organisations, bodies known by their abbreviation and given names (see
 * lex.h). Lower case, as lex_in compares. */
#include "card/lex.h"

#include <stddef.h>

/* Countries, the US states, continents and regions, and cities that news
 * names alone ("in Moscow", "Beijing said"). Cities that are also common
 * given names or surnames ("Lincoln", "Houston", "Austin", "Orlando",
 * "Charlotte") are left out: alone, they name a person as often. */
const char *const lex_places[] = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
    "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic",
    "denmark", "djibouti", "dominica", "dominican republic", "east timor", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon",
    "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
    "israel", "italy",
    "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand",
    "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan",
    "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal",
    "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia",
    "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
    "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
    "trinidad", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "britain", "great britain", "england", "scotland",
    "wales", "united states", "u.s.", "us", "usa", "america", "uruguay", "uzbekistan", "vanuatu",
    "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "soviet union", "west germany",
    "east germany", "yugoslavia", "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
    "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
    "d.c.", "washington d.c.", "europe", "asia", "africa", "antarctica", "north america", "south america",
    "latin america", "central america", "middle east", "caribbean", "scandinavia", "balkans",
    "western europe", "eastern europe", "american samoa",
    /* regions */
    "siberia", "kashmir", "crimea", "chechnya", "tibet", "xinjiang", "kurdistan", "darfur", "sinai",
    "gaza", "gaza strip", "west bank", "golan heights", "midwest", "new england", "persian gulf",
    "atlantic", "pacific", "mediterranean", "hong kong", "macau", "silicon valley", "capitol hill",
    /* capitals and large cities outside the US */
    "kabul", "kandahar", "tirana", "algiers", "luanda", "buenos aires", "yerevan", "canberra", "vienna",
    "baku", "dhaka", "minsk", "brussels", "sarajevo", "brasilia", "sao paulo", "rio de janeiro",
    "phnom penh", "ottawa", "toronto", "montreal", "vancouver", "beijing", "shanghai", "guangzhou",
    "shenzhen", "wuhan", "bogota", "medellin", "havana", "nicosia", "prague", "copenhagen", "quito",
    "cairo", "tallinn", "addis ababa", "helsinki", "paris", "marseille", "lyon", "tbilisi",
    "berlin", "bonn", "munich", "frankfurt", "hamburg", "cologne", "accra", "athens", "budapest",
    "reykjavik", "new delhi", "delhi", "mumbai", "bombay", "calcutta", "kolkata", "jakarta", "tehran",
    "baghdad", "basra", "mosul", "dublin", "belfast", "jerusalem", "tel aviv", "ramallah", "rome",
    "naples", "venice", "tokyo", "osaka", "kyoto", "hiroshima", "nagasaki", "amman", "nairobi",
    "pyongyang", "seoul", "bishkek", "riga", "beirut", "monrovia", "tripoli", "benghazi", "vilnius",
    "kuala lumpur", "bamako", "mexico city", "chisinau", "ulaanbaatar", "rabat", "casablanca", "maputo",
    "yangon", "rangoon", "kathmandu", "amsterdam", "managua", "abuja", "lagos", "oslo", "islamabad",
    "karachi", "lahore", "asuncion", "lima", "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow",
    "leningrad", "kigali", "riyadh", "jeddah", "mecca", "dakar", "belgrade", "bratislava",
    "ljubljana", "mogadishu", "pretoria", "johannesburg", "cape town", "khartoum", "madrid",
    "barcelona", "colombo", "stockholm", "geneva", "zurich", "damascus", "aleppo", "taipei",
    "dushanbe", "bangkok", "tunis", "ankara", "istanbul", "kampala", "kiev", "kyiv", "abu dhabi",
    "dubai", "london", "manchester", "liverpool", "glasgow", "edinburgh", "montevideo", "tashkent",
    "caracas", "hanoi", "saigon", "ho chi minh city", "sanaa", "lusaka", "harare", "sydney",
    "melbourne", "auckland", "tianjin", "chongqing", "nanjing",
    /* cities of the US */
    "new york city", "los angeles", "chicago", "philadelphia", "san antonio", "san diego",
    "san francisco", "san jose", "seattle", "denver", "boston", "detroit", "nashville", "memphis",
    "las vegas", "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento", "atlanta",
    "miami", "oakland", "minneapolis", "tulsa", "new orleans", "tampa", "pittsburgh", "cincinnati",
    "st. louis", "honolulu", "anchorage", "louisville", "oklahoma city", "salt lake city", "el paso",
    "fort worth", "long beach", "kansas city", "omaha", "newark", "brooklyn", "manhattan", "queens",
    "bronx", "hollywood", "beverly hills", "dallas", "baton rouge", "pensacola", "galveston",
    "jacksonville", "tallahassee", "boise", "spokane", "des moines", "little rock", "hartford",
    "albany", "annapolis", "harrisburg", "indianapolis", "knoxville", "charlottesville",
    "santa fe", "pasadena", "palm beach", "west palm beach", "scottsdale", "anaheim", "san juan",
    NULL};

/* AP's abbreviations of the US states ("Boston, Mass."), not those that
 * are words ("Miss", "Pa", "La"). */
const char *const lex_state_abbrevs[] = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "md", "mass", "mich",
    "minn", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "r.i", "s.c",
    "s.d", "tenn", "tex", "vt", "w.va", "wash", "wis", "wyo", NULL};

/* Words for peoples, faiths and parties' members, which are no place and
 * no person alone ("Russian officials", "Democrats"). */
const char *const lex_peoples[] = {
    "american", "americans", "british", "briton", "britons", "english", "french", "german", "germans",
    "russian", "russians", "soviet", "soviets", "chinese", "japanese", "korean", "koreans", "indian",
    "indians", "pakistani", "pakistanis", "iranian", "iranians", "iraqi", "iraqis", "israeli",
    "israelis", "palestinian", "palestinians", "arab", "arabs", "saudi", "saudis", "syrian", "syrians",
    "turkish", "turk", "turks", "kurdish", "kurd", "kurds", "egyptian", "egyptians", "afghan", "afghans",
    "mexican", "mexicans", "canadian", "canadians", "cuban", "cubans", "brazilian", "brazilians",
    "italian", "italians", "spanish", "dutch", "swiss", "swedish", "norwegian", "danish", "polish",
    "ukrainian", "ukrainians", "european", "europeans", "african", "africans", "asian", "asians",
    "latino", "latinos", "latina", "latinas", "hispanic", "hispanics", "muslim", "muslims", "moslem",
    "moslems", "christians", "jewish", "jews", "catholic", "catholics", "protestant",
    "protestants", "hindu", "hindus", "sikh", "sikhs", "buddhist", "buddhists", "shiite", "shiites",
    "shia", "sunni", "sunnis", "democrat", "democrats", "democratic", "republican", "republicans",
    "vietnamese", "filipino", "filipinos", "nigerian", "kenyan", "somali", "somalis", "ethiopian",
    "sudanese", "libyan", "lebanese", "jordanian", "kuwaiti", "yemeni", "qatari", "greek", "greeks",
    "serbian", "serb", "serbs", "croatian", "croat", "croats", "bosnian", "slovene", "slovenes",
    "slovenian", "albanian", "romanian", "hungarian", "czech", "slovak", "bulgarian", "armenian",
    "armenians", "azerbaijani", "chechen", "chechens", "belarusian", "lithuanian", "latvian",
    "estonian", "finnish", "irish", "scottish", "scots", "welsh", "australian", "australians",
    "argentine", "chilean", "colombian", "peruvian", "venezuelan", "venezuelans", "nicaraguan",
    "salvadoran", "guatemalan", "honduran", "haitian", "haitians", "jamaican", "thai", "burmese",
    "cambodian", "indonesian", "malaysian", "taiwanese", "tibetan", "uighur", "uighurs", "uyghur",
    "uyghurs", "mongolian", "nepalese", "nepali", "bangladeshi", "tamil", "tamils", "zimbabwean",
    "western", "westerners", "african-american", "african-americans", "asian-american",
    "asian-americans", "nazi", "nazis", "east german", "east germans", "west german", "west germans", NULL};

/* Organisations news names alone, without a word that marks them
 * ("Twitter said", "Walmart stores"). Names that are as often a person's
 * or a word ("Ford", "Disney", "Bloomberg", "Target", "Shell") are left
 * out. */
const char *const lex_orgs[] = {
    "twitter", "facebook", "instagram", "youtube", "google", "alphabet", "amazon", "apple", "microsoft",
    "walmart", "wal-mart", "uber", "lyft", "tiktok", "bytedance", "reddit", "netflix", "tesla", "spacex",
    "boeing", "airbus", "lockheed", "raytheon", "pfizer", "moderna", "biontech", "astrazeneca", "novavax",
    "exxon", "exxonmobil", "chevron", "texaco", "mobil", "amoco", "arco", "toyota", "honda", "nissan",
    "volkswagen", "chrysler", "ibm", "intel", "nvidia", "samsung", "huawei", "alibaba", "baidu",
    "tencent", "oracle", "paypal", "starbucks", "mcdonald's", "costco", "kroger", "fedex", "gofundme",
    "politico", "axios", "breitbart", "newsweek", "buzzfeed", "marketwatch", "infowars", "msnbc",
    "cnbc", "pravda", "izvestia", "tass", "xinhua", "interfax", "taliban", "hamas", "hezbollah",
    "al-qaeda", "al-qaida", "al-shabab", "boko haram", "interpol", "opec", "nato", "pentagon", "kremlin",
    NULL};

/* Bodies news abbreviates so often that an article writing only the
 * abbreviation ("AP", "U.N.") means the one another article spells out;
 * each is its initials' usual meaning, which no other body of the news
 * shares. */
const char *const lex_abbreviated[] = {
    "associated press", "united nations", "european union", "federal bureau of investigation",
    "central intelligence agency", "national security agency", "world health organization",
    "international monetary fund", "north atlantic treaty organization", "world trade organization",
    "international atomic energy agency", "organization of petroleum exporting countries",
    "national aeronautics and space administration", "federal aviation administration",
    "national transportation safety board", "securities and exchange commission",
    "environmental protection agency", "food and drug administration", "department of homeland security",
    "national security council", "democratic national committee", "republican national committee",
    "palestine liberation organization", "african national congress", "irish republican army",
    "british broadcasting corporation", "cable news network", NULL};

/* Names the news uses for one body or country that share no spelling,
 * initials or consonant outline, in groups that end at "": each name of
 * a group means the others wherever a story writes two of them. */
const char *const lex_aliases[] = {
    "islamic state", "isis", "isil", "is", "daesh", "islamic state of iraq and syria",
    "islamic state of iraq and the levant", "",
    "al-qaida", "al-qaeda", "aq", "",
    "al-qaida in the arabian peninsula", "al-qaeda in the arabian peninsula", "aqap", "",
    "jabhat al-nusra", "nusra front", "al-nusra", "",
    "united kingdom", "britain", "great britain", "uk", "",
    "united states", "united states of america", "us", "usa", "",
    "soviet union", "ussr", "",
    "north korea", "dprk", "",
    "myanmar", "burma", "",
    NULL};

/* Given names common in the news: of men and of women, which the speaker
 * search also reads for the gender of a pronoun, and in lex_given_names
 * those given to men and to women alike ("Chris", "Jean", "Kim") or that
 * name storms, prizes, places or things in the news too ("Gilbert",
 * "Oscar", "Beverly Hills", "Gene therapy"): a gender would make the one
 * word a person for "he" or "she". All three make the run they open a
 * person's full name ("Nancy Pelosi") and its last word a surname.
 * Names that are also common words, titles or places ("Will", "Grace",
 * "Dean", "King", "Jordan", "Georgia", "Christian") are left out, but not
 * names as common as "Mark", "Bill" and "Frank": entities.c keeps those
 * from standing alone for a person after "the" ("the Mark fell"). */
const char *const lex_male_names[] = {
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "george", "paul", "mark", "peter", "steven", "steve", "daniel", "dan", "danny", "jim", "tom", "bob",
    "bill", "mike", "joe", "frank", "edward", "henry", "jack", "harry", "fred", "ronald", "donald",
    "kenneth", "gary", "larry", "jerry", "jeff", "brian", "kevin", "scott", "eric", "andrew", "andy", "tim",
    "anthony", "tony", "ray", "roger", "walter", "arthur", "carl", "albert", "ben", "sam", "jose", "juan",
    "carlos", "mikhail", "boris", "helmut", "hans", "ahmed", "vincent", "norman", "gerald", "jimmy", "ted",
    "eduard", "sean", "dennis", "douglas", "doug", "howard", "ralph", "bruce", "hugh", "aaron", "abdul",
    "abdullah", "abraham", "adam", "adrian", "ahmad", "alan", "alberto", "alejandro", "alexander", "alexei",
    "alfred", "alfredo", "ali", "allen", "alvaro", "anatoly", "andreas", "andrei", "angelo", "antonio",
    "arnold", "ashraf", "barack", "barry", "benigno", "benjamin", "bernard", "bernie", "billy", "bobby",
    "brad", "bradley", "brandon", "brent", "brett", "bryan", "charlie", "christopher", "chuck", "clarence",
    "claude", "colin", "craig", "darren", "dave", "derek", "dick", "dimitri", "dmitry", "dmitri", "don",
    "eddie", "edgar", "eduardo", "emmanuel", "enrique", "erik", "ernest", "ernesto", "felipe", "fernando",
    "fidel", "francesco", "francisco", "francois", "françois", "frederick", "gabriel", "geoffrey",
    "gerhard", "giuseppe", "glenn", "gordon", "greg", "gregory", "guillermo", "gustavo", "harold",
    "hassan", "heinz", "herbert", "hosni", "hussein", "ian", "ibrahim", "igor", "isaac", "ivan", "jacob",
    "jason", "javier", "jeffrey", "jeremy", "jerome", "jesse", "joel", "johann", "johnny", "jon", "jonathan",
    "jorge", "josé", "josh", "joshua", "julian", "julio", "justin", "karl", "keith", "ken", "khalid",
    "klaus", "kurt", "lawrence", "leonard", "leonid", "lester", "louis", "luis", "luke", "mahmoud", "manuel",
    "marc", "marco", "mario", "martin", "marvin", "matthew", "maurice", "michel", "miguel", "mitch",
    "mitchell", "mohamed", "mohammad", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick",
    "nicolas", "nikolai", "omar", "pablo", "patrick", "pedro", "phil", "philip", "phillip",
    "pierre", "rafael", "ramon", "randy", "raul", "raymond", "rick", "roberto", "ronnie", "roy",
    "russell", "ryan", "saddam", "salman", "samuel", "sergei", "sergey", "silvio", "stanley", "stefan",
    "stephen", "timothy", "todd", "tommy", "tucker", "vernon", "victor", "vladimir", "wayne", "willie",
    "wolfgang", "yasser", "yitzhak", "yuri", "yusuf", "zachary", NULL};
const char *const lex_female_names[] = {
    "mary", "patricia", "linda", "barbara", "elizabeth", "jennifer", "maria", "susan", "margaret", "dorothy",
    "lisa", "nancy", "karen", "betty", "helen", "sandra", "donna", "carol", "ruth", "sharon", "michelle",
    "laura", "sarah", "kimberly", "deborah", "debra", "jessica", "shirley", "cynthia", "angela", "melissa",
    "brenda", "amy", "anna", "rebecca", "kathleen", "kathy", "pamela", "martha", "debbie", "amanda",
    "stephanie", "carolyn", "christine", "marie", "janet", "catherine", "frances", "ann", "anne", "joyce",
    "diane", "alice", "julie", "heather", "teresa", "doris", "gloria", "evelyn", "cheryl", "katherine",
    "joan", "judith", "janice", "nicole", "judy", "irene", "jane", "lucille", "lucy", "yoko", "winnie",
    "imelda", "corazon", "ellen", "emily", "marilyn", "peggy", "paula", "sally", "hillary", "diana",
    "marina", "natalia", "olga", "raisa", "benazir", "abigail", "aisha", "alexandra", "alicia", "ana",
    "anita", "annie", "beth", "carla", "caroline", "christina", "cindy", "claire", "claudia",
    "connie", "elaine", "elena", "emma", "erica", "eva", "fatima", "ingrid", "jacqueline", "joanne", "julia",
    "kate", "kathryn", "lauren", "lois", "lori", "louise", "megan", "megyn", "natalie", "nora", "rachel",
    "rita", "samantha", "sara", "suzanne", "tammy", "theresa", "tina", "valerie", "veronica", "vicki",
    "wendy", "nina", NULL};
const char *const lex_given_names[] = {
    "alex", "andrea", "ashley", "chris", "jamie", "jean", "kelly", "kim", "leslie", "lynn", "marion", "ricky",
    "robin", "terry", "tracy", "gilbert", "oscar", "beverly", "gene", NULL};
