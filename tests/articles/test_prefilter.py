"""prefilter.prefiltered answers exactly as the pattern it wraps; required_literals only names what every match holds."""
import re

from tariffscope.articles.constants import GLOBAL_TARGET_WORDS
from tariffscope.articles.prefilter import Prefiltered, prefiltered, required_literals

TEXTS = ["The 25% tariff on imported steel", "IMPORTS from Canada", "imports", "a global baseline", "Global",
         "ſectoral duties", "the world’s largest", "no cue here", "", "Trump raised duties from 10 to 20 per cent",
         "from 25 to 35 percent", "25 pct", "30%", "€5 billion", "KELVIN K", "kelvin", "It rose 3 per-cent",
         "countries ", "countries", "tit-for-tat retaliation", "Ms. Anand", "MS. ANAND"]
PATTERNS = [re.compile(GLOBAL_TARGET_WORDS, re.I),
            re.compile(r"(?<![\w.])(?P<num>\d{1,4}(?:\.\d+)?)(?:\s?|-)(?:%|per[\s-]?cent\b|percent\b|pct\b)"),
            re.compile(r"\bfrom\s+(?P<num>\d{1,4})\s+to\s+\d{1,4}(?:\s?|-)(?:%|per[\s-]?cent\b|percent\b)"),
            re.compile(r"[€£¥]|\bkelvin\b|(?i:duties)"), re.compile(r"\b(?:Ms\.?|Mrs\.?|Miss)\s+"),
            re.compile(r"(?:ab)+c?(?=d)|x{2,}|tit-for-tat", re.I), re.compile(r"k", re.I), re.compile(r"s", re.I)]


def _result(r):
    if isinstance(r, re.Match):
        return r.span(), r.groups()
    return r if r is None or isinstance(r, (str, tuple)) else [_result(x) for x in r]


def test_same_answers_as_the_pattern():
    for rx in PATTERNS:
        fast = prefiltered(rx)
        for text in TEXTS:
            for pos, endpos in ((0, len(text)), (3, len(text)), (0, 9), (-2, 999), (5, 2)):
                for meth in ("search", "match", "fullmatch", "finditer", "findall"):
                    assert _result(getattr(fast, meth)(text, pos, endpos)) == _result(getattr(rx, meth)(text, pos, endpos)), \
                        (rx.pattern[:40], text, pos, endpos, meth)
            assert _result(fast.search(text)) == _result(rx.search(text))


def test_required_literals():
    assert required_literals(re.compile(r"\bimports\b|imported", re.I)) == (frozenset(), frozenset({"imports", "imported"}))
    assert required_literals(re.compile(r"(?:ab)+c?(?=d)")) == (frozenset({"ab"}), frozenset())
    assert required_literals(re.compile(r"[$€]|C\$(?i:US)")) == (frozenset({"$", "€"}), frozenset())
    assert required_literals(re.compile(r"a?b*|x")) is None          # a match may be empty: nothing is required
    assert required_literals(re.compile(r"(?=foo)\w+")) is None       # a lookahead consumes nothing
    # re.I folds "ſ" to "s" and the Kelvin sign to "k": a non-ASCII text always runs the pattern
    rx = re.compile(r"sectoral|kelvin", re.I)
    assert isinstance(prefiltered(rx), Prefiltered)
    assert prefiltered(rx).search("ſectoral") and prefiltered(rx).search("\u212aelvin")
