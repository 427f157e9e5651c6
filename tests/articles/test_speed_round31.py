"""Round 31 (speed): the governing-verb scan's regex is a prefix trie of the verb forms and the noun-cue check looks
only at the words before a verb group -- both must give the very answers of the flat forms they replace."""
import re

from tariffscope.articles import tariff_model as tm


def _flat(words) -> re.Pattern:
    return re.compile(rf"\b({'|'.join(sorted(words, key=len, reverse=True))})\b", re.I)


def test_trie_matches_the_same_words_as_the_flat_alternation():
    forms = sorted(tm._VERB_FORMS)
    # every form, capitalised, with a letter more and one less, glued to digits and hyphens
    text = " ".join(f"{f} {f.title()} {f}x {f[:-1]} x{f} {f}-{f} 5{f}" for f in forms)
    trie = re.compile(rf"\b({tm._trie_alternation(forms)})\b", re.I)
    flat = _flat(forms)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(list(trie.finditer(text))) > 2 * len(forms)


def test_trie_of_words_sharing_prefixes():
    rx = re.compile(rf"\b({tm._trie_alternation(['cut', 'cuts', 'cutting', 'cur'])})\b")
    assert [m.group(1) for m in rx.finditer("cut cuts cutting cur cu cutt curs")] == ["cut", "cuts", "cutting", "cur"]


def _is_verb_unbounded(text: str, m: re.Match) -> bool:
    return bool(m.group(1).strip()) or tm._NOUN_BEFORE.search(text, 0, m.start()) is None


def test_noun_cue_check_reads_only_the_words_before_the_group():
    text = ("Officials said the additional - \n  levy of 25 per cent  -  cut would stay, and the EU will raise its "
            "tariff to 10% - raise again; Ottawa to 5 pct cut them")
    groups = list(tm._VERB_GROUP.finditer(text))
    assert [tm._is_verb(text, m) for m in groups] == [_is_verb_unbounded(text, m) for m in groups]
    verbs = {m.group(2): tm._is_verb(text, m) for m in groups}
    assert verbs["levy"] is False and verbs["raise"] is False and verbs["stay"] is True
