"""Idempotency keys: a task that is delivered twice acts once.

Celery on Redis delivers at least once (see :mod:`aishell.fleet.app`): a task taken by a
worker that dies, or one that outlives the broker's visibility timeout, is delivered again.
Each task carries an idempotency key (a flow step's, or ``fleet:<run id>:<op>:<target>``) and
runs its effect through :func:`run_once`, which keeps two Redis keys per idempotency key:

* ``aishell:fleet:claim:<key>``: who is acting now.  Set with ``NX`` before the effect (so
  one delivery acts at a time) with a short expiry (the *lease*) that a heartbeat thread
  renews while the effect runs.  A worker killed outright stops renewing, and the lease
  lapses ``lease`` seconds later.
* ``aishell:fleet:done:<key>``: the result, written when the effect succeeded (kept
  ``result_ttl`` seconds).  A later delivery finds it and returns it without acting.

A delivery that finds a live claim waits, polling, until the result appears (the first
delivery finished: its result is returned) or the claim lapses (its worker died: this delivery
claims the key and acts).

**The window.**  The result is recorded after the effect, in a separate Redis command: a worker
killed between the two (after the effect committed, before ``SET done``) leaves no record, and
the next delivery acts again.  Redis and the database do not commit together, so this window
cannot be closed here; it is one round trip to Redis wide.  The operations make it harmless
where they can: ``migrate up`` consults the database's own history table and applies nothing
twice, a backup rewrites the same archive (written beside its name and renamed), and health and
read queries have no effect.  A flow step or ``fleet query`` that writes should be idempotent
itself (``INSERT ... ON CONFLICT DO NOTHING``, an upsert, a guard row) when that window
matters.  A failed effect (an exception, or a result whose ``status`` is ``failed``) is not
recorded: the claim is released and a later delivery or a re-run may try again.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import redis

PREFIX = "aishell:fleet:"

# renew the lease only while the claim is still ours; delete it only if it is ours
_RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
_FINISH = (
    "redis.call('set', KEYS[2], ARGV[2], 'EX', ARGV[3]) "
    "if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('del', KEYS[1]) end return 1"
)


def claim_key(key: str) -> str:
    return f"{PREFIX}claim:{key}"


def done_key(key: str) -> str:
    return f"{PREFIX}done:{key}"


def who() -> dict[str, Any]:
    """What a claim says about its holder (the test of a killed worker reads the pid)."""
    return {"host": socket.gethostname(), "pid": os.getpid(), "at": time.time(), "nonce": uuid.uuid4().hex}


def holder(client: redis.Redis, key: str) -> dict[str, Any] | None:
    """The live claim on ``key`` (its holder's host, pid and start), or None."""
    raw = client.get(claim_key(key))
    return json.loads(raw) if raw else None


def stored(client: redis.Redis, key: str) -> dict[str, Any] | None:
    """The recorded result of ``key``, or None."""
    raw = client.get(done_key(key))
    return json.loads(raw) if raw else None


@contextmanager
def _heartbeat(client: redis.Redis, key: str, token: str, lease_ms: int) -> Iterator[None]:
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(lease_ms / 3000):
            try:
                client.eval(_RENEW, 1, claim_key(key), token, lease_ms)
            except redis.RedisError:  # a blip: the next beat tries again before the lease lapses
                continue

    thread = threading.Thread(target=beat, name=f"lease {key}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _failed(result: Any) -> bool:
    return isinstance(result, dict) and result.get("status") == "failed"


def run_once(
    client: redis.Redis,
    key: str,
    effect: Callable[[], dict[str, Any]],
    *,
    lease: float = 10.0,
    result_ttl: int = 7 * 24 * 3600,
    poll: float = 0.2,
) -> tuple[dict[str, Any], bool]:
    """Run ``effect`` once for ``key``; return ``(result, replayed)``, where ``replayed`` says
    the result is the one recorded by an earlier delivery (nothing was done now).

    The result must be JSON-serialisable.  See the module's docstring for the window between
    the effect and its record."""
    lease_ms = max(int(lease * 1000), 100)
    token = json.dumps(who())
    while True:
        found = stored(client, key)
        if found is not None:
            return found, True
        if client.set(claim_key(key), token, nx=True, px=lease_ms):
            break
        time.sleep(poll)  # someone holds it: wait for its result or for its lease to lapse
    found = stored(client, key)  # recorded between our look and our claim
    if found is not None:
        client.eval(_RELEASE, 1, claim_key(key), token)
        return found, True
    try:
        with _heartbeat(client, key, token, lease_ms):
            result = effect()
    except BaseException:
        client.eval(_RELEASE, 1, claim_key(key), token)
        raise
    if _failed(result):
        client.eval(_RELEASE, 1, claim_key(key), token)
    else:
        client.eval(_FINISH, 2, claim_key(key), done_key(key), token, json.dumps(result), result_ttl)
    return result, False


def forget(client: redis.Redis, key: str) -> None:
    """Drop ``key``'s record and claim (a re-run that must act again)."""
    client.delete(claim_key(key), done_key(key))
