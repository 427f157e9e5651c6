"""Switch the tariff extractor's components off one at a time and measure each where it was not fitted (issue 11,
round 9, branch xprune).

    .venv/bin/python -m tests.articles.ablation [--only NAME,NAME] [--group article|batch] [--out FILE.json]

Each component is switched off by patching a name in its module for the run (no switch in the shipped code): a
step function becomes a no-op, a cue regex one that never matches.  For every component the learned tariff
decisions are retrained per fold with the component off (as `corpus_eval --split dev`, the shipped defaults:
the "extra" and "status" decisions learned), and the tariffs are scored
  all    -- every dev article, grouped 5-fold (`--group batch`: leave-batch-out)
  later  -- the same held-out counts, only on the dev batches whose INDEX file was committed after the
            component's first commit (`git log -S`): text its author had not read.
`--screen` keeps the fold models trained with everything on (one extraction per article per component: a fast
first pass; the default retrains them, as shipping the removal would).
`--readings` (round 17, xprune3) measures instead the readings rounds 11-16b added (READINGS), each on the batches
written after its round's acceptance batch (ROUND_LATER), and counts the articles whose facts it changes;
`--tariff-model rules` scores the rules alone (no learned decision: nothing trained, so `--screen` is moot).
Printed: Δtp/Δfp/Δfn and Δnet (= Δtp − Δfp) against everything on.  Only tariffs are extracted (the other kinds do
not depend on these components), so a run is faster than corpus_eval.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from tariffscope.articles import consolidate, context, products, roles, tariff_model, tariffs, timeline, train_tariffs
from tariffscope.articles.read import ArticleError, read_article

from tariffscope.articles.train_status import labelled_pairs

try:
    from .articles_scoring import _match, key
    from .corpus_eval import CORPUS_V2, OLD_CORPUS, _concat, split_files, style_folds
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from articles_scoring import _match, key
    from corpus_eval import CORPUS_V2, OLD_CORPUS, _concat, split_files, style_folds

REPO = Path(__file__).resolve().parents[2]
NEVER = re.compile(r"(?!)")     # a cue that never matches


class _NoFuture(tariffs._Carry):
    """A carry whose `future` flag never sets (the "dated after publication" hand-on switched off)."""
    future = property(lambda self: False, lambda self, v: None)


class _Without:
    def __init__(self, model, decision):
        self.model, self.decision = model, decision

    def get(self, d):
        return None if d == self.decision else self.model.get(d)

    def __getattr__(self, name):
        return getattr(self.model, name)


# (name, what it does, module, {attribute: replacement}, the string whose first commit dates it)
T, R = tariffs, roles
COMPONENTS = [
    ("future_adjust", "a start date after publication makes an in-force verb announced", T,
     {"_future_adjust": lambda text, seg, tail, status, pub: status}, "def _future_adjust"),
    ("sentence_status", "a sentence dated after publication: announced (and handed on)", T,
     {"_sentence_status": lambda text, pub: None}, "def _sentence_status"),
    ("carry_future", "after a sentence dated in the future, an uncued in-force rate is announced", T,
     {"_Carry": _NoFuture}, "carry.future"),
    ("weak_present_after_announced", "'faces 41%' right after an announced sentence stays announced", T,
     {"_WEAK_PRESENT": NEVER}, "_WEAK_PRESENT ="),
    ("but_status", "a pause/lift after 'but' undoes the plan", T, {"_but_status": lambda *a: None}, "def _but_status"),
    ("already_own", "'the 10% tariff ... already pay' is in force", T, {"_already_own": lambda *a: False},
     "def _already_own"),
    ("conditional_threat", "'would ... unless' is threatened", T, {"_conditional_threat": lambda *a: False},
     "def _conditional_threat"),
    ("list_intro_status", "a digest item takes its intro sentence's status", T,
     {"_list_intro_status": lambda *a: None}, "def _list_intro_status"),
    ("story_frame", "an uncued list item / table row takes the story's dated measure's status", T,
     {"story_frame": lambda ctx: None}, "def story_frame"),
    ("own_status", "the rate's own relative clause decides its status", T, {"_own_status": lambda *a: None},
     "def _own_status"),
    ("immediate", "'effective immediately' in the clause", T, {"_IMMEDIATE": NEVER}, "_IMMEDIATE ="),
    ("possessed_including", "'his tariffs, including a 10% ...' is in force", T, {"_POSSESSED_INCLUDING": NEVER},
     "_POSSESSED_INCLUDING ="),
    ("owner_before", "'Trump's 50% tariffs' is an existing measure", T, {"_OWNER_BEFORE": NEVER}, "_OWNER_BEFORE ="),
    ("prep_definite", "'an exemption from the 25% tariff' is an existing measure", T, {"_PREP_DEFINITE": NEVER},
     "_PREP_DEFINITE ="),
    ("not_covered", "'does not apply to the 25%' is in force", T, {"_NOT_COVERED": NEVER}, "_NOT_COVERED ="),
    ("participle_to", "'dropping ... to 10%' after a lift cue is in force", T, {"_PARTICIPLE_TO": NEVER},
     "_PARTICIPLE_TO ="),
    ("reported_that", "'announced that the tariff took effect': the complement decides", T,
     {"_REPORTED_THAT": NEVER}, "_REPORTED_THAT ="),
    ("undo_plan", "a plan undone (paused/lifted)", T, {"_UNDO_PLAN": NEVER}, "_UNDO_PLAN ="),
    ("planned_adj", "'a reprieve from a planned increase': the event is the reprieve", T, {"_PLANNED_ADJ": NEVER},
     "_PLANNED_ADJ ="),
    ("lift_to_rate", "'lifted ... to 50%', 'dropped to 10%' is a change in force", T,
     {"_LIFT_TO_RATE": NEVER, "_TO_RATE_AFTER": NEVER}, "_LIFT_TO_RATE ="),
    ("continue_before", "'would continue to pay 25%' stays in force", T, {"_CONTINUE_BEFORE": NEVER},
     "_CONTINUE_BEFORE ="),
    ("says_progressive", "'says he is imposing' is announced", T, {"_SAYS_PROGRESSIVE": NEVER}, "_SAYS_PROGRESSIVE ="),
    ("threat_to_before", "'threatened to impose' is threatened", T, {"_THREAT_TO_BEFORE": NEVER}, "_THREAT_TO_BEFORE ="),
    ("restated_hypothetical", "a rate in force earlier, restated with would/could, stays in force", T,
     {"_WEAK_MODAL_CLAUSE": NEVER}, "_WEAK_MODAL_CLAUSE ="),
    ("consequence", "'That would ...' after a fact takes its status", T, {"_CONSEQUENCE": NEVER}, "_CONSEQUENCE ="),
    ("rate_changes", "'from 25% to 50%': old and new rate of a change", T, {"_changes": lambda text, rates: {}},
     "def _changes"),
    ("scheduled_year", "'rising to 50% by 2027': a scheduled step", T, {"_scheduled_year": lambda *a: False},
     "def _scheduled_year"),
    ("change_object", "'would raise the 25% tariff': the 25% is the changed measure", T, {"_CHANGE_OBJECT": NEVER},
     "_CHANGE_OBJECT ="),
    ("dangling_from", "'increased the tariff from 25%': the old rate is lifted", T, {"_DANGLING_FROM": NEVER},
     "_DANGLING_FROM ="),
    ("superseded_later", "'a rate that was later doubled to 50%': lifted", T, {"_superseded_later": lambda *a: False},
     "def _superseded_later"),
    ("replaced", "'replaces the 30% tariff': lifted", T, {"_replaced": lambda *a: False}, "def _replaced"),
    ("definite_earlier_rate", "'the 27.5% rate' restates an earlier measure", T, {"_DEFINITE_RATE": NEVER},
     "_DEFINITE_RATE ="),
    ("continuation_rate", "a rate in a sentence with no tariff noun after a tariff sentence", T,
     {"_continuation_rate": lambda *a: False}, "def _continuation_rate"),
    ("noun_increase", "'an increase to 25%' is a rate", T, {"_NOUN_INCREASE_BEFORE": NEVER}, "_NOUN_INCREASE_BEFORE ="),
    ("pair_list", "'hit with 39%, Taiwan 20% and India 25%': country-rate pairs", T, {"_PAIR_LIST_BEFORE": NEVER},
     "_PAIR_LIST_BEFORE ="),
    ("colon_rates", "'rates for the worst offenders: EU 20%, China 34%'", T, {"_COLON_RATES": NEVER}, "_COLON_RATES ="),
    ("gapped_rates", "'Liechtenstein faces 15%, and the UK only 10%'", T, {"_gapped_rates": lambda *a: None},
     "def _gapped_rates"),
    ("digest_label_rate", "'Canada: 35% on goods' list items", T, {"_label_rate": lambda *a: False},
     "def _label_rate"),
    ("table_rows", "pipe-table rows", T, {"_table_row": lambda text: False}, "def _table_row"),
    ("measure_products", "a table of exporters takes the measure's goods", T, {"_measure_products": lambda *a: []},
     "def _measure_products"),
    ("respectively", "'... 241% and 245% respectively'", T, {"_respectively": lambda *a: None}, "def _respectively"),
    ("story_goods", "a trade-remedy story's goods for rates naming none", T, {"_story_goods": lambda ctx: []},
     "def _story_goods"),
    ("generic_subject", "'Imports above the quotas face 50%': previous sentence's goods", T,
     {"_GENERIC_SUBJECT": NEVER}, "_GENERIC_SUBJECT ="),
    ("part_of_shares_goods", "'on top of duties of 14.63%': a part shares the previous rate's goods", T,
     {"_ALSO_RATE": NEVER, "_PART_OF_BEFORE": NEVER}, "_PART_OF_BEFORE ="),
    ("subject_lead_products", "'Strawberry jam ... will carry 10%'", T,
     {"subject_lead_products": lambda text: ([], 0)}, "def subject_lead_products"),
    ("item_products", "a list item's label names the goods of its paragraph", T, {"item_products": lambda text: []},
     "def item_products"),
    ("bloc_actor", "an EU measure (no ISO3) is not reported", T, {"_bloc_actor": lambda *a: False}, "def _bloc_actor"),
    ("imposer_from_neighbours", "the imposer from the sentences around", R,
     {"_imposer_from_neighbours": lambda ctx, ss, st, cl, si, a, imposer, target: imposer},
     "def _imposer_from_neighbours"),
    ("baseline_payer", "a baseline rate stated for one country is that country's", R,
     {"_baseline_payer": lambda *a: None}, "def _baseline_payer"),
    ("sector_payer", "a sector measure's payer", R, {"_sector_payer": lambda *a: None}, "def _sector_payer"),
    ("all_partners", "'on steel from all countries' is global", R, {"_ALL_PARTNERS": NEVER}, "_ALL_PARTNERS ="),
    ("carry_global_or_imposer", "'also', 'the measure' carries the previous global measure / imposer", R,
     {"_CARRY": NEVER}, "_CARRY ="),
    ("both_countries", "'Both countries are subject to 50%'", R, {"_BOTH": NEVER}, "_BOTH ="),
    ("announcer", "the trailing attribution's country is the imposer", R, {"_announcer": lambda *a: None},
     "def _announcer"),
    ("story_target", "the target the story hands down", R, {"_story_target": lambda *a: None}, "def _story_target"),
    ("headline_status", "a headline rate read as in force takes its body mention's status", timeline,
     {"headline_status": lambda ctx, facts: None}, "def headline_status"),
    ("overruled_readings", "consolidate: telegraphic-line readings the sentences overrule", consolidate,
     {"overruled_readings": lambda facts, head: []}, "def overruled_readings"),
    ("collective_readings", "consolidate: 'metals' when steel/aluminium readings exist", consolidate,
     {"collective_readings": lambda facts: []}, "def collective_readings"),
    ("modal_governs", "the rules' announced stands against the learned status under a future modal", tariff_model,
     {"_modal_governs": lambda v: False}, "def _modal_governs"),
    ("learned_status", "the learned status decision (shipped)", tariff_model,
     {"_apply": (lambda orig: lambda model, *a: orig(_Without(model, "status"), *a))(tariff_model._apply)},
     'SHIPPED = ("extra", "status")'),
    ("extra_candidates", "the learned 'extra' decision: other percentages of a tariff article", T,
     {"_extra_candidates": lambda ctx, facts: []}, "def _extra_candidates"),
]


# Round 17 (xprune3): the readings rounds 11-16b added, each with the round that merged it.  A reading is measured on
# the dev batches written after that round's acceptance batch (the batch that chose the merge is no unseen text):
# the first id of those batches per round.  Round 16b's only later batch in dev is its own acceptance batch d817-d864.
ROUND_LATER = {"11": 577, "12": 625, "12/13": 673, "13": 673, "13b": 673, "14": 721, "14b": 721, "15": 769,
               "16": 817, "16b": 817}
C, P, X, TL = consolidate, products, context, timeline


def _without_rate_in_noun(pattern: re.Pattern) -> re.Pattern:
    """roles' party-before-tariff-noun cue as before round 11: its words could not be a rate ('Trump's 30% tariff')."""
    assert "]+%?" in pattern.pattern
    return re.compile(pattern.pattern.replace("]+%?", "]+"), pattern.flags)


def _starts_before_round_11() -> dict:
    """tariffs' start-date cues without round 11's start verbs and clock times ('scheduled to start at 12:01 a.m. on
    Aug. 7'): only 'due to start/begin' before a weekday, as before xtense."""
    due, day = r"(?:all\s+)?due to (?:start|begin)(?:\s+at\s+midnight)?", timeline._DAY_MONTH
    return {"START_DATE": re.compile(rf"\b(?:(?:{timeline._STARTS}|{due})\s+(?:on\s+)?(?:next\s+)?{timeline._WEEKDAY}"
                                     rf"|(?:{timeline._STARTS}|[Oo]n)\s+(?:on\s+)?(?:{day}))"),
            "SENTENCE_START_DATE": re.compile(rf"\b(?:{timeline._STARTS})\s+(?:on\s+)?(?:{timeline._WEEKDAY}|{day})")}


# (name, what it does, module, {attribute: replacement}, round)
READINGS = [
    ("home_story_default", "xroles3: a whole story never naming the U.S. defaults to its own country", X,
     {"HOME_STORY_MIN_SENTENCES": 10 ** 9}, "11"),
    ("dateline_government", "xroles3: a dateline's unnamed government names the imposer", R,
     {"_dateline_government": lambda *a: []}, "11"),
    ("start_verbs", "xtense: start verbs and clock times date the rate and the sentence ('scheduled to start at "
     "12:01 a.m. on Aug. 7')", TL, _starts_before_round_11(), "11"),
    ("future_change_subject", "xtense: a rate that is the subject of a later cut or removal is in force", T,
     {"_FUTURE_CHANGE_AFTER": NEVER}, "11"),
    ("earlier_rate_goods", "xproducts3: a later rate naming no goods takes the goods of the rate before it", T,
     {"_earlier_rate_goods": lambda row: None}, "11"),
    ("one_metal", "xproducts3: 'the metal' is the one good named last", T, {"_ONE_METAL": NEVER}, "11"),
    ("rate_before_noun", "xroles3: 'Washington's 25% tariffs' -- a rate between party and tariff noun", R,
     {"_NOUN_AFTER": _without_rate_in_noun(roles._NOUN_AFTER),
      "_NOUN_AFTER_POSS": _without_rate_in_noun(roles._NOUN_AFTER_POSS)}, "11"),
    ("example_class", "xsurplus: goods named as examples of a class are one reading, product null", C,
     {"named_as_example": lambda f: False}, "12"),
    ("list_of_another_measure", "xsurplus: a goods list is not handed to another measure's rate", T,
     {"_list_of_another_measure": lambda *a: False}, "12"),
    ("bare_heading", "xtargets2: a bare-country section heading labels its rates", X, {"_BARE_HEADING": NEVER}, "12"),
    ("secondary_bought_from", "xtargets2: secondary tariffs' bought-from country is no party", R,
     {"_bought_from": lambda *a: False}, "12"),
    ("demonym_group", "xtargets2: 'eight European countries' is no country", R, {"_GROUP_AFTER": NEVER}, "12"),
    ("country_remedy", "xtargets2: an anti-dumping story's steel duty is on its target", T,
     {"_country_remedy": lambda ctx: False}, "12"),
    ("suspension_status", "xlifted: the suspended rate and the rate applied meanwhile", T,
     {"_suspension_status": lambda text, p, status, limit: status}, "12/13"),
    ("compared_earlier_rate", "xlifted: an announced rate compared with its replacement", T,
     {"_compared_earlier_rate": lambda *a: False}, "12/13"),
    ("superseded_anaphor", "xlifted: 'doubled it to 50%' names the old rate again", T,
     {"_SUPERSEDED_ANAPHOR": NEVER}, "12/13"),
    ("current_before", "xlifted: 'the existing/current 25% duty' in a change", T, {"_CURRENT_BEFORE": NEVER}, "12/13"),
    ("transshipment_rate", "xproducts4: the penalty rate on transshipped goods names them", T,
     {"_transshipment_rate": lambda *a: False}, "13"),
    ("names_no_party_nor_goods", "xproducts4: a rate whose phrase names nothing takes the goods before it", T,
     {"_names_no_party_nor_goods": lambda np: False}, "13"),
    ("destination_market", "xparties4: the market goods enter charges them", R, {"_destination": lambda *a: False},
     "13"),
    ("importers_of", "xparties4: importers of X goods pay on X's goods", R, {"_IMPORTERS_OF": NEVER}, "13"),
    ("own_rate_after_all_partners", "xtargets3: a country's own rate after the same rate for all is kept", C,
     {"_own_rate_after_all_partners": lambda facts, said: set()}, "13b"),
    ("kicker", "xsurplus2: a section kicker above the headline is not the headline", TL,
     {"_kicker": lambda text: False}, "13b"),
    ("exempted_goods", "xproducts5: goods taken out of a rate are lifted", T, {"_exempted_goods": lambda *a: []}, "14"),
    ("coordinated_measure", "xproducts5: 'to 140% and the duty on tobacco to 60%' is another measure", T,
     {"_COORDINATED_MEASURE": NEVER}, "14"),
    ("payer_subject", "xtargets4: a payer subject across an appositive", R, {"_payer_subject": lambda *a: False}, "14"),
    ("group_members", "xtargets4: a group's listed members, carried to a later rate", R,
     {"_group_member": lambda *a: None, "_story_groups": lambda ctx: []}, "14"),
    ("goods_that_sells", "xtargets4: 'goods that X sells' targets X", R, {"_GOODS_THAT_BEFORE": NEVER}, "14"),
    ("us_actor", "xparties5: the U.S. named as actor before a rate beats a non-U.S. story imposer", R,
     {"_us_actor": lambda ctx, ss, st, target, fallback, a: fallback}, "14"),
    ("still_applies", "xstatus7: 'will still / keep / continue to pay' leaves the rate in force", T,
     {"_still_applies": lambda *a: False}, "14b"),
    ("story_goods_payer", "xtargets5: sector goods that pay a rate take the story's partner", R,
     {"_story_goods_payer": lambda *a: None}, "14b"),
    ("subject_list_goods", "xlists: a subject list across a relative clause", T,
     {"subject_list_goods": lambda lead, known: []}, "15"),
    ("coordinated_goods", "xlists: a repeated preposition names more goods of one rate", T,
     {"_coordinated_goods": lambda *a: []}, "15"),
    ("later_change_rates", "xchange: a later change's new rate", T, {"_later_change_rates": lambda *a: None}, "15"),
    ("rate_subject_changes", "xchange: change pairs read from a rate subject", T,
     {"_rate_subject_changes": lambda *a: None}, "15"),
    ("replaced_announced", "xchange: an announced rate cut before it applied is lifted", T,
     {"_replaced_announced": lambda own, new_status: own}, "15"),
    ("past_rate", "xchange: a rate its payers 'had paid' / that 'applied until' is lifted", T,
     {"_past_rate": lambda text, p: False}, "15"),
    ("object_change_status", "xchange: '<change verb> the X% tariff ... to Y%': the old rate", T,
     {"_object_change_status": lambda text, row, k, status: status}, "15"),
    ("removal_to_come", "xconventions R1: a removal still to come leaves the rate in force", T,
     {"_removal_to_come": lambda *a: False, "_future_removal": lambda *a: False}, "15"),
    ("routed_through", "xconventions R3: a transshipment penalty hits the country goods pass through", T,
     {"_routed_through": lambda ctx, sent, imposer, targets: targets}, "15"),
    ("left_out_goods", "xproducts6: goods left out of a rate from the start are lifted", T,
     {"_left_out_goods": lambda text, p: []}, "16"),
    ("goods_not_of_the_rate", "xsurplus3: goods the sentence names for something else are product null", C,
     {"goods_not_of_the_rate": lambda facts: facts}, "16"),
    ("owned_goods_owners", "xtargets6: a rate on 'its / their' goods targets the pronoun's country", R,
     {"_owned_goods_owners": lambda *a: []}, "16"),
    ("baseline_for_named", "xtargets6: a baseline stated for a named country is that country's", R,
     {"_baseline_for_named": lambda *a: False}, "16"),
    ("no_goods_head", "xjunkproducts: heads that name no goods are no product", P,
     {"_no_goods_head": lambda words: False}, "16b"),
    ("one_fact_per_good", "xjunkproducts: one fact per good spelt twice", TL,
     {"one_fact_per_good": lambda facts: facts}, "16b"),
    ("payer_story_imposer", "ximposer: a non-U.S. default the lede names as payer is no imposer", R,
     {"_payer_story_imposer": lambda ctx: None}, "16b"),
    ("recommended", "xremedies: an investigating authority's recommended rate is threatened", T,
     {"_recommended": lambda *a: False}, "16b"),
]


def _clear_caches() -> None:
    """Cached readings (roles._cue) must not keep what they read with a switch in the other position."""
    roles._cue.cache_clear()


@contextmanager
def switched_off(module, patch: dict):
    old = {k: getattr(module, k) for k in patch}
    for k, v in patch.items():
        setattr(module, k, v)
    _clear_caches()
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(module, k, v)
        _clear_caches()


def present(module, patch: dict, needle: str) -> bool:
    """The component is still in the code (rounds 9 and 10 removed those that did not carry their weight)."""
    source = "".join(f.read_text(encoding="utf-8") for f in Path(module.__file__).parent.glob("*.py"))
    return all(hasattr(module, k) for k in patch) and needle in source


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


def landed(needle: str) -> tuple[str, str]:
    """(short hash, ISO date) of the first commit that added `needle` to tariffscope/articles/."""
    out = _git("log", "-S", needle, "--reverse", "--format=%h %ad", "--date=iso-strict", "--",
               "tariffscope/articles/").splitlines()
    return tuple(out[0].split(" ", 1)) if out else ("?", "")


def batches() -> list[tuple[int, int, str]]:
    """(first id, last id, commit date) of each dev writing batch (INDEX-dNNN-dNNN.md), by id."""
    out = []
    for index in sorted((CORPUS_V2 / "dev").glob("INDEX-d*-d*.md")):
        lo, hi = map(int, re.search(r"d(\d+)-d(\d+)", index.name).groups())
        date = _git("log", "--diff-filter=A", "--format=%ad", "--date=iso-strict", "--",
                    str(index.relative_to(REPO))).split("\n")[0]
        out.append((lo, hi, date))
    return out


def later_than(date: str, all_batches) -> tuple[int, int] | None:
    """The id range of the batches committed after `date` (they are written in id order)."""
    from datetime import datetime
    when = datetime.fromisoformat(date)
    later = [(lo, hi) for lo, hi, d in all_batches if datetime.fromisoformat(d) > when]
    return (min(lo for lo, _ in later), max(hi for _, hi in later)) if later else None


class Corpus:
    """The dev articles read once, and the old rule corpus (training only)."""

    def __init__(self):
        self.pairs = split_files("dev")
        self.old = labelled_pairs(OLD_CORPUS)
        self.arts, self.labels = {}, {}
        for src, exp in self.pairs + self.old:
            try:
                self.arts[src] = read_article(src)
            except ArticleError:
                self.arts[src] = None
            self.labels[src] = json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])
        self.ids = [int(re.match(r"d(\d+)", src.name).group(1)) for src, _ in self.pairs]

    def tariffs(self, src) -> list[dict]:
        art = self.arts[src]
        return [] if art is None else tariffs.extract_tariffs(context.Context.build(art.body, art.published))

    def examples(self, pairs) -> list:
        """train_tariffs.collect on cached articles, tariffs only."""
        out = []
        tariff_model.use(None)
        try:
            for src, _ in pairs:
                if self.arts[src] is None:
                    continue
                tariff_model.collector = []
                try:
                    self.tariffs(src)
                finally:
                    rates, tariff_model.collector = tariff_model.collector, None
                out.append((rates, self.labels[src]))
        finally:
            tariff_model.use(False)
        return out

    def counts(self, src) -> list[int]:
        got = [key("tariffs", f) for f in self.tariffs(src)]
        want = [key("tariffs", f) for f in self.labels[src]]
        hit, extra, missing = _match("tariffs", got, want)
        return [hit, len(extra), len(missing), sorted(map(repr, got))]   # the facts read: which articles change

    def fold_models(self, fold_of: list[int]) -> dict:
        """The learned decisions of each fold, trained on the other folds + the old corpus (as now switched)."""
        old = self.examples(self.old)
        per = [self.examples([p]) for p in self.pairs]
        return {i: train_tariffs.fit(_concat([old] + [e for j, e in enumerate(per) if fold_of[j] != i]))
                for i in sorted(set(fold_of))}

    def held_out(self, fold_of: list[int], models: dict | None = None) -> list[list[int]]:
        """[tp, fp, fn] per dev article, its fold scored by decisions trained on the other folds + old corpus
        (models: those of each fold, not retrained)."""
        models = models or self.fold_models(fold_of)
        out: list = [None] * len(self.pairs)
        try:
            for i in sorted(set(fold_of)):
                tariff_model.use(models[i])
                for j, (src, _) in enumerate(self.pairs):
                    if fold_of[j] == i:
                        out[j] = self.counts(src)
        finally:
            tariff_model.use(False)
        return out


