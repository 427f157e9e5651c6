"""One logistic-regression shape for every learned article decision (status, tariff and trade-value
decisions): binary features -> DictVectorizer -> LogisticRegression (scikit-learn, at training time only)
-> plain JSON (vocabulary, one coefficient row per class, intercepts, classes) -> dot-product scoring here.

A binary model stores scikit-learn's single row (the log-odds of `classes[1]`); a multinomial model one
row per class; a model fitted on one class only stores no rows and always answers that class.  No
scikit-learn, no pickle, nothing fetched at run time.
"""
from __future__ import annotations

import math


class LogReg:
    def __init__(self, vocab: dict[str, int], coef: list[list[float]], intercept: list[float], classes: list[str]):
        self.vocab, self.coef, self.intercept, self.classes = vocab, coef, intercept, classes
        # feature -> its weight in each row (scoring reads one dict entry per feature instead of indexing
        # every row per feature); the weights are not changed after construction
        self._cols = {f: tuple(row[i] for row in coef) for f, i in vocab.items()}

    @classmethod
    def from_dict(cls, d: dict) -> "LogReg":
        return cls(d["vocab"], d["coef"], d["intercept"], d["classes"])

    @classmethod
    def constant(cls, label: str) -> "LogReg":
        return cls({}, [], [], [label])

    def to_dict(self) -> dict:
        return {"classes": self.classes, "intercept": self.intercept, "vocab": self.vocab, "coef": self.coef}

    def _scores(self, feats) -> list[float]:
        # the same float sums in the same order as b + sum(row[i] for i in idx) over set(feats)
        # (one dict lookup per feature, dropped in C by filter: a weight tuple is never empty, so only the misses'
        # None is false)
        ws = list(filter(None, map(self._cols.get, set(feats))))
        if not ws:
            return list(self.intercept)
        return [b + sum(col) for b, col in zip(self.intercept, zip(*ws))]

    def score(self, feats) -> float:
        """Binary model: the log-odds of `classes[1]`."""
        return self._scores(feats)[0]

    def predict(self, feats) -> str:
        if not self.coef:
            return self.classes[0]
        scores = self._scores(feats)
        if len(scores) == 1:
            return self.classes[1] if scores[0] > 0 else self.classes[0]
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]

    def proba(self, feats) -> dict[str, float]:
        if not self.coef:
            return {self.classes[0]: 1.0}
        scores = self._scores(feats)
        if len(scores) == 1:
            p = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def fit(data: list[tuple[list[str], str]], c: float = 1.0, digits: int | None = None,
        prune: float = 0.0, max_iter: int = 3000) -> LogReg | None:
    """Fit on (features, label) pairs; None when fewer than two labels occur.  `digits` rounds the weights,
    `prune` drops features whose weights are all below it (both only to ship a smaller file)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len({y for _, y in data}) < 2:
        return None
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in data])
    clf = LogisticRegression(C=c, max_iter=max_iter)
    clf.fit(x, [y for _, y in data])
    coef, intercept = clf.coef_.tolist(), clf.intercept_.tolist()
    keep = sorted(((name, int(col)) for name, col in vec.vocabulary_.items()
                   if not prune or any(abs(row[col]) >= prune for row in coef)), key=lambda t: t[1])
    rnd = (lambda v: round(float(v), digits)) if digits is not None else float
    vocab = {name: i for i, (name, _) in enumerate(keep)}
    coef = [[rnd(row[col]) for _, col in keep] for row in coef]
    return LogReg(vocab, coef, [rnd(b) for b in intercept], [str(k) for k in clf.classes_])


def average(models: list[LogReg], digits: int | None = None) -> LogReg:
    """One model whose scores are the mean of `models`' scores (same classes): a linear model's log-odds are
    linear in its weights, so the mean of the weights (a feature a model lacks weighs 0 there) scores exactly
    as the mean of the models -- bagging at no cost at run time."""
    n, rows = len(models), len(models[0].intercept)
    names = sorted({f for m in models for f in m.vocab})
    rnd = (lambda v: round(v, digits)) if digits is not None else float
    coef = [[rnd(sum(m.coef[r][m.vocab[f]] for m in models if f in m.vocab) / n) for f in names] for r in range(rows)]
    intercept = [rnd(sum(m.intercept[r] for m in models) / n) for r in range(rows)]
    return LogReg({f: i for i, f in enumerate(names)}, coef, intercept, list(models[0].classes))


def fit_bagged(data: list[tuple[list[str], str]], c: float = 1.0, bags: int = 10, seed: int = 0,
               digits: int | None = None) -> LogReg | None:
    """The average (`average`) of `bags` fits on bootstrap resamples of `data`, drawn per label so every
    resample holds every label (a rare status missing from one resample would leave its row undefined)."""
    import random

    if len({y for _, y in data}) < 2:
        return None
    rng = random.Random(seed)
    by_label: dict[str, list] = {}
    for ex in data:
        by_label.setdefault(ex[1], []).append(ex)
    fits = [fit([rng.choice(exs) for exs in by_label.values() for _ in exs], c) for _ in range(bags)]
    return average(fits, digits)


def spread_features(rows_by_group: list[tuple[str, list[tuple[list[str], str]]]], min_groups: int) -> set[str] | None:
    """The features that occur in the rows of at least `min_groups` of the groups (writer batches); None when every
    feature is kept (`min_groups` 1).  A feature only one batch uses is that writer's wording, not the reading."""
    if min_groups <= 1:
        return None
    where: dict[str, set] = {}
    for group, rows in rows_by_group:
        for feats, _ in rows:
            for f in feats:
                where.setdefault(f, set()).add(group)
    return {f for f, groups in where.items() if len(groups) >= min_groups}


def only_features(rows: list[tuple[list[str], str]], keep: set[str] | None) -> list[tuple[list[str], str]]:
    return rows if keep is None else [([f for f in feats if f in keep], y) for feats, y in rows]


def spread_rows(rows_by_group: list[tuple[str, list[tuple[list[str], str]]]],
                min_groups: int) -> list[tuple[list[str], str]]:
    """The groups' rows, in order, with only the features at least `min_groups` of the groups hold (spread_features)."""
    return only_features([r for _, rows in rows_by_group for r in rows], spread_features(rows_by_group, min_groups))
