"""Fixtures of the article tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def rules_only():
    """The rules alone, without the learned tariff and status decisions (tariff_model.json)."""
    from tariffscope.articles import status_model, tariff_model
    tariff_model.use(None)
    status_model.use(None)
    yield
    tariff_model.use(False)
    status_model.use(False)


@pytest.fixture
def values_rules_only():
    """The trade-value rules alone, without the learned trade-value decisions (trade_model.json)."""
    from tariffscope.articles import trade_model
    trade_model.use(None)
    yield
    trade_model.use(False)