def total(counts, keep=None) -> list[int]:
    return [sum(c[i] for j, c in enumerate(counts) if keep is None or keep[j]) for i in range(3)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=None, help="comma-separated component names (default: all)")
    ap.add_argument("--group", choices=("article", "batch"), default="article")
    ap.add_argument("--out", default=None, help="write every result as JSON here")
    ap.add_argument("--screen", action="store_true",
                    help="keep the fold models trained with everything on (no retraining per component: fast)")
    ap.add_argument("--tariff-model", choices=("learned", "rules"), default="learned",
                    help="learned tariff decisions trained per fold (the shipped defaults), or the rules alone")
    ap.add_argument("--readings", action="store_true",
                    help="the readings rounds 11-16b added (READINGS), each on the batches after its round")
    args = ap.parse_args(argv)
    corpus = Corpus()
    fold_of = style_folds(corpus.pairs, 5, args.group)
    rules = args.tariff_model == "rules"
    base_models = {i: None for i in set(fold_of)} if rules else corpus.fold_models(fold_of)
    base = corpus.held_out(fold_of, base_models)
    print(f"everything on, dev {len(base)} articles 5-fold by {args.group}, tariff decisions {args.tariff_model}: "
          f"tp/fp/fn {total(base)}", flush=True)
    only = set(args.only.split(",")) if args.only else None
    todo = [c for c in (READINGS if args.readings else COMPONENTS) if not only or c[0] in only]
    rows = [row for row in (_measure(corpus, fold_of, base, base_models if args.screen or rules else None, c,
                                     args.readings) for c in todo) if row]
    if args.out:
        Path(args.out).write_text(json.dumps({"group": args.group, "screen": args.screen, "base": total(base),
                                              "tariff_model": args.tariff_model, "rows": rows}, indent=1))
    return 0


