"""The circuit breaker around remote models, driven by a fake clock."""

from __future__ import annotations

import threading

import pytest

from secretary.ai.breaker import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def test_starts_closed_and_lets_calls_through(clock):
    breaker = CircuitBreaker(clock=clock)
    assert breaker.state == "closed" and breaker.allow() and breaker.opened_at is None


def test_opens_after_consecutive_failures_only(clock):
    breaker = CircuitBreaker(failure_threshold=3, reset_after=60, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # the count starts again
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow() and breaker.failures == 2
    breaker.record_failure()
    assert breaker.state == "open" and breaker.opened_at == 1000.0
    assert not breaker.allow()
    clock.now += 59.9
    assert not breaker.allow() and breaker.state == "open"


def test_one_trial_after_reset_and_success_closes(clock):
    breaker = CircuitBreaker(failure_threshold=1, reset_after=60, clock=clock)
    breaker.record_failure()
    clock.now += 60
    assert breaker.state == "half_open"
    assert breaker.allow()  # the trial
    assert not breaker.allow() and breaker.state == "half_open"  # only one at a time
    breaker.record_success()
    assert breaker.state == "closed" and breaker.opened_at is None and breaker.failures == 0
    assert breaker.allow() and breaker.allow()


def test_failed_trial_opens_again_for_a_full_period(clock):
    breaker = CircuitBreaker(failure_threshold=2, reset_after=30, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 31
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open" and breaker.opened_at == 1031.0
    clock.now += 29
    assert not breaker.allow()
    clock.now += 1
    assert breaker.allow()


def test_a_trial_that_never_reports_does_not_block_forever(clock):
    breaker = CircuitBreaker(failure_threshold=1, reset_after=10, clock=clock)
    breaker.record_failure()
    clock.now += 10
    assert breaker.allow() and not breaker.allow()
    clock.now += 10  # the trial's caller vanished without recording anything
    assert breaker.allow()


def test_late_failures_while_open_do_not_extend_it(clock):
    breaker = CircuitBreaker(failure_threshold=1, reset_after=10, clock=clock)
    breaker.record_failure()
    clock.now += 5
    breaker.record_failure()  # a call that started before the breaker opened
    assert breaker.opened_at == 1000.0
    clock.now += 5
    assert breaker.allow()


def test_only_one_thread_gets_the_trial(clock):
    breaker = CircuitBreaker(failure_threshold=1, reset_after=1, clock=clock)
    breaker.record_failure()
    clock.now += 1
    results: list[bool] = []
    barrier = threading.Barrier(16)

    def call() -> None:
        barrier.wait()
        results.append(breaker.allow())

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1


def test_threshold_must_be_positive():
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
