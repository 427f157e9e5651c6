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
