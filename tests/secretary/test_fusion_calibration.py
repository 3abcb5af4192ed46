"""Language calibration uses the overall mean for languages too small to have their own."""

import pytest

from secretary.fusion import language_calibrated


def test_languages_without_their_own_mean_use_the_overall_one():
    dense = {1: 0.80, 2: 0.70}
    languages = {1: "en", 2: "de"}
    assert language_calibrated(dense, languages, {"*": 0.5}) == {1: pytest.approx(0.3), 2: pytest.approx(0.2)}
    calibrated = language_calibrated(dense, languages, {"en": 0.65, "*": 0.5})
    assert calibrated[1] < calibrated[2]  # en had its own (higher) offset; de fell back to the overall one
    assert language_calibrated(dense, languages, {}) == dense
