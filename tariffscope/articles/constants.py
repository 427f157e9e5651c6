"""Word lists and small tables used by the article extractor.

Every list the rules consult lives here, so that adding a pattern is a one-line change
plus a unit test.  Nothing in this module does work; it only holds data.
"""
from __future__ import annotations

import json
from pathlib import Path

# --------------------------------------------------------------------------- reading
MAX_BYTES = 8 * 1024 * 1024          # larger inputs are rejected (ArticleError), real copy is < 1 MB
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)

# --------------------------------------------------------------------------- sentences
# Tokens (without the final dot, compared case-sensitively) after which a "." does not end a sentence.
ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm Hon Rev St Ste Mt Ft
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Inc Corp Co Ltd Bros No Nos vs etc approx est dept Dept Univ Ave Blvd Rd Jr Sr Sr
    U.S U.K U.N E.U U.S.A D.C a.m p.m e.g i.e Fig fig Vol vol pp""".split()
)
# Abbreviations that also end sentences often ("... on the U.S. The move ...").
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C", "etc", "a.m", "p.m"})
SENTENCE_STARTERS = frozenset(
    """The A An It He She They We I In On At But And This That These Those Its Their His Her
    Our After Before While When Since As If For Meanwhile However Still Yet So Last Earlier
    Later Now Trade Tariffs Canada Mexico China""".split()
)

# --------------------------------------------------------------------------- countries
# Demonyms and adjectives (capitalised, case-sensitive match) -> ISO3.
DEMONYMS = {
    "American": "USA", "Americans": "USA", "Canadian": "CAN", "Canadians": "CAN",
    "Mexican": "MEX", "Mexicans": "MEX", "Chinese": "CHN", "Japanese": "JPN",
    "South Korean": "KOR", "South Koreans": "KOR", "Korean": "KOR", "North Korean": "PRK",
    "Indian": "IND", "Indians": "IND", "British": "GBR", "Briton": "GBR", "Britons": "GBR",
    "German": "DEU", "Germans": "DEU", "French": "FRA", "Italian": "ITA", "Italians": "ITA",
    "Spanish": "ESP", "Brazilian": "BRA", "Brazilians": "BRA", "Argentine": "ARG", "Argentinian": "ARG",
    "Chilean": "CHL", "Colombian": "COL", "Peruvian": "PER", "Venezuelan": "VEN",
    "Australian": "AUS", "Australians": "AUS", "New Zealand": "NZL", "Vietnamese": "VNM",
    "Thai": "THA", "Malaysian": "MYS", "Indonesian": "IDN", "Filipino": "PHL", "Philippine": "PHL",
    "Taiwanese": "TWN", "Singaporean": "SGP", "Russian": "RUS", "Russians": "RUS",
    "Ukrainian": "UKR", "Swiss": "CHE", "Dutch": "NLD", "Belgian": "BEL", "Swedish": "SWE",
    "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Irish": "IRL", "Polish": "POL",
    "Austrian": "AUT", "Portuguese": "PRT", "Greek": "GRC", "Turkish": "TUR",
    "Israeli": "ISR", "Saudi": "SAU", "Emirati": "ARE", "Egyptian": "EGY", "South African": "ZAF",
    "Nigerian": "NGA", "Kenyan": "KEN", "Pakistani": "PAK", "Bangladeshi": "BGD", "Cambodian": "KHM",
    "Iranian": "IRN", "Iraqi": "IRQ", "Cuban": "CUB", "Guatemalan": "GTM", "Honduran": "HND",
    "Salvadoran": "SLV", "Nicaraguan": "NIC", "Costa Rican": "CRI", "Panamanian": "PAN",
    "Dominican": "DOM", "Haitian": "HTI", "Jamaican": "JAM", "Ecuadorian": "ECU", "Bolivian": "BOL",
    "Uruguayan": "URY", "Paraguayan": "PRY", "Sri Lankan": "LKA", "Laotian": "LAO", "Burmese": "MMR",
    "European": "EUU",
    # round 36 (xtargetnull36): the adjectives of the smaller partners the reciprocal-tariff stories name ("a 15% duty
    # on Jordanian goods", "a 40% customs duty on Mauritian exports"): without them the goods' owner went unread and
    # the rate came out with no target
    "Moroccan": "MAR", "Algerian": "DZA", "Tunisian": "TUN", "Libyan": "LBY", "Syrian": "SYR", "Jordanian": "JOR",
    "Lebanese": "LBN", "Qatari": "QAT", "Kuwaiti": "KWT", "Omani": "OMN", "Bahraini": "BHR", "Yemeni": "YEM",
    "Ethiopian": "ETH", "Ghanaian": "GHA", "Ivorian": "CIV", "Senegalese": "SEN", "Cameroonian": "CMR",
    "Ugandan": "UGA", "Rwandan": "RWA", "Tanzanian": "TZA", "Sudanese": "SDN", "Zimbabwean": "ZWE",
    "Zambian": "ZMB", "Malawian": "MWI", "Mozambican": "MOZ", "Angolan": "AGO", "Namibian": "NAM",
    "Botswanan": "BWA", "Motswana": "BWA", "Basotho": "LSO", "Malagasy": "MDG", "Mauritian": "MUS",
    "Kazakh": "KAZ", "Kazakhstani": "KAZ", "Uzbek": "UZB", "Mongolian": "MNG", "Nepalese": "NPL", "Afghan": "AFG",
    "Armenian": "ARM", "Azerbaijani": "AZE", "Belarusian": "BLR", "Moldovan": "MDA", "Serbian": "SRB",
    "Bosnian": "BIH", "Icelandic": "ISL", "Fijian": "FJI", "Guyanese": "GUY", "Bruneian": "BRN",
    "Czech": "CZE", "Slovak": "SVK", "Hungarian": "HUN", "Romanian": "ROU", "Bulgarian": "BGR", "Croatian": "HRV",
    "Slovenian": "SVN", "Estonian": "EST", "Latvian": "LVA", "Lithuanian": "LTU", "Maltese": "MLT", "Cypriot": "CYP",
}
# Capitals (and seats of government) standing for their governments.
CAPITALS = {
    "Ottawa": "CAN", "Washington": "USA", "Mexico City": "MEX", "Beijing": "CHN", "Tokyo": "JPN",
    "Seoul": "KOR", "New Delhi": "IND", "London": "GBR", "Paris": "FRA", "Berlin": "DEU",
    "Rome": "ITA", "Madrid": "ESP", "Brasilia": "BRA", "Brasília": "BRA", "Canberra": "AUS",
    "Hanoi": "VNM", "Taipei": "TWN", "Moscow": "RUS", "Kyiv": "UKR", "Bern": "CHE", "Ankara": "TUR",
    "Pretoria": "ZAF", "Jakarta": "IDN", "Bangkok": "THA", "Kuala Lumpur": "MYS", "Manila": "PHL",
    "Wellington": "NZL", "Buenos Aires": "ARG", "Bogotá": "COL", "Bogota": "COL", "Riyadh": "SAU",
    "Islamabad": "PAK", "Dhaka": "BGD", "Phnom Penh": "KHM", "Tehran": "IRN", "Havana": "CUB",
    "Dublin": "IRL", "Stockholm": "SWE", "Oslo": "NOR", "Copenhagen": "DNK", "Warsaw": "POL",
    "White House": "USA", "Parliament Hill": "CAN", "Capitol Hill": "USA", "Brussels": "EUU",
}
# National trade-remedy and tariff authorities: like a capital, each stands for its government ("CBSA imposes
# provisional duties on goods from China", "Itac imposes provisional duties", "DGTR recommends a 12 pc safeguard
# duty"); a trade-remedy story often names its imposer only so.  (Ambiguous ones -- "Trade Remedies Authority",
# "Tariff Commission", "Commerce Department" -- are left out.)
TRADE_AUTHORITIES = {
    "CBSA": "CAN", "Canada Border Services Agency": "CAN", "CITT": "CAN", "Canadian International Trade Tribunal": "CAN",
    "ITAC": "ZAF", "Itac": "ZAF", "International Trade Administration Commission": "ZAF",
    "DGTR": "IND", "Directorate General of Trade Remedies": "IND",
    "MOFCOM": "CHN", "Mofcom": "CHN", "Customs Tariff Commission": "CHN", "State Council Tariff Commission": "CHN",
    "Korea Trade Commission": "KOR", "KTC": "KOR",
    "USTR": "USA", "Customs and Border Protection": "USA", "CBP": "USA",
}
# A story that never names the U.S. (nor Trump) is another country's measure only when it is a whole story, not an
# excerpt of a few sentences (context.Context.build)
HOME_STORY_MIN_SENTENCES = 8
# Extra names pycountry does not spell the way newsrooms do.
COUNTRY_ALIASES = {
    "U.S.": "USA", "U.S.A.": "USA", "US": "USA", "USA": "USA", "United States": "USA",
    "United States of America": "USA", "America": "USA",
    "Britain": "GBR", "Great Britain": "GBR", "U.K.": "GBR", "UK": "GBR", "England": "GBR",
    "South Korea": "KOR", "Korea": "KOR", "North Korea": "PRK", "Russia": "RUS", "Vietnam": "VNM", "Viet Nam": "VNM", "Việt Nam": "VNM", "ROK": "KOR",
    "Taiwan": "TWN", "Iran": "IRN", "Syria": "SYR", "Laos": "LAO", "Bolivia": "BOL", "Venezuela": "VEN",
    "Tanzania": "TZA", "Moldova": "MDA", "Czech Republic": "CZE", "Czechia": "CZE", "Holland": "NLD", "Netherlands": "NLD", "Turkey": "TUR", "Türkiye": "TUR",
    "Ivory Coast": "CIV", "Brunei": "BRN", "Myanmar": "MMR", "Burma": "MMR", "Macau": "MAC",
    "Hong Kong": "HKG", "Palestine": "PSE", "Micronesia": "FSM", "Cape Verde": "CPV",
    "UAE": "ARE", "U.A.E.": "ARE",
    # the two Congos: pycountry's "Republic of the Congo" would otherwise match inside the Democratic Republic's name
    "Democratic Republic of the Congo": "COD", "Democratic Republic of Congo": "COD", "DR Congo": "COD", "DRC": "COD",
    "Congo-Kinshasa": "COD", "Congo-Brazzaville": "COG",
    # the European Union as one party: EUU (tariffscope.reference.EUROPEAN_UNION, in the country dimension)
    "European Union": "EUU", "EU": "EUU", "E.U.": "EUU", "European Commission": "EUU",
}
# Names that are too often something else (a person, a U.S. state) to count as countries.
AMBIGUOUS_COUNTRY_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Guinea", "Niger", "Dominica", "Mali"})
# A country word preceded by one of these is not that country ("North America", "New Mexico").
COUNTRY_BLOCK_BEFORE = frozenset({"North", "South", "Latin", "Central", "New", "Gulf of", "Bank of America"})
COUNTRY_BLOCK_AFTER = ("Post", "Times", "Journal", "state", "State", "Capitals", "Nationals", "Day")
# Blocs that are no party of their own (the EU is: EUU): a rate "on ASEAN" is not reported.
NON_ISO_TARGETS = r"Eurozone|ASEAN"
# Canadian provinces (people's country only; not reported as countries).
REGIONS = {
    "Ontario": "CAN", "Quebec": "CAN", "Québec": "CAN", "Alberta": "CAN", "British Columbia": "CAN",
    "B.C.": "CAN", "Manitoba": "CAN", "Saskatchewan": "CAN", "Nova Scotia": "CAN",
    "New Brunswick": "CAN", "Newfoundland": "CAN", "Prince Edward Island": "CAN", "P.E.I.": "CAN",
    # U.S. states that trade stories name as markets (roles only)
    "Michigan": "USA", "New York": "USA", "Minnesota": "USA", "California": "USA", "Texas": "USA",
    "Ohio": "USA", "Illinois": "USA", "Pennsylvania": "USA", "Wisconsin": "USA", "Vermont": "USA",
    "Maine": "USA", "Florida": "USA", "Arizona": "USA", "Kentucky": "USA", "Tennessee": "USA",
    # Mexican states
    "Nuevo León": "MEX", "Nuevo Leon": "MEX", "Chihuahua": "MEX", "Coahuila": "MEX", "Jalisco": "MEX",
    "Sonora": "MEX", "Baja California": "MEX", "Guanajuato": "MEX", "Tamaulipas": "MEX",
}

# --------------------------------------------------------------------------- people
ROLE_TITLES = (
    "Deputy Prime Minister", "Prime Minister", "Vice President", "Vice-President", "President",
    "Premier", "Finance Minister", "Trade Minister", "Foreign Minister", "Foreign Affairs Minister",
    "Industry Minister", "Economy Minister", "Economy Secretary", "Economic Development Minister",
    "Agriculture Minister", "Agriculture Secretary", "Energy Minister", "Energy Secretary",
    "Commerce Secretary", "Commerce Minister", "Treasury Secretary", "Secretary of State",
    "Secretary of Commerce", "Secretary of the Treasury", "Trade Representative",
    "Press Secretary", "press secretary", "Ambassador", "Chancellor", "Governor", "Senator", "Sen.",
    "Rep.", "Representative", "Mayor", "Minister", "Secretary", "Chief Executive", "CEO",
    "Chairman", "Chairwoman", "Chair", "Opposition Leader", "Leader", "Chief Economist",
    "Economist", "Spokesperson", "Spokesman", "Spokeswoman", "King", "Queen", "Emperor",
    "Chief Justice", "Justice", "Judge", "Solicitor General", "Attorney General",
    "Chief Trade Negotiator", "Trade Negotiator", "Chief Negotiator",
    "Taoiseach", "Tánaiste",          # Ireland's prime minister and deputy (Irish outlets use no English title)
    "MP", "MEP",                      # members of parliament written before the name ("to MP Wesley Douglas")
)
# Lower-case role words in appositives: "Mark Carney, Canada's prime minister".
ROLE_WORDS_LOWER = (
    "deputy prime minister", "prime minister", "vice president", "president", "premier",
    "finance minister", "trade minister", "foreign minister", "industry minister", "economy minister",
    "economy secretary", "commerce secretary", "treasury secretary", "secretary of state",
    "trade representative", "press secretary", "ambassador", "chancellor", "governor", "senator",
    "mayor", "minister", "secretary", "chief executive", "ceo", "chair", "chairman", "chairwoman",
    "leader", "chief economist", "economist", "spokesperson", "spokesman", "spokeswoman", "analyst",
    "chief trade negotiator", "trade negotiator", "chief negotiator", "negotiator",
)
# Well-known 2025 figures: used only to fill in what the text leaves out (country, gender,
# role when the article never states it).  Not a substitute for what the text says.
KNOWN_PEOPLE = {
    "Donald Trump": ("President", "USA", "m"), "Joe Biden": ("President", "USA", "m"),
    "JD Vance": ("Vice President", "USA", "m"), "Howard Lutnick": ("Commerce Secretary", "USA", "m"),
    "Scott Bessent": ("Treasury Secretary", "USA", "m"), "Jamieson Greer": ("Trade Representative", "USA", "m"),
    "Marco Rubio": ("Secretary of State", "USA", "m"), "Karoline Leavitt": ("Press Secretary", "USA", "f"),
    "Peter Navarro": ("Trade Adviser", "USA", "m"), "Pete Hoekstra": ("Ambassador", "USA", "m"),
    "Ronald Johnson": ("Ambassador", "USA", "m"),
    "Mark Carney": ("Prime Minister", "CAN", "m"), "Justin Trudeau": ("Prime Minister", "CAN", "m"),
    "Dominic LeBlanc": ("Minister", "CAN", "m"), "Mélanie Joly": ("Minister", "CAN", "f"),
    "Melanie Joly": ("Minister", "CAN", "f"), "François-Philippe Champagne": ("Finance Minister", "CAN", "m"),
    "Chrystia Freeland": ("Minister", "CAN", "f"), "Anita Anand": ("Foreign Affairs Minister", "CAN", "f"),
    "Doug Ford": ("Premier", "CAN", "m"), "Danielle Smith": ("Premier", "CAN", "f"),
    "David Eby": ("Premier", "CAN", "m"), "François Legault": ("Premier", "CAN", "m"),
    "Pierre Poilievre": ("Leader", "CAN", "m"), "Kirsten Hillman": ("Ambassador", "CAN", "f"),
    "Claudia Sheinbaum": ("President", "MEX", "f"), "Marcelo Ebrard": ("Economy Secretary", "MEX", "m"),
    "Andrés Manuel López Obrador": ("President", "MEX", "m"), "Juan Ramón de la Fuente": ("Foreign Secretary", "MEX", "m"),
    "Xi Jinping": ("President", "CHN", "m"), "Li Qiang": ("Premier", "CHN", "m"), "He Lifeng": ("Vice Premier", "CHN", "m"),
    "Ryosei Akazawa": ("Minister", "JPN", "m"),
    "Ursula von der Leyen": ("President", "EUU", "f"), "Maroš Šefčovič": ("Trade Commissioner", "EUU", "m"),
    "Maros Sefcovic": ("Trade Commissioner", "EUU", "m"),
    "Keir Starmer": ("Prime Minister", "GBR", "m"), "Shigeru Ishiba": ("Prime Minister", "JPN", "m"),
    "Narendra Modi": ("Prime Minister", "IND", "m"), "Luiz Inácio Lula da Silva": ("President", "BRA", "m"),
    "Lee Jae-myung": ("President", "KOR", "m"), "Friedrich Merz": ("Chancellor", "DEU", "m"),
    "Emmanuel Macron": ("President", "FRA", "m"), "Giorgia Meloni": ("Prime Minister", "ITA", "f"),
    "Anthony Albanese": ("Prime Minister", "AUS", "m"), "Jerome Powell": ("Chair", "USA", "m"),
}
# Surnames of KNOWN_PEOPLE that stand for that person even without a first name in the article.
KNOWN_SURNAMES = {
    "Trump": "Donald Trump", "Carney": "Mark Carney", "Sheinbaum": "Claudia Sheinbaum", "Trudeau": "Justin Trudeau",
    "Lutnick": "Howard Lutnick", "Bessent": "Scott Bessent", "Greer": "Jamieson Greer", "Ebrard": "Marcelo Ebrard",
    "LeBlanc": "Dominic LeBlanc", "Poilievre": "Pierre Poilievre", "Navarro": "Peter Navarro", "Modi": "Narendra Modi",
    "Starmer": "Keir Starmer", "Ishiba": "Shigeru Ishiba", "Macron": "Emmanuel Macron", "Merz": "Friedrich Merz",
    "Meloni": "Giorgia Meloni", "Albanese": "Anthony Albanese", "Freeland": "Chrystia Freeland",
    "Leavitt": "Karoline Leavitt", "Hoekstra": "Pete Hoekstra", "Vance": "JD Vance", "Rubio": "Marco Rubio",
    "Xi": "Xi Jinping", "Lula": "Luiz Inácio Lula da Silva", "Sefcovic": "Maros Sefcovic", "Šefčovič": "Maroš Šefčovič",
}
FEMALE_FIRST_NAMES = frozenset(
    """Claudia Chrystia Mélanie Melanie Anita Danielle Karoline Kristi Ursula Giorgia Kirsten Mary
    Maria María Ana Anna Sarah Sara Susan Jennifer Jessica Elizabeth Emily Laura Linda Karen Lisa
    Nancy Margaret Michelle Kamala Hillary Catherine Katherine Kate Christine Christina Julie Julia
    Amy Rachel Rebecca Patricia Barbara Helen Diane Janet Gina Katherine Elise Tammy Brooke Pam
    Pamela Kelly Heather Andrea Monica Mónica Sofia Sofía Lucia Lucía Gabriela Rosa Carmen Isabel
    Beatriz Ariadna Raquel Paula Marta Alicia Teresa Sandra Jane Joanne Joanna Nicole Stephanie
    Caroline Carolina Jill Deborah Debra Lynn Rosemary Ruth Sonia Valérie Valerie Sylvie Isabelle
    Chantal Nathalie Josée Geneviève Marie Candice Catharine Lori Liz Beth Tina Yvonne Wendy
    Francesca Hélène Yasmin Priya Indira Sheila Shelly Fiona Emma Olivia Ava Mia Grace Claire""".split()
)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Capitalised function words that are also family names ("Vice Premier He Lifeng", "General Secretary To Lam",
# "Trade Minister An Duk-geun"): kept as a name's first word after a title or inside a sentence (people.py)
FAMILY_FUNCTION_WORDS = frozenset({"He", "To", "An"})
NAME_STOPWORDS = frozenset(
    """The A An And Of In On At For To By With From But Or As It He She They We I This That
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec
    Agreement Act House Senate Congress Parliament Party Bank Ministry Department Office Council
    Commission Union Association Chamber Institute Statistics Reuters Press News Post Times Agency
    Government Administration Court Committee Board Group Corp Inc Ltd Company Canada Mexico
    United States America China USMCA CUSMA NAFTA Liberation Day Tariff Tariffs Trade Border
    Federal Reserve North South East West Gulf Minister President Prime Secretary Premier""".split()
)

# --------------------------------------------------------------------------- tariffs
TARIFF_NOUNS = r"(?:counter[- ]?tariffs?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|surcharges?|import tax(?:es)?|countermeasures?|counter-?measures?|(?:cash\s+|duty\s+|anti-dumping\s+)?deposits?)"
RETALIATION_WORDS = r"(?:counter[- ]?tariffs?|retaliat\w*|countermeasures?|counter-?measures?|reprisal|in response|tit-for-tat|hit back|fought back|fire back|fired back|strike back|struck back)"
GLOBAL_TARGET_WORDS = r"(?:(?:made|built|produced|manufactured|assembled) (?:outside|abroad|overseas)|countries (?:with which|that|without|with no|it has no)|other (?:\w+ )?countries|any country|all [\w\s,-]{0,40}?imports|imported|foreign(?:-made|-built)?|\bimports\b(?! from)|all (?:countries|nations|trading partners|imports|foreign|U\.S\. trading partners|partners)|(?:most|many|dozens of|every|other) (?:countries|nations|trading partners)|globally|global|worldwide|the world|universal|baseline|across the board|across-the-board|every country|all of its trading partners|its trading partners|sector-specific|sectoral)"
# A secondary tariff names the country whose goods its payers buy, not a target: "any country that buys oil or gas from
# Venezuela", "every nation that keeps trading with Tehran", "countries continuing to do business with Russia" (the
# measure is global: LABELING.md's null target). Regex source; the named country follows within a few words.
SECONDARY_BUYERS = (r"\b(?:countr(?:y|ies)|nations?)\s+(?:that|which)?\s*"
                    r"(?:(?:keeps?|kept|continues?|continuing|continued)\s+(?:to\s+)?)?"
                    r"(?:buys?|buying|bought|purchas\w+|trad(?:es?|ing)\s+with|do(?:es|ing)?\s+business\s+with)\b")
SECONDARY_OBJECT_CHARS = 60     # the country whose goods they buy follows that verb this closely (roles._bought_from)
# Round 22c: the country named on the goods a buyer is punished for buying is no party of the secondary tariff either
# ("India's purchases of Russian oil", "if India resumes buying Russian crude", "India's Russian oil purchases", "buying
# oil from Venezuela"; the buyer is the target, LABELING.md). Regex sources, read right before / after the mention.
BOUGHT_SELLER_BEFORE = (r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)(?:\s+of)?|buyers?\s+of|purchasers?\s+of)\s+"
                        r"(?:(?:discounted|sanctioned|cheap|cheaper|cut-price|more|its|their|the)\s+){0,2}$")
# "buying oil from the Russian Federation": the seller after "from", the buying verb a few words before (no rate between)
BOUGHT_SOURCE_BEFORE = r"\b(?:buy|buys|buying|bought|purchas\w+)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?$"
# "a 25% tariff on imports of Canadian seafood": imports named as the object of a measure (no buyer of its own before
# them) come from the country after "of" -- the origin pays; "India's imports of Russian oil" is a purchase (round 23)
MEASURED_IMPORTS_BEFORE = r"\b(?:on|against|to|for)\s+(?:the\s+)?(?:(?!its\b|their\b|his\b|her\b)[\w-]+\s+){0,2}?imports?\s+of\s+(?:\w+\s+)?$"
# "Norway is due to pay an extra tariff of 15%", "Ecuador will go on paying a 15 percent tariff", "Myanmar is set to face a
# 40 percent rate", "Mexico will continue to pay ...": a verb that governs the payer's own paying verb (round 24) -- the
# subject still pays the rate; a regex source that roles._TARGET_AFTER allows between the auxiliaries and "pay"/"face"
PAYER_CATENATIVE = (r"(?:(?:due|set|expected|likely|poised|going|about|scheduled|slated|forced|required|bound)\s+to|"
                    r"go(?:es)?\s+on|keeps?|continues?\s+to|continue)")
# round 35: a floating quantifier after a coordinated payer ("Indonesia, the Philippines, Cambodia and Malaysia will each
# pay 19 percent", "Myanmar and Laos were each handed 40%", "Vietnam and Taiwan will both pay 20%"): it stands among the
# auxiliaries and says every conjunct pays the rate -- the subject is still the payer, so the payer verbs admit it
FLOATING_QUANTIFIER = r"(?:each|both|all)"
# "Japanese goods could face tariffs of 30%", "Chinese imports will face tariffs totalling 104%": a paying verb between a
# demonym and the tariff noun makes the demonym's goods the payer, not the noun's adjective ("Japanese tariffs"); roles._cue
# (round 25b)
PAYER_VERB_BETWEEN = r"\b(?:fac(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|subject\s+to|carr(?:y|ies|ied))\b"
# round 33: the words a rate's own object phrase may hold between its preposition and the country whose goods it hits
# ("on about C$30 billion of U.S. goods", "on some or all Nicaraguan goods", "on semiconductors imported from the US")
OWN_GOODS_OBJECT = (r"\b(?:on|against|from|of)\s+(?:(?:all|most|some|certain|the|about|around|nearly|roughly|up\s+to|or|"
                    r"[\w.]*\$[\w.]*|\d[\w.,]*|billion|million|bn|worth|euros?|dollars?)\s+)*$")
# round 33: "on US imports of automobiles", "on everything the United States imports": a name before "imports" is the
# market the goods enter, not their owner (roles._pays_own_rate)
IMPORTS_AFTER = r"(?:['’]s)?\s+imports?\b"
# round 33: a country named as the reference of a relation noun -- "any US trading partner", "the United States'
# trading partners", "America's closest allies" -- is neither the payer nor the actor (roles.relation_reference)
RELATION_AFTER = (r"(?:['’]s?)?\s+(?:(?:closest|close|main|major|biggest|largest|key|top|other|fellow|leading|"
                  r"[a-z]+est)\s+){0,2}(?:trading\s+partners?|trade\s+partners?|partners?|allies|ally|rivals?|"
                  r"competitors?|neighbou?rs?)\b")
# "Brazil, for example, is hit by a 50% duty", "Kenya was placed in the lowest band, at 10 percent", "Norfolk Island,
# another Australian territory, was hit with a 29 per cent tariff": the passive of a levying verb, an aside allowed
# between the country and its verb, makes the country the payer, not the actor (roles._cue, round 25b)
PASSIVE_PAYER_AFTER = (r"^(?:,[^,;%]{0,60},)?(?:\s+(?:has|have|had|will|would|could|may|might|now|already|also|still|"
                       r"currently|again|first|later|since|then))*\s+(?:been|was|were|is|are|be|being|gets|got|get)\s+"
                       rf"(?:(?:\w+ly\s+|first\s+|also\s+|now\s+|again\s+|{FLOATING_QUANTIFIER}\s+)?(?:hit|placed|slapped|"
                       r"struck|targeted|assigned|handed|charged|saddled|lumped)"
                       # (round 35: "given" only after the quantifier -- "were each given 10 per cent"; "Vietnam, ...
                       # and the Philippines were given rates of 19% to 20%" beside "Britain secured a 10% rate" is no
                       # payer of the 10%)
                       rf"|{FLOATING_QUANTIFIER}\s+given)\b(?!\s+to\b)")
# "India's Russian oil purchases": a possessive buyer before, the goods and the buying noun after
BOUGHT_OWNER_BEFORE = r"(?:['’]s|\bits|\btheir)\s+$"
BOUGHT_NOUN_AFTER = r"\s+(?:[\w-]+\s+){1,2}?(?:purchases|purchasing|buying)\b"

# Trade values (round 15): a measure that applies to every partner without a trade agreement ("applies to countries with
# which Mexico has no trade agreement", "countries that do not have a free trade agreement with Mexico", "from countries
# without a free trade agreement with Canada") covers imports from all of them: its coverage has the imposer alone.
# Regex source, matched in the coverage's sentence and the one before and after (trade_values._no_deal_imposer).
NO_DEAL_PARTNERS = (r"\b(?:countries|partners|nations|economies)\s+(?:with\s+which\s+\w+\s+(?:has|have)\s+no"
                    r"|(?:that|which)\s+(?:do|does)\s*(?:not|n['’]t)\s+have\s+(?:a|an|any)"
                    r"|(?:that|which)\s+(?:have|has)\s+no|without\s+(?:a|an|any)|with\s+no|lacking\s+(?:a|an))"
                    r"\s+(?:free[- ])?trade\s+(?:agreement|deal|pact|accord)s?\b")
NO_DEAL_COUNTRY_CHARS = 20      # the imposer named right after that phrase: "... no free-trade agreement with Mexico"
# A group of countries a measure names and then lists ("countries ..., among them China, India, South Korea ..."): its
# members are the rate's targets when it lists this many or more (one or two are examples or a pair; roles._GROUP_MEMBERS)
GROUP_MIN_MEMBERS = 3
# round 27: a rate's clause that counts the countries it hits without naming them ("goods from eight European countries
# will be hit with a 10% import tax", "beef from the four countries pays a tariff of 20%"), the article listing them
# elsewhere ("Trump named Denmark, Norway, ..."; "The leaders of Denmark, ..., the eight countries named by Washington"):
# the count ties the rate to the one list of exactly that many countries (roles._counted_group_members). From three
# (a pair is the story's two sides, GROUP_MIN_MEMBERS) up to COUNTED_GROUP_MAX (longer lists are rundowns, not one list).
COUNTED_GROUP_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                         "eleven": 11, "twelve": 12}
COUNTED_GROUP_MAX = 12
# (compiled without re.I: the adjective between is lower-case "other" / "more" or a capitalised demonym, "European")
COUNTED_GROUP = (r"(?i:\b(?P<count>" + "|".join(COUNTED_GROUP_NUMBERS) + r"|\d{1,2}))"
                 r"\s+(?:(?:other|more|major|key|smaller|[A-Z][a-z]+)\s+){0,2}"
                 r"(?i:(?:countries|nations|economies|trading\s+partners)\b)")
# Trade values (round 16): a country named as the market of an export figure, not its exporter -- "the American market
# alone took Rs 22,000 crore", "as American shrimp buyers turned away", "gold, for which the US is a key destination",
# "Shipments bound for the United States came to $6.182 billion". LABELING.md: when the text leaves the reporter
# implicit, the story's country is the reporter (trade_values.market_partner). Regex sources: right after the country's
# mention (its name or demonym), and right before it.
# Round 36 (xtvpartner36): the role is also predicated with "remained", "stayed", "kept its place as", and may carry the
# story country's possessive and an adverb ("The United States kept its place as the country's top export market,
# buying goods worth $1.16 billion", "was again by far Germany's largest supplier"): ROLE_PREDICATE is that link, up to
# the role noun's determiner; the supplier side (SUPPLIER_AFTER_COUNTRY) is read for import figures.
ROLE_PREDICATE = (r"\s+(?:(?:is|was|remains|remained|became|has\s+become|stays|stayed)"
                  r"|(?:kept|keeps|held|holds|retained)\s+its\s+(?:place|position|spot)\s+as)"
                  r"\s+(?:(?:again|still|once\s+more|by\s+far)\s+)*(?:a|an|the|its|their|\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?")
MARKET_AFTER_COUNTRY = (r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:market|buyers?|customers?|consumers?|importers?)\b"
                        rf"|{ROLE_PREDICATE}(?:destination|market|buyer|customer)\b")
SUPPLIER_AFTER_COUNTRY = rf"{ROLE_PREDICATE}(?:supplier|source)\b"
MARKET_BEFORE_COUNTRY = r"\b(?:bound|destined|headed|heading)\s+for\s+(?:the\s+)?$"
# Round 29 (xtvparty29): a country as the subject of a taking verb is the market of an export figure too ("The US took
# 35% of that, or $2.8 billion", "the US bought 27 per cent of the sector's exports in FY2025, or $9.5 billion", "The
# European Union was next, taking USD 7.1 billion"); the story's country is the implicit exporter (trade_values.
# taker_market).  Regex source: right after the country's mention, a rank ("was next,") allowed between.
MARKET_TAKER_AFTER = (r"(?:\s+(?:alone|market))?(?:\s+(?:was|is|came|ranked)\s+(?:next|second|third|fourth|fifth)\s*,)?"
                      r"\s+(?:took|takes|taking|bought|buys|absorbed|absorbs)\b")
# Round 38 (xtvreporter38): the partner a figure of a run is told with, right after its amount ("deficits of $73.9
# billion with Taiwan, $68.5 billion with Japan"; "$1.3 billion in products shipped there ... to China"): a short gap
# with no clause break, then "with / to / from" (the).  Else the figure's country is the last name before it
# (trade_values._own_country).  Regex source, matched in full over the gap between the amount and the country.
PARTNER_JUST_AFTER_AMOUNT = r"[^,;:.()$€£]{0,25}?\b(?:with|to|from)\s+(?:the\s+)?"
# Trade values (round 16): a change of a flow is no trade value (LABELING.md: "changes ... label the level the text gives"),
# in the written forms the round-13 cue (`_CHANGE_BEFORE`: "widened by £3bn", "down £1.7bn") misses: a change noun before
# the amount ("a rise of $2.5 billion", "an increase of almost $30 billion"), a percentage change restated in money
# ("down 8.8%, or £2.7 billion", "a fall of 20.5 per cent, or roughly ₦940.98bn"), a change verb right before the amount
# ("chemicals exports slid £300 million"), and a difference after it ("US$600 million less shipped", "A$1 billion above
# the same three months a year earlier"). Regex sources (trade_values.a_change).
CHANGE_NOUNS = r"(?:rise|fall|increase|decrease|drop|decline|gain|jump|slide|slump|plunge|surge|contraction)"
CHANGE_VERBS = (r"(?:rose|fell|grew|increased|decreased|dropped|jumped|shrank|climbed|slipped|slid|declined|plunged|soared"
                r"|surged|widened|narrowed)")
CHANGE_HEDGE = (r"(?:(?:about|roughly|nearly|some|more than|almost|around|an estimated|close to|approximately)"
                r"\s+)?")
DIFFERENCE_AFTER_AMOUNT = (r"\s*(?:more|less|fewer)\s+(?:shipped|sold|exported|imported|bought|traded)\b"
                           r"|\s+(?:above|below)\s+(?:the\s+)?(?:same|previous|prior|last|a year)")
# Round 49: a range of money amounts is no trade value, neither end (LABELING.md round 16: "surpluses between $4 billion
# and $20 billion"): "between X and Y" (on dev 90 such ends in 38 writer batches, none labelled), and "X to Y" / "X-Y"
# rising, where X is no change's base or size: "from X to Y", "by X to Y", "climbing €6.2 billion to €28.5 billion", and
# "of X to Y" after a change word ("a decrease in the goods deficit of $18.1 billion to $85.6 billion", "climbed from
# August's low of A$1.1bn to A$3.9bn") give labelled ends. Regex sources (trade_values.range_ends).
RANGE_GAP = r"\s*(?P<join>and|to|-|–|—)\s*" + CHANGE_HEDGE
RANGE_BETWEEN = r"\bbetween\s+(?:somewhere\s+)?" + CHANGE_HEDGE + "$"
RANGE_NOT_AFTER = r"\b(?:from|by)\s+" + CHANGE_HEDGE + "$"
RANGE_OF = r"\bof\s+" + CHANGE_HEDGE + "$"
# Round 17: the change forms the cues above still read as levels, each a LABELING.md "not a trade value" (changes; "a
# projected loss ... is not a trade value"): an amount called extra or additional ("The extra ₦3.78tn spent on US
# products", "have seen additional $9.8 billion"), and an amount taken away ("removing more than USD 3.3 billion in
# monthly shipment value", "could wipe about $2.3 billion a year off"). Regex sources (trade_values.a_change). (Round
# 17's "change verb and by" forms -- "grew, by £1.9bn", "went up by", "deepened by" -- are CHANGE_VERB_ANY's since 25b.)
EXTRA_AMOUNT = rf"\b(?:extra|additional)\s+{CHANGE_HEDGE}$"
# Round 25b: an amount right after "by" with a verb of change in any inflection shortly before it is the size of a change
# (also across a comma, a phrasal verb or a perfect: "grew, by £1.9bn", "went up by £800mn", "has grown by"; "slumped by £2 billion", "dipped by £0.5 billion", "falling by $6.5 billion", "lowered June's surplus by R1.1bn", "cut
# the value of U.S. soybean exports by $9 billion", "exports climbed by R14.5bn, ... and imports by R15.2bn"); on dev 86
# such amounts, 1 labelled.  A balance defined by "exceeded its imports by" has no change verb and stays a level.
CHANGE_VERB_ANY = (r"\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|grow(?:s|n|ing)?|grew|increas\w*|decreas\w*|dropp?\w*"
                   r"|jump\w*|shr[ai]nk\w*|shrunk|climb\w*|slipp?\w*|slid\w*|declin\w*|plung\w*|soar\w*|surg\w*|widen\w*"
                   r"|narrow\w*|slump\w*|dipp?\w*|eas(?:e|es|ed|ing)|cut(?:s|ting)?|lower\w*|rais\w*|boost\w*|reduc\w*"
                   r"|deepen\w*|expand\w*|contract\w*|improv\w*|worsen\w*|swell\w*|swollen|tumbl\w*|s[aiu]nk\w*|trimm?\w*"
                   r"|slash\w*|shed\w*|add(?:s|ed|ing)?|up|down)\b")
# Round 40 (xtvmiss40): a difference the rounds above still read as a level (held out on dev, 27 false facts in 17
# articles): a comparative right after the amount, also across its conversion in brackets or a percentage in apposition
# ("$20 billion higher", "€4.4 billion worse than", "$400 million below the three-year average", "2 billion pounds
# ($2.7 billion) lower than", "€46.1 billion, or 27.7 per cent, more than", "€42.9 billion or 46.9% more than");
# "above"/"below" not after a preposition that states the level ("rose to $50bn above forecasts"); a comparative with
# "by" before it ("higher by $1.3 billion", "ahead of Mexico by $665 million"); a percentage change restated in
# brackets ("up 61.4 per cent ($297.8 million"); a change named by a noun before or after the amount ("a loss of about
# $2.6 billion", "a reduction of", "an improvement of", "A sharp $7.1 billion fall in"); a change verb in any form with
# the level after the amount ("climbing €6.2 billion to €28.5 billion"). Regex sources (trade_values.a_difference).
# "more"/"less" only with "than" ahead ("$267 billion more" of goods a measure adds is its coverage); a balance told by
# its two sides ("sold R37 billion more to the United States than it bought from it") stays a level (round 37)
DIFFERENCE_COMPARATIVE = r"(?:(?:more|less)\b(?=[^.;:]{0,40}?\bthan\b)|higher\b|lower\b|worse\b|better\b|above\b|below\b)"
DIFFERENCE_SIDES_AFTER = (r"\bthan\s+(?:it|they|we|\w+)\s+(?:bought|buys|buy|sold|sells|sell|exported|exports|imported"
                          r"|imports|ships|shipped)\b")
DIFFERENCE_SIDES_WINDOW = 80      # characters after the amount in which a balance's "than it bought" stands
DIFFERENCE_APPOSITION = (r"(?:\s*\([^()]{1,40}\))?(?:,?\s+or\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d[\d.,]*\s?"
                         r"(?:%|per[\s-]?cent\b|percent\b),?)?")
DIFFERENCE_LEVEL_BEFORE = r"\b(?:to|at|of|from|reached|totall?ed|hit)\s+" + CHANGE_HEDGE + r"$"
DIFFERENCE_BY_BEFORE = (r"\b(?:higher|lower|more|less|bigger|smaller|larger|(?:ahead\s+of|behind)\s+(?:the\s+)?[A-Z][\w.]*"
                        r"(?:\s+[A-Z][\w.]*){0,2})\s+by\s+" + CHANGE_HEDGE + r"$")
DIFFERENCE_NOUNS = r"(?:loss|reduction|improvement|deterioration)"
DIFFERENCE_NOUN_AFTER = r"\s+(?:rise|fall|increase|decrease|drop|decline|gain|jump|slide|slump|plunge|surge|loss|reduction)\s+(?:in|of)\b"
DIFFERENCE_LEVEL_AFTER = r"(?:\s*\([^()]{1,40}\))?\s+to\s+(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3}\s?)\d"
CHANGED_BY_WINDOW = 80      # characters before the amount in which the change verb stands
BY_AMOUNT = rf"\bby\s+{CHANGE_HEDGE}$"
AMOUNT_TAKEN_AWAY = (r"\b(?:remov(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?)\s+"
                     r"(?:(?:about|roughly|nearly|some|more than|almost|around|an estimated|close to|approximately"
                     r"|as much as|up to)\s+)?$")
# Money a flow earns, the verb right before the amount (round 18): "Chips alone brought in $9.8 billion", "bringing in about
# R34 billion in foreign earnings each year", "earning US$3.339 billion" -- the sellers' export earnings (LABELING.md:
# "an industry's yearly export earnings ... are exports"); goods "brought in" with the goods after the amount ("brought in
# $474 billion worth of auto products") are what the buyer imports. Regex sources (trade_values.earned_flow).
EARNED_BEFORE = (r"\b(?:(?:brought|brings|bringing|bring)\s+in|earn(?:s|ed|ing)?|fetch(?:es|ed|ing)?)\s+"
                 r"(?:(?:about|roughly|nearly|some|more than|almost|around|an estimated|close to|approximately|just over"
                 r"|a record|over)\s+)*$")
GOODS_BROUGHT_IN_AFTER = r"\s*(?:worth\s+)?of\s"
# ... but what a measure or a plan "will bring in" is revenue ("the car tariffs would bring in about $100 billion a year",
# "expects them to bring in about 52 billion pesos"): a measure word or a modal before the verb
EARNED_NOT_TRADE_BEFORE = rf"\b(?:{TARIFF_NOUNS}|measures?|them|it|will|would|could|may|might|to)\s+(?:\w+\s+)?$"
# the money an earning verb names comes from selling: a sentence with sales, sellers or the world as the market is trade
EARNED_CONTEXT = r"\b(?:sales|sellers?|exporters?|abroad|overseas|markets?)\b"
# A measure as the subject of a verb of reach right before the amount (round 18): "The rulings apply to $2.9bn of imports",
# "the changes touch about $51.9 billion of imports", "The order reaches imports that were worth $347.1 million", "The
# imports affected are worth approximately US$55bn" -- the goods the measure covers (LABELING.md countermeasure_coverage);
# an investigation ("the probe covered close to $400 billion of imports") is no measure: its imports stay imports (round
# 15). Regex source (trade_values.measure_reaches); TARIFF_NOUNS is put in where it is compiled.
MEASURE_REACHES = (r"\b(?:{nouns}|measures?|orders?|rulings?|changes|increases|hikes|penalties|restrictions)"
                   r"\s+(?:(?:would|will|could|now|also|only)\s+)?"
                   r"(?:touch(?:es|ed)?|appl(?:y|ies|ied)\s+to|affect(?:s|ed)?|cover(?:s|ed)?"
                   r"|reach(?:es|ed)?\s+(?:imports|goods|products)\s+(?:that|which)\s+(?:were|are|was|is)\s+worth)\s+"
                   r"|\b(?:imports|exports|goods|products)\s+(?:affected|covered|targeted)\s+(?:are|were|is|was)\s+worth\s+")
# A verb of coverage governing the amount (round 25b, xcoverage25b): the amount is the value of the goods a measure
# covers (LABELING.md countermeasure_coverage) whatever names the measure -- "Both steps together cover roughly €26
# billion ... of US exports", "They covered $7.5bn of European goods", "they cover trade worth more than US$40 billion"
# -- or the value given later in the sentence of the goods the verb took as its object ("The new measure covers ... of
# Russian agricultural imports ..., goods worth around €380 million", "the duties apply to close to 4 million tons of
# imports, with an estimated value of as much as $2.2 billion", "a measure that touches goods that the US imported in
# 2024 for a potential value of ..."). Regex sources (trade_values.coverage_verb_governs); the amount follows.
COVER_VERB_DIRECT = r"\b(?:cover|covered)\s+|\bcover(?:s|ing)?\s+trade\s+worth\s+"
COVER_VERB_THROUGH_GOODS = (r"\b(?:cover|covers|covered|appl(?:y|ies|ied)\s+to|touch(?:es|ed)?)\s+(?P<between>[^.;:]{0,250}?)"
                            r"\b(?:worth|valued\s+at|(?:an?\s+)?(?:[a-z]+\s+)?value\s+of)\s+")
# ... unless the stretch between says the goods are a flow with a verb of its own ("farm goods covered make up a quarter
# of New Zealand's exports ..., with a value of", "when those exports were worth") -- the amount is that flow
COVER_BETWEEN_OWN_VERB = r"\b(?:is|are|was|were|make|makes|made|account|accounts|accounted|represent\w*)\b"
# ... and an investigation's scope is no measure's coverage ("The probe covered close to $400 billion of imports"; round
# 15) -- when the verb governs the amount itself: "The probe covered EU dairy shipments worth more than $506 million" is
# labelled both ways (d214 coverage, d1178 imports) and left to the older cues (coverage)
INVESTIGATION_SUBJECT = r"\b(?:probes?|investigations?|inquir(?:y|ies)|reviews?|stud(?:y|ies)|surveys?|data|figures|statistics)\b"
# ... and the same country named as the exporter ("U.S. exports", "exports from the US") keeps the figure its own
EXPORTER_AFTER_COUNTRY = r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:exports|exporters|shipments|sales)\b"
# A percentage's unit after its number: "%", "per cent", "percent", and the newsroom abbreviations "pct" (wires)
# and "pc" (British, Irish, South Asian outlets: "a 25pc duty")
PERCENT_UNIT = r"(?:%|per[\s-]?cent\b|percent\b|pct\b|pc\b)"  # regex source
# A percentage's number: "25", "27.5", and with thousands separators "1,000", "3,403.96"
PERCENT_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,4}(?:\.\d+)?"  # regex source
# Status cues, checked in this order within the clause; the cue nearest before the rate wins.
STATUS_CUES = (
    ("lifted", r"lift(?:ed|ing|s)?|remov(?:ed|ing|es?)|drop(?:ped|ping|s)?|scrap(?:ped|ping|s)?|rescind(?:ed|ing|s)?|repeal(?:ed|ing|s)?|revok(?:ed|ing|es?)|eliminat(?:ed|ing|es?)|withdr[ae]w(?:n|ing|s)?|rolled back|roll back|ended|off the table|no longer(?:\s+(?:appl(?:y|ies)|charg(?:e|es)|collects?|impos(?:e|es)|levies|pays?|faces?))?"),
    ("paused", r"paus(?:ed|ing|es?)|delay(?:ed|ing|s)?|postpon(?:ed|ing|es?)|suspend(?:ed|ing|s)?|put on hold|on hold|put(?:s|ting)? off(?!\s+by\b)|hold(?:s|ing)? off|held off|shelv(?:ed|ing|es?)|held in reserve|avert(?:ed|ing|s)?|stav(?:ed|ing|es?) off|forestall(?:ed|ing|s)?|reprieve|deferr?(?:ed|ing|s)?"),
    ("threatened", r"threat(?:en(?:ed|ing|s)?|s)?|warn(?:ed|ing|s)?|could|might|may|risk(?:s|ed|ing)?|floated|mulling|consider(?:ed|ing|s)?|weigh(?:ing|s)(?!\s+on)|vow(?:ed|ing|s)?|if\b"),
    ("announced", r"approv(?:ed|es|ing)|agree(?:d|s)?\s+(?:to|on)\b|(?:struck|strikes|reached|reaches|signed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact|framework)|announc(?:ed|ing|es?)|will|would|plans?|planned|planning|set to|is set|are set|scheduled|unveil(?:ed|ing|s)?|propos(?:ed|ing|es?)|intends?|(?:is|are|was|were)\s+expected\s+to|going to|pledg(?:ed|ing|es?)|promis(?:ed|ing|es?)|set for|slated|to take effect|takes effect|starting|beginning|as of|next (?:week|month|year)|(?:is|are)\s+to(?=\s+(?!blame\b)\w)"),
    ("in_force", r"continu(?:e|es|ed|ing)\s+to\s+(?:pay|face|apply|be charged|collect)|keep(?:s|ing)?|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|(?:does|do|did|will|would)\s+not\s+(?:change|affect|alter)|doesn[’']t\s+(?:change|affect)|unchanged|(?:will|would)\s+(?:remain|stay)|remains?|stays?|impos(?:ed|es|ing)|in effect|took effect|went into effect|came into (?:force|effect)|into force|in force|in place|kept|levied|levying|slap(?:ped|ping|s)?|hit with|been hit|hit by|facing|faces|face|faced|rais(?:ed|es|ing)|hik(?:ed|es|ing)|doubl(?:ed|es|ing)|increas(?:ed|ing)|appl(?:ied|ies)|current(?:ly)?|existing|already|paying|pays|collect(?:ed|ing|s)?|charg(?:ed|ing|es)|retaliated|lower(?:ed|ing|s)|cut|reduc(?:ed|ing|es?)|slash(?:ed|ing|es)?"),
)
DEFAULT_STATUS = "in_force"
# round 23c: the new rate of a change told as an aim, an order or a commitment -- the change verb an infinitive whose
# object rate follows "to": "committed to lower its tariffs to 2 percent", "is counting on China to bring its duties ...
# down to 15 per cent", "has agreed to cut that rate to 15 percent", "told his minister to raise tariffs ... to 25 percent"
# (LABELING.md: a change still to come gives its new rate `announced`).  The change verb's own "cut / lower / raise" reads
# in force; the infinitive says it is not done.  Not "in order to" / "enough to" (purpose, degree), not "used to"
# (regex source; tariffs._aimed_change)
CHANGE_AIM_BEFORE = (r"(?<!\border\s)(?<!\benough\s)(?<!\bused\s)\bto\s+(?:(?:further|gradually|also|then)\s+)?"
                     r"(?:raise|lower|cut|reduce|lift|bring|increase|hike|double|halve|slash|push)\s+"
                     r"(?:[^,;%.]{0,80}?\s+)?(?:down\s+|up\s+|back\s+)?to\s+(?:an?\s+|about\s+|around\s+|roughly\s+)?$")
CHANGE_AIM_REACH = 130      # characters before the rate read for the infinitive change
# ... not where the infinitive hangs on the noun of an event that happened ("Trump's decision to raise duties on Canada to
# 35 per cent earlier this month", "Trump's move to double tariffs ... to 50% came into force", "completed the
# administrative steps to lower its tariff ... to 15 percent"): the noun names the change made; nor where the sentence
# says the change applies ("has agreed to cut its tariffs ... to 15% from 39%, and the lower rate applies retroactively")
CHANGE_AIM_EVENT_NOUN = r"(?:decision|move|steps?)\s+$"
CHANGE_AIM_DONE_AFTER = r"\b(?:applies|took effect|takes effect|came into (?:force|effect)|went into (?:force|effect)|(?:is|are) now in (?:force|effect))\b"
# timeline.counterfactual_status (round 19b, LABELING.md round 17: rates that "would have" applied had a truce not been
# extended are `paused`): a rate stated only as what it would have been ("Had the truce not been extended, US tariffs
# would have jumped to 145 per cent", "Had the higher US rate stayed in place, goods from the EU would have faced a 20%
# tariff") tells no status of its own; it takes the status of the measure's other mention, `paused` without one.  The
# counterfactual perfect right before the rate, in the rate's own clause part, not "would have to pay" (regex source),
# and the status it gives alone.
COUNTERFACTUAL_BEFORE = r"\b(?:would|could|might)\s+have\s+(?!to\b)(?:[\w’'-]+\s+){0,6}$"
COUNTERFACTUAL_STATUS = "paused"
# round 16b (LABELING.md rounds 8 and 16): an investigating authority's recommendation still awaiting a minister's or
# government's decision is `threatened` ("DGTR recommends 12 pc provisional safeguard duty", "the KTC agreed to
# recommend that the finance ministry levy duties of 21.62 percent", "The DGTR has suggested a rate of 23%").  The
# stage words, as verbs only: the noun ("acting on MOFCOM's recommendation, the State Council ... decided") reports
# the decision taken on it (regex source; tariffs._recommended)
RECOMMENDATION_VERB = r"recommend(?:s|ed|ing)?\b(?!\s+by\b)|suggest(?:s|ed|ing)?\b(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:rates?|dut(?:y|ies)|tariffs?|lev(?:y|ies)|margins?)\b)"
# ... a decision word between the recommendation and the rate means the rate was decided on it ("recommended in
# March; the finance ministry imposed ...", "the duty, recommended by ..., was notified")
RECOMMENDATION_DECIDED = r"impos(?:ed|es)|notified|notifies|accepted|accepts|approved|approves|took effect|in force|in effect|collect(?:ed|s|ing)"
RECOMMENDATION_REACH = 200     # the recommendation verb this far (characters) before the rate, in its sentence
# round 17b (LABELING.md, `status`: `threatened` ("could/may/warned it would/threatened")): a warning verb whose
# complement's future modal governs the rate -- "Trump has warned that he will slap 30% tariffs", "warned that he
# would put a 100% tariff on goods from Canada", "Trump's warning that he will apply a 30% tariff".  The verb, not
# the noun of a threat carried out ("made good on a threat ... putting a 25% tariff") nor the adjective ("the
# threatened duty would"); its subject words may not hold "to" ("a 25% tariff he had threatened to impose ... will be
# replaced by a rate of 15%": the infinitive is the threat, the modal another clause's) (regex source; tariffs.warned_future)
WARNING_VERB = r"warn(?:ed|s|ing)?|threaten(?:ed|s|ing)?"
WARNING_REACH = 160     # the warning verb this far (characters) before the rate, in its sentence
WARNED_MODAL_REACH = 60     # ... and its modal this far before the rate, with no comma or other rate between
# round 18 (tariffs.start_told_next): the sentence after a rate's, with no rate of its own, tells when the measure starts
# ("President Trump signed a proclamation putting a 25% tariff on all imported automobiles. It is due to start ... on
# April 3"; "The duties will apply from April 16"; a deck "*The new duties start on October 14 ...*"). Its subject before
# the start words is the measure -- a pronoun or the measure's noun, after an optional opening adjunct ("Under a
# proclamation signed Monday, the duties will start on Oct. 14") -- and names no other event or measure ("the change takes
# effect", "Both reductions", "The higher rate", "Further tariffs on 46 other trading partners") (regex sources)
MEASURE_SUBJECT = (r"^\W*(?:(?:under|in)\s[^,]{0,60},\s*)?(?:it|they|(?:the|these|those|both)\s+"
                   r"(?:(?:new|additional|extra|provisional|sets\s+of|latest)\s+){0,2}"
                   r"(?:duty|duties|tariffs?|levy|levies|rates?|measures?|order|proclamation|charges?))\b")
# round 37 (tariffs._starts_later): the same subject told as a whole noun phrase that ends where the start words begin --
# any opening adjunct ("According to the EU, the countermeasures will apply from Aug. 7"; "For most countries on the
# list, the new rates will apply from August 7"), up to three words of any kind before the measure's noun ("The new
# Indian tariffs are scheduled to start on Aug. 4", "The Chinese duties take effect on February 10"), its goods or
# target ("The new US tariff on cars, which is to take effect on 5 April"), then only auxiliaries.  Anchored at the
# start words, so a clause of its own between them ("that comply with CUSMA will be lifted", "would have come into
# force", "The suspension covers countermeasures that had been scheduled") tells no start of this measure (regex source)
# ... and the words before its noun name which measure: a country there is the imposer ("The new Indian tariffs", "The
# Chinese duties"), any other word but these a kind of goods ("The auto tariffs start tonight" dates the car tariffs, not
# China's rates told before it, d2537); the start dates only the rates of that imposer or those goods
MEASURE_PHRASE_GENERIC = (r"new|additional|extra|provisional|latest|first|final|definitive|preliminary|temporary|revised|"
                          r"retaliatory|reciprocal|planned|proposed|formal|full|whole|two|three|sets?|of|these|such")
MEASURE_PHRASE_NOUN = (r"(?:duty|duties|tariffs?|levy|levies|rates?|measures?|countermeasures|counter-tariffs|surcharges?|"
                       r"order|proclamation|charges?)")
_SUBJECT_CLAUSE_WORD = r"(?:that|which|who|will|would|have|has|had|be|been|is|are|was|were)"
MEASURE_PHRASE_SUBJECT = (rf"^\W*(?:[^,]{{0,60}},\s*)?(?:the|these|those|both)\s+(?P<mods>(?:[\w.'’-]+\s+){{0,3}}?){MEASURE_PHRASE_NOUN}"
                          rf"(?:\s+(?:on|for|against)(?:\s+(?!{_SUBJECT_CLAUSE_WORD}\b)[\w.$'’-]+){{1,8}})?"
                          rf"(?:,\s+which\s[^,]{{0,120}},|,\s+which\b)?(?:\s+(?:will|shall|is|are|formally|also|only|to|be|expected|apply|applies))*"
                          r"\s*$")
# round 43 (tariffs._starts_later): the same subject told inside reported speech -- "Trump said the duty would apply from
# 1 August 2025", "The US authorities have said the new tariffs on farm imports will start on April 2", "China's Ministry
# of Finance said on Friday that its additional tariffs on American imports would be imposed from April 10": the
# reporting verb (and its day, "that") before it, the speech's "would" for "will", a possessive for "the" (then the
# measure is the speaker's: its imposer a country the words before the verb name); no pronoun (the speaker's "it": "the
# EU executive said it had received ... and expected to start collecting the duties").  13 rate-free sentences in 13 dev
# articles of 13 writer batches (regex sources)
REPORTED_START_OPENER = (r"\b(?:said|says|announced|confirmed|stated|added)(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?"
                         r"(?:\s+that)?\s+")
REPORTED_PHRASE_SUBJECT = (rf"(?:the|these|those|both|(?P<own>its|their))\s+(?P<mods>(?:[\w.'’-]+\s+){{0,3}}?){MEASURE_PHRASE_NOUN}"
                           rf"(?:\s+(?:on|for|against)(?:\s+(?!{_SUBJECT_CLAUSE_WORD}\b)[\w.$'’-]+){{1,8}})?"
                           rf"(?:,\s+which\s[^,]{{0,120}},|,\s+which\b)?"
                           rf"(?:\s+(?:will|would|shall|is|are|formally|also|only|to|be|expected|apply|applies|imposed|applied))*"
                           r"\s*$")
NOT_THE_MEASURE = (r"\b(?:changes?|reductions?|cuts?|increases?|hikes?|removal|pause|exemptions?|further|other|higher|"
                   r"lower)\b")
# ... and the rate it re-dates is no existing one: no "already / currently / existing / since / stays / in force" in the
# rate's clause before it, no "from" just before it (the old rate of a change: "cut ... to 30 percent from the current 145
# percent"), no "already / currently" just after it ("the 10% tariff that Brazilian goods already pay")
# the words that tell a rate already applying (EXISTING_RATE_BEFORE's, and round 35's REVIEW_RATE_PAID_NOW's)
EXISTING_RATE_WORDS = r"already|currently|current|existing|since|stays?|remains?|took effect|in effect|in force|in place"
EXISTING_RATE_BEFORE = rf"\b(?:still|{EXISTING_RATE_WORDS})\b|\bfrom\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$"
EXISTING_RATE_AFTER = r"\s*(?:[\w\"”'’-]+\s+){0,6}?(?:already|currently)\b"
# round 15 (LABELING.md, rounds 11-12): a removal decided now that starts later leaves the rate in force -- "will lift the
# 15% tariffs from November 10", "would also scrap ... the tariffs of up to 15%", "agreed to remove the 25% duty".  The
# words before a lift verb that make the removal a future one (regex source; tariffs._future_removal)
FUTURE_REMOVAL_BEFORE = (r"will|would|shall|’ll|'ll|(?:is|are)\s+(?:set\s+|due\s+|going\s+)?to|plans?\s+to|planning\s+to|"
                         r"intends?\s+to|agreed\s+to|agrees\s+to|pledged\s+to|promised\s+to")
# round 22: a removal only wished, asked for, promised or refused leaves the rate standing as a removal still to come
# does (LABELING.md: the rate is `in_force` until a removal takes effect): "promises to remove the duties on British
# steel, which for now still pay 25 percent", "without agreeing to remove them", "no sign that Trump is ready to scrap
# the levies", "trying to persuade Washington to drop the 25% tariff", "said nothing about lifting the 17% tariff",
# "Europe must drop its planned 50% levy" (dev: d091, d111, d186, d257, d687, d842; six writer batches)
UNDONE_REMOVAL_BEFORE = (r"promis(?:es|ing)\s+to|agree(?:s|ing)\s+to|(?:ready|willing|prepared)\s+to|"
                         r"(?:persuad|urg|ask|press|push|lobby)\w*\s+(?:[\w-]+\s+){0,2}?to|"
                         r"want(?:s|ed)?\s+(?:[\w-]+\s+){0,2}?to|hop(?:e|es|ed|ing)\s+to|(?:seek|seeks|seeking|sought)\s+to|"
                         r"(?:refus|declin)\w*\s+to|unlikely\s+to|must|should|nothing\s+about|"
                         r"call(?:s|ed|ing)?\s+on\s+[\w-]+\s+to")
REMOVAL_REACH = 80     # a future lift verb this far before a rate's segment dates the removal, not the rate
# round 40 (xlifted40): the verb that governs the rate's noun phrase -- the verb, a determiner, at most two modifiers,
# the rate: "was also scrapping the separate 25% penalty duty it had levied", "has withdrawn the 25% tariff he slapped",
# "brings to an end the 10 percent tariff ... that had applied since", "ending the 25% levy on rebar", "has stopped
# charging the 125% tariff it slapped", "scrapped the existing 25% tariff".  It tells the rate's event; a relative clause
# after the rate ("he slapped", "it had levied") or a modifier ("existing") tells the rate's history, and read first they
# kept these rates `in_force` (LABELING.md: a rate removed is `lifted`, one suspended `paused`).  Inflected forms only:
# a bare "to scrap" / "remove" is a removal wished or to come (FUTURE_REMOVAL_BEFORE and UNDONE_REMOVAL_BEFORE are read
# before the verb as well).  Not exemption verbs: goods taken out of a rate are their own facts (EXEMPTING_VERB).
GOVERNING_LIFT_VERB = (r"remov(?:ed|es|ing)|scrap(?:ped|s|ping)|drop(?:ped|s|ping)|lift(?:ed|s|ing)|withdr(?:ew|awn|aws|awing)|"
                       r"rescind(?:ed|s|ing)|repeal(?:ed|s|ing)|revok(?:ed|es|ing)|cancel(?:l?ed|s|l?ing)|"
                       r"eliminat(?:ed|es|ing)|abolish(?:ed|es|ing)|end(?:ed|s|ing)|(?:brings?|brought|bringing)\s+to\s+an\s+end|"
                       r"(?:stopped|stops|stopping)\s+(?:charging|collecting|applying|levying)|"
                       r"(?:struck|strikes|striking)\s+down|(?:threw|throws|throwing)\s+out|(?:rolled|rolls|rolling)\s+back")
GOVERNING_PAUSE_VERB = r"suspend(?:ed|s|ing)|paus(?:ed|es|ing)|postpon(?:ed|es|ing)|delay(?:ed|s|ing)|defer(?:red|s|ring)"
# the determiner and at most two modifiers before the rate; no preposition among them ("lifted the total to 50%" is a
# raise, "removed the tariff on steel from 25%" a change)
GOVERNED_RATE_SLOT = (r"\s+(?:the|its|their|his|her|that|this|these|those)\s+"
                      r"(?:(?!(?:to|from|by|at|of|on|in|for|and|or)\s)[\w-]+\s+){0,2}?$")
GOVERNED_REACH = 80     # characters before the rate read for the verb that governs its noun phrase

# Words around a percentage that make it not a tariff rate.
NON_TARIFF_PERCENT_AFTER = r"(?:of\b|points?\b|share|stake|chance|probability|majority|increase|rise|jump|drop|decline|fall|gain|growth|more|less|fewer|higher|lower|year-over-year|year-on-year|annual|annually|jump|surge|plunge|of\s+respondents|say|said|support|oppose|approve|disapprove|believe|think|want|of\s+all)"
# round 12: the moves of a trade figure a headline or a sentence gives beside a tariff ("shipments ... sink 16.6% under
# tariff pressure", "Scotch exports to US slide 15% since tariff", "could knock around 1% off Lesotho's GDP")
NON_TARIFF_PERCENT_BEFORE = r"(?:rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|growth|jumped|dropped|declined|climbed|slipped|plunged|surged|gained|lost|increased by|decreased|down|up(?! to)|by|about a|slid|slides?|sinks?|sank|shrinks?|shrank|tumbled|soared|slumped|knocks?(?: off)?|knocked|poll\w*|survey\w*|approval|unemployment|inflation|GDP|economy|interest rate|stocks?|shares?|index|margin|accounts? for|account for|makes? up|made up|represents?|represented|nearly a|roughly|almost|only)"

# Product lexicon: surface forms matched case-insensitively; the matched text (lower-cased) is
# the product.  Longer entries win over shorter ones ("softwood lumber" over "lumber").
PRODUCTS = (
    "steel", "aluminum", "aluminium", "copper", "lumber", "softwood lumber", "softwood", "timber", "wood",
    "autos", "auto", "cars", "car", "vehicles", "automobiles", "auto parts", "car parts",
    "automotive parts", "electric vehicles", "EVs", "trucks", "heavy trucks", "pickup trucks",
    "pharmaceuticals", "pharmaceutical products", "drugs", "prescription drugs", "generic drugs",
    "medicines", "semiconductors", "chips", "microchips", "computer chips", "electronics",
    "smartphones", "phones", "laptops", "computers", "energy", "oil", "crude oil", "crude",
    "natural gas", "gas", "electricity", "potash", "fertilizer", "fertilizers", "uranium",
    "critical minerals", "minerals", "dairy", "dairy products", "milk", "cheese", "butter",
    "poultry", "chicken", "eggs", "beef", "pork", "meat", "seafood", "fish", "lobster", "aquatic products", "coal", "LNG",
    "agricultural products", "agriculture", "farm products", "farm goods", "food", "grain",
    "wheat", "canola", "canola oil", "canola meal", "soybeans", "corn", "peas", "pulses",
    "tomatoes", "avocados", "bananas", "fruit", "fruits", "vegetables", "berries", "orange juice", "juice",
    "sugar", "coffee", "tea", "beer", "wine", "spirits", "whiskey", "bourbon", "alcohol",
    "tequila", "tobacco", "cigarettes", "furniture", "kitchen cabinets", "cabinets",
    "vanities", "upholstered furniture", "appliances", "washing machines", "solar panels",
    "batteries", "textiles", "clothing", "apparel", "footwear", "shoes", "toys", "plastics",
    "paper", "pulp", "chemicals", "cement", "glass", "machinery", "equipment", "tools",
    "aircraft", "planes", "motorcycles", "boats", "films", "movies", "movie", "film",
    "lithium", "nickel", "cobalt", "rare earths", "rare earth", "gold", "silver", "iron",
    "iron ore", "scrap metal", "metals", "ships", "buses", "tires", "medical devices",
    "cosmetics", "perfume", "handbags", "jewelry", "watches", "cotton", "light trucks",
    "sports equipment", "sorghum", "EV", "canola seed", "canola meal", "steelmakers", "steel mills",
    "steelworkers", "automakers", "auto workers", "autoworkers", "aluminum smelters", "lumber mills",
)
# Product synonyms: the matched word (lower case) -> the name reported.
PRODUCT_SYNONYMS = {
    # spellings and words the text uses stay as published (issue 11: "aluminium", "automobiles")
    # round 47 (xproductpp47): "computer chips" and "microchips" stay as written -- the dev labels give the rate's own
    # words (computer chips 4 of 4, microchips 1 of 1 where the rate's sentence says it and not "semiconductors");
    # "medicines" still names "pharmaceuticals": its labels split 7 to 5 on the same wording (a coin, left)
    "evs": "electric vehicles", "ev": "electric vehicles", "autos": "autos",
    "medicines": "pharmaceuticals", "pharmaceutical products": "pharmaceuticals",
    "steelmakers": "steel", "steel mills": "steel", "steelworkers": "steel", "automakers": "autos",
    "auto workers": "autos", "autoworkers": "autos", "aluminum smelters": "aluminum", "lumber mills": "lumber",
    "softwood": "softwood lumber", "car": "cars", "auto": "autos", "film": "films", "movie": "movies", "lng": "natural gas",
}
# Round 48 (xgoodsnull48): the general goods lexicon, read only where PRODUCTS finds no goods word in a phrase --
# nouns whose most frequent WordNet 3.0 sense is a foodstuff, beverage, produce, clothing, fabric, fuel, metal, wood,
# paper, furniture ... ("rice", "cocoa", "brandy", "garments", "citrus"); built by build_goods_words.py, shipped as JSON
GENERAL_GOODS_WORDS = frozenset(
    json.loads(Path(__file__).with_name("goods_words.json").read_text(encoding="utf-8"))["words"])
# a phrase the open reader (products.open_products) names whole, for the general lexicon's goods words in it
OPEN_PHRASE_WORDS = 8
# the industry or its firms after a goods word ("garment sector", "cocoa farmers", "rice millers"): who is hit
INDUSTRY_AFTER_GOODS_WORD = (r"sectors?|industry|industries|makers?|manufacturers?|producers?|exporters?|importers?|"
                             r"growers?|farmers?|millers?|workers?|factory|factories|firms?|companies|company|"
                             r"association|associations|council|board|houses?|brands?|groups?|giants?|sellers?|traders?")
# Words that mean "all goods" when they are the object of a tariff: product stays null.
ALL_GOODS_WORDS = r"(?:goods|imports|exports|products|items|shipments|merchandise|everything|all)"
# LABELING.md: the target is the country whose goods the text says pay the rate ("Ruritania's steel still pays the
# 50% duty"; "15% on French wine"). A possessive pronoun says it as often as a name: "a 39% tariff on its goods",
# "the American levy on its steel, which stands at 25%", "a 15% tariff on their pharmaceuticals" -- the pronoun's
# country (the nearest one before it that is not the imposer) is the target. Regex sources; "its imports" is the
# imposer's own buying, not goods it sells, so it is not an owner's goods word.
# Round 38 (xstorycountry38): a description of the story's country stands where the pronoun does ("a 39 percent tariff
# on the country's goods", "the 50% levy on the bloc's goods", "the 30% tariff ... on the island's goods", "a 50% tariff
# on the small kingdom's exports"): its country is the nearest one named before it that is not the imposer (it names a
# country, so it passes over the imposer the pronoun stops at), in its sentence or the two before; "the bloc" is the
# EU's.  Regex source: the determiner, at most two words ("tiny mountain", "Asian"), the country noun, 's.
COUNTRY_POINTER_NOUNS = r"country|nation|bloc|kingdom|island|republic|emirate|archipelago"   # a description of a country
COUNTRY_POINTER = rf"the\s+(?:[\w-]+\s+){{0,2}}?(?P<pointer>{COUNTRY_POINTER_NOUNS})['’]s"
COUNTRY_POINTER_BLOCS = {"bloc": "EUU"}     # a pointer noun that names one party only
COUNTRY_POINTER_SENTENCES = 2               # sentences before the pointer's own searched for its country
# Round 39 (xpointer39): the same descriptions are mentions of the country they point back to where they stand as a
# party (`context.pointer_mentions`): possessive before a goods word ("the Indian Ocean nation's exports"), or the object
# of on / from / against / with ("on imports from the wealthy Alpine country"), so that every cue reads them as the name.
# Not "union" (a labour union in auto stories); not after "other", "same", "home" ... (COUNTRY_POINTER_OTHER_WORDS).
COUNTRY_POINTER_MENTION = (r"\b[Tt]he\s+(?P<words>(?:[\w-]+\s+){0,2}?)"
                           rf"(?P<pointer>{COUNTRY_POINTER_NOUNS}|city-state)(?![\w-])(?P<poss>['’]s)?")
COUNTRY_POINTER_OTHER_WORDS = frozenset({"other", "another", "same", "each", "every", "any", "host", "home", "partner"})
# Round 40 (xselfpointer40): a description standing as a clause's subject ("The Andean country has added a 30% tariff",
# "the country will introduce a new 25% tariff", "the country exported goods worth R188bn") or owning the story's
# balance ("the country's merchandise trade balance swung to a deficit") points to the story's own country, not to a
# partner named before it (the one xpointer39's party reading passes over).  Regex sources: what may open the clause
# before the description (the sentence's start is read apart), and the verb that must follow it.
SELF_POINTER_OPENING = (r"(?:[,;:(—–]\s*|\b(?:and|but|while|as|because|since|after|when|whereas|so|that|though|"
                        r"although|where|before|until|unless|if)\s+)$")
# (the noun after "the higher country" that makes it an attribute, "the new country rates", is no verb)
SELF_POINTER_VERB = (r"(?!\s+(?:rates?|tariffs?|duties|levels?|lists?|codes?|groups?|caps?|quotas?|reports?|risks?|"
                     r"brands?)\b)\s+(?:(?:has|have|had|will|would|is|was|also|already|now|then|could|may|might|still|"
                     r"last|this|just|again|itself|alone)\s+){0,3}(?:\w+ed|\w+s|will|put|set|cut|hit|ran|run|sold|sell|"
                     r"bought|buy|shipped|ship|export|import|impose|levy|charge|raise|slap|introduce|post|record)\b")
# words before the noun that make it no description of one country ("the taxes a country charges")
SELF_POINTER_NOT_WORDS = frozenset({"a", "an", "the", "this", "that", "of", "and", "or", "to", "its", "their", "whose"})
SELF_POINTER_BALANCE = r"(?:\s+(?:[\w-]+\s+){0,2}?(?:trade\s+)?(?:surplus|deficit|balance|shortfall|gap)\b)"
OWNED_GOODS_PRONOUN = (r"(?:on|for|to|against|(?:imports|shipments)\s+of)\s+(?:(?:all|most|many|much|some|part)\s+(?:of\s+)?)?"
                       rf"(?:its|their|{COUNTRY_POINTER})\s+(?:own\s+)?")
OWNED_GOODS_WORDS = r"(?:goods|exports|products|items|shipments|merchandise|carmakers|automakers|producers|companies|exporters)"
# LABELING.md: "Baseline rate stated for one named country ... -> that country; null only when stated for all
# partners." The word "baseline" alone does not say all partners pay: the global words it may be the only one of.
BASELINE_WORDS = ("baseline", "universal")
# round 36 (xtargetnull36): goods named by where they were made ("a 25 percent duty was placed on cars made in Korea",
# "solar modules made in India", "electric vehicles built in China") are that country's goods: the country after
# these words is the rate's target, as "Korean cars" is -- not after "not" ("all cars that are not made in the United
# States": the others' goods), nor "assembled in" (where parts go: "parts used in cars assembled in the United States")
MADE_IN_BEFORE = r"(?<!\bnot\s)\b(?:made|built|produced|manufactured)\s+in\s+(?:the\s+)?$"
# LABELING.md: "Origin-of-content measures: target is the origin the measure names ('steel from any country if it was
# smelted in Ruritania' -> the code of Ruritania), not null." The metal's origin is said by where it was melted,
# poured, smelted or cast ("on steel imports from every country if the steel was melted and poured in China"). Regex
# source, matched on the words right before the country (roles._content_origin).
CONTENT_ORIGIN_BEFORE = r"\b(?:melted(?:\s+and\s+poured)?|smelted(?:\s+and\s+cast)?|poured|cast)\s+in\s+(?:the\s+)?[\"“]?$"
# LABELING.md: "`target`: ... `null` when it applies to all partners"; "null only when stated for all partners" (the
# baseline rule). The rate's own phrase saying every partner pays it ("the 10% baseline that Washington applies to
# almost every trading partner", "Iraqi goods, like those of almost every other trading partner, have paid a 10%
# tariff", "a 10% duty covering imports from almost every trading partner") makes it global for any rate, not only a
# sector one, even when the sentence names one payer. Only quantified partner words: "imported" / "foreign" goods of a
# named country stay that country's, and so does a country the phrase excepts. Regex source (roles._every_partner_rate).
EVERY_PARTNER = (r"\b(?:(?:from|of|by|on|to|for|covering|like|like\s+those\s+of|like\s+that\s+of)\s+"
                 r"(?:almost\s+|nearly\s+|virtually\s+|practically\s+)?(?:all|every|most)\s+(?:other\s+)?"
                 r"(?:countries|country|nations|nation|trading\s+partners?|partners?|suppliers?|origins?|sources?|economies)"
                 r"|(?:on|to|covering)\s+(?:almost|nearly|virtually|practically)\s+all\s+(?:goods|imports|products)"
                 r"(?!\s+(?:from|of|made)\b)"
                 r"|the\s+same\s+way\s+as\s+(?:to\s+)?(?:anyone|everyone|every\w*)\s+else)\b"
                 # "applies to all countries except the United Kingdom, which will remain at 25%": the exception's own rate
                 r"(?!\s*,?\s*(?:except|but|other\s+than|apart\s+from|excluding|save|besides)\b)")
# round 26: the pronoun's goods as the paying subject of the rate's own verb ("their goods were already subject to a
# 25% levy", "its shrimp faces a 10% tariff", "its steel and aluminum stay at 25 percent"), before the rate, or as the
# object of a relative clause right after the rate's noun ("the 10% tariff its goods already pay"). The goods are one
# or two words ("its steel and aluminum"); the verb is a paying one, auxiliaries and adverbs allowed between.
OWNED_GOODS_SUBJECT = (r"\b(?:its|their|" + COUNTRY_POINTER.replace("%", "%%") + r")\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:%s)(?:\s+and\s+[\w-]+)?"
                       r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|now|already|also|still|"
                       r"currently|again|continue\s+to|continues\s+to|only)){0,3}"
                       r"\s+(?:face|faces|faced|facing|pay|pays|paid|paying|carry|carries|subject\s+to|"
                       r"(?:stay|stays|remain|remains)\s+at|(?:come|comes|came)\s+under)\b")
# ... the relative clause's noun right before it: "the 10% "reciprocal" tariff its goods already pay"
OWNED_GOODS_OBJECT_BEFORE = r"^\s*(?:[\"“”'\w-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|rate|surcharge)\s+(?:that\s+)?$"
# a change told with both rates ("is due to fall from 25% to 15%"): the old rate between the goods and the new one
CHANGE_FROM_BETWEEN = r"\bfrom\s+[\d.,]+\s?(?:%|per\s?cent|percent)\s+to\s+$"
OWNED_GOODS_REACH = 90    # characters between the rate and its "on its goods" phrase, either side, in one clause
# Round 26b (xcarry26b): a rundown's items under a lead-in that names their payer ("Under it, Mexico will keep paying:" /
# "- A 25% tariff on cars" / "- A 50% tariff on steel, aluminum and copper"): a sector item names no country of its own,
# the lead-in does. An item is a short line of its own; the lead-in ends with a colon right before the first item.
RUNDOWN_LEAD_END = r":\s*$"
RUNDOWN_ITEM_MAX_WORDS = 14     # "a 50% tariff on imports of steel, aluminum and copper." is 10
RUNDOWN_MAX_ITEMS = 8           # items between a rate line and its lead-in, the line itself included
# Round 27b (xrundown27b): a rundown told as prose ("Washington has told 22 partners what they will pay ... / For the
# region, the order sets Jordan at 15%, Tunisia at 25%, ... and Syria at 41%."): its sentences name no tariff, the
# sentence before them does.  A list of "<country> at N%" / "N% for <country>" items is the measure's rates when a
# tariff noun was written within this many paragraphs before the sentence (its own paragraph counts as 0).
PROSE_RUNDOWN_PARAS_BACK = 2
PROSE_RUNDOWN_MIN_ITEMS = 2     # two listed items after the measure's sentence (three with no measure before)
# ... and a digest label naming a world region ("South-east Asia: framework deals set rates of 19% for Indonesia, ...")
# names the partners' group, not goods
WORLD_REGION_LABEL = (r"^\s*(?:(?:South|North|East|West|Central|Latin)(?:[- ]?(?:east|west))?\s+)?"
                      r"(?:Asia|America|Americas|Africa|Europe|Asia[- ]Pacific|Middle East|Gulf|Caribbean|Pacific)\s*$")
# ... unless the sentence says its percentages are another quantity: "dumping margins ... 123.04 percent for India",
# "Canada, with a 12.9% share", "consumer price increases of roughly 45% to 55%"
PROSE_RUNDOWN_OTHER_QUANTITY = (r"\b(?:margins?|shares?|growth|grew|grow|rose|fell|increases?|declines?|declined|inflation|"
                                r"GDP|prices?|market|forecasts?|poll\w*|survey\w*)\b")

# --------------------------------------------------------------------------- trade values
BALANCE_OF_TRADE = r"(?:\s+(?:in|on)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?trade)?"
TRADE_KIND_CUES = (
    ("total_trade", r"(?:total\s+)?(?:imports and exports|exports and imports|imports?-exports?|exports?-imports?)"),   # before "exports" alone
    # "a deficit in goods trade", "the surplus on trade in services": the balance noun names the figure, "trade" is only
    # what it is a balance of (the cue runs to "trade" so that it is as near as "trade" and wins the tie, round 17)
    ("trade_deficit", r"(?:trade\s+|goods\s+|merchandise\s+)*(?:deficits?|gap)" + BALANCE_OF_TRADE),
    ("trade_surplus", r"(?:trade\s+|goods\s+|merchandise\s+)*surplus(?:es)?" + BALANCE_OF_TRADE),
    ("exports", r"export(?:s|ed|ing|er|ers)?|shipp(?:ed|ing)|shipments?|sold|sells|sales to|sent"),
    ("imports", r"import(?:s|ed|ing|er|ers)?|bought|buys|buy|buying|buyer|purchas\w*"),
    ("total_trade", r"trade(?!\s+partners?)|traded|trading(?!\s+partners?)|two-way|bilateral|commerce|exchanged?|cross(?:es|ed|ing)? the border"),
)
# "They cover C$12.6 billion of ...": how far back (sentences) the measure's coverage figure a sentence goes on with may be
# (trade_values._measure_goes_on)
MEASURE_STORY_SENTENCES = 5
# the story's headline, deck and lede: where the country whose trade figures the story reports is named (context.story_reporter)
LEDE_SENTENCES = 6
# Round 39 (xreporter39): the national statistics office or agency whose release the story reports, named in the
# headline, deck or lede ("USDA sees farm trade deficit easing", "Eurostat reported on Friday", "according to trade
# statistics released by the South African Revenue Service (SARS)"), gives the story's reporter when no country owns a
# flow there (context.story_reporter): a release tells its own country's trade, whichever partner the story names most.
# Only names that belong to one country: not "Federal Statistical Office" (Germany's and Switzerland's), "Department of
# Agriculture" or "Commerce Department" (many governments have one), nor short forms shared with other bodies (ABS, CBS).
STATISTICS_AGENCIES = {
    "USDA": "USA", "Foreign Agricultural Service": "USA", "Census Bureau": "USA", "Bureau of Economic Analysis": "USA",
    "Eurostat": "EUU",
    "South African Revenue Service": "ZAF", "SARS": "ZAF",
    "Statistics Canada": "CAN", "StatCan": "CAN",
    "Office for National Statistics": "GBR", "ONS": "GBR", "HMRC": "GBR",
    "Destatis": "DEU",
    "INEGI": "MEX",
    "General Administration of Customs": "CHN",
    "Central Statistics Office": "IRL",
}
# Round 48 (xtvreporter48): below the lede an agency gives the reporter only where the story cites its figures -- a data
# word within AGENCY_DATA_REACH characters either side ("according to Census Bureau figures", "Figures from Destatis ...
# show", "Source: U.S. Census Bureau", "By the Census Bureau's count") -- not where it is quoted on something else ("the
# USDA says: from 7 percent of domestic use", d3141's Pakistan rice story)
AGENCY_DATA_WORDS = r"\b(?:data|figures|statistics|numbers|count|according\s+to|sources?:)(?!\w)"
AGENCY_DATA_REACH = 40
# A country owning the story's trade balance or its whole foreign trade (round 24, context.story_reporter), besides the
# possessive flows: the name used attributively before a goods/trade balance ("the US trade deficit barely moved", "The
# U.S. trade gap shrank", "US goods trade deficit falls", "America's goods deficit with China") -- "trade" or "goods" is
# required, so a budget deficit is no trade balance -- and a possessive whole trade ("China's foreign trade reaches 45.47
# trillion yuan", "China's goods trade grew"), not its ministers or talks.
OWNED_BALANCE_AFTER = (r"(?:['’]s)?\s+(?:(?:goods\s+and\s+services|goods|merchandise|overall|monthly|annual|record)\s+){0,2}"
                       r"(?:trade|goods)\s+(?:surplus|deficit|gap|balance|shortfall)\b")
OWNED_TRADE_AFTER = (r"['’]s\s+(?:foreign|goods|merchandise|external|overall|total)\s+trade\b(?!\s+(?:minist|representative|chief"
                     r"|commissioner|secretar|official|office|polic|agreement|deal|talk|negotiat|war|body|agenc|department|strateg|zone"
                     r"|committee|chamber|council|commission|bureau|administration|authorit|institut|association))")
# A possessive flow with one free word between the owner and the flow's noun (round 31, xtvmain31): a month, a
# status or the goods ("Malaysia's November exports climb", "South Africa's preliminary trade surplus jumped", "Japan's
# chip exports") -- and a possessive maker that exports ("Korea's carmakers exported ...").  One word only, no
# preposition or article: "China's ban on exports" and "Canada's curbs hit US exports" are no flow of the owner's, nor
# is a measure on the flow ("Washington's steep import tariffs").
OWNED_FLOW_ONE_WORD_AFTER = (r"['’]s\s+(?!(?:on|of|to|from|for|with|in|into|against|and|or|the|a|an|its|their|new|"
                             r"ban|bans|curbs?|tariffs?|duties|dut(?:y|ies)|levies|levy|hits?|cuts?)\b)[\w-]+\s+"
                             r"(?:(?:exports|imports|shipments|trade\s+(?:surplus|deficit|balance|gap))\b"
                             r"|(?:export|import)\b(?!\s+(?:tariff|dut|levy|levies|tax|ban|curb|control|restriction|quota|licen|polic|rule))"
                             r"|(?:exported|imported|shipped)\b)")
# A possessive bare "trade" whose verb states its level ("Vietnam's trade passes US$800 billion", "Malaysia's trade
# reached RM263.8 billion"): the country's whole trade, so the story's reporter (round 31); "China's trade minister",
# "Canada's trade with the US" and "Japan's trade talks" have no level verb after "trade".
OWNED_TRADE_LEVEL_AFTER = (r"['’]s\s+trade\s+(?:(?:has|had|have)\s+)?(?:pass(?:es|ed)?|reach(?:es|ed)?|hits?|top(?:s|ped)|"
                           r"r[io]se|rises|f[ae]ll|falls|gr[eo]w|grows|climb(?:s|ed)|jump(?:s|ed)|surg(?:es|ed)|"
                           r"total(?:s|l?ed)|stood|stands|slip(?:s|ped)|sl[iu]d|slides|dropp?(?:s|ed)?|expand(?:s|ed)|"
                           r"shr[ai]nk|shrinks|increas(?:es|ed)|decreas(?:es|ed)|declin(?:es|ed)|exceed(?:s|ed)|came)\b")
# The attributive balance is the owner's only where the phrase opens its clause ("Despite Trump's tariffs, the US trade
# deficit barely moved", "The week in trade: US trade gap shrinks"): as an object ("shrink the US trade deficit", "pointing
# to the large US trade deficit with the country", "each U.S. trade deficit") it is a partner's or any country's balance
# named in another country's story.
BALANCE_CLAUSE_START = r"(?:^|[,:;—–\n]\s*|\.\s+)(?:the\s+)?$"
# The balance defined by its two sides ("The gap between what the United States imports and what it exports narrowed",
# "the difference between what France buys and what it sells abroad"): the country whose buying and selling it is.
BALANCE_SIDES_BEFORE = r"\bbetween\s+what\s+(?:the\s+)?$"
BALANCE_SIDES_AFTER = r"\s+(?:buys|imports|sells|exports)\b"
# The sentences a headline (and a deck) can be among: a line alone in its paragraph with no end punctuation near the top of
# the body (round 21, trade_values.headline_only)
HEADLINE_SENTENCES = 3
TRADE_CONTEXT = r"(?:trade|traded|trading|two-way|bilateral|commerce|exports?|exported|imports?|imported|shipped|shipping|sold|sells|bought|buys|buy|buying|buyer|purchas\w*|deficits?|surplus(?:es)?|shipments?|goods|products|merchandise|worth of|tariffs?|counter-?tariffs?|countermeasures?|duties)"
# Money near these words is not a trade value (revenue, aid, investment, prices ...).
NON_TRADE_MONEY = r"(?:revenues?|collected|collect|raised|raise|raising|costs?|costing|fund|funds|funding|aid|invest\w*|loans?|package|budget|relief|support|spend\w*|prices?|priced|subsid\w*|vouchers?|bailout|GDP|market value|valuation|salary|salaries|wages?|fines?|penalty|profit\w*|losses|lose|lost|earnings|income|taxpayers?|per (?:barrel|tonne|ton|pound|kilogram|unit|vehicle|car|hour))"
# Currency signs and words -> ISO 4217 (codes checked against pycountry.currencies in money.py).
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "USD$": "USD", "$": "USD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "Can$": "CAD", "CDN$": "CAD", "Cdn$": "CAD", "CAD": "CAD", "CAD$": "CAD",
    "MX$": "MXN", "Mex$": "MXN", "MXN": "MXN", "MXN$": "MXN",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": None, "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "INR": "INR", "Rs": "INR", "Rs.": "INR", "₹": "INR", "KRW": "KRW", "₩": "KRW", "BRL": "BRL", "R$": "BRL",
    "CHF": "CHF", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "$US": "USD", "$A": "AUD",
    "₦": "NGN", "฿": "THB", "RM": "MYR",
    # the New Taiwan dollar ("NT$389.82 billion"); the shilling as Kenya's press writes it ("Sh50.87 billion",
    # "KSh6 billion", "Ksh.95.3 billion"), only before a number (money._PREFIX)
    "NT$": "TWD", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "KSh.": "KES", "Ksh.": "KES",   # "Ksh.95.3 billion" (round 41)
    # "Euro 313.4 billion": the capitalised name before the number, only with a multiplier (never "Euro 2024")
    "Euro": "EUR",
}
# round 50: "exported 79.721 billion dollars and imported 60.822 billion": the writer who names the currency in a
# word after the number leaves it off the next amount of the sentence; the bare amount is money in that currency only
# when nothing after it names another unit (a function word or punctuation follows, not "vehicles", "bottles", "people")
ELIDED_AMOUNT_NEXT = (r"(?:$|[,.;:)\"\u201d']|(?:in|a|the|last|this|from|to|for|on|over|during|recorded|compared|against|while"
                      r"|and|but|at|as|since|earlier|before|year|respectively)\b)")
# round 50: currency names several countries share ("15 billion dirhams": Morocco's or the UAE's), which ISO_NAMES
# leaves out: the story's country decides, as "¥" is yen or yuan (trade_values._story_currency_money)
STORY_CURRENCY_NAMES = {        # the word (read with or without a plural "s") -> {story's country: currency}
    "dirham": {"MAR": "MAD", "ARE": "AED"},
    "dinar": {"JOR": "JOD", "KWT": "KWD", "BHR": "BHD", "IRQ": "IQD", "LBY": "LYD", "TUN": "TND", "DZA": "DZD",
              "SRB": "RSD"},
    "rial": {"OMN": "OMR", "IRN": "IRR", "QAT": "QAR", "YEM": "YER"},
    "kwacha": {"ZMB": "ZMW", "MWI": "MWK"},
    "krone": {"NOR": "NOK", "DNK": "DKK"}, "kroner": {"NOR": "NOK", "DNK": "DKK"},
    "krona": {"SWE": "SEK", "ISL": "ISK"}, "kronor": {"SWE": "SEK"}, "kr\u00f3na": {"ISL": "ISK"}, "kr\u00f3nur": {"ISL": "ISK"},
}
# Mexico's press abbreviation for millions of dollars / pesos after the number ("a deficit of 4,558 mdd"):
# (currency, multiplier) (money._MONEY_ABBREV)
CURRENCY_ABBREVIATIONS = {"mdd": ("USD", 1e6), "mdp": ("MXN", 1e6)}
# one letter before the number, as the rand's and the naira's own press writes them ("R12.4 billion", "(R277.8bn)",
# "N323.96 billion"): money only with a multiplier after it (money._MONEY_LETTER), never "R2" or "N95" alone
CURRENCY_LETTERS = {"R": "ZAR", "N": "NGN"}
CURRENCY_WORDS = {
    "US dollars": "USD", "U.S. dollars": "USD", "American dollars": "USD", "USD": "USD",
    "Canadian dollars": "CAD", "Canadian": "CAD", "CAD": "CAD", "Cdn": "CAD", "Australian dollars": "AUD",
    "pesos": "MXN", "Mexican pesos": "MXN", "MXN": "MXN", "dollars": "USD", "US": "USD", "U.S.": "USD",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY",
    "yen": "JPY", "JPY": "JPY", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "GBP": "GBP",
    "rupees": "INR", "INR": "INR", "won": "KRW", "KRW": "KRW", "reais": "BRL", "reals": "BRL", "BRL": "BRL",
    "Swiss francs": "CHF", "francs": "CHF", "CHF": "CHF",
}
# round 42 (xtvtable42): a line stating the unit once for the bare numbers of a table or list after it ("in $ billion
# (month | exports | imports ...):", "(bn €)", "in millions of dollars:", "(US$ billion)"): its currency and its scale
# (trade_values.unit_tables reads the numbers; a rate, a share, a year or a count beside them is no cell)
TABLE_UNIT_CURRENCY = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                       "dollars": "USD", "US dollars": "USD", "U.S. dollars": "USD", "euros": "EUR", "pounds": "GBP"}
TABLE_UNIT_SCALE = {"billion": 1e9, "billions": 1e9, "bn": 1e9, "million": 1e6, "millions": 1e6, "mn": 1e6}
# the kind a column header or row label names, first match wins ("trade deficit" before "trade"); a balance takes its sign
TABLE_KIND_WORDS = (("trade_deficit", r"deficits?|trade\s+gap"), ("trade_surplus", r"surplus(?:es)?"), ("balance", r"balance"),
                    ("exports", r"exports?|exported"), ("imports", r"imports?|imported"),
                    ("total_trade", r"(?:total\s+|two-way\s+|intra-[\w-]+\s+)?trade"))
MULTIPLIERS = {
    "trillion": 1e12, "tn": 1e12, "T": 1e12, "billion": 1e9, "bn": 1e9, "B": 1e9, "bln": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "M": 1e6, "m": 1e6, "b": 1e9, "thousand": 1e3, "K": 1e3, "k": 1e3,
    # round 25b: "RM270.88bil", "$163 bil" (Malaysian outlets' billions), "$1.189 trln" (a wire's trillions)
    "bil": 1e9, "trln": 1e12,
}
# round 25b: an amount written in words before its multiplier and currency word ("about half a billion US dollars",
# "only three million dollars"): the number each word stands for; a bare "a" is left out ("paid a little over a million
# dollars in tariffs", "a million-dollar question": a manner of speaking more often than a figure)
SPELLED_NUMBERS = {
    "half a": 0.5, "a quarter of a": 0.25, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100,
}

# --------------------------------------------------------------------------- quotes
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|declared|declares|stated|states|noted|notes|echoed|"
    r"wrote|writes|posted|posts|insisted|insists|warned|warns|argued|argues|explained|explains|"
    r"continued|continues|remarked|observed|asked|asks|replied|replies|responded|responds|"
    r"stressed|stresses|emphasized|emphasised|emphasizes|said in a statement|announced|announces|"
    r"vowed|vows|promised|promises|pledged|pledges|conceded|concedes|acknowledged|acknowledges|"
    r"admitted|admits|predicted|predicts|cautioned|cautions|complained|complains|joked|jokes|"
    r"quipped|recalled|recalls|urged|urges|tweeted|countered|counters|concluded|concludes|"
    r"suggested|suggests|agreed|agrees|claimed|claims|boasted|boasts|lamented|laments|"
    r"mused|muses|shouted|yelled|reckons|reckoned|believes|believed|told reporters|told a news conference|said on \w+|"
    r"went on|goes on"
)
# Verbs that introduce a partial-phrase quote ("... described the deal as a “win”").
PARTIAL_QUOTE_VERBS = (
    SPEECH_VERBS
    + r"|describ(?:ed|ing|es?)|call(?:ed|ing|s)?|dubb(?:ed|ing)|dubs|term(?:ed|ing|s)|label(?:l?ed|l?ing|s)|"
    r"brand(?:ed|ing|s)|referr(?:ed|ing)|refers|characteri[sz](?:ed|ing|es)|blast(?:ed|ing|s)|"
    r"slamm(?:ed|ing)|slams|denounc(?:ed|ing|es)|decr(?:ied|ies|ying)|prais(?:ed|ing|es)|"
    r"tout(?:ed|ing|s)|hail(?:ed|ing|s)|saying|stating|adding|noting|warning|insisting|arguing|"
    r"calling|describing|stressing|promising|vowing|pledging|urging|suggesting|declaring"
)
# Verbs that, right before ", “" or ": “", introduce a full quote.
QUOTE_INTRO_VERBS = SPEECH_VERBS + r"|saying|stating|adding|noting|warning|insisting|arguing|declaring|telling \w+|writing|posting"

# =========================================================================== quotes & people (branch quotes)
# Word lists for quote attribution and people (tariffscope/articles/quotes.py, people.py).  Kept in one
# block at the end of this file so edits elsewhere in it merge cleanly.
# Nouns that name what a person is in an appositive or before a name: "Gareth Stace, director general
# of UK Steel", "EU sanctions envoy David O'Sullivan", "Andrew Brunson, an evangelical pastor".
PERSON_ROLE_NOUNS = (
    "taoiseach", "tánaiste",         # Ireland's prime minister and deputy ("The Tánaiste, Simon Harris,")
    "adviser", "advisor", "envoy", "commissioner", "director general", "director", "dean", "professor",
    "pastor", "president", "vice president", "secretary general", "general secretary", "secretary",
    "chief executive officer", "chief executive", "executive director", "managing director", "founder",
    "co-founder", "owner", "chairman", "chairwoman", "chairperson", "chair", "head", "chief", "economist",
    "analyst", "strategist", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "legislator",
    "senator", "congressman", "congresswoman", "representative", "official", "officer", "ambassador",
    "governor", "leader", "lawyer", "attorney", "judge", "justice", "partner", "manager", "researcher",
    "fellow", "member", "deputy", "aide", "diplomat", "mayor", "premier", "minister", "negotiator",
    "farmer", "rancher", "grower", "producer", "consultant", "expert", "trader", "investor", "executive",
    "ceo", "cfo", "coo", "cto", "chancellor", "king", "queen", "prince", "emperor", "sheikh", "emir",
    "lecturer", "scholar", "historian", "author",
    "candidate", "nominee", "chief of staff", "adviser", "counsel", "vice chair", "vice-president",
    "vice-chair", "treasurer", "secretary of state", "undersecretary", "under secretary", "administrator",
    "billionaire", "tycoon", "entrepreneur", "businessman", "businesswoman", "magnate", "activist", "worker",
)
# Modifier words allowed between an article/possessive and a role noun ("the senior presidential
# secretary", "an evangelical pastor", "the association's chief executive").
PERSON_ROLE_MODIFIER = r"[a-zA-Z][\w’'\-.]*"
# Plural titles before coordinated names: "Republican Sens. Thom Tillis and Lisa Murkowski".
PLURAL_TITLES = ("Sens.", "Senators", "Reps.", "Representatives", "Justices", "Ministers", "Presidents",
                 "Governors", "Premiers", "Commissioners", "Secretaries", "Drs.")
# Honorifics dropped from a name ("Sir Keir Starmer" is Keir Starmer; "Sir Keir" refers to him).
HONORIFICS = frozenset({"Sir", "Dame", "Lord", "Lady", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
                        "Prof", "Prof.", "Professor", "Sen.", "Rep.", "Gov.", "Gen.", "Sheikh", "Madam"})
# Family names written first (Korean, Chinese, Vietnamese order): "Lee Jae Myung" is then "Lee",
# "Moon Jae-in" is "Moon".  A name whose FIRST token is one of these is referred to by that token too.
FAMILY_NAME_FIRST = frozenset(
    """Lee Kim Park Choi Jung Chung Moon Yoon Kang Cho Han Shin Oh Seo Kwon Hwang Ahn Yoo Hong Jeon
    Ko Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Jin Yu Xi Li Wang Zhang Liu Chen
    Zhao Huang Zhou Wu Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao
    Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fu Qin Nguyen
    Tran Pham Hoang Vo Bui Dang Ngo Duong""".split()
) | frozenset(
    # round 46: the romanisations of Singapore, Malaysia, Taiwan and Hong Kong ("Gan Kim Yong" is "Gan", "Liew Chin Tong"
    # is "Liew", "Lim Guan Eng" is "Lim"), quoted by their family name in Asian outlets' copy
    """Gan Tan Lim Goh Ong Teo Yeo Koh Chua Sim Liew Loke Khoo Chong Chan Wong Leung Cheung Lau Lam Ng Tsang Yau
    Chow Lai Tsai Hsu Kung Chiu Kuo Tseng Chuang""".split()
)
# Capitalised words that make a "name" an organisation, a publication or a document, never a person.
NON_PERSON_WORDS = frozenset(
    """Motor Customs Shimbun Deal Steel Whisky Economics Administration Treaty Pact Framework Plan
    Programme Program Act Law Order Accord Summit Forum Group Review Report Daily Weekly Today Online
    Media Agency Ministry Club Council Cabinet Mission Airport Stadium Plaza Square Avenue Road Bridge
    Port Island Islands River Valley Canal Strait Sea Ocean Tower Hotel Resort Center Centre Hall
    Electronics Energy Airways Systems Technologies Technology Pharma Pharmaceuticals Foods Brewing
    Chemicals Logistics Semiconductor Semiconductors Petroleum Oil Gas Power Mining Metals Aluminum
    Aluminium Automotive Auto Autos Health Labs Solutions Networks Telecom Communications Entertainment
    Apparel Textiles Shipping Lines Railway Railways Rail Railroad Trust Investments Ventures Advisors
    Advisory Consulting Strategies Associates Coalition Alliance Society Organization Organisation
    Index Price Prices Survey Data Outlook Monitor Tracker Exchange Futures Treasury Treasuries
    Customs Border Patrol Guard Navy Army Force Forces Command Economic Zone Zones Corridor""".split()
)
# What follows a surname when the name stands for an administration, era or policy, not the person
# mentioned ("the Trump administration", "the Biden era").
SURNAME_AS_ADJECTIVE = r"(?:administration|administration’s|administration's|era|years|presidency|government|White House|campaign|team|doctrine|tariffs?|trade war|officials?|aides?|allies|cabinet)"
# Headings that open a block of links or other stories at the end of a page (not article text).
LINK_BLOCK_HEADINGS = (
    r"^(?:Related(?:\s+(?:stories|articles|coverage|content|news|reading|links|topics))?|RELATED(?:\s+\w+)?|"
    r"More\s+(?:from|on|in|about)\b.{0,40}|(?i:read\s+(?:more|next|also)|also\s+read)|"
    r"Recommended(?:\s+\w+)?|You\s+may\s+also\s+like|Most\s+(?:read|popular|viewed)|Further\s+reading|"
    r"See\s+also|Latest(?:\s+\w+)?|Trending|Top\s+stories|What\s+to\s+read\s+next)\s*:?$"
)  # regex source
# Lines that point to another story ("Read more: Trump says talks made “great progress”").
# The pointer words are matched in any case and with ":" or "|" after them ("ALSO READ:", "Also Read:", "Also read |",
# "READ ALSO:", "Read also:" on Indian and African outlets, as "Read more:" elsewhere).
LINK_LEAD = r"(?i:read\s+more|related|see\s+also|also\s+read|read\s+also)"  # regex source
LINK_LINE = (r"^(?:" + LINK_LEAD + r"|Watch|WATCH|Listen|LISTEN|More|MORE|Opinion|OPINION)\s*[:|]")  # regex source
# Speech verbs for quotes and partial quotes beyond SPEECH_VERBS / PARTIAL_QUOTE_VERBS.
EXTRA_SPEECH_VERBS = r"wrote in a note|wrote in a report|said in a note|commented|reiterated|maintained|charged|alleged|accused|accusing|recast|recasting|portrayed|framed|writing|posting|telling|announcing|hailing|blaming|praising|cautioning|lamenting|calling for|describes|describe|call"
# round 29: verbs of speech and stance that govern a partial quotation the labels attribute ("Hayashi repeated on Friday
# that the measures were “extremely regrettable”", "Lutnick then confirmed that “the rate will be 50%.”", "Navarro lashed
# out at “foreign trade cheaters”", "Wang also spoke of “profound changes”"; each seen unattributed in dev)
EXTRA_SPEECH_VERBS += (r"|repeated|repeating|confirmed|confirming|reminded|reminding|asserted|asserting|attacked|"
                       r"lashed out at|blamed|thanked|spoke of|pointed to|pointed out|answered|credited")
# Lead-ins that make a quotation a title, not speech: “... ran under the headline “...”.
TITLE_CUES = (r"(?i:headlines?|headlined|titled|entitled|slogan|hashtag|banner|motto|known as|"
                        r"nicknamed|the words|the phrase|the term|the label|signs? reading)\s*[:,]?\s*$")  # regex source
# "who, in his words, had reduced ... to a “...”", "In her view, Washington justified the first round with “...”", "In Mr
# Trump's own words: “...”", "“...,” in the President's words.": the words in the quotation are the pronoun's
# referent's or the owner's (regex source; round 29)
IN_OWN_WORDS = (r"\b[Ii]n\s+(?:(?P<pro>his|her)|(?P<owner>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})(?:’s|'s))"
                r"\s+(?:own\s+)?(?:words|view|telling)\b")
# =========================================================================== end quotes & people

# consolidate.py: what a headline's tariff reading must share with a sentence's reading of the same rate to
# stand, and what any other telegraphic line's must (fewer party words there: the imposer alone is the safer test)
HEADLINE_PARTIES = ("imposer", "target")
# timeline.headline_start: a section kicker above the headline ("BUSINESS", "Trade | Germany", "The Korea Herald >
# Business > Industry", "MARKET & PRODUCT"): a line of at most KICKER_MAX_LOWER lowercase words (a headline in
# sentence case has more) that either has a section separator or is at most KICKER_MAX_WORDS words long (a headline
# in Title Case has neither). The headline is the line after it (round 13b).
KICKER_SEPARATOR = r"\s[|>›·/]\s"  # regex source
KICKER_MAX_LOWER = 2
KICKER_MAX_WORDS = 3
LINE_PARTIES = ("imposer",)
# consolidate.py: a collective noun the product lexicon reports, and the goods it stands for when the article names
# them at the same rate (LABELING.md: "metals" for goods named beside it -> the named goods)
COLLECTIVE_GOODS = {"metals": frozenset({"steel", "aluminium", "aluminum", "copper", "steel products", "aluminum products",
                                         "aluminium products", "iron"})}
# consolidate.py (round 44, xgoods44): the member words a collective's own sentence, the sentence before or the headline
# names, which a collective fact with no member reading at its rate stands for ("Washington doubled its metals tariff to
# 50 percent" beside "British steel and aluminium"; "the levy on both metals" under "US doubles steel, aluminum
# tariffs"): the dev labels give the members, never "metals", at such a rate. Regex sources, keyed like COLLECTIVE_GOODS.
COLLECTIVE_MEMBER_WORDS = {"metals": r"\b(?:steel|aluminium|aluminum|copper)\b(?!\s+(?:ore|scrap|industry|makers?|mills?|workers?))"}
# the collective points back past its own sentence only with a word that says so ("both metals", "the two metals", "those
# metals"); a bare one ("the rate on Canadian metals", d015, labelled "metals") names the class
COLLECTIVE_POINTER = r"\b(?:both|the two|these|those)\s+"
# consolidate.py: a sentence that says its rate covers every partner ("a 10% baseline", "a global tariff of 10%", "on
# all imports"): LABELING.md keeps such a measure beside the same rate on named goods or a named country, so a reading
# from such a sentence never gives way as a restatement that lost its target or goods
ALL_PARTNERS = (r"\b(?:baseline|global|universal|worldwide|across[- ]the[- ]board|(?:all|every|nearly every|most|other) "
                r"(?:countries|country|nations|trading partners|partners|imports|goods|products|foreign))\b")
# consolidate.py: a quotation of at least this many words is speech; shorter ones are labels or scare quotes
# ("the “direct tariff of 15%”"), which LABELING.md does not count as quotes either
SPEECH_MIN_WORDS = 5
# tariffs.py (round 12): a rate whose own sentence names no goods continues the sentence before; when that sentence's
# rates covered a list of at least this many goods and this sentence, before the rate, calls it another measure
# (ANOTHER_MEASURE: "It will suspend the additional 24% levy" after "15% on chicken, wheat ... and 10% on soybeans,
# ..."; "A second group of products will carry 10%"), the list is not handed on: it belongs to the measure read there.
# One good still carries ("The combined rate of 35.19 per cent took effect"), and so does a restated list ("It
# doubled both rates to 50%"; "The higher rate applies to all countries except the UK, which will remain at 25%").
CARRIED_LIST_MIN = 2
ANOTHER_MEASURE = r"(?:additional|second|separate|further|extra|another|other)"
# consolidate.py (round 12): goods named only as examples of a broad class ("tariffs on products such as steel,
# aluminium and auto parts", "Cambodia, whose exports, largely clothing and footwear, will be charged 49%",
# "industries such as footwear and textiles could still suffer under a 19% duty"): LABELING.md's examples do not split
# a measure. The class noun, up to 25 other characters, the cue, then the items (no rate, no clause break among them).
EXAMPLE_CLASS = r"(?:products|goods|exports|imports|industries|sectors|items|categories|commodities|shipments|branches)"
EXAMPLE_CUE = r"(?:such as|including|like|largely|mainly|mostly|chiefly|notably|especially|particularly|among them|led by)"
# consolidate.py (round 16, xsurplus3): goods a rate's sentence names for something other than the rate. LABELING.md
# gives a fact the goods of the clause stating the rate and does not split a measure over goods named as examples:
# - what the hit firms or economy make or sell ("Highland firms that export whisky, seafood ...", "the manufacturing
#   base, which produces shoes and clothing, ... the threatened 46% levy") and goods "among the goods that carry"
#   the rate are examples of the goods hit, not the measure's goods (MAKERS_GOODS: the items after a maker's verb;
#   AMONG_THE_GOODS: the verb after the items, which run back to the clause break before them);
# - goods of another measure the sentence adds after the rate without a rate of its own ("a 10% rate on energy and
#   potash, on top of sector levies on autos, steel and aluminium"; "pays the 10% baseline tariff ..., plus higher
#   duties on cars, steel and aluminium"): ADDED_MEASURE is the connector, then that measure's tariff noun.
MAKERS_GOODS = (r"\b(?:that|which|who)\s+(?:exports?|exported|produces?|produced|makes?|made|manufactures?|ships?|"
                r"shipped|sells?|sold)\s+(?P<made>[^;:.%\d()]+)")
AMONG_THE_GOODS = r"\s(?:are|were|is|was)\s+among\s+the\s+(?:goods|products|exports|items)\b"
ADDED_MEASURE = r"\b(?:on top of|plus|in addition to|as well as|besides|along with|alongside|aside from|apart from)\b"
# tariffs.py (round 13): the penalty rate on goods routed through a third country to evade duties ("a 40% tariff on
# goods transshipped through the country", "a 'transshipment' tariff of 40% on goods found to have been routed through
# third countries", "transshipped goods ... would be hit with an extra 40% duty"). LABELING.md's labels name its goods
# TRANSSHIPPED_GOODS whatever words the sentence uses; the cue is looked for in the rate's own stretch of its clause.
TRANSSHIPMENT_CUE = r"(?:trans-?ship\w*|routed\s+through\s+(?:a\s+)?third\s+countr\w*)"
TRANSSHIPPED_GOODS = "transshipped goods"
# round 15 (LABELING.md, round 13): the penalty on transshipped goods hits the country the goods are routed through
# when the sentence names it ("goods transshipped through Vietnam"), and no one partner when they pass through any
# third country (target null: "routed through third countries"), whatever country the sentence names otherwise; "through
# the country" keeps the partner the sentence gives.  The words that introduce the routing country (regex source), how
# far after them it is looked for, and the words for any third country (regex source)
ROUTED_THROUGH = r"(?:through|via|by\s+way\s+of)"
THIRD_COUNTRIES = r"(?:a\s+|an?other\s+|other\s+|third\s+|intermediary\s+|intermediate\s+)+(?:third\s+)?countr(?:y|ies)"
ROUTED_THROUGH_REACH = 40
# tariffs.py (round 14): goods taken out of a rate by an act of removal ("exempted a list of Brazilian food products
# from the additional 40% tariff", "taking a list of food products out of the 40% tariff", "oranges were exempted from
# the 30% tariffs", "took the 10% reciprocal duty off Brazilian farm goods", "removes the 40% levy from the listed food
# products"). LABELING.md (round 13): the rate `lifted` with the exempted goods, and the rate with its remaining scope.
# Not a carve-out the measure had from the start ("remain exempt", "left out of the 50% copper tariff").
EXEMPTING_VERB = r"(?:exempted|exempts|exempting)"
TAKING_OUT_VERB = r"(?:took|takes|taking|taken|removed|removes|removing|pulled|pulls|pulling)"
EXEMPTED_PASSIVE = r"(?:exempted|spared|taken\s+out)"
REMOVING_VERB = r"(?:took|takes|taking|removed|removes|removing|lifted|lifts|lifting|stripped|strips|stripping|" \
                r"scrapped|scraps|scrapping|dropped|drops|dropping)"
# tariffs._left_out_goods (round 16, LABELING.md round 15: "Goods left out of a rate from the start ... are labelled
# as goods exempted: the rate `lifted` with those goods", and the rate with product null in its own status): goods
# the sentence says stand outside a rate ("Medicines are also currently spared from the 39% reciprocal tariff",
# "Pharmaceuticals are likewise exempt from the 10% baseline duties", "chips are outside the 19% tariff").  The
# copulas, the adverbs allowed between copula and cue (at most two), and the cues (regex sources).
LEFT_OUT_COPULA = r"(?:are|is|were|was|remain|remains|remained|stay|stays|stayed|have\s+been|has\s+been|had\s+been)"
LEFT_OUT_ADVERB = r"(?:now|also|currently|still|likewise|largely|entirely|completely|so\s+far|for\s+now)"
# round 31 (xexempt31; LABELING.md round 30: goods a rate leaves out are `lifted` under it also when the rate is only
# announced or a deal's cap): goods a decided measure "will be" / "would be" left out of, the rate stated right after the
# cue ("The White House said certain goods, such as copper, ..., would be exempt from the 32 percent rate"; "the US
# announced that electronics would be excluded from the 145% tariff"). Read in the rate's own sentence only
# (tariffs._left_out_goods, _listed_exemption): the modal speaks of the measure's start, not of the exemption. Not
# "could / may / might be exempt" (an exemption only possible) nor one hung on a condition (LEFT_OUT_MODAL_HEDGE).
LEFT_OUT_MODAL_COPULA = r"(?:will|would|shall)\s+(?:also\s+|now\s+|still\s+|then\s+)?(?:be|remain|stay)"
LEFT_OUT_MODAL_HEDGE = r"\b(?:if|unless|whether|could|may|might|should|hopes?|asked|urged|wants?|seeks?|expects?|expected)\b"
# round 31 (xexempt31): goods said not to pay a rate, stated right after the verb, are goods left out of it as "exempt from"
# says (LABELING.md rounds 15 and 30): "Steel and aluminum articles ... are not subject to the 40%", "Copper articles ...
# do not pay the additional 40%", "Generic medicines from Japan will not pay the baseline 15% tariff", "Australian beef
# will no longer pay a 10 per cent tariff", "Embraer passenger jets and orange juice have escaped the 50% rate". Not
# "would not pay" (a proposal or a condition) nor under a condition (LEFT_OUT_NOT_PAYING_HEDGE: "Where a company meets
# that test, its branded and patented drugs will not pay the new 100% duty").
LEFT_OUT_NOT_PAYING = r"(?:(?:are|is|were|was|remain|remains)\s+not\s+subject\s+to|(?:do|does|did|will)\s+not\s+(?:pay|face)|" \
                      r"(?:will\s+)?no\s+longer\s+(?:pay|face)|(?:have|has)\s+(?:so\s+far\s+|now\s+)?escaped|escaped)"
LEFT_OUT_NOT_PAYING_HEDGE = r"\b(?:if|unless|whether|where|would|could|may|might|should|hopes?|asked|urged|wants?|seeks?|" \
                            r"expects?|expected|propos\w*|in\s+principle)\b"
# round 27 (xexempt27): "not covered by" the rate is the same carve-out ("Pharmaceutical products are not covered by the
# 31 per cent tariff", d1031; "medicines are not covered by the new 39% tariff", d1332; "... are not covered by the 20%
# tariff", d1315: INDEX notes of three writer batches label these goods `lifted`)
LEFT_OUT_CUE = r"(?:exempt(?:ed)?|spared|excluded|left\s+out|carved\s+out|kept\s+out|outside|not\s+covered\s+by)"
# tariffs._interrupted_subject (round 27, xexempt27; LABELING.md round 15: goods left out of a rate are `lifted` with
# it): the goods subject of an exemption cue set off from its copula by an interrupter -- an apposition ("Pharmaceuticals,
# the country's largest export, were exempt from the 39% rate", "Refined copper, the form in which Chile sells most of
# its metal abroad, was exempted from the tariff") or a relative clause ("Pharmaceuticals, which remain exempt from the
# 39% tariff, slipped", "pharmaceuticals, which have been left out of the rate", "crude oil, which dominates shipments
# to America, is exempt"); the earlier readers take the subject from the last comma on and so read the interrupter.
# The relative pronouns, and the longest interrupter read (characters).
INTERRUPTER_RELATIVE = r"(?:which|that)"
INTERRUPTER_MAX_CHARS = 90
# tariffs._rate_free_exemption (round 20, LABELING.md round 15 as above): a sentence with no rate whose subject is
# goods left out of the measure an earlier sentence gave its rate ("Trump began applying the 39% tariffs on August 7.
# Pharmaceutical products and gold were exempt from the duty.", "Energy is exempted.", "Its main export, oil and gas,
# is left out of the tariff altogether"; writer batches d961-d976, d977-d992, d1041-d1056, d1057-d1072, d1121-d1136).
# The measure's nouns after "from/of the", and how many sentences back the measure's rate may stand.
RATE_FREE_MEASURE_NOUN = r"(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|taxe?s?|measures?|rates?)"
RATE_FREE_EXEMPTION_REACH = 2
# round 49 (xexemptapart49; LABELING.md rounds 15, 16 and 30: goods a rate leaves out are `lifted` under it, one fact
# per good, also when named "such as" / "including" but said to be exempted): the goods subject of a rate-free exemption
# sentence the round-20 form does not read -- examples in the subject ("Basic copper inputs, including ores, ... are
# left out of the tariffs"), a lead phrase ("Under it, wood pulp ... are also spared"), a hedge or a clause after the
# cue ("are excluded for now", "are exempt too", "are not covered by the new tariffs, he said"), "not covered" with no
# "by", a list the goods stand on ("remain on an exemption list", "are on the list of exclusions").  The cue, the
# adverbs read between the copula and the cue or right after it, and the measure words an object after the cue must
# name (a pronoun for the measure, or a measure noun; not a deal's or a tax's scope: "exempt from VAT").
EXEMPT_SUBJECT_CUE = (r"(?:exempt(?:ed)?|spared|excluded|left\s+out(?:side)?|carved\s+out|kept\s+out|not\s+covered|"
                      r"on\s+(?:an?|the)\s+(?:exemption|exclusion|exception)s?\s+list|"
                      r"on\s+the\s+list\s+of\s+(?:exclusions|exemptions|exceptions|exempted\s+\w+))")
EXEMPT_SUBJECT_ADVERB = (r"(?:now|also|currently|still|likewise|largely|entirely|completely|all|expressly|too|"
                         r"so\s+far|for\s+now|as\s+well|altogether|for\s+the\s+(?:time\s+being|moment)|"
                         r"at\s+present|on\s+the\s+other\s+hand)")
EXEMPT_SUBJECT_MEASURE = (r"(?:it|them|(?:the|that|this|these|those|its|his|their|both|all)\s+"
                          r"(?:[\w\"“”'’-]+\s+){0,3}?"
                          r"(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|measures?|rates?|hikes?|"
                          r"increases?|penalty|penalties)(?!\s+(?:reductions?|cuts?|relief|concessions?|breaks?|"
                          r"preferences?|quotas?|regimes?|schedules?|lists?|codes?)\b))\b")
# ... and the active form (round 49): an actor exempts the goods, the measure after "from" ("The White House has also
# exempted passenger vehicles, certain electronics, pharmaceuticals and critical minerals from the surcharge", "A list
# of close to 700 exemptions ... spared orange juice, nuts, cellulose and certain fertilizers from the new rate", "The
# order ... exempts goods such as coffee, beef, bananas and tomatoes from the "reciprocal" tariffs").  The verbs, and
# the words before the verb that make it no exemption made (a denial, a modal, a wish).
EXEMPTING_ACTIVE_VERB = r"(?:exempt(?:ed|s)|spare[sd]|exclude[sd]|(?:left|leaves)\s+out)"
EXEMPTING_ACTIVE_UNDONE = (r"\b(?:not|no|never|nor|would|could|may|might|should|will|wants?|asked|urged|sought|seeks?|"
                           r"refused|declined|failed|if|whether|unless)\b")
# round 50 (xexemptsaid50; LABELING.md rounds 15 and 30, and round 31's modal: goods a decided measure "will be" or
# "would be" left out of are `lifted` under it): the goods a speaker's clause or a fact-clause says stand outside the
# measure, in a sentence with no rate -- "The White House said the levy will not apply to copper scrap, copper ores
# ...", "The fact sheet said copper scrap would not be covered", "Carney said auto parts would be left out of the
# Canadian measure", "The official White House statement spelled out that copper inputs ... are not covered by the
# Section 232 tariffs", "the fact that semiconductors have been exempted from the tariffs".  The speaker's verb (or
# "the fact that") opens the complement clause, read as the round-20 and round-49 subject forms read a sentence once
# its future ("will / would be", "will / would not be covered") is read as the copula: reported speech of a decided
# measure, not a possibility.  Not a speaker who only argues, asks or hopes, nor a clause in doubt (EXEMPT_SAID_HEDGE
# anywhere before the cue: "officials who argued that some farm products should be spared", "could be spared").
EXEMPT_SAID_VERB = (r"(?:said|says|told\s+(?:[\w.-]+\s+){0,3}?|confirmed|announced|stated|spelled\s+out|noted|added|"
                    r"explained|wrote|showed|shows|specified|specifies|made\s+clear)")
EXEMPT_SAID_HEAD_CHARS = 160     # the speaker and what comes before the verb, at most
EXEMPT_SAID_CUE = (r"(?:exempt|spared|excluded|left\s+out|carved\s+out|kept\s+out|not\s+(?:be\s+)?covered|"
                   r"n[o']t\s+apply|not\s+be\s+(?:subject|affected)|exclusion|exception)")
EXEMPT_SAID_HEDGE = (r"\b(?:if|unless|whether|could|may|might|should|can|hopes?|hoped|hoping|ask\w*|urg\w*|wants?|wanted|"
                     r"seek\w*|sought|expects?|expected|argu\w*|push\w*|lobb\w*|press\w*|consider\w*|propos\w*|"
                     r"unclear|not\s+clear|rumou?r\w*|possibl\w*|likely)\b")
# the clause's future read as the copula ("would not be covered" -> "are not covered", "will be exempt" -> "are
# exempt"), and the measure's own "will not apply to" a list (the measure a pronoun or a measure noun)
EXEMPT_SAID_FUTURE_NOT = r"\b(?:will|would|shall)\s+not\s+be\s+covered\b|\bwon[’']t\s+be\s+covered\b"
EXEMPT_SAID_FUTURE = r"\b(?:will|would|shall)\s+(?:(?:also|now|still|then)\s+)?(?:be|remain|stay)\b"
# ... and what makes the clause no lasting exemption of the story's measure: a stated period ("would be exempted from the
# tariffs for one month": `paused`, LABELING.md round 9), or a measure the clause names by words of its own ("left out
# of the Canadian measure", "left out of the steep reciprocal tariffs"), which need not be the one whose rate the
# sentences before tell (the copy takes the nearest rate's facts); "the new tariff", "the levy" are the story's measure
EXEMPT_SAID_PERIOD = (r"\b(?:for|during)\s+(?:a|one|two|three|six|several|the\s+next|\d+)\s+(?:more\s+)?"
                      r"(?:days?|weeks?|months?|years?)\b|\buntil\b|\bpending\b")
EXEMPT_SAID_SAME_MEASURE = r"(?:new|same|higher|additional|latest|announced|planned|proposed)"
EXEMPT_NOT_APPLY = (r"(?:will|would|shall|does|do|did)\s+not\s+apply|(?:won|doesn|don|didn)[’']t\s+apply")
# round 50: an exempted item that names a form of a good the lexicon knows ("copper scrap", "copper ores", "refined
# copper") is that form, not the good: the lexicon reads "copper" in each, so the items of "copper scrap, copper ores,
# copper concentrates or copper cathodes" fell together into the copper measure's own goods and gave no fact (20 dev
# articles of the 2025 copper order label the forms, 53 missed `lifted` labels on b407a78a). The item is kept as
# written when it is two words, the first the good and the second a noun the lexicon does not know and that is no
# word for the good's trade or makers (EXEMPT_FORM_GENERIC), or a good after a processing word (EXEMPT_FORM_LEAD).
EXEMPT_FORM_GENERIC = (r"(?:products?|goods|items?|exports?|imports?|shipments?|sales|prices?|sectors?|industr(?:y|ies)|"
                       r"makers?|producers?|companies|firms|tariffs?|dut(?:y|ies)|levy|levies|trade|market|supplies|"
                       r"inputs?|materials?|exporters?|importers?|sellers?|buyers?|output|volumes?|content|"
                       r"derivatives?|articles?|categor(?:y|ies)|lines?)")
EXEMPT_FORM_LEAD = r"(?:refined|unwrought|raw)"
# round 51: the raw forms a metal is traded in, as a list names them after one good ("copper ores, concentrates, mattes,
# cathodes and anodes", "copper inputs, such as ores, concentrates ..."): the lexicon knows none of them alone, so the
# exemption readers kept the good once or stopped at the first form. Each form in such a list takes the good its list
# names (LABELING.md round 39's shared head noun, round 50's form words kept): "copper concentrates". The class words
# after the good that open its forms as examples (EXEMPT_FORM_CLASS: "copper inputs, such as ...") name the good too.
EXEMPT_FORM_NOUN = r"(?:ores?|concentrates?|mattes?|cathodes?|anodes?|scrap|ingots?|billets?)"
EXEMPT_FORM_CLASS = r"(?:inputs?|input\s+materials?|raw\s+materials?|materials?|raw\s+inputs?)"
# the words that open the forms as examples of the class ("such as", "namely", "listed as", "among them")
EXEMPT_FORM_EXAMPLES = r"(?:among\s+them|including|such\s+as|notably|namely|listed\s+as|like)"
# at least this many forms in one list: one form alone is round 50's item ("copper scrap")
EXEMPT_FORM_LIST_MIN = 2
# a sentence with no rate that tells a good's forms left out (tariffs._rate_free_forms): the cue after the list ("copper
# inputs, namely ores, ..., will be subject neither to the Section 232 tariff nor ...", "... are not covered by the
# Section 232 proclamation", "... fall outside both ..."), or before it ("it left out copper materials such as ores, ...")
# -- the copper order's stories name the order by words of its own, which round 50's speaker's clause leaves
EXEMPT_FORM_FREE_CUE_AFTER = (r"\b(?:not\s+(?:be\s+)?(?:covered|subject\s+to)|(?:be\s+)?subject\s+neither|face\s+neither|"
                              r"(?:are|is|were|was|be)\s+(?:\w+\s+)?(?:exempt(?:ed)?|excluded|spared|left\s+out)|"
                              r"falls?\s+outside|(?:will|do|does)\s+not\s+(?:pay|face)|escapes?)\b")
EXEMPT_FORM_FREE_CUE_BEFORE = r"\b(?:left\s+out|excluded|exempted|spared|exempts|excludes|spares)\s+"
# how far before the rate the subject of its own exemption cue may start (the forms' list is long)
EXEMPT_FORM_SUBJECT_REACH = 240
# words after a good that end its item rather than name its form ("fertilizers and, to the surprise of many")
EXEMPT_FORM_NOT_NOUN = (r"(?:and|or|nor|but|as|are|is|was|were|be|been|to|of|from|in|on|at|by|for|with|too|also|all|"
                        r"alike|itself|themselves|now|still|only)")
# words of a subject that describes goods by a rule or names the measure rather than naming goods
EXEMPT_SUBJECT_DESCRIBED = (r"subject\s+to|covered|qualify\w*|compl(?:y|ying|iant)|exceptions?|except|tariffs?|"
                            r"dut(?:y|ies)|levy|levies|rates?|surcharges?")
# tariffs._listed_exemption (round 20b, LABELING.md rounds 15-16: goods left out of a rate are `lifted` with it, each
# one when they are listed, also when named after "among them"/"such as" but said to be exempted): the goods of a list
# the rate's own sentence says stand outside it -- "some goods, among them copper, pharmaceuticals and some energy
# products, are exempt from the 30% tariff", "The 39% rate exempts pharmaceuticals, precious metals and electronics",
# "Gold and pharmaceuticals were left out of the 39% tariff" (writer batches d801-d816, d1025-d1040, d1057-d1072;
# a list after the rate, "the products now spared the 10% reciprocal tariff include avocados, ...", was seen in one
# batch only and is not read).  The words that open the examples of a subject, the verbs a rate's own phrase exempts
# with, and how many goods make a list.  consolidate.named_as_example keeps such goods (EXEMPTION_WORD).
EXEMPT_EXAMPLES_CUE = r"(?:among\s+them|including|such\s+as|notably)"
# tariffs._exemption_list_goods (round 23, xlifted23; LABELING.md round 15 as above): a sentence with no rate that names
# the exemptions of the measure an earlier sentence gave its rate and then lists their goods -- "The exempt list takes
# in semiconductors, copper, ...", "The exclusions cover orange juice, certain aircraft parts, wood pulp and energy
# products", "Some 700 items were spared from the start, among them orange juice, fuels, ...", "A list of so-called
# strategic products is exempt from it, however: aircraft ..." (writer batches d913-d928, d945-d960, d1153-d1168,
# d1281-d1296). The exemption word of the head, and the verbs that open its list.
_EXEMPTION_WORDS = r"exempt\w*|exclu(?:ded|sions?)|spared|left\s+out|carve-?outs?"
EXEMPTION_LIST_HEAD = rf"\b(?:{_EXEMPTION_WORDS})\b"
EXEMPTION_LIST_VERB = r"(?:include[sd]?|covers?|takes?\s+in|took\s+in|comprises?)"
# a head that says no exemption was given or only one sought ("no exemptions", "asked for exclusions")
EXEMPTION_LIST_DENIED = r"\b(?:no|not|nor|without|never|neither|any)\b"
RATE_EXEMPTING_VERB = r"(?:exempts|spares|excludes|leaves\s+out)"
# round 28 (xlifted28): a head that names the goods themselves as exempted, then a copula and their list -- "The
# exempted products are semiconductors, lumber articles, ...", "The other exempted items are cashew nuts, avocados,
# ...", "Among the products now exempted are coffee and tea, ..." (writer batches d1521-d1536, d1601-d1616,
# d1793-d1808; with "include" also d1153-d1168, d1873-d1888): the copula opens the list only after such a head (a goods
# noun with an exemption participle before or after it), never after a bare exemption word ("Exemptions are rare").
EXEMPTED_GOODS_NOUN = r"(?:products|goods|items|exports|imports|lines|categories)"
EXEMPTED_GOODS_PARTICIPLE = r"(?:exempted|exempt|spared|excluded)"
# round 52 (xheadings52): more intros of an exemption's item list -- "Under the order, the 10% duty does not apply to:"
# (d3752), "the new retaliatory duties do not apply to the following groups:" (d3853), "The executive order leaves
# several groups of products outside the 15% tariff:" (d2803): a measure that does not apply to the lines, or leaves
# them outside itself
EXEMPTION_ITEMS_NOT_APPLY = (r"(?:do|does)\s+not\s+apply\s+to|outside\s+(?:the|its)\s+(?:[\w%.-]+\s+){0,3}?"
                          r"(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|charges?)")
# tariffs._exemption_item_goods (round 27c, xgoodslist27c; LABELING.md rounds 15-16: goods left out of a rate are
# `lifted` with it, each one): goods written as item lines -- one short paragraph each, the bullets the reader drops --
# under an intro that ends with a colon and names an exemption in its own paragraph ("The products exempted from the
# 40% tariff include the following:" / "Iron and steel, raw and derivative" / "Brazil nuts"; "Goods on the Annex do not
# pay the 40%. In broad terms the Annex covers:" / "Crude oil;"; writer batches d849-d864, d1793-d1808).  The cue of the
# intro's paragraph, the longest item line (words), and how many lines a list may run.
EXEMPTION_ITEMS_CUE = (rf"\b(?:{_EXEMPTION_WORDS}|carved\s+out|escape\w*|relie(?:f|ved)|(?:do|does)\s+not\s+pay|"
                       r"not\s+subject\s+to|" + EXEMPTION_ITEMS_NOT_APPLY + r")\b")
# an intro whose own sentence names no exemption but goods that pay ("Canada is exempt from the 10% tariff. The goods
# hit include:"): its lines are the rate's goods, not goods left out
EXEMPTION_ITEMS_HIT = r"\b(?:hit|hits|face|faces|facing|pay|pays|paying|targets?|targeted|subject\s+to|caught)\b"
EXEMPTION_ITEM_MAX_WORDS = 18
# round 52 (xheadings52): a legal list's item is a clause closed by a semicolon ("natural resources and fertilizers that
# cannot be grown, mined, or otherwise produced in the United States ...;"), longer than a bullet's words; and its
# enumerator ("(i) critical minerals;", "(b) ...") is no goods word
EXEMPTION_ITEM_CLAUSE_WORDS = 40
EXEMPTION_ITEM_CLAUSE_END = r"(?:;|;\s+(?:and|or))$"
EXEMPTION_ITEM_ENUMERATOR = r"^\(?(?:[ivx]{1,4}|[a-h])\)\s+"
EXEMPTION_ITEMS_MAX = 30
# tariffs._spared_goods (round 24, xspares24; LABELING.md round 15: goods left out of a rate are `lifted` with it): an act
# of sparing whose object is goods and whose measure stands after "from" with no determiner or a possessive --
# "US spares orange juice, aircraft parts and pulp from new 40% duty on Brazil" (d1285), "decision to spare copper
# cathodes from 50% tariff" (d816), "They remove smartphones, ... from Trump's 125% tariff ... and from his baseline 10%
# global tariff" (d908), the reduced passive of a headline "PH semiconductors, electronics spared from Trump's 20%
# tariff" (d1315) -- writer batches d801-d816, d897-d912, d1281-d1296, d1313-d1328.  The verbs (regex
# source), and how far before the rate the verb may stand (a long list, and a second measure joined by "and from").
SPARING_VERB = r"(?:spares?|spared|sparing|exempt(?:s|ed|ing)?|remov(?:e|es|ed|ing))"
SPARED_GOODS_REACH = 320
# an exemption only sought: the request verbs that stand before "to spare" ("Brazil presses Washington to spare coffee
# from 50% tariff", d004; "Spain asks US to exempt olive oil from 15% tariff", d1258), read with EXEMPTION_NOT_DONE
EXEMPTION_SOUGHT = r"(?:ask\w*|press\w*|urg\w*|call\w*|lobb\w*|plea\w*|push\w*|appeal\w*|want\w*|seek\w*|sought|hop\w*)"
EXEMPTION_WORD = r"\b(?:exempt\w*|spared?|spares|excluded|excludes|left\s+out|carved\s+out)\b"
EXEMPT_LIST_MIN = 2
# tariffs._exempted_after_rate (round 47, xexemptlist47; LABELING.md rounds 15 and 30: goods a rate leaves out are
# `lifted` under it, one fact per good): an exemption whose goods stand after the rate in its own sentence -- the
# exemption noun's "for" list ("a 15% tariff, with exemptions for cork, aircraft and generic pharmaceuticals", d2045;
# "grants exemptions from the 15% rate, starting September 1, for aircraft ...", d2813; "setting out exemptions for
# generic pharmaceuticals, aircraft ...", d3745; "because broad exemptions for electronics, ...", d1802; "won
# exemptions from the 19% rate for its pharmaceutical products", d3104), an absolute "with" ("a 20% tariff on most goods
# from Taiwan, with semiconductors exempted", d2949), "other than" / "except for" when no rate follows in the sentence
# ("a 25% tariff on all Canadian products other than energy products"; on dev every such list has its own rate after it,
# "other than energy products, which were charged 10%", d2543 and d044 labelled both ways: not read), and the examples
# of an exemption the sentence names ("The 10% surcharge exempts several categories of goods, among them beef, ...",
# d1858; "some categories will be left out of the 10% surcharge, among them automobiles ...", d2072).  Writer batches
# d1793-d1808, d1857-d1872, d2033-d2048, d2065-d2080, d2799-d2814, d2943-d2958, d3103-d3118, d3741-d3756.  How far
# after the rate the cue may stand, how far before an exemption noun a denial is read, how far before the rate the
# exemption noun ("exemptions from the 15% rate ..., for") or an "among them" list's exemption word may stand.
EXEMPTION_AFTER_RATE_REACH = 120
EXEMPTION_DENIED_REACH = 40
EXEMPTION_BEFORE_RATE_REACH = 80
EXEMPTION_AFTER_NOUN = r"(?:exemptions?|exclusions?|carve-?outs?)"
EXEMPTION_AFTER_EXCEPT = r"(?:other\s+than|except(?:\s+for)?|excluding)"
EXEMPTION_AFTER_PARTICIPLE = r"(?:exempted|exempt|excluded|spared|left\s+out|carved\s+out)"
# an exemption denied, failed or only sought, before its noun ("no carve-out for the sector", "failed to obtain an
# exemption for its prized drinks industry"), and one a modal puts in doubt within the stretch after its goods start
# ("the exemption for smartphones could be rethought")
EXEMPTION_AFTER_DENIED = (r"\b(?:no|not|nor|without|never|fail\w*|obtain\w*|seek\w*|sought|ask\w*|press\w*|want\w*|"
                          r"hop\w*|lobb\w*|request\w*|could|would|may|might)\b")
EXEMPTION_AFTER_HEDGE = r"\b(?:could|would|may|might)\b"
EXEMPTION_AFTER_HEDGE_REACH = 60
# how far after the rate the measure's own words are read: goods the measure itself names are no goods left out of it
# ("Refined copper cathodes have been left out of the 50% copper tariff": the rate's own goods, round 14's d625)
LEFT_OUT_MEASURE_REACH = 30
# a removal only planned or asked for is no removal ("is considering removing the 10% tariff from coffee")
EXEMPTION_NOT_DONE = r"(?:will|would|could|may|might|should|consider\w*|plans?|planning|propos\w*|seek\w*|wants?|asked|urged)"
# tariffs.py (round 15): the preposition of a rate's goods phrase repeated in a coordination names more goods of the
# same rate ("25 percent duties on imported steel and aluminum since March, on cars since April and on auto parts
# since May", "applied to American agricultural machinery, to large-displacement vehicles and to pick-up trucks", "a 25
# per cent levy on kitchen cabinets and vanities ..., as well as on other upholstered wooden products"). The
# coordinators, and the words an item may be followed by before the next one (its own date: "since April").
GOODS_LIST_COORDINATOR = r"(?:and|or|as well as|plus)"
GOODS_LIST_PREPOSITIONS = ("on", "to")
GOODS_ITEM_TAIL_WORDS = 4
# products.py (round 15): a list of goods as the subject of a pay/face verb with an interrupter between the list and
# the verb: a relative clause ("flat-rolled steel, bars, rods, wire, angles and sections, which currently enter the
# country duty-free, would face a 10% import duty") or a joined list whose goods pay the rate too ("British cars and
# car parts, along with steel and aluminium, face a higher 25% levy"). Examples ("such as", "including") do not split
# a measure (LABELING.md) and stop the reading.
SUBJECT_LIST_JOINERS = r"(?:along\s+with|together\s+with|as\s+well\s+as|plus)"
SUBJECT_LIST_RELATIVE = r"(?:which|that)"     # not "who": people ("textile exporters, who have faced")
# products.py (round 23): a subject's goods followed by a participle saying where they go or come from ("Indian shrimp
# entering the US pays a total duty of 17.7 per cent", "Indian shrimp shipped to the US already carries a 5.77%
# duty", "palm oil sent to Europe beyond that volume will pay 3%"): the participle and what follows it are no part of
# the goods (the words before it are); the subject's own words are read as before.
SUBJECT_GOODS_PARTICIPLE = (r"(?:entering|arriving|shipped|sent|exported|imported|coming|heading|bound|destined|"
                            r"crossing|sold|landing)")
# tariffs.py (round 24): a subject that pays the rate ("Korean steel, aluminum and copper continue to pay the 50 percent
# Section 232 tariffs that Washington applies to all suppliers", "Brazilian coffee ... will still pay a separate 40%
# tariff imposed on Brazil"): the payer verb (with up to six words of its object) that ends the rate's lead, and the
# words by which the rate's own phrase still names goods (a class of all goods keeps the rate on all goods)
PAYER_VERB_BEFORE_RATE = (r"\b(?:pay|pays|paid|paying|face[sd]?|facing|carry|carries|carried|charged|taxed|"
                          r"subject\s+to)\s+(?:[^\s,.;:%]+\s+){0,6}$")
SCOPE_NAMES_GOODS = r"\b(?:goods|imports|exports|products|items|shipments|merchandise|everything|anything|whatever)\b"
# tariffs.py (round 36): a country that pays the rate ("India and Pakistan, both rising garment exporters with large
# cotton industries of their own, face tariffs of only 26% and 29%", "olive oil exporters such as Turkey, Argentina and
# Morocco, which pay only the 10% baseline tariff", "China, a smaller player in diamond processing, faces ..."): the
# words that may join the country names of the paying subject (a run of countries), and what may follow the run before
# its paying verb -- an appositive or aside set off by a comma; not "whose" (its own goods: "Canada, whose steel ...")
COUNTRY_RUN_GLUE = r"^(?:\s|,|\band\b|\bor\b|\bthe\b)*$"
# the verbs by which such a subject pays or faces the rate (one list for the run, its relative clause and the aside)
COUNTRY_PAYING_VERB = r"pay|pays|paid|face[sd]?|carry|carries"
COUNTRY_PAYER_AFTER_RUN = r"\s*(?:,(?!\s*whose\b)|(?:(?:now|still|already|also|only|will|would|could|may|might|must)\s+){0,2}" \
                          rf"(?:{COUNTRY_PAYING_VERB})\b)"
# ... and the relative clause that pays the rate after such a run ("..., which pay only the 10% baseline tariff"), and
# the words that put a country before it inside the goods' own phrase ("automobiles from the UK, which will pay 7.5%")
COUNTRY_RELATIVE_PAYS = r",\s+(?:which|who)\s+(?:(?:now|still|already|also|only|will|would|could)\s+){0,2}" \
                        rf"(?:{COUNTRY_PAYING_VERB})\b[^,]*$"
COUNTRY_ORIGIN_BEFORE = r"\b(?:from|of|in|into|to|by|made\s+in)\s+(?:the\s+)?$"
# ... and what in the stretch after an opening run says the paying subject is another one ("Ecuador, the largest
# shrimp exporter in the world, has a much lighter burden: its shrimp faces a 10% tariff", "Spain, the largest EU
# supplier of pork, came out well: most Spanish companies will pay 9.8 per cent", dev d624, d139)
COUNTRY_ASIDE_BREAK = r"[:;]|\b(?:its|their|whose)\s+(?:[\w-]+\s+){1,4}(?:(?:now|still|also|will|would)\s+)?" \
                      rf"(?:{COUNTRY_PAYING_VERB}|sends?|ships?)\b"
# tariffs.py (round 24): a rate on the volume beyond a quota ("Imports beyond those volumes will be charged a 50 percent
# tariff", "Shipments outside the quota are charged a 25% tariff", "a 50 per cent tariff would kick in once that limit
# was reached", "out-of-quota duty doubled to 50%") is on the quota's goods (LABELING.md: a measure on specific goods),
# named in the rate's sentence before it or in the nearest earlier sentence that names the quota
QUOTA_NOUN = r"(?:quotas?|TRQs?|volumes?|limits?|allotments?|thresholds?|caps?|ceilings?)"
QUOTA_FILLED = (rf"once\s+(?:the|that|a|its|their|this)\s+(?:[\w-]+\s+){{0,2}}{QUOTA_NOUN}\s+(?:is|was|are|were|has\s+been|"
                r"have\s+been|had\s+been)\s+(?:reached|used\s+up|exhausted|filled|exceeded|hit|met)")
OVER_QUOTA = (rf"\b(?:(?:beyond|above|outside|over|exceeding|past|in\s+excess\s+of|more\s+than)\s+(?:the|their|its|those|"
              rf"that|this|these|a|an|any|each)?\s*(?:[\w-]+\s+){{0,3}}?{QUOTA_NOUN}\b|(?:out|over|above)-quota\b|"
              rf"{QUOTA_FILLED})")
# ... or after the rate, in its own phrase or clause: "twice the 25 percent out-of-quota rate", "the 25% that applies
# above the quotas today", "a 50 per cent tariff would kick in once that limit was reached" (not "at 15% but left steel
# outside that ceiling": another clause)
OVER_QUOTA_AFTER = (rf"^\s*(?:(?:[\w-]+\s+){{0,2}}(?:out|over|above)-quota\b|(?:that|which)\s+appl(?:y|ies)\s+"
                    rf"(?:above|beyond|outside)\s+(?:the|its|their|those)?\s*{QUOTA_NOUN}|[^,;.%]{{0,40}}?\b{QUOTA_FILLED})")
# A quota or safeguard guards the importing market: a story whose lede tells one names that market (roles._quota_market),
# and a rate the sentence ties to a quota or safeguard without naming its imposer is that market's (round 25)
QUOTA_MEASURE_WORDS = r"\b(?:safeguards?|quotas?|TRQs?|tariff-free)\b"
OVER_QUOTA_REACH = 150          # characters before the rate read for the over-quota phrase
QUOTA_GOODS_SENTENCES = 8       # earlier sentences searched for the quota's goods
# tariffs.py (round 23): a rate's relative clause without its pronoun ("the 25% tariff the United States charges on
# Korean cars"): the verbs that levy a rate on goods, and a date that may stand between the verb and "on" ("placed in
# April on U.S. fruit", "charged since 2018 on")
CONTACT_CLAUSE_LEVY_VERB = (r"charges?|charged|levies|levied|levy|impos(?:es|ed)|impose|appl(?:ies|ied|y)|collects?|"
                            r"collected|puts?|slapped|placed|places")
# tariffs.py (round 26): a rate restated with "the same" ("Cars will pay the same 15 percent"; "tariffs on Korean
# automobiles ... will be lowered to the same 15% level" is read by "same" in _CONNECTOR_BEFORE): the determiner slot
# between the verb that states a rate and the rate itself, so the restated rate is read as a rate with the goods (or
# payer) of its own clause, as a rate stated afresh would be (LABELING.md: one fact per product).
SAME_RATE_SLOT = r"(?:the\s+same\s+)?"
CONTACT_CLAUSE_DATE = r"(?:in|since|last|this|earlier\s+this)\s+[\w.]+(?:\s+\d{4})?"


# --------------------------------------------------------------------------- trade values: fiscal periods
# a month by its first three letters ("Jan", "January", "Sept."): tariffs' dates, trade values' month ranges
MONTH_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# A fiscal-year or other cross-year period ("FY25", "FY 2023-24", "in 2024-25", "the 2017-'18 financial year",
# "fiscal 2025", "so far this fiscal", "the last fiscal year", "the year to June", "April 2024 to March 2025"): a
# figure for it has year null (LABELING.md), since claim_check compares a figure's year with calendar-year statistics.
# ("YYYY-YY" and "Month YYYY to Month YYYY" count only when the second year is the next one: trade_values._fiscal_spans.)
# Round 33 (xtvyear33): the year that closes "the year to March 2025" / "the financial year to March 2023" is part of the
# fiscal span -- read apart, it was a calendar year nearer the figure than the fiscal words (d1451, d2362).
FISCAL_PERIOD = (
    r"\bFY\s?['’]?\d{2}(?:\d{2})?\b"
    r"|\b(?:fiscal|financial)\s+year(?:\s+(?:19|20)\d\d(?![\d\-–/]))?(?:\s+(?:to|ended|ending|through)\s+(?:the end of\s+|end-)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*(?:\s+(?:19|20)\d\d)?)?\b|\bfiscal\s+(?:19|20)\d\d\b"
    r"|\b(?:this|current|last|previous|past|the)\s+fiscal(?=\s*[,.;:)]|\s+(?:before|so far|to date|they|it|and|as|when|while))"
    r"|(?<![\d\-–/])(?P<a>(?:19|20)\d\d)\s?[-–/]\s?['’]?(?P<b>(?:19|20)?\d\d)(?![\d\-–/])"
    r"|\b(?:year|twelve months|12 months)\s+(?:to|ended|ending|through)\s+(?:the end of\s+|end-)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*(?:\s+(?:19|20)\d\d)?\b"  # not December: a year to December is a calendar year
    rf"|\b(?:{MONTH_ABBR})[a-z]*\.?\s+(?P<c>(?:19|20)\d\d)\s*(?:-|–|to|through|and)\s*"
    rf"(?:{MONTH_ABBR})[a-z]*\.?\s+(?P<d>(?:19|20)\d\d)\b"
)
# A period of one calendar year near a figure: a part of a year ("the first half", "the first seven months", "the six
# months to September", "the June quarter", "April-September"), a month, a year, "last year": a figure nearer to one of
# these than to a fiscal period is dated as before ("in the April-September first half of fiscal 2025")
CALENDAR_PERIOD = (
    r"\b(?:first|second|third|fourth|last|past|opening)\s+(?:half|quarter|(?:\w+\s+)?months)\b|\b\w+\s+months\s+(?:to|through|ended|ending)\b"
    r"|\bquarter\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:last|this|next)\s+(?:year|month)\b|\ba year (?:earlier|ago|before)\b"
)

# --------------------------------------------------------------------------- products that are no goods (round 16b)
# LABELING.md: a product is "the goods a rate covers". An open product (products._one) whose head noun names an
# institution, a document, a person's role or an abstract thing names no goods: round 16's fresh batch read
# "press release", "commerce ministry", "prices", "retaliation" as goods; dev reads "investigators", "footing",
# "city-state", "Trump-Xi summit", a kicker "Exclusive:". No dev label's product ends in one of these. Not "cut": an
# adjective of goods ("cut and polished diamonds").
NOT_GOODS_HEADS = frozenset("""
ministry ministries department departments commission agency agencies office administration council parliament
congress senate court courts tribunal authority authorities bureau secretariat
release releases statement statements report reports notice notices document documents letter letters proclamation
proclamations decree decrees filing filings petition petitions complaint complaints memo bulletin gazette
notification notifications explainer exclusive summit summits interview headline headlines
minister secretary president premier chancellor spokesperson spokesman spokeswoman official investigator
investigators negotiator negotiators representative representatives shipper shippers lawyer lawyers
retaliation price prices cost costs inflation footing charge charges uncertainty tension tensions talks negotiations
response move moves decision decisions plan plans policy policies hike hikes increase increases pressure
impact effect effects demand growth margin margins state states city cities war dispute disputes truce
news caption captions
""".split())
# The same goods spelt twice for one rate (timeline.goods_key): words the writers use for one good, compared only
# (each fact keeps the words its text uses). Round 16's fresh batch read "automobiles" and "autos" for one 15% rate.
SAME_GOODS_WORDS = {"automobiles": "autos", "automobile": "autos", "auto": "autos"}
# Round 23 (trade-value year): "over the same period", "in the same months", "over the same six months" -- a figure
# whose period is a back-reference to the period of the figure the text stated before it, not a period of its own
# (a following "of 2024", "last year", "a year earlier" states one: those are read where they stand).
SAME_PERIOD_BACKREF = (r"\b(?:over|in|during|for|across)\s+the\s+same\s+(?:(?:\w+\s+)?(?:months|weeks|quarters)|period|month"
                       r"|stretch|quarter|time(?:\s+frame)?|timeframe|window)\b(?!\s+(?:of|in|a year|last|the previous|the prior))")
# how many sentences back the figure a back-reference points to may stand (it may open a new paragraph)
SAME_PERIOD_SENTENCES = 3
# Round 23 (trade-value year): the period an amount's own stretch names right after it, with no year -- "€13 billion in
# April, the lowest since October 2024", "to US $27.8 billion this April", "a surplus of C$0.3 billion as of August": the
# month is the figure's period, a year elsewhere in the sentence belongs to a comparison. "this"/"as of" are the
# writer's own present; a bare "in <Month>" yields to a year stated before the amount ("In 2024, ... $X in April").
OWN_MONTH_AFTER = (r"^[^,;:$€£¥₹]{0,40}?\b(?P<cue>in|during|for|this|as of)\s+(?P<m>January|February|March|April|May|June|July"
                   r"|August|September|October|November|December)\b(?!\s*(?:of\s+)?(?:\d|last|this|a year|the previous|the prior))")
# Round 38 (xtvyear38, trade-value year): the month a statistics story reports, as its lede names it for a period ("in
# December", "for the month of January", "the first 20 days of January", "over the Jan. 1-10 period", "December's gap"):
# a figure told with no period of its own is that month's, in the latest such month not after publication -- in a
# January paper "the first 20 days of January" is this year's (not last year's, the January default) and in a February
# paper "widened in December" last year's.  Only a month at most REPORT_LAG_MONTHS before publication: the statistics
# come out within a quarter, and a later month ("tariffs due to start in April" in a March paper) is a date, no period.
# A month with its year ("over January to December 2025") is dated already: no report month.
LEDE_REPORT_MONTH = (r"(?:\b(?:in|during|for|of|over|through)\s+(?:the\s+(?:month\s+of\s+)?)?"
                     r"|\b(?:first|last|opening|final)\s+(?:\w+\s+){0,2}(?:days|weeks)\s+of\s+)"
                     r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
                     r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?!\s*\d{1,2}\b(?!\s*-\s*\d))"
                     r"(?!\s*(?:(?:to|through|and|-|–)\s*[A-Z][a-z]+\.?)?\s*,?\s*(?:of\s+)?(?:19|20)\d\d)"
                     r"|(?P<r>January|February|March|April|May|June|July|August|September|October|November|December"
                     r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+1\s*[-–]\s*\d{1,2}\b(?!\s*,?\s*(?:19|20)\d\d)")
REPORT_LAG_MONTHS = 3
# Round 44 (xtvyear44, trade-value year): a month the lede names with a day ("released on Friday, February 6", "on
# Feb. 1", "on 17 February") is a date -- of the release, a meeting, a deadline -- not a period of the story's figures,
# so it does not make a story on last year's figures a monthly one (_lede_last_year).  A day range ("January 1-20",
# "Jan. 1 to 10") stays a period.
LEDE_DAY_AFTER_MONTH = r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[-–]|to\b|through\b|and\b)\s*\d)"
LEDE_DAY_BEFORE_MONTH = r"\b\d{1,2}(?:st|nd|rd|th)?\s+$"
# Round 33 (xtvyear33, trade-value year): a month named as the figure's own, before it -- a possessive or the attribute of
# a trade noun ("January's gap at $54.5 billion", "December exports alone rose ... to $6.99 billion", "its November
# figure"): dated like "in <Month>", the latest such month not after publication (in an early-year paper, last year's)
MONTH_OWNER = (r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
               r"(?=['’]s\b|\s+(?:exports?|imports?|shipments|sales|trade|deficit|surplus|figures?|data|numbers|total|gap"
               r"|balance)\b)")
# ... and a record told against a period since ("the highest monthly level since October", "the lowest level since
# November last year", "the narrowest since early 2009", "the smallest figure since 2021, when the economy was ..."):
# the period from "since" to the stretch's end is where the record runs from, not the period of the figure before it
# (an amount after "since", in its ", when" clause, keeps it: trade_values._blank_record_since)
RECORD_SINCE = (r"\b(?:lowest|highest|smallest|biggest|largest|weakest|strongest|narrowest|widest|best|worst|steepest"
                r"|sharpest|fastest|slowest)\b[^,;.$€£¥₹\d]{0,40}?\b(?P<since>since\b[^,;]*)")
# Round 30 (xtvyear30, trade-value year): a year that closes a date with a day ("on March 13, 2025", "13 March 2025") is
# the day an event happened, not the period a paragraph's figures are for (trade_values._stated_periods)
DAY_DATE_BEFORE_YEAR = (r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
                        r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+$")
# ... and a year a "than" compares with ("10.9 per cent higher than in the same three months of 2024"): the base's period
THAN_BASE_BEFORE_YEAR = r"\bthan\s+(?:in\s+)?(?:the\s+same\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?)?$"
# Round 25 (xyear25, trade-value year): a year or "last year" the amount's own stretch names right after it, after a
# preposition ("compared with US$44 billion in the same period of last year", "a modest rise from $5.5bn in the same
# period of 2024"): the compared figure's own period, before a year stated nearer in the figure it is compared with
# ("... in the first half of 2025, a modest rise from $5.5bn ..."). Read to the next comma, colon or amount.
# Round 38 (xtvyear38): a month or a run of months before "last year" ("down from $6.9 billion in October last year",
# "compared with RM234.68bil in January to September last year"), which OWN_MONTH_AFTER leaves alone: the amount is
# last year's even when the figure it is compared with names this year ("$6.3 billion in October 2025").
OWN_PERIOD_AFTER = (r"^[^,;:$€£¥₹]{0,40}?\b(?:in|during|for|over|across|of)\s+(?:(?:the|a|its|same|first|second|third|fourth"
                    r"|last|\w+(?:-\w+)?\s+(?:months|weeks|quarters)|months|weeks|quarters|period|quarter|month|half|stretch"
                    r"|time|window|of|January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|to|through)\s+){0,5}?(?P<p>(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)|last year)\b(?!['’]s|\s*-\s*\d|/\d)")
# Round 25 (xyear25): a comparison cue with no amount of its own before a period ("€13.7 billion in the five months to the
# end of May compared with a year earlier"): the period is the comparison's base, not the amount's
COMPARED_PERIOD_CUE = r"\b(?:compared\s+(?:with|to)|from|versus|against|than|on|over)\s+$"
# Round 25 (xyear25): a year named as a comparison's base with no amount of its own ("a 28% fall over July and August 2025
# compared with the same two months of 2024, with wine shipments ... worth €227 million", "climbed 53% compared with
# January 2025 to more than $20 billion"): the base's year dates no amount; "from" only before "the same ... of" or a month
BASE_YEAR_BEFORE = (r"\b(?:(?:compared\s+(?:with|to)|versus|against)\s+(?:the\s+same\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:months?|period|quarter|time|stretch|weeks?|half)\s+(?:of\s+)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                    r"|Oct|Nov|Dec)[a-z]*\.?\s+)?|from\s+(?:the\s+same\s+(?:[\w-]+\s+){0,2}?(?:months?|period|quarter|time"
                    r"|stretch|weeks?|half)\s+(?:of\s+)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+))$")

# Round 23b (xprevgoods23b): a rate sentence whose subject refers back to the measure of the sentence before -- a
# demonstrative or definite measure noun with no goods of its own ("That figure includes a countervailing duty of
# 5.7 per cent", "Those US levies remain in force at 50%", "On June 4, the duty was doubled to 50%") -- continues
# that measure, so its rates take the goods the antecedent measure named.  An opening adverbial ("On June 4,",
# "According to the notification,") may stand before the subject; a subject naming its own rate ("The 25% tariff
# on Mexican goods") never matches (no digit in the modifier slot).
BACKREF_MEASURE_SUBJECT = (
    r"^(?:(?:On|In|From|Since|By|After|Under|According\s+to)\s[^,%\d]{0,40}?[^,%]{0,12},\s+)?"
    r"(?:(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(?:[A-Za-z.-]+\s+){0,2}?(?:duty|duties|tariffs?|levy|levies|rates?|figure|measures?)"
    r"|[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:duty|duties|levy|levies|rate)\s+(?:is|was|were|will|would|stays?|stayed|remains?|"
    r"remained|rises?|rose|falls?|fell|goes|went|drops?|dropped|climbs?|climbed|has|had|includes?|included))\b")

# Round 30 (xproductref30): a definite or demonstrative measure noun phrase that names no goods of its own, the rate
# inside it or right after its verb ("The 25 per cent duties take effect", "the applicable duty stays at 25%"): it refers
# back to a measure named just before; a noun followed by on/against/for/of/to names its own scope and is no back-reference.
BACKREF_MEASURE_NP = (
    r"\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Tt]hat|[Tt]his)\s+(?:(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|[a-z-]+)\s+){0,3}?"
    r"(?:duty|duties|tariffs?|levy|levies|rate)\b(?!\s+(?:on|against|for|of|to|that|which|imposed|charged|applied)\b)")
# words that make a measure an all-goods or every-partner rate (never a back-reference to one goods measure)
ALL_GOODS_MEASURE_WORDS = (r"\b(?:baseline|reciprocal|universal|blanket|global|across-the-board|country|country-specific|"
                           r"general|all-others|residual|mfn|most-favou?red-nation|combined|total|overall|average|effective)\b")

# Round 33 (xproduct33): a rate's own phrase naming every good of its payer ("the 10 per cent levy on Australian goods",
# "50% on most Indian goods", "the 50% tariffs on goods from India"): a fronted topic of the sentence ("For miners, ...",
# "For a compliant shipment, ...", a head label "Total:") is then what the sentence is about, not the measure's goods,
# unless the lexicon knows the topic's goods (a digest item's label "Auto parts: ... the 25% tariff on Japanese goods").
# Flow nouns ("imports from all countries", "Japanese imports") only name the partner: "Upholstered furniture: a 25%
# tariff on imports from all countries" keeps its label's goods
OWN_ALL_GOODS_PHRASE = r"\b(?:goods|merchandise|everything)\b"

# the goods phrase of a measure a rate-free sentence names ("tariffs on steel", "a duty on imports of flat steel
# products") and goods words before a measure noun ("Trump imposed steel tariffs")
MEASURE_GOODS_ON = rf"\b(?:{TARIFF_NOUNS})\s+(?:on|against)\s+(?:(?:imports|shipments|exports)\s+of\s+)?"
GOODS_BEFORE_MEASURE = rf"((?:[\w-]+\s+){{1,2}}){TARIFF_NOUNS}\b"
# a measure named as a benchmark or the old side of a change is another measure, not the one named before
BENCHMARK_BEFORE_MEASURE = r"\b(?:than|compared\s+with|compared\s+to|instead\s+of|from|above|below)\s+$"

# Round 23b (trade-value year of list rows): a row of a list or table flattened to text -- a paragraph of its own, short,
# a label, then a colon, a spaced dash or a table bar, then the amount ("US exports to Thailand: USD 17.7 billion",
# "Rubber products – US$2.783 billion, up 11.83%"). A row that states no period of its own takes the one year of the
# line that introduces the list: a line ending in a colon ("Trade in 2024:") or a heading ("France-US goods trade, 2023
# (French customs)", "Key figures, September 2025").
LIST_ROW_LABEL = r"^[^.!?]{2,90}?(?::|\s[–—-]\s|\s\|\s)"
LIST_ROW_CHARS = 160        # longer paragraphs are prose, not rows
LIST_ROW_GAP = 25           # the amount starts within this many characters of the label's colon or dash
LIST_HEADING_WORDS = 12     # a heading introducing a list is short and names no amount

# tariffs.py (round 23b): the status of a rate's contact clause whose subject is a party of several words ("the 15
# percent tariff the United States will levy on cars", "the 50% surcharge the United States plans to charge"): the
# subject ("the" and capitalised words) counts only when an auxiliary or a plan verb follows it, the verb that governs
# the rate (a one-word subject, "the 46% rate he had threatened", was read before)
CONTACT_CLAUSE_PARTY_SUBJECT = r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}"
CONTACT_CLAUSE_AUX = r"(?:will|would|shall|is|are|was|were|has|have|had|plans?|planned|intends?|wants?)\b"
# tariffs.py (round 23b): a future modal governs its verb across an adverb slot ("will now be charged a 31% duty",
# "would also face", "will each pay"): the words that may stand between the modal and the verb.  "still" is not
# one of them ("will still face" tells a rate that goes on)
MODAL_ADVERB_SLOT = r"(?:(?:now|also|then|each|all|both|only|soon|instead|effectively|immediately|initially|eventually)\s+){1,2}(?:be\s+)?"
# tariffs.py (round 23b): round 21's "will face / will be charged keeps the previous sentence's in force" holds where
# that sentence stated the measure as taken (a verb of imposing or starting, not a default, not "already pays" of
# another clause): "A 10% U.S. tariff on softwood lumber took effect Tuesday. Imports from the United Kingdom will be
# charged 10%" -- or in a trade-remedy story, whose ruling tells each exporter's rate of a duty imposed as "will pay"
STATED_IN_FORCE = (r"\b(?:impos(?:ed|es)|took effect|takes? effect (?:today|now)|went into effect|came into (?:force|effect)|"
                   r"in effect|in force|in place|levied|hit with|been hit)\b")

# Round 24 (xhistory24): the story's time order of one measure's rates (timeline.replaced_by_later_change).
# A rate whose own clause dates it in a month ("applied a 25% tariff ... in March", "On April 2 ... a 34% tariff",
# "From April 5, Washington applied a 10 percent tariff"): the rate as the story's background.  The year, when written,
# is read too.
_HISTORY_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                  r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
RATE_DATED_MONTH = (rf"\b(?:[Ii]n|[Oo]n|[Ff]rom|[Bb]y|[Ss]tarting|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early\s+|late\s+|mid-?)?"
                    rf"{_HISTORY_MONTH}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<yr>(?:19|20)\d\d))?")
# words that keep a rate applying ("still", "remains", "now"): the history reading's (xhistory24) and the change
# reading's (xchange24) one list
STILL_APPLYING_WORDS = r"still|remains?|remained|continues?|continued|now|currently|today|stays?"
# words that keep a dated rate current ("has applied since March", "still", "remains", "now"): not a past rate
RATE_STILL_APPLIES = rf"\b(?:since|{STILL_APPLYING_WORDS}|ever since)\b"
# a trade-remedy stage ("a preliminary countervailing duty of 14.38% in August"): LABELING.md round 23b keeps a
# provisional duty `in_force` while it runs beside the final one and `announced` before its deposits start, so a later
# final rate of the same case does not make it a past rate (xhistory24b)
REMEDY_STAGE = r"\b(?:preliminary|provisional|interim)\b"
# Round 35 (xremedystage35): a story whose lede reports the preliminary results of a trade-remedy review ("Commerce has
# issued preliminary results in its second administrative review", "US review puts 58.34% duty on most Argentine honey
# in preliminary results") tells rates that become deposits only with the final results: LABELING.md round 23c makes
# them `announced`. A lede that also tells final results or a final determination is a final story (the preliminary
# results are its background: "consistent with the preliminary results Commerce released in April").
REVIEW_PRELIMINARY = r"\bpreliminary\s+(?:review\s+)?(?:results?|findings?)\b"
REVIEW_NOUN = r"\breview\b"
REVIEW_FINAL = r"\bfinal\s+(?:results?|determinations?|rulings?|rates?|margins?)\b"
# a rate of such a story its own clause says is paid now (the order's current rate, "imposed in 2022") stays in force
REVIEW_RATE_PAID_NOW = rf"\b(?:{EXISTING_RATE_WORDS}|now|impos(?:ed|es)|levied|collect\w*|being paid)\b"
# round 36 (LABELING.md, the lead's round-36 ruling): a trade-remedy rate's status follows the collection timing its text
# gives, often in a sentence of its own with no rate ("Importers will have to post cash deposits at these rates once the
# preliminary determinations are published in the Federal Register"; "Customs and Border Protection has been told to
# begin collecting cash deposits at the new rate").  A collection or start only after a later step (publication, an
# order, a vote, an injury finding): the story's rates are `announced`
REMEDY_COLLECTED_LATER = (r"\b(?:deposits?|collect\w*|take\s+effect|(?:be\s+)?(?:applied|imposed|charged|levied)|apply|"
                          r"come\s+into\s+(?:force|effect))\b[^.;]{0,80}?\b(?:only\s+)?(?:once|after|when)\b[^.;]{0,80}?"
                          r"\b(?:publish\w*|appears?|Federal\s+Register|Official\s+Journal|gazett\w*|final\s+determination|"
                          r"(?:duty\s+)?orders?\s+(?:is|are)\s+issued|vote\w*|injury|ITC|International\s+Trade\s+Commission)")
# a collection that runs now ("has been told to begin collecting", "importers must pay the provisional rate", "US Customs
# now requires importers to post cash deposits", "The duties take effect today"): the story's rates are `in_force`
REMEDY_COLLECTED_NOW = (r"\b(?:(?:has|have|had)\s+been\s+(?:told|instructed|directed|ordered)\s+to\s+(?:begin|start)\s+"
                        r"collecting|(?:began|begun|started)\s+collecting|must\s+(?:now\s+)?(?:pay|post|lodge)|now\s+requires?\s+"
                        r"importers|apply\s+at\s+once|(?:take|takes|took)\s+effect\s+(?:today|immediately)|"
                        r"(?:are|is)\s+(?:now\s+)?being\s+collected|have\s+been\s+paying)\b")
# a sentence telling the collection of something else: a conditional or hypothetical step ("if", "would"), a removal
REMEDY_TIMING_HEDGE = r"\b(?:if|unless|would|could|might|may|whether|refund\w*|expir\w*|lift\w*|remov\w*|end(?:s|ed)?)\b"
# a collection "after publication" told as begun already ("have been collected since the determination was published")
REMEDY_LATER_BEGUN = r"\b(?:since|already|been|now)\b"
# the stage a sentence names: a timing told for one stage ("the final duties take effect once ...") is not another's
REMEDY_STAGES = {"preliminary": r"\b(?:preliminary|provisional|temporary|interim)\b",
                 "final": r"\b(?:final|definitive)\b"}
# a rate of another measure told in a remedy story (its own timing is its own)
REMEDY_OTHER_MEASURE = (r"\b(?:reciprocal|Section\s+\d+|IEEPA|baseline|retaliat\w*|counter-?(?:tariffs?|measures?)|surcharge|"
                        r"surtax|deal|agreement|framework|MFN|most-favou?red)\b")
# a rate told ahead before it ("will then rise to 28% from July 1", "will pay a 25 percent duty when ... on Oct. 1"):
# its month is a start to come, not the story's background
RATE_TOLD_AHEAD_BEFORE = r"\b(?:will|shall|(?:set|due|scheduled|slated)\s+to)\b"
# a change of the measure "to" its new rate, right before that rate ("doubled both rates to 50%", "raised the reciprocal
# tariff on Chinese imports to 125%", "In August that rate was brought down to 15%")
CHANGE_TO_RATE_BEFORE = (r"\b(?:rais\w*|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower\w*|reduc\w+|doubl\w+|tripl\w+|increas\w+|"
                         r"hik\w+|slash\w*|brought|bring\w*|push\w*|drop\w*|climb\w*|r[io]se[sn]?|rising|jump\w*|fell|"
                         r"fall\w*|went\s+up|gone\s+up|go(?:es)?\s+up)\b(?:(?!\bto\b)[^.;%]){0,80}\bto\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+)?$")
# the change adds a rate on top of the old one, so both stand ("added a 40% surcharge, lifting the total to 50%").
# Not "additional" / "extra": they name the measure changed ("raised its additional tariffs on Chinese goods to 145%")
CHANGE_STACKS = r"\b(?:on top of|stack\w*|plus|added|adding|combined|total|another|overall)\b"
# how far around the rate its own dating and change verb are read (characters; the rate's clause in practice)
HISTORY_BEFORE_CHARS = 100
HISTORY_AFTER_CHARS = 60

# Round 24 (xchange24): a rate that is the subject of a change told later in its own sentence -- in a relative clause
# ("a 25% US tariff, which the EU-US agreement of August 2025 cut to 15%") or a passive ("The 25 per cent tariff that
# was set to hit other Japanese goods ... is also being cut to 15 per cent"): the rate is the measure changed, the rate
# after "to" its new level.  Read on the text between the two rates (no other rate, no semicolon between).
CHANGED_LATER_GAP = (r"[^;%]{0,160}?\b(?:(?:which|that)\s+(?:[\w’'–-]+\s+){0,6}?|"
                     r"(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+"
                     r"(?:(?:also|now|later|then|being|since)\s+){0,2})"
                     r"(?:rais|increas|hik|doubl|tripl|cut|lower|reduc|slash|halv|brought|bumped|trimm)\w*"
                     r"(?:\s+(?:it|them|down|up))?\s+to\s+(?:an?\s+)?$")
# Round 24 (xchange24): how far after the changed rate its new rate's "to" is read in "<change verb> the X% tariff <its
# own clause> to Y%" (characters; 60 before round 24 cut "raises the 25% tariff on steel and aluminum imports that the
# United States put in place in March to 50%")
OBJECT_CHANGE_REACH = 100
# Round 24 (xchange24): words of an old rate's own clause that keep it applying beside the change ("from the 25% rate
# that still applies to most goods"); not "since" ("the 25% rate that had applied since March" applied until the change)
OLD_RATE_STILL = rf"\b(?:{STILL_APPLYING_WORDS})\b"
OWN_CLAUSE_CHARS = 80       # characters after an old rate read as its own clause for OLD_RATE_STILL
# Round 24 (xchange24): a rate whose change is the condition or the time of something else ("must first pass legislation
# ... before the 27.5% tariffs on its car exports are brought down to 15%"): the change is still to come, whatever its
# tense; read in the rate's clause this many characters before it
CHANGE_CONDITION_BEFORE = r"\b(?:before|until|till|once|if|unless|when)\b"
CHANGE_CONDITION_REACH = 40
# Round 25 (xunreported25): a bare rate assigned to its payer in a sentence that names no tariff ("Cambodia was first
# assigned 49% in April", "Vietnam faces a slightly higher 20%.", "Kenya was placed in the lowest band, at 10 percent",
# "Lesotho's exports were hit with 50 percent"): the verb that gives a payer its rate, right before the rate (up to two
# words of degree or size between) ...
ASSIGNED_RATE_BEFORE = (r"\b(?:(?:(?:is|are|was|were|be|been|being|got|get|gets)\s+(?:(?:first|then|also|initially|"
                        rf"originally|later|now|still|only|{FLOATING_QUANTIFIER})\s+){{0,2}}"
                        r"(?:assigned|given|handed|allotted|hit\s+with|"
                        r"slapped\s+with|placed\s+(?:[\w-]+,?\s+){0,4}?at|set\s+at|put\s+(?:down\s+)?(?:at|for)))|"
                        r"(?:faces?|faced|pays?|paid|charged))"
                        r"\s+(?:(?:a|an|the|only|just|about|around|roughly|nearly|some|slightly|much|far|even|"
                        r"higher|lower|steeper|further|flat)\s+){0,3},?\s*$")
# Round 34 (xunreported34): in a sentence whose tariff noun belongs to another figure, only a payment told in the
# present or future is read ("Canadian steel and aluminum are charged 50 per cent", "will be charged 30%"): a past one
# ("Japanese and EU vehicles paid 2.5%", "New Zealand was put down for 10%") sets an earlier rate against the sentence's
# own, and whether it still applies is the comparison's, not the verb's
PAST_PAYMENT_VERB = r"\b(?:paid|faced|was|were|had|been)\b"
PAST_PAYMENT_AUX = r"\b(?:was|were|had|been)\s+(?:[\w-]+\s+){0,2}$"
# ... and nothing after it that makes the figure something else than the rate: it ends the clause or runs into a date,
# a second payer or "each" ("... at 30% each", "... 25% and South Africa 30%"); a noun after it ("20% drop", "15% of")
# is left to the other readings
BARE_RATE_AFTER = (r"\s*(?:$|[.;,)]|\band\b|\bwhile\b|\bbut\b|\beach\b|\binstead\b|\bin\s+(?:[A-Z]|\d)|"
                   r"\bfrom\s+(?:[A-Z]|\d)|\bon\s+(?:[A-Z]|\d)|\bunder\b|\bas\s+of\b)")
# Round 25b (xratenoun25b): a definite figure whose own relative clause says it was threatened -- the rate a comparison
# or a change measures against ("well below the 46 percent that had been threatened at first", "far below the 46
# percent first threatened in April", "just below the 20% the US had threatened to impose", "down from the 36% it was
# initially threatened with", "an improvement on the 46% rate Washington had threatened"): the verb names the measure,
# so the figure needs no tariff noun, and LABELING.md keeps such a rate `threatened` "as the text says" whatever
# replaced it.  "the" right before the figure (at most one word between: "the steep 46%") ...
THREATENED_OWN_BEFORE = r"\bthe\s+(?:[\w-]+\s+)?$"
# ... then the figure's own clause: an optional noun, "that/which", a subject of up to three words, the auxiliaries
# and an adverb of time, and "threatened" (not "threatened to raise it to 30%": the threat is then another rate's)
THREATENED_OWN_AFTER = (r"\s*(?:(?:[\w-]+\s+)?(?:rate|level|figure|one)\s+)?(?:(?:that|which)\s+)?"
                        r"(?:(?!(?:and|or|but|while)\b)[\w.’'-]+\s+){0,3}?(?:(?:had|has|have|was|were|is|are|been)\s+){0,2}"
                        r"(?:(?:first|initially|previously|originally|once|earlier|at\s+first)\s+)?threatened\b"
                        r"(?!\s+to\s+(?:raise|lift|increase|hike|put|take|push|double)\b)")

# Round 28 (xbenchmark28): a definite figure that a comparison measures against, told with its own payer in its own
# clause and no tariff noun -- "above the 15% charged on Turkey and the 19% set for both Cambodia and Indonesia", "the
# 10% paid by Britain", "higher than the 15 percent that will apply to goods from Japan", "the 41% imposed on Syria",
# "the 10 per cent that Singapore continues to pay": LABELING.md (round 17) -- a partner's rate stated outright as a
# benchmark is a fact, unlike one only implied by "five points more than".  "the" right before the figure (one word
# between at most: "the baseline 10%") as for a threatened figure; then the figure's own clause: an optional
# "that/which" and a subject of up to four words, auxiliaries and an adverb, a verb that puts a rate on a payer, and
# the preposition that names the payer (`BENCHMARK_PAYER_REACH` characters after it must name a country) ...
BENCHMARK_OWN_BEFORE = THREATENED_OWN_BEFORE
BENCHMARK_OWN_AFTER = (r"\s*(?:(?:that|which)\s+)?(?:(?!(?:and|or|but|while|than|it|its|not|never|does|do|did)\b)[\w.’'-]+\s+){0,4}?"
                       r"(?:(?:had|has|have|was|were|is|are|been|will|would|now|already|currently|still|once|first|"
                       r"earlier|previously|originally|initially)\s+){0,3}"
                       r"(?:(?:charged|set|imposed|applied|levied|placed|slapped|put)\s+(?:on|for|against|to)|"
                       r"paid\s+by|(?:apply|applies|applied)\s+to)\s+")
# ... or a payer as the clause's subject, with a paying verb and nothing after it ("that Singapore continues to pay",
# "the 10% Brazilian goods already pay"): the subject must name a country
BENCHMARK_PAYER_SUBJECT = (r"\s*(?:(?:that|which)\s+)?(?P<payer>(?:(?!(?:and|or|but|while|than|it|we|they|you)\b)"
                           r"[\w.’'-]+\s+){1,4}?)(?:(?:already|still|now|currently|continues\s+to|continue\s+to|"
                           r"will|would|must|has\s+to|have\s+to)\s+){0,2}(?:pay|pays|paid|faces?|faced)\b"
                           r"(?=\s*(?:$|[.;,)]|\band\b|\bwhile\b|\bbut\b|\bnow\b|\btoday\b|\bon\b|\bunder\b|\bfrom\b))")
BENCHMARK_PAYER_REACH = 40
# ... or a country's figure in a comparison ("more than the EU's 15% but less than Vietnam's 20%", "below India's
# 25%"): a comparison word, the payer's possessive right before the figure, and the figure standing bare after it
# (BARE_RATE_AFTER: "Japan's 5% growth" is no rate)
BENCHMARK_POSSESSIVE_BEFORE = (r"\b(?:above|below|under|over|than|behind|beside|with|match(?:es|ed|ing)?|like|near|"
                               r"to)\s+(?P<payer>(?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)['’]s\s+$")
# a benchmark told as an earlier rate ("the 21% Trump first set for Ivory Coast in April", "the 2.5 percent that
# American customs charged on cars from the EU before this year's dispute began"): the clause's own words of time
BENCHMARK_EARLIER = r"\b(?:had|first|originally|initially|previously|once|earlier|formerly|before)\b"
# the payer is named first in its phrase: the words after the verb end at a clause break or a word that starts another
# clause ("the 100 percent rate would apply to partners with which the United States has deals" names no payer)
BENCHMARK_PAYER_END = (r"[,;:]|\b(?:which|that|who|whom|with|whose|should|would|will|could|may|might|must|is|are|was|"
                       r"were|has|have|had|to|before|after|since|until|when|if)\b")

# Round 25 (xstatus25): a rate whose own words say it applies now, in a sentence told ahead -- the old rate of a change
# still to come ("will fall from the present 39% to 15%", "will lower its import duties on British cars, now as high as
# 110%, to 10%", "Ethanol ..., now taxed at 10% on arrival, will pay 5%", "to 15% ... from 20% now", "the 18% reciprocal
# levy Nicaraguan goods currently pay"): LABELING.md -- a rate in force at `published` is `in_force`, also the old rate of
# an announced change.  The marker right before the rate, with only these words between it and the rate ("now as high
# as", "now taxed at", "the present"):
CURRENT_RATE_BEFORE = (r"\b(?:now|currently|at\s+present|present|current)\s+"
                       r"(?:(?:at|as\s+high\s+as|as\s+much\s+as|up\s+to|taxed\s+at|charged\s+at|levied\s+at|standing\s+at|"
                       r"roughly|about|around|nearly|almost|some|an?|the)\s+){0,3}$")
# ... or after the rate in its own words, before any other rate or clause break ("the 27.5% charged now", "20% now",
# "the 6.5% the EU currently charges"); not a word that tells the rate ahead or ties it to another time between them
CURRENT_RATE_AFTER = r"[^.;:%]{0,50}?\b(?P<marker>now|currently|at\s+present)\b"
CURRENT_RATE_GAP_BLOCK = (r"\b(?:will|would|shall|could|may|might|to|from|until|by|after|before|when|once|if|unless|"
                          r"said|says|announced|planned|plans)\b")
# "now" that leads a verb telling the rate ahead or reported ("a 25% tariff that Trump now says will start", "now set
# to take effect", "now risk"): not the rate's present
CURRENT_RATE_NOT_AFTER = (r"\s+(?:says?|said|wants?|plans?|planned|threatens?|proposes?|set|due|scheduled|slated|expected|"
                          r"risks?|faces?|looks?|seems?|appears?|suspended|paused|on\s+hold|waived|lifted|removed)\b")
CURRENT_RATE_REACH = 45     # characters before the rate read for CURRENT_RATE_BEFORE
# tariffs.py (round 25): an adverb between the modal and the cut or removal of a rate that applies until then ("Britain's
# 19 percent duty on US ethanol will also be brought down to zero"); "still" is not one (it keeps the rate, another reading)
FUTURE_CHANGE_ADVERB = r"(?:also|then|gradually|eventually|further|now)"

# Round 25 (xtvparty25): a by-country breakdown whose words before its first amount name the other direction of trade
# than the figure before ("Imports came mainly from China ($10.28 billion), ..." after export figures) is no part of it
OTHER_DIRECTION_WORDS = {"exports": r"\bimports?\b", "imports": r"\bexports?\b"}

# Round 26 (xlifted26): a rate the story, right after stating it, says was changed or removed -- named again by a
# pronoun or a definite tariff noun in a later clause of its sentence, or as the subject opening the next sentence
# (LABELING.md `status`: removed or replaced is `lifted`; the old rate of a change in force is `lifted`).  Only past
# verbs: "will cut it" is a change still to come (the old rate stands).
CHANGED_AFTER_VERB = (r"(?:brought|cut|lowered|reduced|negotiated|slashed|halved|trimmed|eased|dropped|scrapped|removed|"
                      r"withdrawn|withdrew|rescinded|revoked|repealed|raised|increased|hiked|doubled|tripled|jumped|"
                      r"climbed|rose|replaced|superseded|struck\s+down)")
# the rate named again: a pronoun, or a definite tariff noun with no scope of its own -- "doubled the tariff on goods
# from China" names another measure
RATE_ANAPHOR = (r"(?:it|them|(?:that|this|the|those|these)\s+(?:[\w-]+\s+)?(?:rate|duty|duties|levy|levies|tariffs?|"
                r"charges?|surcharges?)(?!\s+(?:on|for|against|of|from|in)\b))")
# a later clause of the rate's sentence whose verb changes it: "..., before a deal struck at the last minute brought
# the rate down to 15 per cent", "they peaked at 145% before a truce ... brought them down", "and later negotiated
# that rate down to 15%"
CHANGED_AFTER_OBJECT = (rf"[^;%]{{0,160}}?\b(?:and|before|then|later|since|until)\b(?:\s+[\w’'.-]+){{0,9}}?\s+"
                        rf"(?P<verb>{CHANGED_AFTER_VERB})\s+{RATE_ANAPHOR}\b")
# the rate named again as the subject of its change: "...; those duties have since been cut to 18%", "a 34% tariff ...,
# a rate that has since jumped to 104%"
CHANGED_AFTER_SUBJECT = (rf"[^%]{{0,160}}?(?:[;,]\s*|\band\s+)(?:{RATE_ANAPHOR}|they|(?:a|the)\s+(?:rate|level)\s+"
                         rf"(?:that|which))\s+(?:(?:has|have|had)\s+since\s+(?:been\s+)?|(?:was|were)\s+"
                         rf"(?:later|subsequently|since|then)\s+)(?P<verb>{CHANGED_AFTER_VERB})\b")
# the episode the rates before it belong to ended: "... 145 per cent and Beijing ... 125 per cent, before both sides
# pulled back under the May truce"
EPISODE_ENDED_AFTER = r"[^;]{0,160}?\bbefore\b(?:\s+[\w’'.-]+){1,9}?\s+(?P<verb>(?:pulled|backed|stepped)\s+(?:back|down))\b"
# the next sentence opens with the rate as the subject of a past change: "Those were later replaced by a 10% tariff",
# "That tariff has since been removed.", "The rate was later cut to 15%"
CHANGED_NEXT_SENTENCE = (rf"^\s*(?:But\s+|However,\s+)?(?:they|it|those|these|(?:that|this|those|these|the)\s+"
                         rf"(?:[\w-]+\s+)?(?:rates?|dut(?:y|ies)|lev(?:y|ies)|tariffs?|measures?))\s+"
                         rf"(?:was|were|has|have|had)\s+(?:(?:later|since|then|subsequently|quickly|soon)\s+)?"
                         rf"(?:been\s+)?(?:(?:later|since|then|subsequently)\s+)?(?P<verb>{CHANGED_AFTER_VERB})\b")
# Round 41 (xstorylifted41): the next sentence pauses or removes the rate it points back to -- "Trump imposed tariffs of
# 30% on South Africa ... He then paused those tariffs for 90 days", "In early April, Trump put a 20% levy on goods from
# the EU ... A week later he paused it for 90 days", "Washington had already imposed 25% tariffs ... It then postponed
# the start of those duties until April 2" (LABELING.md `status`: suspended, delayed, on hold is `paused`; removed is
# `lifted`).  Past forms only: "agreed to suspend the tariff", "will scrap them" are no pause or removal yet
# (CHANGE_STILL_AHEAD before the verb).  The object is the rate named again: a pronoun or a definite tariff noun with
# no scope of its own, "the start of" it.  Not a noun the words after it restrict to a measure ("struck down the tariffs
# imposed under the IEEPA", "suspended the reciprocal duties"), not a raise ("lifted it to the legal ceiling"), not a
# comparative ("the higher rates" picks some rates of a list)
POINTED_PAUSE_VERB = r"suspended|paused|postponed|delayed|deferred|put\s+off|put\s+on\s+hold"
POINTED_LIFT_VERB = (r"removed|scrapped|dropped|lifted|withdrew|withdrawn|rescinded|revoked|repealed|cancell?ed|eliminated|"
                     r"abolished|ended|struck\s+down|threw\s+out|rolled\s+back")
POINTED_OBJECT = (r"(?:the\s+start\s+of\s+)?(?:it|them|the\s+(?:rates?|duty|duties|levy|levies|tariffs?|surcharges?)|"
                  r"(?:that|this|those|these)\s+(?!(?:higher|lower|new|old|other|remaining|steeper)\s)(?:[\w-]+\s+)?"
                  r"(?:rates?|duty|duties|levy|levies|tariffs?|surcharges?))\b"
                  r"(?!\s+(?:on|against|of|from|imposed|levied|announced|introduced|set|placed|under|which|that(?!\s+(?:day|morning|afternoon|evening|night|week|month|year)\b))\b)")
POINTED_OPENING_CHARS = 60   # characters of the next sentence before the verb: an opener and its subject ("A week later he")
# Round 42 (xmeasure42, timeline.lifted_with_struck_measure): a court's ruling told for a measure by its name ("the
# Supreme Court struck down the IEEPA tariffs", "threw out the reciprocal tariff") reaches the rates whose own clause
# names that measure and no other ("the EU has paid a 15% "reciprocal" tariff"):
# LABELING.md, a rate a court struck down with no stay or continued collection stated is `lifted`.  The names of the US
# measures a story tells apart (the Section 122 and Section 232 rates stand beside the struck IEEPA ones); a ruling on
# the IEEPA reaches the measures imposed under it.  Measured (docs/articles-rounds.md, round 42): every other event
# (pause, removal, replacement) and every looser tie (the name anywhere in the rate's sentence) moved more right
# statuses than it fixed.
MEASURE_NAMES = {
    "ieepa": r"\bIEEPA\b|International Emergency Economic Powers|\bemergency[- ](?:powers?|law|tariffs?|dut\w+|lev\w+)",
    "reciprocal": r"\breciprocal\b|Liberation Day",
    "fentanyl": r"\bfentanyl\b|\btrafficking\b|\bborder[- ](?:security|tariffs?|dut\w+)",
    "s232": r"Section\s*232|\bsectoral\b|national[- ]security",
    "s301": r"Section\s*301",
    "s122": r"Section\s*122|balance[- ]of[- ]payments",
    "remedy": r"anti-?dumping|countervailing|\bsafeguard|anti-?subsid\w+",
    "retaliatory": r"retaliat\w+|counter-?tariffs?|counter-?measures?|\breprisal|tit-for-tat",
}
MEASURE_UNDER = {"ieepa": ("ieepa", "reciprocal", "fentanyl")}     # a ruling on the law reaches the measures under it
STRUCK_DOWN_VERB = (r"(?:struck|strikes|striking|strike)\s+down|(?:threw|throws|throw)\s+out|invalidat(?:ed|es)|"
                    r"voided|voids")
# a ruling not (yet) final: a condition or plan before the verb, or a stay, an appeal or a date it runs until
STRUCK_NOT_FINAL_BEFORE = r"\b(?:if|unless|whether|would|could|may|might|should|will|pending|expected|plans?|before)\b"
STRUCK_STAYED = (r"\b(?:stay\w*|pending|appeal\w*|until|left\s+(?:them\s+|the\s+\w+\s+)?(?:in\s+place|standing)|"
                 r"continu\w+\s+to\s+collect)\b")
STRUCK_OBJECT_CHARS = 50   # the measure's name after the verb: its object ("struck down the tariffs imposed under IEEPA")
STRUCK_SUBJECT_CHARS = 40  # or before it: a passive or absolute subject ("With the reciprocal tariff struck down")
# a rate's clause told as surviving or replacing the struck measure ("the new 10% tariff", "the 25% steel duty remains")
RATE_CLAUSE_SURVIVES = (r"\b(?:new|now|current\w*|remain\w*|still|stays?|in\s+effect|unaffected|not\s+affected|"
                        r"untouched|replac\w+|in\s+(?:their|its)\s+place|instead)\b")
# where a rate's clause ends: punctuation, a subordinator, or another rate
RATE_CLAUSE_BREAK = (r"[;:()\u2014\u2013]|\s-\s|\b(?:after|while|but|whereas|replacing|instead\s+of|in\s+place\s+of|than|"
                     r"since|when|which|who|following)\b|\d(?:\.\d+)?\s*" + PERCENT_UNIT)
# a change still to come before the verb ("a deal that will bring them down", "plans to cut it")
CHANGE_STILL_AHEAD = r"\b(?:will|would|could|may|might|shall|to|plans?|planned|expected|set|due|going)\s+(?:\w+\s+){0,2}$"
# how far after the change verb its new rate ("to 15%") is looked for (characters)
CHANGED_AFTER_NEW_RATE_CHARS = 40
# a rate its sentence opens by ending at the present ("Until Thursday, potash had been due to pay a 25 per cent tariff",
# "Until now, bourbon whiskey ... carried an import duty of 150%"): told in a past tense, the rate stopped now; told in
# the present perfect ("Until now, US beef has entered the UK at a 20% tariff") it may still run
UNTIL_NOW_OPENING = (r"^\W*Until\s+(?:now|today|this\s+(?:week|month)|last\s+week|recently|"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b\s*,?")
UNTIL_NOW_PAST = r"\b(?:was|were|had|paid|carried|faced|attracted|charged)\b"
UNTIL_NOW_NOT_PAST = r"\b(?:has|have|will|would|still|remains?|continues?)\b|[;%]"

# Round 31 (xstatushist31): a definite rate told in a pluperfect clause of its own -- "the 10 percent it had paid during
# the 90-day reprieve", "the 29% rate that had earlier been set", "the 30% tariff Washington had previously announced" --
# is the rate before the story's present (LABELING.md: a rate replaced is `lifted`); timeline.told_in_past_perfect reads
# it so only where the story gives the same imposer, target and goods another rate that is decided.  "the" right
# before the figure (one word between at most), as THREATENED_OWN_BEFORE ...
PAST_PERFECT_OWN_BEFORE = r"\bthe\s+(?:[\w-]+\s+)?$"
# ... then the figure's own clause: up to six words of noun and goods and "that/which" with a subject of up to four
# words, or a contact clause (a subject of up to three words), then "had", its adverbs or "been", and a verb -- not
# "threatened" (LABELING.md keeps a threatened rate `threatened`: THREATENED_OWN_AFTER) nor a verb with "to" after it
# ("had threatened to raise", "had agreed to cut": another rate's plan)
_PAST_PERFECT_WORD = r"(?!(?:and|or|but|while|than|not|never|will|would|is|are|to)\b)[\w.’'-]+"
PAST_PERFECT_OWN_AFTER = (rf"(?:\s*(?:{_PAST_PERFECT_WORD}\s+){{0,6}}?(?:that|which)\s+(?:{_PAST_PERFECT_WORD}\s+){{0,4}}?"
                          rf"|\s+(?:{_PAST_PERFECT_WORD}\s+){{0,3}}?)had\s+"
                          r"(?:(?:been|already|earlier|first|initially|originally|previously|once|long|also|just|only)\s+)"
                          r"{0,3}(?!(?:threatened|to|not|never|no)\b)[a-z]+\b(?!\s+to\b)")

# Round 37 (xlifted37): a rate its own clause tells as the first step of the pair's history -- "Cambodia was first
# assigned 49% in April", "Washington first slapped a 29pc reciprocal tariff on Pakistani exports on April 2", "He first
# set a global import surcharge of 10 per cent" -- is the rate before the story's present when the story gives the same
# imposer, target and goods another decided rate (LABELING.md: a rate replaced is `lifted`, one only announced too once
# a decided rate replaces it).  "first" (initially, originally) and a verb that puts a rate on its payer, then up to 50
# characters with no figure before the rate (the verb governs this rate, not an earlier one).  Not "first raised ... to"
# (a raise's first step stays in force under a stack: "first raised the tariff on Indian goods to 25 per cent", the
# 25% paid beside the 25% penalty), not "threatened" (LABELING.md keeps it `threatened`), not "hit" (a pause follows as
# often as a replacement).
FIRST_STEP_BEFORE = (r"\b(?:first|initially|originally)\s+(?:been\s+)?(?:imposed|slapped|set|put|placed|announced|flagged|"
                     r"proposed|assigned|handed|given|charged|levied|applied|introduced|unveiled|brought\s+in)\b"
                     r"[^.;%\d]{0,50}$")

# Round 26 (xtvparty26): a sentence that opens with "With <country>," names the partner of the flow or balance its main
# clause states ("With the United States, Japan posted a trade surplus of ...", "With China, by contrast, Israel ran a
# deficit of ...", "With Vietnam, a base for ..., the US ran a $16.6 billion deficit"): the text before the country
FRONTED_PARTNER_BEFORE = r"^\W{0,3}With\s+(?:the\s+)?$"
# ... and what follows the country: the comma that closes the fronted phrase (an appositive or adverb may follow it)
FRONTED_PARTNER_AFTER = r"\s*,"

# Round 26 (xtvparty26): the whole of a share.  A partner named as the taker of a share of a flow ("The United States
# takes close to a fifth of India's 437.4 billion dollars in merchandise exports", "or 16.6% of the $73.27 billion in
# total export receipts", "the EU supplied more than half of that") is no party of the whole: the whole is the owner's
# flow with the world (LABELING.md: a one-sided figure has one party).  The share itself:
WHOLE_SHARE = (r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|a\s+(?:third|quarter|fifth|sixth|tenth)"
               r"|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?)|most|the\s+bulk|the\s+majority"
               r"|(?:a|the)\s+(?:(?:large|larger|largest|big|bigger|biggest|small)\s+)?(?:share|part|portion|chunk))"
               r"\s+(?:\([^()]{0,12}\)\s+)?of")
# the whole right after the share: "a fifth of India's 437.4 billion dollars", "16.6% of the $73.27 billion"
WHOLE_AFTER_SHARE = r"\s+(?:(?:the|its|their)\s+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?['’]s?\s+)?(?:total\s+|overall\s+)?{hedge}$"
# the whole in a relative clause on the share's flow: "12% of Italy's agrifood exports, which overall could climb to"
WHOLE_WHICH_VERB = (r",\s+which\s+(?:[\w-]+\s+){{0,3}}?(?:came|come|comes|reached|reach|reaches|totall?ed|totals|total"
                    r"|stood|stands|amounted|amounts|amount|was|were|is|are|climb|climbed|climbs|rise|rose|rises|hit|hits)"
                    r"(?:\s+(?:to|at|worth))?\s+{hedge}$")
# a part clause after the whole, naming the partner: ", of which $500mn goes to the US", ", with Rs 15,000 crores of
# that going to the US", "..., and the EU supplied more than half of that" (read with re.match from the amount's end)
PART_AFTER_WHOLE = (r"[^;]{{0,60}}?(?P<cue>,\s+of\s+which\b|,\s+with\s+[^;]{{0,40}}?\bof\s+(?:that|it|this|the\s+total)\b"
                    r"|(?:,\s+|\s+and\s+)[^;]{{0,60}}?\b{share}\s+(?:that|it|this|the\s+total)\b)")

# Round 26 (xtvparty26): a world figure whose partner is named only in a side clause after it, as the counterpart of a
# flow of its own ("Irish exports reach €134.4bn as pharma sales to US soar", "Goods exports grew 19 percent to $38.13
# billion, with a recovery in sales to the United States playing a part", "..., hurt by the halt in cattle exports to
# the U.S."): the side clause's cue after the amount ...
SIDE_CLAUSE_CUE = r"(?:,\s+with\b|\s+as\s+(?!(?:much|many|well|high|low|of|a|an|the\s+\w+\s+(?:of|for)))\b|,\s+(?:helped|hurt|lifted|driven|boosted|dragged|weighed)\s+(?:down\s+)?by\b)"
# ... and the side flow right before the partner ("sales to", "exports to the", "what was sent to the", "sold mostly to")
SIDE_FLOW_BEFORE = (r"\b(?:sales|exports|shipments|demand|imports|purchases|sent|shipped|sold|going|went)\b[^,;.$€£¥₹]{0,25}?"
                    r"\b(?:to|from|into)\s+(?:the\s+)?$")

# Round 26 (xtvyear26, trade-value year): the month a stretch of months ends in, right after its first month ("between
# January and November", "from January through October", "in May to December"): the figure's period ends there, so that
# month dates it -- in a January paper "between January and November" is last year's (November cannot be this year's).
MONTH_RANGE_END = (r"\s+(?:and|to|through|until|till|-|–)\s+(?P<b>January|February|March|April|May|June|July|August"
                   r"|September|October|November|December)\b(?!\s*(?:of\s+)?(?:\d|last|this|a year|the previous|the prior))")
# Round 26 (xtvyear26): a year inside a numeric date ("10:06 AM EST, 01/08/2026 (MT Newswires) --", "Implemented
# 3/12/2025", "| 2026-02-20 01:12:30"): a day's timestamp -- a dateline or an entry date -- never the period a figure is for
NUMERIC_DATE_BEFORE_YEAR = r"\b\d{1,2}/\d{1,2}/$"
ISO_DATE_AFTER_YEAR = r"-[01]\d-[0-3]\d\b"
# Round 26 (xtvyear26): the text's own date in the lede -- a wire dateline ("OTTAWA, Feb. 19 (Xinhua) --", "SEOUL,
# January 15 (AJP) --"), a line that is only a date ("February 13, 2026", "2026-02-12"), a "Source: ... | 2026-02-20
# 01:12:30" stamp: when the text was written, not a period its figures are for
DATELINE = (r"^\s*(?:[A-Z][\w.'-]*\s*){1,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
            r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()]{1,40}\)\s*)?(?:--|—|–)"
            r"|^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
            r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)\s*$"
            r"|(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?")
# round 26b (xglobal26b): the named country (or its goods) as the paying subject of the rate's own verb -- the text
# from the country's mention to the rate: its goods words ("Iraqi goods", "Japanese steel and aluminum"), at most one
# appositive between commas (", like those of almost every other trading partner,", ", a close U.S. ally,"),
# auxiliaries and adverbs, a paying verb, and the rate's object words ("a tariff of", "the 10 percent"). LABELING.md
# (round 18, restated in round 25): a sentence that states a rate for all or most partners and names one country's
# goods as paying it gives that country as target.
PAYING_SUBJECT_TO_RATE = (r"^(?:['’]s?)?(?:\s+(?!(?:which|that|who|and|but|while|after|as)\b)[\w-]+){0,3}?"
                          r"(?:\s*,[^,;:%()]{1,120},|\s*,\s*(?:which|who))?"
                          r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|now|already|also|still|"
                          r"remains?|remained|stays?|stayed|"
                          r"currently|again|since\s+then|continue\s+to|continues\s+to|been|being|only|each|both|all)){0,4}"
                          r"\s+(?:pay|pays|paid|paying|face|faces|faced|facing|charged|subject\s+to|hit\s+with|"
                          r"assigned|carry|carries|carried)"
                          r"(?:\s+[“”\"'\w-]+){0,4}?\s*$")
# ... not a subject when a preposition or an example's word stands right before the mention ("including China",
# "goods from Japan", "except China"): the country is an example or the object of another phrase
PAYING_SUBJECT_NOT_AFTER = (r"\b(?:including|such\s+as|except|excluding|besides|like|unlike|among|from|of|on|to|for|"
                            r"in|by|with|than|against|into)\s+(?:the\s+)?$")
# ... and a second rate the same subject pays, coordinated with the first ("Japan is still paying a 10% baseline
# tariff, along with a 25% tax on imported cars"): the text from the first rate's number to the second one's
PAYING_SUBJECT_SECOND_RATE = (r"^[\d.,]+\s?(?:%|per\s?cent|percent)[^,;%]{0,60}?,?\s+(?:along\s+with|as\s+well\s+as|plus|"
                              r"in\s+addition\s+to)\s+(?:[“”\"'\w-]+\s+){0,3}?$")
# the uncued country as a paying subject (round 26b): "charged" only in the passive ("China charged a 25% duty" is the
# imposer's act), and a relative clause's subject after "except" / "including" ("every country except China, which
# remains subject to a steep 145% duty") is the rate's own payer
PAYING_SUBJECT_ACTIVE_CHARGED = r"(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)\s+charged\b"
PAYING_SUBJECT_RELATIVE = r"^\s*,\s*(?:which|who)\b"
# ... the one all-partner word that does not say who else pays a sector rate: a bare "imported" / "foreign" on its goods
BARE_IMPORTED = r"imported|foreign"


# Round 25b (xstart25b): a rate a list or letter allocates to its payer ("China was handed a 34% tariff", "The letters
# also set out a 40 per cent tariff on Laos", "Vietnam and Sri Lanka were given 20%", "Israeli goods were assigned a
# tariff of 17%") tells no status of its own: LABELING.md labels it by whether the allocated measure has started at
# `published`, which the story tells -- the verb that allocates it, somewhere in the rate's clause before it ...
ALLOCATED_RATE_VERB = (r"\b(?:given|handed|assigned|allotted|allocated|set\s+out|sets\s+out|setting\s+out|set\s+at|"
                       r"hit\s+with|slapped\s+with|faces?|facing)\b")
# ... unless the clause tells the allocation as background the story has moved past ("had at first been handed a 25 per
# cent tariff ..., before a deal ... brought the rate down", "was first assigned 49% in April", "lifting the rate from the
# 10 percent first announced in April")
ALLOCATED_RATE_BACKGROUND = r"\b(?:had|first|initially|originally|earlier|previously)\b"
# how far after the rate (characters, within its clause) the background words are read ("the 10 percent first announced")
ALLOCATED_BACKGROUND_AFTER = 30
# a lede (tariffs.LEDE sentences) that tells the list or letters being unveiled: with no start told anywhere in the story
# the story is the announcement ("When the US president set out new import levies for almost every country on Wednesday
# evening, Israeli goods were assigned a tariff of 17%"; LABELING.md: a rate announced with no start date is `announced`)
STORY_UNVEIL_VERB = (r"\b(?:unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|sets?\s+out|setting\s+out|lays?\s+out|laid\s+out|"
                     r"released|published|letters?)\b")
# Round 26 (xquota26): a rate told by "will pay / be charged / face" under a quota, a safeguard or a trade-remedy ruling
# describes how the measure works; LABELING.md labels it by whether that measure has started at `published`.  The
# measure's kind, named by these nouns in the rate's sentence (else the story's one kind), ties the rate to a sentence
# that tells that kind's start ("The quotas came into force on June 27", "New anti-dumping rates apply from today") --
# not to any start the story tells (round 25b: a lede's past start is as often another measure's)
MEASURE_KIND_NOUNS = {
    "quota": r"\b(?:quotas?|TRQs?)\b",
    "anti-dumping": r"\b(?:anti-?\s?dumping|AD\s+dut(?:y|ies))\b",
    "countervailing": r"\b(?:countervailing|anti-?\s?subsidy|CVDs?)\b",
    "safeguard": r"\bsafeguards?\b",
    "surtax": r"\bsurtax(?:es)?\b",
}
# the verb that tells the rate as how the measure works: "will pay", "will be charged", "will now face", "will attract"
WILL_PAY_VERB = (r"\bwill\s+(?:now\s+|also\s+|instead\s+|still\s+)?(?:be\s+)?(?:pay|charged|face|attract|carry|"
                 r"be\s+subject\s+to|subject\s+to)\b")
# the event of a start that has come, in the past tense: "took effect", "came into force", "kicked in"
_START_EVENT = (r"took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|entered\s+into\s+force|"
                r"kicked\s+in")
# a start that has come, told with the measure's noun: "came into force", "took effect", "in force since", "is in place"
MEASURE_BEGUN = (r"\b(?:" + _START_EVENT + r"|"
                 r"(?:is|are|was|were|been|now|remain|remains|already|still)\s+in\s+(?:force|effect|place))\b")
# Round 28 (xstatus28): the event of a start that has come ("took effect", "kicked in"), not a state ("in place", "in
# force"): a state is told of background measures ("tariffs already in place on steel") and of conditions ("once the law
# is in force"), an event in the past tense only of a start that happened
START_EVENT_PAST = (r"\b(?:" + _START_EVENT + r"|"
                    r"(?:has|have)\s+(?:taken\s+effect|come\s+into\s+(?:force|effect)|kicked\s+in))\b")
# ... not one denied or still to come
MEASURE_NOT_BEGUN = r"\b(?:not\s+yet|yet\s+to|not\s+(?:be\s+)?in\s+(?:force|effect|place)|until)\b"

# Round 26b (xquota26b): a pause of part of a rate's goods.  A pause cue ("put off", "delayed", "postponed", "paused",
# "suspended") whose object is the rate on a quantified, unnamed part of the goods ("put off for a month the 25% tariffs
# on many Canadian imports", "suspended the 15% duty for some American goods") pauses those goods, not the rate: the
# rate keeps its own status (LABELING.md round 25b: a rate "scaled back for many products" with no goods named keeps its
# fact `in_force`, product null; round 14: the rate with product null in its own status).  Goods named by a qualifying
# clause ("products covered by the T-MEC", "exports that comply with the USMCA") are the pause's goods and keep `paused`
# (the dev labels: d591, d1080), and "a range of" goods reads as the rate's whole scope (d1645: `paused`).
PARTIAL_GOODS_QUANTIFIER = r"(?:many|some|certain|several|select(?:ed)?|various)"
PARTIAL_GOODS_NOUN = r"(?:imports|goods|products|exports|items|shipments|product\s+lines|categories)"
# read from the paused rate's end: its tariff noun, then "on / for" the quantified goods (no comma, no other rate)
PARTIAL_GOODS_AFTER = (rf"[^,;%.]{{0,40}}?\b(?:on|for|covering)\s+{PARTIAL_GOODS_QUANTIFIER}\s+(?:of\s+(?:the|its|their)\s+)?"
                       rf"(?:[\w’'.-]+\s+){{0,3}}?{PARTIAL_GOODS_NOUN}\b")
# Round 26b (xquota26b): the rate that goes on applying beside a pause.  A pause noun before the rate ("Even with the
# delay, a 10 percent baseline tariff ... remains in force", "Under the pause, a blanket tariff of 10 per cent stays in
# place", "..., but the rate was suspended for 90 days, leaving a 10% baseline duty in place") is the other rates'
# pause: the rate's own verb after it says it applies (LABELING.md: a rate that applies now is `in_force`).  Read from
# the rate's end within its clause (no other rate between)
STILL_APPLIES_AFTER = (r"[^.;%]{0,80}?\b(?:(?:remains?|remained|stays?|stayed)\s+in\s+(?:force|place|effect)|"
                       r"(?:continues?|continued)\s+to\s+(?:be\s+)?(?:appl(?:y|ied)|collected|charged|levied|paid)|"
                       r"(?:was|were|is|are)\s+(?:left\s+untouched|unaffected|not\s+affected)\s+by)\b")
# "leaving a 10 percent baseline duty in place" (the words before the rate, then "in place" after it)
LEFT_IN_PLACE_BEFORE = r"\bleaving\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
LEFT_IN_PLACE_AFTER = r"[^.;%,]{0,50}?\bin\s+place\b"


# Round 26c (xkeep26c): the payer's own paying verb told in the present with "still / continue(s) to / keep(s)" and no
# modal ("South African goods still pay the 10% ...", "Chinese goods continue to face a 30% tariff while talks ... go
# on", "Korean automobiles are still charged the 25 percent tariff", "which for now still pay 25 percent"): the rate
# applies now and goes on applying (LABELING.md: in force), whatever future the rest of the sentence tells (a deal that
# "will lower" it, "until then").  The round-14b modal form stays in tariffs._STILL_APPLIES_BEFORE; a modal of
# possibility before "still" ("could still face 50%") is a threat, not a rate that applies.
STILL_PAYS_NOW_BEFORE = (
    r"(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)"
    r"\b(?:still|continues?\s+to|keeps?(?:\s+on)?)\s+(?:be(?:ing)?\s+)?"
    r"(?:pay|pays|paying|face|faces|facing|charged|taxed|subject\s+to|hit\s+with|applies|apply|applying)"
    r"\s+(?:[\w-]+\s+){0,2}?$")
STILL_PAYS_NOW_REACH = 90    # characters before the rate read for STILL_PAYS_NOW_BEFORE (as _still_applies)
# Round 26c (xkeep26c): the imposer keeps or leaves a rate that applies now -- the rate is the object of "keep / leave /
# maintain" ("a limited trade agreement that keeps the 10% tariff on most British exports in place", "Biden will leave a
# 10 percent tariff on aluminium ... in place", "the United States is keeping the 19 percent tariff it already charges")
# or its level after "at" ("the two countries will keep the reciprocal tariff on Korean goods at 15%"): LABELING.md, a
# rate that applies now and will go on applying is in force, whatever change the sentence tells of another rate.  Not
# after a modal of possibility or condition ("could keep", "even a favorable ruling ... would leave the 10 percent
# charge in place": d1412, a rate labelled announced).
KEEPS_RATE_BEFORE = (
    r"(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bwould\s)"
    r"\b(?:keeps?|keeping|kept|leaves?|leaving|maintains?|maintaining|maintained)\s+"
    r"(?:(?:the|a|an|its|their|his)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?:the|its|their)\s+(?:[\w’'-]+\s+){1,7}?at\s+(?:the\s+same\s+|an?\s+|the\s+)?)$")

# The European Union's member states (round 26c, xeu26c): a member's own figure stays the member's when the bloc is
# named only as its frame ("Within the EU, Ireland posted ...", "Ireland, an EU member state, ... sent $50 billion")
EU_MEMBER_STATES = frozenset({
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
    "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"})
# the bloc as the frame a member's figure is told in: "Within the EU, Ireland ...", "Among EU members, Germany ..."
BLOC_FRAME_BEFORE = r"\b(?:[Ww]ithin|[Ii]nside|[Aa]mong(?:st)?)\s+(?:the\s+)?(?:\w+\s+)?$"
# the bloc in an appositive to the member just named: "Ireland, an EU member state,", "Germany, the bloc's biggest
# economy,", "Malta, a member of the EU,"
BLOC_APPOSITIVE_BEFORE = r"^\s*,\s+(?:an?|the|another|one of the)\s+(?:[\w-]+\s+){0,3}?(?:of\s+the\s+)?$"
# a pair the sentence states by name: "trade between the EU and the US", "the relationship between Canada and Mexico"
NAMED_PAIR_BEFORE = r"\b[Bb]etween\s+(?:the\s+)?$"
NAMED_PAIR_JOIN = r"^\s+(?:and|&)\s+(?:the\s+)?$"
# the bloc as the adjective of one member: "No EU economy relies more on the American market than Ireland, which sold
# ...", "the largest EU member state" -- one member's figure, told against the bloc (singular: "EU countries" may be
# the bloc's own flow)
BLOC_MODIFIER_AFTER = r"\s+(?:member\s+state|economy|country|nation|member(?!\s+states?\b)|state)\b"

# Round 27 (xtvstory27): the story's flow.  A headline (or the line after a section label) whose first flow word names
# its partner right after it ("Australian exports to the US climb", "Brazil's trade deficit with US multiplies",
# "Dutch goods exports to the US fall") frames a story about that one bilateral flow: a figure of the same kind the
# body gives with no country of its own ("Beef exports grew 26% ... to A$1.6 billion", "Exports came to €27.5
# billion") is the headline's pair -- unless the story reports that kind with the world too (then an unnamed figure may
# be either, as the Korean monthly reports: "Outbound shipments came to $40.1 billion" above "exports to the US").
# The flow words of the headline, by the kind group they frame ...
STORY_FLOW_WORDS = (r"\b(?:(?P<balance>(?:trade\s+)?(?:surplus|deficit|gap))|(?P<exports>exports?|shipments?|sales)"
                    r"|(?P<imports>imports?|purchases))\b")
# ... and what joins the first flow word to its partner: nothing but "to/with/into (the)"
STORY_FLOW_JOIN = r"\s+(?:to|with|into)\s+(?:the\s+)?"
# a sentence that states the other direction or the balance beside the figure is a trade report of the country's
# totals ("Exports of US$ 29.86 billion and imports of US$ 23.73 billion left a surplus", "Imports slipped 1.3 per
# cent ..., while exports eased ..."), not a part of the headline's flow
STORY_OTHER_DIRECTION = {"exports": r"\b(?:imports?|imported|inbound)\b", "imports": r"\b(?:exports?|exported|outbound)\b",
                         "balance": r"(?!)"}
# a figure whose sentence, or the sentence before, says the flow goes abroad ("Salmon is still far and away the most
# valuable seafood Norway sells abroad. In August the country shipped 145,446 tonnes of it, worth NOK 10.6 billion"):
# the country's flow with the world, whatever the headline's pair
STORY_WORLD_NEAR = r"\b(?:abroad|overseas|worldwide|globally|to the (?:whole )?world)\b"
# Round 29 (xtvparty29, trade_values._story_world_flow): a world word in a body sentence about the headline's flow is
# no world figure of that flow when it is part of a name -- capitalised inside the sentence ("think tank Global Trade
# Research Initiative (GTRI) said exports to America dropped", "The World Bank lowered ...") -- or qualifies a duty or
# demand ("the same global duties whatever their origin", "the total duty on Indian shrimp", "global demand is ...
# affecting exports").  Regex sources: the world word (trade_values._WORLD_FIGURE reads a world figure by it too), and
# the nouns it then qualifies.
STORY_WORLD_WORD = (r"\b(?:world(?!['’]s)|global|overall|total|worldwide|all\s+(?:trading\s+)?partners"
                    r"|all\s+(?:countries|markets|destinations))\b")
STORY_WORLD_NOT_FLOW = r"\s+(?:dut(?:y|ies)|tariffs?|levy|levies|demand)\b"
# Round 29 (xtvparty29, trade_values.exporter_antecedent): a country that a relative clause of selling describes is the
# exporter of the clause's amount ("Pakistan, which shipped about $4.1 billion of apparel to the United States, secured a
# 19 per cent rate"; "ahead of Canada, whose exports to the United States came to 198 billion USD"; "the runner-up,
# Japan, which shipped $4,866 million"), never the story's country; its market is the counterpart the relative clause
# names, else the one the sentence names ("Mexico's ... exports to the United States ... the runner-up, Japan, which
# shipped ...").  Regex source: the relative pronoun and the selling verb or flow noun that opens the relative clause.
EXPORTER_RELATIVE = (r",\s+(?:which|whose)\s+(?:[a-z-]+\s+){0,2}?"
                     r"(?:shipped|sold|sent|exported|exports|shipments|sales|deliveries)\b")
# Round 30 (xtvparty30, trade_values.anaphoric_partners): a flow's counterpart named by a description that refers back
# to a country the text has just named -- "Turkish exports to the country totaled $16.35 billion" after "The US was
# Turkey's ninth-largest export market", "Brazilian farm exports to the Asian giant rose" under "China took up the
# slack", "the EU imported €92 million ... from the country" after "Trade with Belarus is smaller", "Canada's trade
# surplus with its neighbour" after "Imports from the US also fell".  Not "into the country" (goods coming into the
# story's own country), not a possessive ("the country's exports": the flow's owner), not "the economy".  Regex source:
# the counterpart preposition, then a definite description of a country (up to two capitalised words before its noun:
# "the North American country", "the South Asian country") or "its / their neighbour".
ANAPHORIC_PARTNER = (r"\b(?:to|from|with)\s+(?P<desc>(?:the|that)\s+(?:[A-Z][\w-]*\s+){0,2}(?:country|nation)"
                     r"|the\s+(?:[A-Z][\w-]*\s+){1,2}giant|(?:its|their)\s+neighbou?r)\b(?!['’])")
# the pair of a two-way flow named by a pronoun: "Total trade between them has since grown from $1.3 billion in 2006"
# after "commerce between the two countries" (the story's country and its partner, as "between the two countries")
PAIR_PRONOUN = r"\b(?:trade|commerce|turnover)\s+between\s+them\b"

# Round 27b (timeline.one_status_per_rate): the statuses of a rate decided (in force, or decided and starting later); a
# rate first told in one of them and read later as threatened, lifted or paused is the same fact retold
DECIDED_STATUSES = ("in_force", "announced")
# Round 48 (tariffs.status_told_in_own_clause): a headline rate read in force with no cue in its own clause takes the
# announced status the same rate's body mentions give by their own clause's cue (one rate, one status at `published`;
# the rules' status only)
CARRIED_OVER_STATUS = "in_force"
CARRIED_STATUS = "announced"
# the rest of a conditional clause up to its rate: no clause break (comma, colon, dash, bracket, quotation mark);
# RESTATED_CONDITION_OPENER and SUPPOSED_RATE_OPENER end with it
CONDITION_CLAUSE_RUN = r"[^,;:.!?()\u2014\u2013\"\u201c\u201d]*$"
# Round 40 (timeline.one_status_per_rate): a rate inside a conditional clause -- "Vietnamese exporters would lose orders
# if the 20% tariff stays in place for long", "unless the 25% duty is lifted", "Should the 46% rate remain", "as long as
# the 50 per cent tariff applies" -- is a rate the story has decided retold as the condition of something else, whatever
# tense or mood its own clause gives it.  Regex source: the clause's opener ("should" only opening a clause: "the US
# should remove ..." is a plea), then no clause break up to the rate (RESTATED_CONDITION_REACH characters at most): a
# rate after the comma ("if talks fail, the rate will rise to 50%") is the main clause's, not the condition's.
RESTATED_CONDITION_OPENER = (r"(?:\b(?:if|unless|(?:as|so)\s+long\s+as|provided(?:\s+that)?)\b"
                             r"|(?:^|[,;:\u2014\u2013]\s*)should\b)" + CONDITION_CLAUSE_RUN)
RESTATED_CONDITION_REACH = 80
# Round 41 (tariffs.supposed_rate): a rate a condition only supposes -- "if the EU imposed a tariff of around 20%",
# "if Washington brings in a 20% tariff and the EU answers in kind", "If the firm were also subject to a 70% AD duty",
# "Were the US to impose a 50% levy" -- is no fact (LABELING.md: hypotheticals).  What tells it from a condition about a
# real measure ("if the United States goes ahead with the 50% tariff", "if Trump's 30% tariff threat goes ahead", "if
# the 25% duties announced ... come into force", "unless Washington withdraws its 145% tariffs") is the condition's own
# verb, one of setting a rate (SUPPOSED_RATE_VERB), with the rate as its object in an indefinite noun phrase ("a 20%
# tariff", "a tariff of around 20%"): the condition brings a rate in rather than naming one the story has.  Regex
# sources: the opener (SUPPOSED_RATE_OPENER: "if"/"unless", or "should"/"were" opening a clause), then up to
# SUPPOSED_RATE_REACH characters with no clause break to the rate; the verb and the article end right at the rate.  A
# rate in the main clause ("will respond with 25% if ...", "would impose 50% unless ...") is the imposer's threat and
# is not read here; nor is a rate with "would" and its consequence ("a 30% rate would badly disrupt trade"): held out,
# 41 of 42 such rates are labelled threats or announced rates.
SUPPOSED_RATE_OPENER = (r"(?:\b(?:if|unless)\b|(?:^|[,;:\u2014\u2013\"\u201c]\s*)(?:should|were)\b)"
                        + CONDITION_CLAUSE_RUN)
SUPPOSED_RATE_REACH = 120
SUPPOSED_RATE_VERB = (r"(?:impos(?:e|es|ed)|(?:bring|brings|brought)\s+in|introduc(?:e|es|ed)|appl(?:y|ies|ied)|puts?|"
                      r"slap(?:s|ped)?|lev(?:y|ies|ied)|sets?|(?:was|were)\s+(?:also\s+)?subject\s+to)")
SUPPOSED_RATE_NP = (r"\s+an?\s+(?:(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?(?:tariff|duty|levy|surcharge)\s+(?:of\s+)?"
                    r"(?:(?:around|about|roughly|some)\s+)?)$")

# Round 27b (trade_values.subject_noun_kind): the figure's own noun. A clause whose subject is a flow or balance noun and
# whose verb (a change, or "came in at / reached / stood at") sets the amount as that noun's level -- "Imports from the US,
# meanwhile, climbed 16.4% to 30.6 billion euros", "Canada's surplus with the U.S. shrank sharply, to C$4.8 billion from
# C$8.4 billion", "Turnover with the US fell 5% to 240.5 billion euros" -- gives the amount the noun's kind, whatever the
# story's other sentences are about.
SUBJECT_KIND_NOUNS = (("imports", r"imports|inbound\s+shipments|purchases"),
                      ("exports", r"exports|outbound\s+shipments|overseas\s+sales|foreign\s+sales|sales\s+(?=to\b|abroad\b)|shipments"),
                      ("trade_surplus", r"(?:trade\s+|goods\s+|merchandise\s+)?surplus"),
                      ("trade_deficit", r"(?:trade\s+|goods\s+|merchandise\s+)?(?:deficit|shortfall|gap)"),
                      ("total_trade", r"turnover|two-way\s+trade|bilateral\s+trade"))
# where the subject can open: the sentence, a semicolon, or a contrastive or additive conjunction after a comma (not
# "though": ", though more slowly, climbing 0.8% to" is an aside of the same clause); an opening adjunct ("In June, ", "Meanwhile, ", "By contrast, ") may come first
SUBJECT_OPENING = r"(?:^|;\s+|,\s+(?:while|whereas|but|and)\s+)"
SUBJECT_ADJUNCT = r"(?:[A-Z][\w’'-]*\b[^,;.$€£¥₹\d]{0,40},\s+)?"
# the noun's determiner and modifiers before it: "the", "its", "Germany's", "the EU's", "China's overall", "Japan's monthly"
SUBJECT_DETERMINER = (r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+|(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}?[A-Z][\w.]*['’]s\s+)?"
                      r"(?:(?:overall|total|monthly|annual|quarterly|seasonally\s+adjusted|adjusted|merchandise|goods|non-oil"
                      r"|oil|U\.?S\.?|US|EU)\s+){0,2}")
# the verb that sets the level: a change ("rose ... to"), a level ("came in at", "reached", "stood at", "totalled")
SUBJECT_LEVEL_VERB = (r"(?:ris(?:e|es|en)|rose|fell|grew|increased|decreased|dropped|jumped|shrank|shrunk|climbed|slipped|slid"
                      r"|declined|plunged|soared|surged|widened|narrowed|deepened|swelled|eased|edged\s+(?:up|down|higher|lower)"
                      r"|dipped|tumbled|slumped|came\s+in|reached|stood|totall?ed|amounted|hit)")
# the stretch between the verb and the amount: no other clause, and the amount is the level ("to", "at", "from" the base)
SUBJECT_LEVEL_TAIL_END = r"\b(?:to|at|from|of|reaching|hitting)\s+(?:(?:about|roughly|nearly|some|almost|around|just|only|a\s+record|an\s+estimated|close\s+to|more\s+than|over)\s+)*$"
SUBJECT_TAIL_STOP = r"\b(?:as|while|whereas|which|that|when|after|because|since|with|leaving|making|so|but)\b"
# Round 28 (trade_values.pronoun_antecedent): a pronoun subject whose verb sets the amount as a level ("They rose 1 per
# cent year on year to US$215.28 billion" after "Imports also disappointed.", "Over the whole of 2025 it reached $178
# billion" after "Vietnam's surplus with the United States has run ahead of China's") takes its kind from the flow or
# balance noun of the sentence before -- "they" a plural flow, "it" a balance or two-way trade, one kind only.
PRONOUN_ADJUNCT = r"(?:[A-Z][^,;.$€£¥₹]{0,50}?(?:,\s+[^,;.$€£¥₹]{0,25}?,)?\s+)?"
PRONOUN_SUBJECT = r"(?P<pron>[Tt]hey|[Ii]t)(?:\s+(?:then|also|still|again|\w+ly))?\s+"
PRONOUN_LEVEL_VERB = (r"(?:(?:had|have|has)\s+)?(?:" + SUBJECT_LEVEL_VERB + r"|came|recovered"
                      r"|(?:were|was|are|is)\s+(?:down|up|estimated|valued|worth|at))")
PRONOUN_PLURAL_FLOWS = (r"(?P<imports>inbound\s+shipments|imports|purchases)"
                        r"|(?P<exports>outbound\s+shipments|exports|shipments|overseas\s+sales|foreign\s+sales|sales\s+(?=to\b|abroad\b))")
PRONOUN_SINGULAR_FLOWS = (r"(?P<trade_surplus>surplus)|(?P<trade_deficit>deficit|shortfall|trade\s+gap)"
                          r"|(?P<total_trade>two-way\s+trade|bilateral\s+trade|total\s+trade|trade\s+(?=with\b|between\b)|turnover)")
# Round 27b (trade_values.share_whole_kind): the amount named in an appositive as a share of a flow is of that flow's kind,
# whoever the clause's subject is: "the US bought nearly Rs 22,000 crore of it, roughly 44 per cent of India's shrimp
# exports", "Mexican customers bought $3.5 billion of the state's goods, 70% of its $5 billion in total exports" (exports,
# not the buyer's imports; LABELING.md's [exporter, importer]).
SHARE_WHOLE_AFTER = (r"[^,;.$€£¥₹]{0,40},\s+(?:(?:roughly|about|nearly|almost|some|or|around|close to|more than|just over"
                     r"|just under)\s+)*(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|a third|two-thirds|a quarter"
                     r"|three-quarters|most|the bulk|the majority)\s+of\s+(?!which\b)[^,;.]{0,60}?\b"
                     r"(?:(?P<exports>exports?|exported|shipments|sold)|(?P<imports>imports?|imported|purchases|bought))\b")
# Round 37 (trade_values.sides_balance_kind): a balance told by its two sides -- "the gap between imports and exports came
# to $2.32 billion", "The gap between what India buys from China and what it sells there reached ...", "the difference
# between what the United States sells to other countries ... and what it buys from them came to just over $901
# billion" -- is the balance, not two-way trade nor the side named last: the noun, "between", an inbound and an
# outbound side (either order) joined by "and", with no figure among them; the amount follows in the same clause.
# Its side is the one its sentence names ("..., the largest annual surplus the country has ever posted"; "The trade
# surplus with the US, the difference between ..."), else a deficit (the dev labels' every such gap with no surplus word).
SIDES_BALANCE_NOUN = r"\b(?:gap|difference|imbalance)\s+between\s+"
SIDES_INBOUND = r"(?:imports?|imported|buys|bought|buy|purchases|purchased)"
SIDES_OUTBOUND = r"(?:exports?|exported|sells|sold|sell|ships|shipped)"
_SIDES_CHAR = r"(?:[^;.$€£¥₹\d]|(?<=[A-Z])\.)"      # no figure, no sentence end ("the U.S." keeps its dots)
SIDES_BALANCE = (SIDES_BALANCE_NOUN + _SIDES_CHAR + r"{0,80}?\b(?:" + SIDES_INBOUND + r"\b" + _SIDES_CHAR + r"{0,80}?\band\b"
                 + _SIDES_CHAR + r"{0,40}?\b" + SIDES_OUTBOUND + "|" + SIDES_OUTBOUND + r"\b" + _SIDES_CHAR
                 + r"{0,80}?\band\b" + _SIDES_CHAR + r"{0,40}?\b" + SIDES_INBOUND + r")\b")
# between the sides and the amount: no clause of its own ("..., as imports rose", ", and exports reached")
SIDES_TAIL_STOP = r";|\b(?:as|while|whereas|which|that|when|after|because|since|leaving|making|so|but)\b|,\s+and\b"

# tariffs.py (round 28, xproduct28): a producer noun that is itself the subject paying the rate names the goods the
# rate is on ("onion exporters pay a duty of 20%", "Garment exporters now pay a combined 35.5 percent", "Exporters of
# crude palm oil will pay 10 percent", "most Chinese producers of active anode material face a countervailing duty of
# 6.55%"): the producer noun, up to three auxiliaries/adverbs, then a pay/face/charged verb whose object (up to six
# words) runs into the rate.  Round 22's producer nouns that only say who a rate hurts ("Sri Lanka's clothing industry
# faces hard times unless ...", "watchmakers ... among the hardest hit by the 39% duty") have no such verb at the rate.
PRODUCER_PAYER_NOUN = r"(?:exporters|producers|makers|manufacturers|growers|shippers|suppliers)"
PRODUCER_PAYER_TAIL = (r"\s+(?:(?:now|still|already|also|will|would|must|then|therefore|currently|have\s+to|has\s+to|"
                       r"had\s+to|be|are|is|were|was|been)\s+){0,3}(?:pay|pays|paid|paying|face|faces|faced|facing|"
                       r"charged)\s+(?:[^\s,.;:%]+\s+){0,6}$")
# Round 53 (xgoodsnull53): in a trade-remedy story (an anti-dumping or anti-subsidy lede), a rate a producer pays
# with no goods of its own ("Every other supplier without its own rate pays the residual duty of 40.08%", "all other
# mills pay 35.16%", "one manufacturer pays a 7.8 percent duty", "Some Mexican exporters ... face far steeper duties of
# as much as 273%") is a company's rate of the case, on the case's goods: the producer noun (or a company word of a
# firm's name), up to REMEDY_PAYER_GAP characters of its clause, then PRODUCER_PAYER_TAIL's pay/face/charged verb.
# The case is named in the rate's sentence or the one before (its goods those that sentence's measure names), or in
# the story's lede.  Elsewhere the same words say a country's firms pay its all-goods rate ("New Zealand exporters
# will pay a 15% tariff": 55 labels null), and a baseline or reciprocal rate named in the stretch is such a rate in any
# story.
REMEDY_PAYER_NOUN = (r"(?:exporters?|producers?|makers?|manufacturers?|suppliers?|mills?|compan(?:y|ies)|firms?|"
                     r"Co|Corp|Inc|Ltd|Limited|LLC|PLC|GmbH)")
REMEDY_PAYER_GAP = 60
# PRODUCER_PAYER_TAIL with room for a hedge in the object ("face far steeper duties of as much as 273%")
REMEDY_PAYER_TAIL = PRODUCER_PAYER_TAIL.replace("{0,6}", "{0,8}")
REMEDY_PAYER_REACH = 140        # how far back from the rate the payer is looked for
REMEDY_CASE_SENTENCES = 1       # the case named in the rate's sentence or this many before it (else in the lede)
REMEDY_PAYER_NOT = r"\b(?:baseline|reciprocal|universal|across-the-board|blanket|global)\b"

# Round 29 (xdealrate29): a rate a bilateral deal or its implementing text sets for the deal's partner.  LABELING.md's
# sector rule keeps a steel / autos / drugs rate null when stated for all partners, but "the country is the target
# when the rate is that country's own: set for it by a deal or an order" (round 29 xtargetlearn29).  The rate's
# clause says so in three ways: "Under the framework Seoul and Washington reached, the duty on cars ... is to fall to
# 15 percent" (DEAL_UNDER), "the deal brings auto tariffs down to 15 percent", "the EU-US trade agreement that confirms
# a 15% cap" (DEAL_SETS), "the terms of the deal said would be capped at 15%" (DEAL_TERMS).
DEAL_NOUNS = (r"(?:deal|agreement|framework(?:\s+agreement)?|memorandum(?:\s+of\s+understanding)?|MOU|pact|accord|"
              r"arrangement|truce|fact\s+sheet|joint\s+statement)")
DEAL_UNDER = rf"\bunder\s+(?:the|its|their|this|that|a|[A-Z][\w'’.-]+)\s+(?:[\w'’-]+\s+){{0,4}}?{DEAL_NOUNS}\b"
# (an implementing order as the setter too: "The order, however, gave no date on which the duty on automobiles is to
# come down from the current 27.5%", its partner the story deal's)
DEAL_SETS = (rf"\b(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{DEAL_NOUNS}|(?:executive\s+)?order|proclamation|"
             r"notice|decree)(?:,\s+however,)?\s+(?:(?:that|which|also|would|will|"
             r"has|have|had|now|goes\s+further:\s+it)\s+){0,2}(?:brings?|brought|cuts?|caps?|capped|puts?|sets?|lowers?|"
             r"lowered|reduces?|reduced|confirms?|confirmed|slash\w*|halv\w*|scraps?|scrapped|removes?|removed|locks?\s+in|"
             r"locked\s+in|fix\w*|gives?|gave|grants?|granted)\b")
DEAL_TERMS = rf"\bterms\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}?{DEAL_NOUNS}\b"
# not one partner's deal: a multi-party free trade agreement ("qualify for preferential treatment under the
# United States-Mexico-Canada Agreement (USMCA)", "countries that have no free trade agreement with Canada"), a
# group's deals ("unless trade deals provide otherwise"), a rate the deal leaves to others ("exempted", "spares")
DEAL_NOT_BILATERAL = (r"\b(?:free\s+trade|USMCA|CUSMA|NAFTA|United\s+States-Mexico-Canada|Canada-U\.?S\.?-Mexico|"
                      r"qualif\w+|compl(?:y|ies|iant|ying)|preferential|eligible|countries|nations|partners|"
                      r"exempt\w*|spar(?:e|es|ed|ing)|exclud\w+|if\s+no|unless|without)\b")
# how far after the deal's noun its own phrase names its parties ("the framework Seoul and Washington reached on
# July 30,", "the agreement struck between Washington and Brussels"): up to the next comma, within this many characters
DEAL_PHRASE_REACH = 60

# Round 30 (xstatus30): the verb that governs a rate, read without a parse -- the verb group nearest the rate in its
# clause ("said he would impose a 25% tariff": "would impose", not the sentence's first verb "said"), its auxiliaries
# and its form giving its tense or modality (tariff_model.governing_verb_features).  The verbs a tariff rate's clause
# uses (base forms; the regular inflections are made from them) and the irregular forms that are no regular inflection.
STATUS_VERB_LEMMAS = (
    "impose put slap set raise hike lift cut lower reduce slash trim bring take charge pay face apply levy collect hit "
    "announce threaten propose plan remove scrap drop end eliminate suspend pause delay postpone extend keep maintain "
    "retain hold add double triple increase decrease order sign approve adopt introduce reimpose restore reinstate start "
    "begin kick go come rise climb jump fall reach stand remain stay carry attract incur subject exempt spare replace "
    "strike refund expire agree seal unveil finalize finalise confirm warn vow consider weigh seek demand tax assign give "
    "hand place slam roll")
# (written as form/base pairs in one string: a bare "begin" literal reads as SQL to tests/test_sqlfiles.py)
STATUS_VERB_IRREGULAR = dict(pair.split("/") for pair in (
    "brought/bring took/take taken/take paid/pay held/hold kept/keep rose/rise risen/rise fell/fall "
    "fallen/fall came/come went/go gone/go stood/stand struck/strike stricken/strike sought/seek "
    "began/begin begun/begin gave/give given/give").split())
# the auxiliaries and control verbs of a verb group, up to three ("would have been", "is set to", "agreed to"), each
# optionally followed by an adverb ("will also impose", "has already paid")
GOVERNING_AUX = (r"(?:will|'ll|’ll|shall|would|could|may|might|can|should|must|has|have|had|is|are|was|were|be|been|"
                 r"being|do|does|did|(?:is|are|was|were)\s+(?:set|due|scheduled|slated|expected|going|poised)\s+to|"
                 r"(?:is|are|was|were)\s+to|[a-z]+\s+to|to)")
GOVERNING_ADVERB = (r"(?:not|also|already|now|first|since|then|just|still|effectively|further|again|formally|"
                    r"officially|initially|originally|previously|later|eventually)")
# where the verb before a rate stops governing it: a clause break or a relative / conjunction word after which a
# new verb starts ("the tariffs that took effect in April, while Japan will pay 15%")
GOVERNING_BREAK = (r"[;:—–(]|,\s+(?:which|who|while|but|and|as|after|before|when|since|although|though)\b|"
                   r"\b(?:which|that|who|while|but|after|before|when|because|although)\b")

# Round 30 (ximposer30): the subject of a reply verb imposes the rate of its "with" / "by" phrase ("After Trump put tariffs
# on goods from China, Beijing answered with retaliatory tariffs of up to 34% on U.S. soybeans", "Canada replied with
# 25% duties"): one of roles._IMPOSER_VERB_AFTER's verbs ("responded" already was).
# A reply "to" something names what is answered, not the answer: in "It was Beijing's reply to Trump's decision ... to
# raise the tariff ... 20%" the rates are Trump's (d2082 of round 30's fresh set, which the first version read as China's).
REPLY_VERBS = r"answer(?:s|ed|ing)?(?!\s+to\b)|repl(?:y|ies|ied|ying)(?!\s+to\b)"
# "if the White House goes ahead with its planned 25pc duties on European steel", "if the United States goes ahead with
# the 25% tariffs": the subject carrying a measure out imposes it -- the nearer actor than a reply verb's subject before
# it ("the EU would answer with reciprocal tariffs ... if the White House goes ahead with ...")
GO_AHEAD_VERBS = r"go(?:es|ing)?\s+ahead\s+with|went\s+ahead\s+with"
# A rate its own noun phrase gives to the clause's subject ("Beijing has answered President Trump's 145% tariff on
# Chinese goods with a 125% tariff of its own", "Beijing has answered the latest round of American tariffs by raising
# its own levy on imports from the United States to 84 percent"): the subject acting, not the nearer possessive or
# adjective of the measure it answers, is the imposer (roles._own_measure_actor).  Regex sources read right before the
# rate (no other rate between) and right after it.
OWN_MEASURE_BEFORE = (rf"\b(?:its|their)\s+own\s+(?:[\w“”\"-]+\s+){{0,3}}?{TARIFF_NOUNS}\b"
                      r"(?:(?!\d\s?(?:%|per\s?cent|percent))[^,;:.])*$")
OWN_MEASURE_AFTER = (r"[\d.,]*\s?(?:%|per\s?cent|percent)[\s“”\"-]+(?:[\w“”\"-]+\s+){0,3}?"
                     rf"{TARIFF_NOUNS}\s+(?:[\w-]+\s+){{0,1}}?of\s+(?:its|their)\s+own\b")
# Round 30 (ximposer30): an unnamed government body as the subject deciding the rate in its own clause ("The Budget
# proposes to cut the duty on motorcycles ... from 50 per cent to 40 per cent", "The government responded by reducing
# the rate to 50 per cent", "The government's move to scrap ... the 11% duty on cotton imports", "the ministry imposed a
# definitive anti-dumping duty of 27%"): in a story about another country than the U.S. it is that country's own
# (roles._home_government_imposer); the decision verbs follow (roles._SUBJECT_BEFORE_VERB, _DECISION_VERBS).
HOME_GOVERNMENT_SUBJECT = (r"\b(?:the|its)\s+(?:(?:federal|central|union|national|new)\s+)?"
                           r"(?:government|govt|cabinet|budget|ministry|notification|decree)"
                           r"(?:['’]s\s+(?:move|decision|plan|proposal|bid)\s+to\b)?")
HOME_GOVERNMENT_EXTRA_VERBS = r"propos\w*|respond\w*\s+by\s+\w+ing|(?:moved?|moves|decided|decides)\s+to\s+\w+"
# Round 30 (ximposer30): a headline's passive without its auxiliary -- "South Africa hit with 30% US tariff", "with Norway
# hit hardest", "Brazil slapped with 50% duty" -- makes the country the payer (the active verb takes an object: "China hit
# US goods with ..."; "hit back" is a reply); read right after the mention (roles._cue)
BARE_PASSIVE_AFTER = r"\s+(?:hit|slapped|struck|saddled)\s+(?:(?:hard|hardest|harder|first|again)\s+)?(?:with|by)\b|\s+hit\s+(?:hard|hardest|harder)\b"

# round 31 (trade_values.respectively_parties): the characters after a run of trade amounts that may hold "respectively"
# behind the goods the amounts are of ("$12 billion and $8 billion of pharmaceuticals respectively")
RESPECTIVELY_WINDOW = 45
# round 31 (trade_values.country_row): a row of a flattened table labelled by a country alone ("Ireland: -$18.22
# billion", "To China: $10.4 billion (-8.4%)"); its run's words that make the rows the markets of the owner's exports,
# and those that make them suppliers (no reading: whose imports the intro does not say)
COUNTRY_ROW_LABEL = r"\s*(?:[-•*·]\s*)?(?P<to>to\s+)?(?:the\s+)?"
ROW_MARKET_WORDS = r"\b(?:markets?|destinations?|buyers?|customers?)\b"
ROW_SUPPLIER_WORDS = r"\b(?:suppliers?|sources?|sellers?)\b"
# round 32 (trade_values.goods_row): the trade words of a goods row's own label ("Engineering goods: $11.01 billion",
# "Pulp and paper products: C$3 billion"): they name what the row's amount is of, not a flow of its own, so the row
# still goes on with its list's figure or intro; the kinds a goods breakdown under an intro is told of (one-way flows)
ROW_GOODS_WORDS = r"\b(?:goods|products|merchandise)\b"
GOODS_ROW_KINDS = ("exports", "imports")
# round 32 (trade_values.rule_year): a bracket after a figure stating another period's figure ("China: -$15.03 billion
# (September 2024: -$31.8 billion)", "155 billion dollars, up 1.7 percent (same period of 2024: 153 billion dollars)"):
# its year is the bracketed figure's, not the figure's before it (which keeps its list's or the story's period)
BRACKET_BASE_PERIOD = (r"[^()$€£¥₹\n]{0,40}?(?P<bracket>\((?:[^()\d:]{0,30}?\s)?(?:19[89]\d|20[0-4]\d)\s*:\s*[^()]{0,40}\))")

# tariffs.py (round 31, xexempttarget31): the words right before a rate that make it a rate told before, the one goods
# are left out of ("are exempt from the 50% duty", "are likewise outside the 40%", "are not covered by the 31 per
# cent tariff"): a determiner, then at most three modifiers ("the additional", "its reciprocal"); an article ("a
# 25% tariff") states a rate of its own
RESTATED_RATE_LEAD = r"\b(?:the|its|their|this|that|those|these)\s+(?:[\w’'-]+\s+){0,3}$"
# how far before the rate that lead is read
RESTATED_RATE_LEAD_REACH = 40

# tariffs._restated_exemption (round 32, xexemptforms32): the words before which an exemption sentence with no tariff
# noun can restate a rate the story told before ("were exempt from the 39% rate", "are not covered by the 39% rate",
# "have escaped the 50% rate"): the cue only lets the sentence be read; the exemption readers decide the goods
RESTATED_EXEMPTION_CUE = r"\b(?:exempt\w*|spared|excluded|left\s+out|carved\s+out|kept\s+out|outside|not\s+covered|" \
                         r"not\s+subject|escaped)\b"

# Round 31 (xsubclause31): an adverbial clause of time or cause with its own subject ("..., after Washington announced
# 25% duties on steel", "hit back after US President Donald Trump's move to double tariffs", "when he ended the
# exemption") is a clause of its own for text.clause_spans: its country is no party of the main clause's rate, and the
# main clause's country none of its rate.  The subject is a capitalised name or a pronoun (not a month or weekday:
# "since March on steel" is a date, no clause); "as" and "while" are split by text._CLAUSE_BREAK already.
ADVERBIAL_OPENERS = r"after|since|when|because|once|before|until|following"
_CALENDAR_WORDS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# "it" and "they" are left out: they mostly stand for the main clause's measure or goods ("before it was cut to 15%",
# "until it reaches 10%", "when they come from countries ..."), whose parties the clause must keep
ADVERBIAL_SUBJECT = (rf"(?:the\s+)?(?!(?:{_CALENDAR_WORDS})\b)(?:[A-Z][\w.'’]*|he|she|we)\b")
# an adverbial clause opening the sentence ends at the first comma that a main clause's subject follows (a name, "the
# ...", a pronoun): not a date's comma ("Since July 31, 2025, steel goods ..."), nor an appositive's ("After the White
# House announced a 20 percent tariff on Taiwanese goods, lower than the 32 percent ...")
LEADING_ADVERBIAL = (rf"(?:{ADVERBIAL_OPENERS.title()})\s+{ADVERBIAL_SUBJECT}[^,;]{{3,}}?(?P<comma>,\s+)"
                     r"(?=(?:the\s+|a\s+|an\s+)?[A-Z]|(?:he|she|it|they|we|its|their)\b)(?!(?:19|20)\d\d\b)")
# "in 2024, when the American market took ...", "last year, when American exports ...", "in March, when it put 15% on
# chicken": "when" right after a time expression is a relative clause on that time, no adverbial clause of the main verb
WHEN_AFTER_TIME = (rf"(?:\b(?:19|20)\d\d|\b(?:{_CALENDAR_WORDS})|\b(?:years?|months?|weeks?|days?|quarters?|times?|"
                   r"period|ago|earlier|later|afternoon|morning|evening|night|today|yesterday)|\b\d{1,2})\s*,?\s+$")

# trade_values.codeless_group_flow (round 33, xtvparties33): a flow's counterpart that is a group of countries with no
# code of its own -- a region or bloc ("exports to ASEAN", "a $60 billion trade surplus with Africa", "shipments to
# Southeast Asia"), or countries named as a set ("trade with the countries of the Belt and Road Initiative", "shipments to
# European countries outside the bloc", "the deficit with countries other than the U.S.", "exports to the rest of the
# world"): LABELING.md (round 14) keeps the reporter as the flow's only party, where the sentence's other country was read
# as the partner.  The EU has a code (EUU) and is no such group; "Europe" is left to the gazetteer.
# Round 47 (xtvparties47): the same group as the second of a pair ("Trade between China and Africa", the owner the one
# country between "between" and "and": group `between`), North America, BRICS, ASEAN by its full name, "other" before a
# region's adjective ("shipments to other European markets") and countries "taking part in" a scheme ("the countries
# taking part in the Belt and Road Initiative"); a region's possessive is no counterpart ("Exports from Asia's
# fourth-largest economy").
CODELESS_GROUP = (r"\b(?:to|with|from|into"
                  r"|(?P<between>between\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+and)\s+(?:the\s+)?"
                  r"(?:rest\s+of\s+the\s+world"
                  r"|(?:ASEAN|Asean|Mercosur|MERCOSUR|CPTPP|GCC|BRICS|Association\s+of\s+South[- ]?[Ee]ast\s+Asian\s+Nations)\b"
                  r"(?:\s+(?:countries|nations|members|states|bloc|region))?"
                  r"|(?:South[- ]?[Ee]ast(?:ern)?\s+Asia|East\s+Asia|Central\s+Asia|Asia|Sub-Saharan\s+Africa"
                  r"|North\s+Africa|Africa|Latin\s+America|South\s+America|North\s+America|Middle\s+East"
                  r"|Gulf\s+(?:states|countries)|Oceania)\b(?![-\s]Pacific|['’]s)"
                  r"|(?:other\s+(?:European|Asian|African|Arab|Gulf|emerging)|other|non-[A-Z][\w.]*|European|Asian|African|Arab"
                  r"|Gulf|emerging)\s+(?:countries|markets|nations|"
                  r"(?:trading\s+)?partners|destinations|economies|suppliers|buyers)\b"
                  r"(?:\s+(?:outside|other\s+than|beyond|excluding|besides)\s+(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)?)?"
                  r"|countries\s+(?:of|in|outside|other\s+than|beyond|excluding|besides|taking\s+part\s+in"
                  r"|participating\s+in|involved\s+in|along)\s+(?:the\s+)?[\w.-]+"
                  r"(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3})")
# round 35 (xtvnoperiod35): the verb that states a trade figure, for its year (trade_values.figure_verb).  A level the
# text states with no period (LABELING.md, round 35) is told in the present -- a state ("are worth", "stands at",
# "amount to", "remain covered", "is exposed"), an estimate ("puts ... at", "estimates ... at"), a share ("takes", "sends"),
# or with no finite verb at all ("exports to the US worth USD 10.3 billion", "valued at $1.8 billion"); a statistic
# another sentence dates is told in the past ("fell 2.5 per cent to", "reached", "were worth").  "put" is read as an
# estimate in either tense.
LEVEL_VERB_PRESENT = (r"\b(?:(?:is|are)\s+(?:\w+\s+)?[a-z]+ed|is|are|remains?|stands?|runs?|amounts?\s+to|comes?\s+to|totals"
                      r"|accounts?\s+for|makes?\s+up|exceeds?|tops|takes|sends|puts?|estimates|reckons|covers?|hits|affects"
                      r"|touches)\b")
LEVEL_VERB_PAST = (r"\b(?:(?:was|were)(?:\s+(?:\w+\s+){0,2}?(?:worth|valued\s+at))?|had|did|rose|fell|grew|came|stood|took|sold"
                   r"|bought|went|brought|ran|made|sent|shot|sank|shrank|swelled|[a-z]{3,}ed)\b")
# no finite verb of its own: the tense is the sentence's verb before it, a verb of saying aside ("described the United
# States as ..., with exports worth nearly RM200bil"), else the present
LEVEL_NONFINITE = r"\b(?:worth|valued\s+at)\b"
LEVEL_SAYING = r"\b(?:said|says|reported|described|told|added|noted|estimated|valued)\b"
# a relative or appositive clause between commas ("Shipments to the United States, which is Germany's biggest trading
# partner outside the EU, fell ..."): its verb is not the figure's
LEVEL_SIDE_CLAUSE = r",\s*(?:which|who|where|whose)\b[^,]*,"
# the period of the figures just told, in other words ("put trade with the bloc at 5.37 trillion yuan for the period")
PERIOD_BACKREF = r"\b(?:for|over|in|during)\s+the\s+period\b"
# Round 46 (xtvyear46, trade-value year): a direct quotation -- curly or straight marks within one paragraph, or an
# opening mark the paragraph never closes (a quotation running on into the next paragraph).  A figure a person states in
# one with no period of its own has year null (LABELING.md, round 40), not the story's year.
QUOTATION = r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)"
# ... but a quoted figure told with its percentage change ("increased by 40.3 per cent y-o-y to RM29.8 billion", "saw a
# growth of 0.3 per cent to RM105.2 billion": a statistician reading out the release) is a statistic compared with a
# base period -- the release's period, which the lede gives -- and keeps the story's year.
QUOTED_CHANGE = (rf"\b(?:up|down|growth|{CHANGE_VERBS}|{CHANGE_NOUNS})\b"
                 rf"[^.;$€£¥₹]{{0,30}}?\d(?:[\d.,]*\d)?\s?{PERCENT_UNIT}")

# Round 37 (xsectortarget37): a sector rate whose own sentence names no payer but points back with a demonstrative to
# goods or a rate of the sentence before ("European cars currently face a 110% import duty in India. Under the FTA, that
# duty will be brought down ... to 10%", "... cars built in the European Union to 15%. Until now those cars had been
# paying a 25% levy", "The rest of India's exports are a different story. On those, ... 50 per cent on steel"): the
# rate is the antecedent's, and so is its payer (LABELING.md's sector rule: "the named country when the text says its
# goods pay it").  "those / these" before goods or a measure, "that / this" only before a measure in the singular ("said
# that imported copper would face", "that tariffs on pharmaceuticals could" are complementisers, not demonstratives),
# "on / for those".  No article or determiner of its own between ("that the levy on cars would come down").
ANAPHOR_GOODS = (r"(?:goods|products|exports|shipments|imports|cars|vehicles|autos|trucks|steel|aluminium|aluminum|metals?"
                 r"|copper|lumber|timber|chips|semiconductors|drugs|pharmaceuticals|parts)")
ANAPHOR_MEASURE = r"(?:rate|duty|levy|tariff|surcharge|surtax)"
DEMONSTRATIVE_ANAPHOR = (r"\b(?:(?:those|these)\s+(?:(?!(?:the|a|an)\b)[\w-]+\s+){0,2}?"
                         rf"(?:{ANAPHOR_GOODS}|{ANAPHOR_MEASURE}s?)"
                         rf"|(?:that|this)\s+(?:(?!(?:the|a|an)\b)[\w-]+\s+){{0,2}}?{ANAPHOR_MEASURE}(?!s)"
                         r"|(?:on|for)\s+(?:those|these)(?=\s*,))\b")

# Round 37 (xtvrank37): a ranking of trade partners told in prose ("China was again the largest source of imports,
# supplying $4.64 billion ..., ahead of Russia with $3.56 billion and Germany with $3 billion"; "ranked Uganda first among
# Kenya's export markets with Sh11 billion, followed by the United States with Sh6.3 billion"; "The United Kingdom came
# second at $1.69 billion and the United States third at $1.57 billion").  A row is one country and its amount: the
# country is the only one between the amount before and its own, joined by a ranking link (RANKING_LINK) or by "and" /
# "with" inside a ranking, with nothing but a rank between it and its amount (RANKING_ROW_TAIL).  The row is the
# head's flow with the head's ranked country replaced by its own (trade_values.ranking_rows).
RANKING_LINK = r"\b(?:followed\s+by|ahead\s+of|trailed\s+by)\s+"
RANKING_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)"
# between the amount before (or a bracket after it) and the row's country
RANKING_ROW_JOIN = (r"(?:\s*\([^()$€£¥₹]{0,40}\))*\s*,?\s*(?:(?:and|with|while)\s+)?(?:the\s+)?"
                    rf"|[^;:$€£¥₹]{{0,60}}?{RANKING_LINK}(?:the\s+)?")
# between the row's country and its amount: an appositive, a rank, "with" / "at" / "on"
RANKING_ROW_TAIL = (r"(?:\s*,[^,;$€£¥₹]{1,80},)?\s*(?:(?:came|was|is|ranked|were|followed)\s+)?(?:just\s+)?"
                    rf"(?:(?:{RANKING_ORDINAL})(?:\s+place)?\s*)?,?\s*(?:with|at|on)\s+"
                    r"(?:(?:about|around|nearly|some|roughly|almost|more than|just over|just under)\s+)?")
# a sentence opening with a row of the ranking the sentence before began ("China came next at $1.27 billion"): the
# tail must then state the rank
RANKING_OPENING_TAIL = (r"(?:\s*,[^,;$€£¥₹]{1,80},)?\s*(?:came|was|is|ranked|were)\s+(?:just\s+)?"
                        rf"{RANKING_ORDINAL}(?:\s+place)?\s*,?\s*(?:with|at|on)\s+"
                        r"(?:(?:about|around|nearly|some|roughly|almost|more than|just over|just under)\s+)?")
# the ranking is of the story country's partners when the head names them so ("among Kenya's export markets", "the
# largest source of imports"): the ranked country is the story country's partner
RANKING_ROLE_NOUNS = r"\b(?:markets?|destinations?|buyers?|customers?|sources?|suppliers?)\b"

# Round 41 (xproductnull41): a rate whose own goods phrase is a bare pronoun ("the 25% tariffs Ottawa placed on
# them", "a 6.1 per cent tariff applied to them", "the 19% tariff that has applied to it", "India's tariff on it falls
# from 150% to 75%") is a rate on the pronoun's antecedent: the goods the sentence names before it, unless a country
# named after those goods is the nearer antecedent ("the levy Washington imposed on it": all goods); a sentence that
# names neither hands the pronoun to the sentence before, whose first goods or country (its subject) is the antecedent.
PRONOUN_OBJECT = r"^\s*(?:it|them)\b(?!['’]s)"
# a country in these phrases is where the goods go or come from, not the pronoun's antecedent ("all UK car exports
# to the US, cutting the US tariff on them", "electric vehicles into the country")
ANTECEDENT_PLACE_BEFORE = r"\b(?:to|into|from|in|across|through|at)\s+(?:the\s+)?$"
# tariffs.py (round 42): a relative clause that pays the rate, whose antecedent goods carry a post-modifier of origin
# ("vehicles made in China and in certain other Asian nations, which now face a 50% tariff", "upholstered furniture
# from Vietnam, which pays 20 percent", "100,000 automobiles from the UK, which will pay"): the place is where the
# goods come from (the rate's target, read by the parties reader), not the antecedent; the goods stand before it
ORIGIN_AFTER_GOODS = (r"\s+(?:(?:made|produced|manufactured|built|grown|assembled|originating|imported|shipped|"
                      r"sourced|coming)\s+)?(?:in|from)\s+(?:the\s+)?(?=[A-Z])")
# Round 43 (trade_values.back_partner): a figure whose clause points back to the flow the sentence before tells with
# its partner ("Taiwan's exports to the United States rose 0.7% in January. They were worth $8.46 billion"; "The
# industry group counted 80 items exported to the United States ... Together, those items were worth US$4.6 billion";
# "Colombian goods sold to the United States lost ground sharply in August. Shipments were worth US$1,090.6 million")
# takes that partner (LABELING.md round 34: a noun or pronoun for the flow before).  Regex sources.
# The pointer as the clause's subject, right after its opening and an adjunct: "they" / "it" with a level verb, or a
# bare "shipments" / "sales" / "deliveries" that no phrase of its own gives a partner or the world.
BACK_POINTER_PRONOUN = (PRONOUN_SUBJECT + r"(?:(?:had|have|has)\s+)?(?:" + SUBJECT_LEVEL_VERB
                        + r"|came|(?:were|was|are|is)\s+(?:down|up|estimated|valued|worth|at))\b")
BACK_POINTER_BARE_NOUN = (r"(?:[Tt]he\s+)?(?:[Ss]hipments|[Ss]ales|[Dd]eliveries)\b"
                          r"(?!\s+(?:to|from|of|in|into|with|abroad|overseas|by)\b)")
# a demonstrative noun for the flow anywhere in the clause before the amount ("those shipments", "these exports", "such
# sales", "those items", "that trade", "sales there")
BACK_POINTER_NOUN = (r"\b(?:those|these|such)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:exports|imports|shipments|sales|purchases|deliveries|flows|goods|items|products)\b"
                     r"|\b(?:that|this)\s+(?:trade|flow)\b"
                     r"|\b(?:exports|shipments|sales|imports|shipped|sold|sent|exported)\s+(?:from\s+|to\s+)?there\b")
# the flow of the sentence before with its partner: a flow word, then "to / into / from / with (the)" right before the
# country (up to 40 characters apart, no clause break); the preposition gives the flow's way
BACK_FLOW_BEFORE_PARTNER = (r"\b(?:export\w*|import\w*|shipments?|shipped|sales|sold|sent|deliveries|goods|items"
                            r"|products|purchases|bought|trade|surplus|deficit|shortfall|gap)\b[^.;:]{0,40}?"
                            r"\b(?P<prep>to|into|from|with)\s+(?:the\s+)?$")
BACK_FLOW_WAY = {"to": ("exports",), "into": ("exports",), "from": ("imports",),
                 "with": ("trade_surplus", "trade_deficit", "total_trade")}
# a country the flow is told without ("shipments to countries other than the United States"): no partner
BACK_NOT_PARTNER = (r"\b(?:other\s+than|outside(?:\s+of)?|excluding|except|apart\s+from|beyond|besides|non-)"
                    r"\s*(?:the\s+)?$")
# a world word in the figure's clause keeps it the story's country's flow with the world
BACK_WORLD_WORD = (r"\b(?:abroad|overseas|worldwide|world(?!['’]s)|global(?:ly)?|overall|total"
                   r"|all\s+(?:markets|destinations|countries|partners))\b")
BACK_SENTENCES = 2      # the flow told in one of the two sentences before (LABELING.md round 34)
# Round 45 (xtvpartner45, trade_values.pronoun_market): "It" as the subject of a taking verb or of a market's role,
# the sentence after one that names a single country besides the story's, first ("The US is the biggest export market
# for Indian gems and jewellery. It took 31% of the sector's total exports in FY 2024-25, worth about $9.23 billion";
# "China is already by far the biggest customer. It bought 52% of Chile's copper in 2024, worth $26 billion"; "The
# United States cut its purchases by 4 percent. It remained the third-largest destination for Brazil's agricultural
# exports, at 10.5 billion dollars"): the pronoun is that country, the market of the story country's exports, as round
# 29's taker_market and round 16's market_partner read the country named.  The supplier side ("It remained the largest
# source of imports") is not read: no dev figure has it.  Regex sources, after PRONOUN_ADJUNCT at the clause's opening.
PRONOUN_MARKET_SUBJECT = r"(?:[Ii]t)(?=\s)"
PRONOUN_TAKER_AFTER = (r"\s+(?:(?:also|alone|still|again|then)\s+)?(?:(?:has|had|have)\s+)?"
                       r"(?:took|takes|taken|bought|buys|absorbed|absorbs)\b")
PRONOUN_MARKET_AFTER = rf"{PRONOUN_TAKER_AFTER}|{ROLE_PREDICATE}(?:destination|market|buyer|customer)\b"
# A share taken ("It took 31% of the sector's total exports") gives the partner only its part, the amount told right
# after the share's noun (", worth about $9.23 billion", ", or $2.8 billion"); "of $2.306 billion" or "which were
# worth $13.7bn (R230bn)" is the whole, the story's country's flow with the world.  Regex source, up to the amount.
PRONOUN_SHARE_PART = (r",\s+(?:worth|valued\s+at|or|amounting\s+to)\s+"
                      r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|close\s+to)\s+)?$")
# Round 43 (trade_values.world_clause_party): a world adverb in the figure's own clause ("Vietnam shipped goods worth
# nearly US$220 billion abroad, and US$70.9 billion of that went to the United States"; "Of the roughly USD 30 billion
# of pharmaceutical products India ships around the world"; "Worldwide, the island's apparel sales ... reached $4.8
# billion") makes the figure the country's flow with the world: one party, whatever partner another clause names.  Not
# a role ("South Korea's biggest overseas destination"), nor "the world's second-largest consumer".  Regex source.
WORLD_ADVERB = (r"\b(?:abroad|overseas|worldwide|(?:around|across)\s+the\s+world"
                r"|to\s+the\s+(?:whole\s+|rest\s+of\s+the\s+)?world)\b(?!['’]s|\s+(?:destination|market|buyer|customer|supplier)s?\b)")
# Round 44 (xannounced44, tariffs.passed_start_bound): a rate whose own words tell that its start has passed -- a
# relative or pointer after it ("the 10% baseline that has applied since April", "the temporary 10% duty that
# Vietnamese exporters have paid since the spring", "25% duties on goods from Canada and Mexico, and those duties took
# effect last month", "and those tariffs have since come into force"), or a perfect paying verb just before it with
# "since" after it ("Japanese cars have paid a 25% U.S. import duty since April") -- is in force at `published`
# (LABELING.md), whatever the learned status read from the story's coming measure.  Regex sources.
PASSED_START_AFTER = (r"\b(?:(?:has|have|had)\s+(?:since\s+|already\s+)?(?:been\s+)?(?:applied|paid|faced|charged|"
                      r"collected|levied|in\s+(?:force|effect|place))\b[^;%]{0,60}?\bsince\b"
                      r"|(?:has|have)\s+since\s+(?:come|gone)\s+into\s+(?:force|effect)"
                      r"|(?:has|have)\s+(?:already\s+)?taken\s+effect"
                      r"|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect)")
# the words between the rate and that passed start: no modal or plan of the rate's own ("that Trump has said will
# apply from April 3"), no negation ("a rate that never took effect", dev d3383), no clause of another rate (a percent
# is excluded by the reach)
PASSED_START_NOT_BETWEEN = (r"\b(?:will|would|shall|could|may|might|is\s+to|are\s+to|set\s+to|due\s+to|until|unless|"
                            r"if|before|when|once|after|never|not|yet)\b|n['’]t\b")
PASSED_START_REACH = 120    # characters from the rate to its passed start
PASSED_PAY_BEFORE = (r"\b(?:has|have|had)\s+(?:already\s+)?(?:paid|faced|been\s+charged|been\s+subject\s+to)\s+"
                     r"(?:an?\s+|the\s+)?$")
PASSED_SINCE_AFTER = r"^[^;%]{0,60}?\bsince\b"
# the statuses a passed start of the rate's own words overrules; `lifted` and `paused` tell what happened after it
PASSED_START_OVERRULES = ("announced", "threatened")

# Round 44 (xlifted44, tariff_model._change_done): a rate change the clause tells as done -- a perfect or past passive
# ("has been cut to 10% from 25%", "had been negotiated down from 44% to 20%", "was lowered from 20% to 19%") or a simple
# past with no modal or "to" before it ("Washington lowered the tariff on European cars to 15%, down from 25%", "whose
# rate fell to 20% from the 46%", "Trump brought the tariff on Indian goods down to 18% from 50%").  LABELING.md: the
# new rate of a change in force is in force and the old one lifted; the learned status reads such new rates
# `announced` (and hold_old_rates then keeps the old one in force), so the rules' `in_force` stands.  Not the present
# ("US cuts tariff to 19%", "the agreement cuts", "falls to 15 percent under the deal": a deal's terms as often as a
# change in force), not a bare "cut" (present, past and infinitive alike).  Regex sources.
CHANGE_DONE_VERB = (r"(?:cut|lowered|reduced|slashed|trimmed|brought|negotiated|revised|raised|increased|hiked|"
                    r"doubled|tripled|lifted|dropped|fallen|risen|bumped)")
CHANGE_DONE_PAST = (r"(?:lowered|reduced|slashed|trimmed|brought|negotiated|revised|raised|increased|hiked|doubled|"
                    r"tripled|dropped|fell|rose|bumped)")
CHANGE_TOLD_DONE = (rf"\b(?:(?:has|have|had)\s+(?:{GOVERNING_ADVERB}\s+)?(?:been\s+)?|(?:was|were)\s+)"
                    rf"(?:{GOVERNING_ADVERB}\s+)?{CHANGE_DONE_VERB}\b"
                    rf"|(?<!\bbe\s)(?<!\bto\s)(?<!\bbeing\s)\b{CHANGE_DONE_PAST}\b")
# a plan or modal before the change verb in its clause keeps the change ahead ("would fall to 18% from 50%", "is set to
# be lowered", "agreed to have it reduced", "wants the duty lifted")
CHANGE_DONE_NOT_BEFORE = (r"\b(?:will|would|could|may|might|shall|should|must|wants?|wanted|if|unless|once|"
                          r"(?:plans?|planned|expected|set|due|going|agreed|aims?)\s+to)\b|\bto\s+(?:[\w-]+\s+){0,2}$")

# Round 44 (xtvparties44): a country the figure's clause does not name, standing past the clause's end in a clause
# of its own that a subordinator or a new coordinated subject opens (", while cautioning that sales to the United
# States would keep shrinking", ", even as the country's exports to the US fell", ", and the US was its third-largest
# market", " because ...", " after Washington's steep duties"), belongs to that other clause, not to the figure: the
# sentence-wide fill of `trade_values._parties` leaves it out.  Matched at the start of the text between the clause's
# end and the country.  Regex source.
TRAILING_CLAUSE_OPENER = (r"^\s*[,;]?\s*(?:while|whereas|even\s+as|as|because|since|after|although|though|but"
                          r"|and\s+(?:the|its|their|that|this)|which|who)\b")

# Round 45 (xgoodsctx45): a demonstrative goods noun in a rate's clause before the rate, naming no goods of its own,
# points back to the goods the sentence before named ("The document also covers kitchen cabinets and vanities. Those
# products will face a 25% tariff", "... lowers Brazil's combined duty on those products from 50% to 40%", "takes the
# tariff on those imports to 35%").  No modifier is let in: "these wood products" names a class of its own.
FRONTED_GOODS_ANAPHOR = r"\b(?:those|these)\s+(?:same\s+)?(?:products|goods|items|imports|shipments)\b"

# Round 46 (xtvorder46): a two-party trade value's parties in the flow's order (LABELING.md: exports [exporter,
# importer], imports [importer, exporter], deficit/surplus [the country that has it, the partner]).  claim_check reads
# the first party as the reporter whose own figure is the evidence, but the clause's fill takes the countries in the
# order the sentence names them: "Shipments to the US slid to C$44bn ..., Statistics Canada said" gave [USA, CAN],
# "The United States remained India's largest export market, taking $6.86 billion" [USA, IND].  Each party's own
# mention in the amount's stretch tells its side of the flow; the pair is put in the kind's order when the cues agree.
# The amount's stretch: from the last cut after the amount before it to the first cut before the amount after it
# ("Canada exported C$592.7 billion worth of goods to the United States and imported C$484 billion from it": "to the
# United States" is the first amount's).  Regex sources.
FLOW_STRETCH_CUT = r"[,;]|\b(?:and|while|whereas|against|but|compared\s+with|versus)\b"
# Round 52: the kinds whose pair, when the amount's own sentence names neither party (a pair carried in from the flow
# before: "They slipped further to USD 1.5 billion in July", a goods row under "exports to the US"), is put with the
# story's reporter first.  Exports only: in-sample on dev 4328 such labels put the reporter first 189 to 8 (the 8 in
# two articles); imports (20 to 2) rest on one article's rows, balances split.
CARRIED_FLOW_REPORTER_FIRST = ("exports",)
# Round 52: a two-way trade figure's pair as LABELING.md's round-47 ruling names it: "trade between A and B" [A, B];
# "P is R's biggest trading partner, with two-way trade of N" and "the top trading partner of R" [R, P] -- the owner of
# the partner phrase first.  Read on the mention's own words in the amount's sentence.
TOTAL_BETWEEN_BEFORE = r"\bbetween\s+(?:the\s+)?$"
TOTAL_OWNER_PARTNER_AFTER = r"['’]s?\s+(?:(?!to\b|with\b|and\b)[\w-]+\s+){0,3}?(?:trad(?:ing|e)\s+)?partners?\b"
TOTAL_PARTNER_OF_BEFORE = r"\btrad(?:ing|e)\s+partners?\s+of\s+(?:the\s+)?$"
# Round 53: the rest of the round-47 ruling, for a two-way figure whose sentence has none of the cues above.  "A's
# trade with B" [A, B]: the country right after "trade ... with" second ("Trade with the US, which came third, amounted
# to 2.42 trillion yuan" in a Chinese release [CHN, USA]).  Else the pair a back reference points to: the last place the
# story names the two joined as a pair, "A and B", "A / B" ("The United States and South Korea ...", then "Two-way
# trade between the countries came to roughly $200 billion" [USA, KOR]; a hyphenated compound, "China-US", is not read).
TOTAL_WITH_BEFORE = r"\btrad(?:e|es|ed|ing)\s+(?:(?:in\s+)?[a-z-]+\s+){0,2}?with\s+(?:the\s+)?$"
TOTAL_PAIR_JOIN = r"\s*(?:and|&|-|–|—|/)\s*(?:the\s+)?"
# Round 54: a two-way figure that points back to a pair never joined before ("Trade between the two countries totalled
# $240.1 million", "two-way trade at NZ$25.8 billion", "bilateral trade") takes the story's reporter first: the dev
# labels of such figures put the reporter first in most writer batches (LABELING.md: the story's country is the
# reporter the text leaves implicit).  Read only where the sentence says the trade is two-way or bilateral.
TOTAL_TWO_WAY_WORDS = (r"\b(?:two-way|bilateral|both\s+directions|both\s+ways|between\s+(?:the\s+two|them|both|the\s+"
                       r"(?:countries|neighbou?rs|partners|pair|nations|economies|sides)))\b")
# Round 54: an amount's stretch that tells a flow of its own ("... and bought $4.49bn worth from it", "against imports
# of $40.81 billion from that country") is no base of the flow before it, even when it names no country
FLOW_OWN_VERB = (r"\b(?:import\w*|export\w*|bought|buy\w*|purchas\w*|sold|sell\w*|sales|shipp\w*|shipments?|sent|"
                 r"deliver\w*|suppl\w*|took|tak(?:e|es|ing)|earn\w*|surplus\w*|deficits?)\b")
# the importer's side: the goods go "to" or "into" it (checked on the words before the mention, long enough for the
# lookbehind to see "according to the U.S. Census Bureau", round 54)
FLOW_TO_BEFORE = r"(?<!according )\b(?:to|into)\s+(?:the\s+)?$"
# the exporter's side: a flow noun or buying verb, then "from" it ("imports from China", "bought $4.49bn worth from the
# US"); not a bare "from", which also opens dates and sources
FLOW_FROM_BEFORE = (r"\b(?:imports?|imported|purchases?|bought|buying|shipments?|goods|products|sales|deliveries|"
                    r"inflows?|arrivals)\b[^.;,]{0,40}\bfrom\s+(?:the\s+)?$")
# after the mention: a possessive owning the exports ("India's exports", "Vietnam's biggest export market") or the
# imports ("Germany's imports"); a demonym on goods or sellers ("Turkish goods", "Irish goods exports", "Ugandan
# exporters"); a subject selling ("Korea shipped", "which sold") or buying ("China bought", "taking $57 billion");
# a subject that is the market ("The United States remained India's largest export market")
FLOW_OWNER_EXPORTS = (r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:exports?|shipments?|sales|exporters|goods\s+exports|"
                      r"export\s+(?:market|destination)s?)\b")
FLOW_OWNER_IMPORTS = r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:imports?|purchases?|buyers|importers)\b"
FLOW_DEMONYM_GOODS = r"\s+(?:[\w-]+\s+){0,2}?(?:exports|shipments|sales|exporters|sellers|goods|products)\b"
FLOW_SUBJECT_SELLS = (r"\s+(?:(?:also|alone|then|still)\s+)?(?:shipped|exported|sold|sent|ships|exports|sells|sends|"
                      r"shipping|exporting|selling)\b")
FLOW_SUBJECT_BUYS = (r"\s+(?:(?:also|alone|then|still)\s+)?(?:bought|imported|purchased|took|buys|imports|takes|taking|"
                     r"buying|importing|absorbed|absorbs)\b")
# Round 54: the subject of a purchase pledge is its buyer ("the EU would also buy $750 billion worth of American
# energy", "Seoul will also buy $100 billion", "Malaysia also committed to buy", "Seoul's pledge ... to buy"):
# LABELING.md puts a pledge as imports [buyer, seller]; FLOW_SUBJECT_BUYS reads only the finite verbs
FLOW_SUBJECT_PLEDGES_BUY = (r"(?:['’]s?)?\s+(?:(?:also|will|would|shall|has|have|had|is|are|was|were|to|then|further|"
                            r"agreed|committed|pledged|promised|vowed|offered|expected|set|going|plans|planned|"
                            r"intends|pledge|commitment|promise)\s+){1,4}(?:buy|buying|purchase|purchasing)\b")
FLOW_SUBJECT_MARKET = (r"\s+(?:is|was|remained|remains|became|stayed|ranks|ranked)\s+(?:still\s+)?(?:by\s+far\s+)?"
                       r"(?:the\s+|its\s+|their\s+|[\w.]+['’]s?\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:market|buyer|destination|customer)s?\b")
# a balance's partner comes "with" it; its holder owns it ("Vietnam's surplus", "Canadian goods trade surplus"), runs
# it ("Nigeria runs a trade surplus", "Indonesia booked an overall surplus") or is left with it ("leaving Brazil with a
# deficit", "giving Brazil a surplus")
FLOW_WITH_BEFORE = r"\bwith\s+(?:the\s+)?$"
FLOW_BALANCE_OWNED = r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:surplus|deficit)\b"
FLOW_BALANCE_RUN = (r"\s+(?:ran|runs|posted|posts|recorded|records|had|has|logged|registered|booked|reported)\s+"
                    r"(?:a|an|its)\b")
FLOW_BALANCE_LEFT = r"\b(?:left|leaving|leaves|leave|gave|giving|gives|give)\s+$"

# Round 48 (xratemiss48, tariffs.recalled_rates): a rate the story recalls only as the one announced, set or assigned
# earlier, in a comparison with the rate that replaced it ("lower than the 44 percent it was assigned in April", "still
# above the 17% he announced for the Philippines in April", "down from the 46% set out in April and suspended since",
# "replaced the 37% rate that the US assigned to Bangladesh in April").  LABELING.md (rounds 26b, 32, 45): an April-type
# rate replaced by a rate a letter, an order or a deal announces is `lifted`; one paused while a base rate applies,
# `paused`.  The comparison word right before the figure ...
RECALLED_RATE_LEAD = (r"\b(?:than|below|above|from|replac(?:e|es|ed|ing)|instead\s+of|such\s+as)\s+"
                      r"(?:both\s+)?(?:the|a)\s+$")
# ... after it an optional rate noun, then the recalling clause: an optional relative word and subject (a name of up
# to four capitalised words, a pronoun, "the US"), a past announcing verb, and what it was announced for or when
RECALLED_RATE_AFTER = (r"^\s*(?:[\"“”]?(?:reciprocal|country-specific|initial|original)[\"“”]?\s+)?"
                       r"(?:(?:rate|tariff|duty|levy|figure|level)\s+)?"
                       r"(?:(?:that|which)\s+)?"
                       r"(?:(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4})|(?:he|she|it|they|we)\s+)?"
                       r"(?:(?:had|has|was|were|had\s+been)\s+)?(?:(?:first|initially|originally|earlier|previously)\s+)?"
                       r"(?:announced|set\s+out|set|assigned|proposed|threatened|unveiled|floated|handed|given)"
                       r"(?=\s+(?:out\s+)?(?:for|to|on|in|last|earlier|back|at\s+first|when|before)\b|\s*[,.;)]|\s*$)")
# what makes a recalled figure no rate ("ahead of the 22.9% rise analysts had pencilled in" is no such clause; a noun of
# change or aim after the figure all the same)
RECALLED_RATE_NOT_AFTER = r"^\s*(?:gain|growth|rise|increase|drop|decline|fall|target|forecast|share|cut|jump)\b"
# the status: replaced (LABELING.md: `lifted`), else suspended or put on hold in the same sentence (`paused`)
RECALLED_RATE_REPLACED = r"\breplac(?:e|es|ed|ing)\b"
RECALLED_RATE_PAUSED = r"\b(?:suspend\w*|on\s+hold|paus(?:e|es|ed|ing))\b"
# a suspension told as the announcer's later act ("he announced for the Philippines in April before suspending ...")
RECALLED_PAUSE_LATER = r"\b(?:before|after|then|later)\s+(?:\w+\s+)?"
# the recalling clause ends at a comma, semicolon, dash or the next comparison
RECALLED_CLAUSE_END = r"[,;:—–(]|\s(?:but|and|while|which|when|before|after|though|although)\s"
RECALLED_RATE_LEAD_REACH = 40

# round 52 (xheadings52; LABELING.md: a change gives both rates, rounds 15 and 45): a rate table or digest flattened to
# text gives, after a row's own rate, the earlier rate it replaces -- in brackets ("Libya - 30% (31%)" under "April
# rate in brackets", "Philippines: 20 percent (April: 17 percent)": ROW_OLD_BRACKET, the gap between the two rates) or
# after "against" with a plan or an earlier time after it ("UK: 10 percent, against 25 percent proposed":
# ROW_OLD_AGAINST, ROW_OLD_AGAINST_TAIL).  The earlier rate is `lifted` (the dev labels of d150, d1819, d4147).  Read
# only in a label row of a tariff article, so a prose bracket or "against" keeps its reading.  Not "against 10% now"
# (d3837: the current rate, in force while the new one is only drafted).
ROW_OLD_BRACKET = r"^\s*\((?:[A-Z][a-z]{2,8}\.?:?\s*|previously\s+|was\s+)?$"
ROW_OLD_AGAINST = r"^,?\s+(?:against|versus|vs\.?|compared\s+with)\s+$"
ROW_OLD_AGAINST_TAIL = r"^\s+(?:before|previously|earlier|proposed|threatened)\b"

# round 53 (xsections53; LABELING.md round 14: a rate stated for a list of named countries is one fact per country): a
# rate table's row may group the partners that share a rate before the colon or dash -- "Laos and Myanmar: 40%",
# "Iraq, Libya, Algeria and Sri Lanka: 30%", "China, Hong Kong and Macau: 34%" (d1896, d2166, d2518, d2735: 4 writer
# batches; every country of the 7 such rows of dev holds a label at the row's rate).  The label's shape: names of one to
# four capitalised words (a country's own "and" inside: "Bosnia and Herzegovina"), joined by commas, "and" or "&";
# the row is read only when every name is a country (tariffs._label_countries), so a row of goods keeps its reading.
LABEL_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}"
LABEL_NAME_LIST = (rf"^{LABEL_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s*&\s*){LABEL_NAME}){{1,12}}"
                   r"(?P<end>\s*)(?::|\s+[–—-])\s+(?=\d)")
# what a country list label may hold besides its countries: separators, "the", a bullet's marks
LABEL_LIST_FILLER = r"[\s,&*•-]*(?:(?:and|the|The)\b[\s,&*•-]*)*"
