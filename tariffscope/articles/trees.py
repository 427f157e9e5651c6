"""Gradient-boosted shallow trees: a nonlinear form for a learned article decision, beside logreg.LogReg and
with its interface (score / predict / proba / to_dict).

Trained with scikit-learn's GradientBoostingClassifier on the same binary features (DictVectorizer's sparse
matrix; scikit-learn at training time only) and shipped as plain JSON: per class row, one list of trees, each
tree as parallel arrays -- the feature tested at a node (an index into `features`; -1 at a leaf), the
children (`left`: the feature absent, `right`: present) and the leaf values (learning rate folded in).
Scoring here walks the trees with set lookups: no scikit-learn, no pickle, nothing fetched at run time.

The raw score is the same quantity as LogReg's: the log-odds of `classes[1]` (binary) or one score per class
turned into probabilities by a softmax (multinomial).  Trees learn crosses of features ("the rules said
announced AND the clause is in the future") that the linear model is given by hand.
"""
from __future__ import annotations

import math

FORM = "trees"


class Trees:
    def __init__(self, features: list[str], rows: list[list[dict]], init: list[float], classes: list[str]):
        self.features, self.rows, self.init, self.classes = features, rows, init, classes
        # per row, per tree: (feature name or None at a leaf, left, right, value) arrays read by _walk
        self._rows = [[_compile(t, features) for t in trees] for trees in rows]

    @classmethod
    def from_dict(cls, d: dict) -> "Trees":
        return cls(d["features"], d["rows"], d["init"], d["classes"])

    def to_dict(self) -> dict:
        return {"form": FORM, "classes": self.classes, "init": self.init, "features": self.features,
                "rows": self.rows}

    def _scores(self, feats) -> list[float]:
        present = feats if isinstance(feats, (set, frozenset)) else set(feats)
        return [b + sum(_walk(t, present) for t in trees) for b, trees in zip(self.init, self._rows)]

    def score(self, feats) -> float:
        """Binary model: the log-odds of `classes[1]`."""
        return self._scores(feats)[0]

    def predict(self, feats) -> str:
        scores = self._scores(feats)
        if len(scores) == 1:
            return self.classes[1] if scores[0] > 0 else self.classes[0]
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]

    def proba(self, feats) -> dict[str, float]:
        scores = self._scores(feats)
        if len(scores) == 1:
            p = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def _compile(tree: dict, features: list[str]) -> tuple:
    names = tuple(features[i] if i >= 0 else None for i in tree["feature"])
    return names, tuple(tree["left"]), tuple(tree["right"]), tuple(tree["value"])


def _walk(tree: tuple, present: set) -> float:
    names, left, right, value = tree
    n = 0
    while names[n] is not None:
        n = right[n] if names[n] in present else left[n]
    return value[n]


def _export(est, lr: float, names, used: dict[str, int], rnd) -> dict:
    """One fitted regression tree as arrays; a split on a binary feature sends present (1 > threshold) right."""
    t = est.tree_
    feature = []
    for f, thr, left in zip(t.feature.tolist(), t.threshold.tolist(), t.children_left.tolist()):
        if left == -1:
            feature.append(-1)
            continue
        assert 0.0 <= thr < 1.0, "binary features: every split lies between absent (0) and present (1)"
        feature.append(used.setdefault(str(names[f]), len(used)))
    return {"feature": feature, "left": t.children_left.tolist(), "right": t.children_right.tolist(),
            "value": [rnd(lr * v) for v in t.value[:, 0, 0].tolist()]}


def fit(data: list[tuple[list[str], str]], n_trees: int = 100, depth: int = 3, learning_rate: float = 0.1,
        min_leaf: int = 5, digits: int | None = 5, seed: int = 0) -> Trees | None:
    """Fit on (features, label) pairs; None when fewer than two labels occur."""
    from scipy.sparse import csr_matrix
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    if len({y for _, y in data}) < 2:
        return None
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in data])
    clf = GradientBoostingClassifier(n_estimators=n_trees, max_depth=depth, learning_rate=learning_rate,
                                     min_samples_leaf=min_leaf, random_state=seed)
    clf.fit(x, [y for _, y in data])
    rnd = (lambda v: round(float(v), digits)) if digits is not None else float
    names, used = vec.get_feature_names_out(), {}
    n_rows = clf.estimators_.shape[1]
    rows = [[_export(clf.estimators_[i, k], learning_rate, names, used, rnd) for i in range(clf.n_estimators_)]
            for k in range(n_rows)]
    # the prior (scikit-learn's init estimator): the raw score of a row with no feature, less its trees' part
    empty = csr_matrix((1, x.shape[1]))
    raw = clf.decision_function(empty).reshape(-1).tolist()
    init = [rnd(r - sum(learning_rate * float(clf.estimators_[i, k].predict(empty)[0])
                        for i in range(clf.n_estimators_))) for k, r in enumerate(raw)]
    return Trees(sorted(used, key=used.get), rows, init, [str(c) for c in clf.classes_])


def from_dict(d: dict):
    """A shipped decision in either form: trees (`"form": "trees"`) or a logistic regression."""
    from .logreg import LogReg

    return Trees.from_dict(d) if d.get("form") == FORM else LogReg.from_dict(d)
