"""Round 31 (speed): the governing-verb scan's verb forms are grouped by first letter (text.literal_alternation) and
the noun-cue check looks only at the words before a verb group -- both must give the very answers of the flat forms
they replace."""
import re

from tariffscope.articles import tariff_model as tm
from tariffscope.articles.constants import GOVERNING_ADVERB, GOVERNING_AUX


def test_verb_group_matches_the_same_words_as_the_flat_alternation():
    forms = sorted(tm._VERB_FORMS)
    # every form, capitalised, with a letter more and one less, glued to digits and hyphens
    text = " ".join(f"{f} {f.title()} {f}x {f[:-1]} x{f} {f}-{f} 5{f}" for f in forms)
    aux = rf"\b((?:{GOVERNING_AUX}\s+(?:{GOVERNING_ADVERB}\s+)?){{0,3}})"
    flat = re.compile(aux + rf"({'|'.join(sorted(forms, key=len, reverse=True))})\b", re.I)
    assert [m.span() for m in tm._VERB_GROUP.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(list(tm._VERB_GROUP.finditer(text))) > 2 * len(forms)


def _is_verb_unbounded(text: str, m: re.Match) -> bool:
    return bool(m.group(1).strip()) or tm._NOUN_BEFORE.search(text, 0, m.start()) is None


def test_noun_cue_check_reads_only_the_words_before_the_group():
    text = ("Officials said the additional - \n  levy of 25 per cent  -  cut would stay, and the EU will raise its "
            "tariff to 10% - raise again; Ottawa to 5 pct cut them")
    groups = list(tm._VERB_GROUP.finditer(text))
    assert [tm._is_verb(text, m) for m in groups] == [_is_verb_unbounded(text, m) for m in groups]
    verbs = {m.group(2): tm._is_verb(text, m) for m in groups}
    assert verbs["levy"] is False and verbs["raise"] is False and verbs["stay"] is True
