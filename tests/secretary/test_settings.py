"""Declared settings: validation of anything a user or script may type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretary.errors import InvalidInput
from secretary.settings import SECRETS, SETTINGS, is_secret_name, secret_spec, setting


@given(key=st.sampled_from([s.key for s in SETTINGS]), raw=st.text(max_size=300))
def test_any_text_is_either_a_valid_value_or_invalid_input(key, raw):
    spec = setting(key)
    try:
        value = spec.coerce(raw)
    except InvalidInput as exc:
        assert exc.details["key"] == key
    else:
        assert isinstance(value, spec.type)
        assert spec.coerce(value) == value  # a stored value validates again unchanged


@pytest.mark.parametrize("spec", SETTINGS, ids=lambda s: s.key)
def test_defaults_are_valid(spec):
    if spec.pattern and spec.default == "":
        return  # empty means "not filled in yet"
    assert spec.coerce(spec.default) == spec.default


def test_typical_values():
    assert setting("server.port").coerce("8080") == 8080
    assert setting("workspace.demo").coerce("yes") is True
    assert setting("firm.languages").coerce("de, uk") == ["de", "uk"]
    assert setting("firm.vat_id").coerce(" DE123456789 ") == "DE123456789"
    with pytest.raises(InvalidInput, match="at most 65535"):
        setting("server.port").coerce("70000")
    with pytest.raises(InvalidInput, match="one of"):
        setting("ui.language").coerce("fr")
    with pytest.raises(InvalidInput, match="each item"):
        setting("firm.languages").coerce(["en", "ru"])
    with pytest.raises(InvalidInput, match="expected int"):
        setting("server.port").coerce(True)
    with pytest.raises(InvalidInput, match="unknown setting"):
        setting("firm.nmae")


def test_secrets_are_declared_and_never_settings():
    assert all(is_secret_name(s.name) for s in SECRETS)
    assert not any(is_secret_name(s.key) for s in SETTINGS)
    assert secret_spec("telegram.bot_token").integration == "telegram"
    with pytest.raises(InvalidInput, match="known:"):
        secret_spec("telegram.token")