def _later_range(component, by_round: bool, ids: list[int]):
    """(label, first and last id) of the batches written after the component: its round's (READINGS) or, for the
    round-9 components, those committed after its first commit."""
    name, what, module, patch, when = component
    if by_round:
        return f"round {when}", (ROUND_LATER[when], max(ids))
    commit, date = landed(when)
    return f"{commit} {date[:16]}", later_than(date, batches()) if date else None


def _measure(corpus, fold_of, base, models, component, by_round: bool) -> dict | None:
    """One component switched off: the held-out counts against everything on, on all dev and its later batches."""
    name, what, module, patch, when = component
    if not by_round and not present(module, patch, when):
        print(f"{name:<28} removed", flush=True)
        return None
    landed_at, rng = _later_range(component, by_round, corpus.ids)
    keep = [rng is not None and rng[0] <= n <= rng[1] for n in corpus.ids]
    with switched_off(module, patch):
        off = corpus.held_out(fold_of, models)
    changed = [a[3] != b[3] for a, b in zip(off, base)]
    d_all = [a - b for a, b in zip(total(off), total(base))]
    d_later = [a - b for a, b in zip(total(off, keep), total(base, keep))]
    row = {"component": name, "what": what, "landed": landed_at,
           "later": f"d{rng[0]:03d}-d{rng[1]:03d}" if rng else "none", "later_articles": sum(keep),
           "changed_all": sum(changed), "changed_later": sum(c and k for c, k in zip(changed, keep)),
           "off_all": total(off), "d_all": d_all, "d_later": d_later, "base_later": total(base, keep)}
    # the component's worth = what switching it off loses: −(Δtp − Δfp)
    print(f"{name:<28} {landed_at:<28} later {row['later']:<10} ({sum(keep):>3})  changes {row['changed_all']:>3} "
          f"articles ({row['changed_later']} later)  Δ later tp/fp/fn {d_later}  worth {-(d_later[0] - d_later[1]):+d}"
          f"   Δ all {d_all}  worth {-(d_all[0] - d_all[1]):+d}", flush=True)
    return row


if __name__ == "__main__":
    sys.exit(main())
