"""A circuit breaker: stop calling a remote model that keeps failing, and try it again later.

Closed, calls go through and consecutive failures are counted; after
``failure_threshold`` of them it opens and refuses calls, so the caller falls
back (to the embedded responder) at once instead of waiting for timeouts.
``reset_after`` seconds later one trial call is let through (half-open): its
success closes the breaker, its failure opens it for another ``reset_after``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class CircuitBreaker:
    """Thread-safe closed → open → half-open breaker around one remote service."""

    def __init__(self, failure_threshold: int = 3, reset_after: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        self.failure_threshold = failure_threshold
        self.reset_after = reset_after
        self._clock = clock
        self._lock = threading.Lock()
        self._state = CLOSED
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_started: float | None = None  # when the half-open trial call was let through

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half_open"`` (open and due for a trial counts as half-open)."""
        with self._lock:
            if self._state == OPEN and self._due():
                return HALF_OPEN
            return self._state

    @property
    def opened_at(self) -> float | None:
        """Clock time the breaker last opened, None while it has never opened or is closed."""
        with self._lock:
            return self._opened_at

    @property
    def failures(self) -> int:
        """Consecutive failures counted since the last success."""
        with self._lock:
            return self._failures

    def allow(self) -> bool:
        """Whether a call may go out now; in half-open, True for exactly one trial call."""
        with self._lock:
            if self._state == CLOSED:
                return True
            now = self._clock()
            if self._state == OPEN:
                if not self._due():
                    return False
                self._state = HALF_OPEN
                self._trial_started = now
                return True
            # Half-open with a trial out: refuse, unless that trial never reported back (its caller
            # crashed before recording anything) for a whole reset period; then allow another one.
            if self._trial_started is not None and now - self._trial_started < self.reset_after:
                return False
            self._trial_started = now
            return True

    def record_success(self) -> None:
        """A call succeeded: close the breaker and forget earlier failures."""
        with self._lock:
            self._state = CLOSED
            self._failures = 0
            self._opened_at = None
            self._trial_started = None

    def record_failure(self) -> None:
        """A call failed: count it; open at the threshold, or again at once if it was the trial."""
        with self._lock:
            self._failures += 1
            if self._state == HALF_OPEN or (self._state == CLOSED and self._failures >= self.failure_threshold):
                self._open()
            # While open, late failures of calls that started before it opened change nothing.

    def _open(self) -> None:
        self._state = OPEN
        self._opened_at = self._clock()
        self._trial_started = None

    def _due(self) -> bool:
        return self._opened_at is not None and self._clock() - self._opened_at >= self.reset_after
