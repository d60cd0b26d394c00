"""The pure centre: burn rate and runway from plain numbers."""

import math

from hypothesis import given
from hypothesis import strategies as st

from exporter.runway import DAY, NO_BURN, burn_rate, runway_seconds

WEEK = 7 * DAY


def test_burn_over_a_full_window_is_spend_over_its_days():
    assert burn_rate(14.0, WEEK, first_seen=0.0, now=30 * DAY, unpriced_share=0.0,
                     max_unpriced_share=0.1) == 2.0  # fmt: skip


def test_burn_with_no_history_is_zero():
    assert burn_rate(0.0, WEEK, None, 30 * DAY, 0.0, 0.1) == 0.0


def test_burn_is_unknown_when_too_much_is_unpriced():
    assert burn_rate(5.0, WEEK, 0.0, 30 * DAY, 0.11, 0.10) is None
    assert burn_rate(5.0, WEEK, 0.0, 30 * DAY, 0.10, 0.10) == 5.0 / 7


def test_runway_rules_for_zero_negative_unknown_and_no_burn():
    assert runway_seconds(10.0, 2.0) == 5 * DAY
    assert runway_seconds(0.0, 2.0) == 0.0
    assert runway_seconds(-3.0, 2.0) == 0.0
    assert runway_seconds(-3.0, 0.0) == 0.0
    assert runway_seconds(10.0, 0.0) == math.inf
    assert runway_seconds(1.0, 1e-300) == math.inf  # below a billionth of a dollar a day
    assert runway_seconds(None, 2.0) is None
    assert runway_seconds(10.0, None) is None


money = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
burns = st.floats(min_value=0.0, max_value=1e6, allow_nan=False)


@given(money, burns)
def test_runway_is_never_negative_or_nan_and_infinite_only_without_burn(balance, burn):
    runway = runway_seconds(balance, burn)
    assert runway >= 0 and not math.isnan(runway)
    assert math.isinf(runway) == (balance > 0 and burn < NO_BURN)


@given(
    st.floats(min_value=0, max_value=1e6),
    st.floats(min_value=0, max_value=1e9),
    st.floats(min_value=0, max_value=1e9),
)
def test_burn_never_divides_by_less_than_one_day(spend, first_seen, now):
    burn = burn_rate(spend, WEEK, first_seen, now, 0.0, 0.1)
    assert 0 <= burn <= spend
