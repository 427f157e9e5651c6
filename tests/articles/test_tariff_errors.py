"""tariff_errors' count of surplus false positives (restatements of a matched fact), on made-up predictions."""
from __future__ import annotations

from tariff_errors import anatomy


def _t(imposer, target, product, rate, status):
    return {"imposer": imposer, "target": target, "product": product, "rate_pct": rate, "status": status,
            "sentence": f"A {rate}% tariff."}


def test_surplus_is_same_rate_fp_beyond_the_missed_labels_of_that_rate():
    want = [_t("USA", "CAN", None, 25.0, "in_force"), _t("USA", "MEX", None, 25.0, "in_force")]
    got = [_t("USA", "CAN", None, 25.0, "in_force"),        # tp
           _t("USA", "CAN", "steel", 25.0, "in_force"),     # fp beside the missed MEX label
           _t("USA", "CAN", None, 25.0, "announced"),       # fp: one more than the labels of 25% still missed
           _t("USA", "CAN", None, 10.0, "in_force")]        # fp: a rate no label has
    res = anatomy([{"name": "d999", "body": "", "got": got, "want": want}])
    assert dict(res["fp_same_rate"]) == {"surplus": 1, "beside_missed_label": 1}
    assert res["fp_kind"]["rate_not_labelled"] == 1
