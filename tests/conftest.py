"""Hypothesis profiles: `ci` (the default, short), `dev`, and `fuzz` (make fuzz, long)."""
import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=300, deadline=None)
settings.register_profile("fuzz", max_examples=100_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config):
    config.addinivalue_line("markers", "fuzz: a hypothesis property; `make fuzz` runs these with the long profile")


def pytest_collection_modifyitems(items):
    """Every hypothesis property is part of the fuzz run."""
    import pytest

    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.fuzz)
