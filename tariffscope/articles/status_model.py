"""Learned status of a tariff rate (issue 11 §2): a multinomial logistic regression over the rules' own
status, the rate's role in a change (old/new) and the words around the rate.

The rules find the rate and decide imposer, target and product; this model then decides the status
from labelled data instead of a hand-ordered cue list.  It is trained by
`python -m tariffscope.articles.train_status` (scikit-learn, a dev dependency) on the labelled corpora and
shipped as plain JSON weights (`status_model.json`: vocabulary, coefficients, intercepts, training
metrics), applied here with a dot product -- no scikit-learn, no pickle, nothing fetched at run time.
When the file is missing the rules' status stands.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .logreg import LogReg

MODEL_FILE = Path(__file__).with_name("status_model.json")
STATUSES = ("announced", "in_force", "lifted", "paused", "threatened")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?%?")
WINDOW = 8


def features(sentence: str, rate_start: int, rate_end: int, rule_status: str, change: str | None) -> list[str]:
    """Binary features of one rate: the rules' status, its change role, the words before/after it."""
    before = _WORD.findall(sentence[:rate_start].lower().replace("’", "'"))[-WINDOW:]
    after = _WORD.findall(sentence[rate_end:].lower().replace("’", "'"))[:WINDOW]
    out = [f"rule={rule_status}", f"change={change or 'none'}", f"rule_change={rule_status}/{change or 'none'}"]
    out += [f"b:{w}" for w in before] + [f"a:{w}" for w in after]
    out += [f"b2:{w}" for w in before[-3:]] + [f"a2:{w}" for w in after[:3]]
    return out


_override: list = []      # corpus_eval trains a model per fold and puts it here
keep_features = False     # training: tariff facts keep their "rule_features"


def use(model: "LogReg | None | bool") -> None:
    """Use `model` instead of the shipped file (None: rules only; False: back to the file)."""
    _override.clear()
    if model is not False:
        _override.append(model)


@lru_cache(maxsize=1)
def _shipped() -> LogReg | None:
    try:
        return LogReg.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def active() -> LogReg | None:
    return _override[0] if _override else _shipped()
