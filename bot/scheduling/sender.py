"""The outbox sender: claim due rows, render them at send time, deliver, record the outcome.

Delivery is AT MOST ONCE at the platform boundary. Each row waits for its chat's rate limit
and a slot of the platform's overall rate first; then its `attempted_at` is committed, right
before its own HTTP call; after the call the outcome is committed. If the process dies in
between, nobody knows whether the platform got the message, so when the claim's lease runs
out the row is marked failed ("outcome unknown"), never re-sent: a missed prompt is better
than a duplicate. Rows waiting for a rate limit are claimed but not attempted, so a crash
loses only the messages whose HTTP call was in flight, and at most `IN_FLIGHT` of them: a
row holds one of `IN_FLIGHT` slots from its attempt's commit to its outcome's (a platform
that answers slowly, or a busy machine, never puts more rows at risk). A row claimed but not
yet attempted is simply claimed again after the lease.

Claims use `FOR UPDATE SKIP LOCKED` on PostgreSQL (BEGIN IMMEDIATE on SQLite) and a lease
(`claimed_by`, `claimed_until`), so two processes never hold the same row. Rows are sent
concurrently across chats and in order within one chat (person or team): a chat with a row
claimed or waiting to retry gets nothing more claimed until it is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from adapters.storage.models import OutboxRow
from adapters.storage.store import SqlStore
from bot.scheduling.budget import LocalBudget, SendBudget
from core.coach import Coach
from core.coach.digest_service import CHANNEL_KIND
from core.messages import ChatMoved, Outbound, Platform
from core.ports import Clock, Delivery, DeliveryStatus, OutboundPort
from core.schedule import PromptKind

log = logging.getLogger(__name__)

BATCH_SIZE = 200
LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8
BACKOFF_BASE_S = 5.0
BACKOFF_CAP_S = 900.0
MIN_DELAY_S = 1.0
CONCURRENCY = 32
# rows between their attempt's commit and their outcome's: what a crash can lose. 8 keeps
# Telegram's 30 msg/s with calls answered within about 260 ms (30 x 0.26 s in flight)
IN_FLIGHT = 8
MAX_ROUNDS = 1000


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    person_id: int | None
    team_id: int | None
    kind: str
    attempts: int
    payload: dict[str, Any]

    @property
    def chat(self) -> tuple[str, int]:
        if self.person_id is not None:
            return ("person", self.person_id)
        return ("team", self.team_id or 0)


@dataclass(slots=True)
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    dropped: int = 0
    blocked: int = 0
    deliveries: int = 0  # messages handed to a platform (a digest can be several)


Now = Callable[[], datetime]


def default_worker_id() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class OutboxSender:
    """Drains the outbox through one `OutboundPort` per platform."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        store: SqlStore,
        coach: Coach,
        ports: Mapping[Platform, OutboundPort],
        *,
        worker_id: str | None = None,
        batch_size: int = BATCH_SIZE,
        lease: timedelta = LEASE,
        max_attempts: int = MAX_ATTEMPTS,
        concurrency: int = CONCURRENCY,
        in_flight: int = IN_FLIGHT,
        clock: Clock | None = None,
        budgets: Mapping[Platform, SendBudget] | None = None,
    ) -> None:
        """`clock`: read afresh for each claim, attempt and outcome when `drain()` is given no
        instant (required then). `budgets`: each platform's overall rate; by default a
        `LocalBudget` of the port's `overall_per_second`, when it has one."""
        self._sessions = session_factory
        self._store = store
        self._coach = coach
        self._ports = dict(ports)
        self.worker_id = worker_id or default_worker_id()
        self._batch_size = batch_size
        self._lease = lease
        self._max_attempts = max_attempts
        self._limit = asyncio.Semaphore(concurrency)
        self._in_flight = asyncio.Semaphore(in_flight)
        self._clock = clock
        self._budgets: dict[Platform, SendBudget] = dict(budgets or {})
        for platform, port in self._ports.items():
            if platform not in self._budgets and port.overall_per_second:
                self._budgets[platform] = LocalBudget(port.overall_per_second)

    async def drain(self, now: datetime | None = None) -> DrainResult:
        """Send everything due, batch after batch, until nothing is left to claim.

        `now`: one instant for every step (a simulated clock, `coach tick --at`). None: the
        sender's clock, read afresh for each claim, attempt and outcome, since a wave of
        20,000 prompts at 28 messages/s takes about 12 minutes."""
        clock: Now
        if now is not None:
            clock = lambda: now  # noqa: E731
        elif self._clock is not None:
            clock = self._clock
        else:
            raise ValueError("drain() without an instant needs the sender's clock")
        result = DrainResult()
        for _ in range(MAX_ROUNDS):
            claims = await asyncio.to_thread(self._claim, clock(), result)
            if not claims:
                break
            chats: dict[tuple[str, int], list[Claim]] = {}
            for claim in claims:
                chats.setdefault(claim.chat, []).append(claim)
            await asyncio.gather(*(self._send_chat(rows, clock, result)
                                   for rows in chats.values()))
            if len(claims) < self._batch_size:
                break
        return result

    # -- claiming ------------------------------------------------------------------------

    def _claim(self, now: datetime, result: DrainResult) -> list[Claim]:
        """One transaction: sweep rows whose outcome is unknown or whose window closed, then
        take up to `batch_size` pending rows in due order, skipping busy chats (see
        `_busy`). Every statement reads an index range whose size does not grow with the
        queue (migration 0007), so a claim costs the same with 1,000 or 100,000 queued."""
        with self._sessions() as session, session.begin():
            pending = OutboxRow.status == "pending"
            in_flight = session.execute(  # few rows: read through (status, attempted_at)
                select(OutboxRow.id, OutboxRow.claimed_until)
                .where(pending, OutboxRow.attempted_at.is_not(None))
            ).all()
            stale = [row_id for row_id, until in in_flight if until is None or until < now]
            unknown = session.execute(
                update(OutboxRow)
                .where(OutboxRow.id.in_(stale), pending, OutboxRow.claimed_until < now)
                .values(status="failed", claimed_by=None, claimed_until=None)
                .returning(OutboxRow.id)
            ).all() if stale else []
            for (row_id,) in unknown:
                log.warning("outbox %d: outcome unknown after a crash; not re-sent", row_id)
            result.failed += len(unknown)
            lease_over = or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now)
            dropped = session.execute(
                update(OutboxRow)
                .where(pending, OutboxRow.expires_at <= now, lease_over)
                .values(status="dropped", claimed_by=None, claimed_until=None)
                .returning(OutboxRow.id)
            ).all()
            result.dropped += len(dropped)
            rows = session.scalars(
                select(OutboxRow)
                .where(pending, _free(now), _not_busy(OutboxRow.person_id, now),
                       _not_busy(OutboxRow.team_id, now))
                .order_by(OutboxRow.due_at, OutboxRow.id)  # per chat: in the order they fell due
                .limit(self._batch_size)
                .with_for_update(skip_locked=True, of=OutboxRow)
            ).all()
            for row in rows:
                row.claimed_by = self.worker_id
                row.claimed_until = now + self._lease
            return [Claim(r.id, r.person_id, r.team_id, r.kind, r.attempts, dict(r.payload or {}))
                    for r in rows]

    def _update(self, claim: Claim, **values: Any) -> bool:
        """Change our claimed row; False if the claim was lost (lease ran out, taken over)."""
        with self._sessions() as session, session.begin():
            changed = session.execute(
                update(OutboxRow)
                .where(and_(OutboxRow.id == claim.id, OutboxRow.claimed_by == self.worker_id,
                            OutboxRow.status == "pending"))
                .values(**values)
                .returning(OutboxRow.id)
            ).first()
            return changed is not None

    # -- sending -------------------------------------------------------------------------

    async def _send_chat(self, claims: list[Claim], clock: Now, result: DrainResult) -> None:
        """One chat's rows, in order; after a RETRY the rest wait at least as long."""
        async with self._limit:
            for index, claim in enumerate(claims):
                retry_at = await self._send_one(claim, clock, result)
                if retry_at is not None:
                    for later in claims[index + 1:]:
                        await asyncio.to_thread(self._release, later, retry_at)
                    return

    def _release(self, claim: Claim, not_before: datetime) -> None:
        with self._sessions() as session, session.begin():
            session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == claim.id, OutboxRow.claimed_by == self.worker_id)
                .values(claimed_by=None, claimed_until=None, next_attempt_at=not_before)
            )

    async def _send_one(self, claim: Claim, clock: Now, result: DrainResult) -> datetime | None:
        """Render, then per part: wait for the rate limits, commit the attempt, deliver;
        record the outcome. Returns when to try again on RETRY, else None. From its first
        attempt's commit to its outcome's the row holds an `IN_FLIGHT` slot."""
        async with contextlib.AsyncExitStack() as holding:
            return await self._send_parts(claim, clock, result, holding)

    async def _send_parts(
        self, claim: Claim, clock: Now, result: DrainResult, holding: contextlib.AsyncExitStack
    ) -> datetime | None:
        outbounds = await asyncio.to_thread(self._render, claim, clock())
        if not outbounds:
            if await asyncio.to_thread(self._update, claim, status="dropped", claimed_by=None,
                                       claimed_until=None, payload={**claim.payload,
                                                                    "reason": "not applicable"}):
                result.dropped += 1
            return None
        attempts = claim.attempts + 1
        done = int(claim.payload.get("parts_sent", 0))  # parts settled: sent or given up
        missed: list[str] = list(claim.payload.get("parts_missed", []))
        first = done
        for outbound in outbounds[done:]:  # each part on its own: one failing stops no other
            await self._turn(outbound)
            if done == first:  # the first attempt: hold a slot until the outcome is committed
                await holding.enter_async_context(self._in_flight)
            if not await self._attempt(claim, clock, attempts, done, first):
                return None  # the lease ran out and someone else has it: leave it to them
            delivery = await self._deliver(outbound)
            if delivery.status is DeliveryStatus.SENT:
                result.deliveries += 1
                if delivery.new_chat_id:
                    await asyncio.to_thread(self._moved, claim, outbound, delivery.new_chat_id,
                                            clock())
            elif delivery.status is DeliveryStatus.RETRY and attempts < self._max_attempts:
                return await asyncio.to_thread(self._retry, claim, delivery, attempts, done,
                                               missed, clock(), result)
            else:
                missed.append(delivery.detail or delivery.status.value)
                for notice in await asyncio.to_thread(self._given_up, claim, outbound,
                                                      delivery, clock(), result):
                    await self._notify(notice)
            done += 1
        if missed:
            await asyncio.to_thread(self._update, claim, status="failed", claimed_by=None,
                                    claimed_until=None, attempted_at=None,
                                    payload={**claim.payload, "parts_sent": done,
                                             "parts_missed": missed})
            result.failed += 1
            return None
        await asyncio.to_thread(self._update, claim, status="sent", sent_at=clock(),
                                claimed_until=None, attempted_at=None)  # claimed_by: who sent it
        result.sent += 1
        return None

    async def _turn(self, outbound: Outbound) -> None:
        """Wait for the chat's turn and the platform's overall slot."""
        port = self._ports.get(outbound.platform)
        if port is not None:
            await port.turn(outbound)
            budget = self._budgets.get(outbound.platform)
            if budget is not None:
                await budget.take()

    async def _attempt(
        self, claim: Claim, clock: Now, attempts: int, done: int, first: int
    ) -> bool:
        """Commit the attempt (`attempted_at`, and the parts already out): the last step
        before the HTTP call. False when our claim was lost meanwhile."""
        values: dict[str, Any] = {"attempted_at": clock()}
        if done == first:
            values["attempts"] = attempts
        if done:
            values["payload"] = {**claim.payload, "parts_sent": done}
        return await asyncio.to_thread(self._update, claim, **values)

    def _render(self, claim: Claim, now: datetime) -> list[Outbound]:
        if claim.team_id is not None:
            return self._coach.team_digest(claim.team_id, now)
        assert claim.person_id is not None
        return self._coach.prompt(claim.person_id, PromptKind(claim.kind).value, now)

    async def _deliver(self, outbound: Outbound) -> Delivery:
        port = self._ports.get(outbound.platform)
        if port is None:
            return Delivery(DeliveryStatus.FAILED, detail=f"no port for {outbound.platform}")
        try:
            return await port.deliver(outbound)
        except Exception:  # a bug in a port must not stop the other chats
            log.exception("delivery through %s raised", outbound.platform)
            return Delivery(DeliveryStatus.FAILED, detail="port raised")

    def _retry(
        self, claim: Claim, delivery: Delivery, attempts: int, done: int, missed: list[str],
        now: datetime, result: DrainResult,
    ) -> datetime:
        """Try the row again later, from its first part not yet settled."""
        payload = {**claim.payload, "parts_sent": done, "detail": delivery.detail[:200]}
        if missed:
            payload["parts_missed"] = missed
        retry_at = now + timedelta(seconds=retry_delay(delivery.retry_after, attempts))
        self._update(claim, claimed_by=None, claimed_until=None, attempted_at=None,
                     next_attempt_at=retry_at, payload=payload)
        result.retried += 1
        return retry_at

    def _given_up(
        self, claim: Claim, outbound: Outbound, delivery: Delivery, now: datetime,
        result: DrainResult,
    ) -> list[Outbound]:
        """A part that will not be delivered (BLOCKED, FAILED, or out of retries). BLOCKED to
        a person: they are marked blocked (no more prompts). BLOCKED to a team's channel: its
        digest pauses there; returns the notes telling its coaches how to fix it."""
        log.warning("outbox %d (%s) part not delivered: %s %s", claim.id, claim.kind,
                    delivery.status.value, delivery.detail)
        if delivery.status is not DeliveryStatus.BLOCKED:
            return []
        result.blocked += 1
        if outbound.person_id is not None:
            with self._store.transaction() as tx:
                if tx.get_person(outbound.person_id) is not None:
                    tx.update_person(outbound.person_id, blocked=True)  # no more prompts
            return []
        if claim.team_id is not None and outbound.kind == CHANNEL_KIND:
            return self._coach.channel_lost(claim.team_id, delivery.detail, now)
        return []

    async def _notify(self, notice: Outbound) -> None:
        """Deliver a note that is not an outbox row (a coach told their channel is lost):
        within the rate limits, once, best effort; logged if it does not go."""
        port = self._ports.get(notice.platform)
        if port is not None:
            await port.turn(notice)
            budget = self._budgets.get(notice.platform)
            if budget is not None:
                await budget.take()
        delivery = await self._deliver(notice)
        if delivery.status is not DeliveryStatus.SENT:
            log.warning("note %s not delivered: %s %s", notice.kind, delivery.status.value,
                        delivery.detail)

    def _moved(
        self, claim: Claim, outbound: Outbound, new_chat_id: str, now: datetime
    ) -> None:
        """Telegram ChatMigrated: store the new chat id for the person, or re-bind the team
        through the Coach (which folds a team made meanwhile in the new chat into it)."""
        if outbound.person_id is not None:
            with self._store.transaction() as tx:
                tx.update_person(outbound.person_id, chat_id=new_chat_id)
            return
        if claim.team_id is not None:
            self._coach.chat_moved(
                ChatMoved(outbound.platform, outbound.chat_id, new_chat_id, now))


def _free(now: datetime) -> ColumnElement[bool]:
    """The row itself is not claimed (lease not over), not attempted and not waiting to
    retry, read from the row's own columns.

    `_not_busy` keeps such rows out too, but through a subquery, and PostgreSQL re-checks
    only the locked row's own columns when `FOR UPDATE SKIP LOCKED` locks a row another
    transaction changed since the statement began (READ COMMITTED: the subquery keeps its
    older snapshot). So a replica whose claim started just before another's committed could
    take a row the other had claimed and attempted, and send it a second time (seen once in
    `test_replicas` on a slowed machine: a sit break delivered 9 times for 8 rows). These
    conditions are re-checked on the row's newest version: such a row is skipped."""
    return and_(
        or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now),
        OutboxRow.attempted_at.is_(None),
        or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now),
    )


def _not_busy(owner: InstrumentedAttribute[int | None], now: datetime) -> ColumnElement[bool]:
    """The row's person (or team) has no pending row that is claimed (by anyone, lease not
    over) or waiting to retry: one chat's rows go out one at a time, in due order, also
    across processes. This also keeps out rows still claimed or not yet due for a retry
    themselves. The busy owners come from two small index ranges, (status, claimed_until)
    and (status, next_attempt_at), read once per claim, never once per row."""
    busy = OutboxRow.__table__.alias("busy")
    column = busy.c[owner.key]
    claimed = select(column).where(busy.c.status == "pending", busy.c.claimed_until >= now,
                                   column.is_not(None))
    retrying = select(column).where(busy.c.status == "pending", busy.c.next_attempt_at > now,
                                    column.is_not(None))
    return or_(owner.is_(None), owner.not_in(claimed.union_all(retrying)))


def retry_delay(retry_after: float | None, attempts: int) -> float:
    """The platform's retry_after, else exponential backoff with jitter, capped."""
    if retry_after is not None:
        return float(max(retry_after, MIN_DELAY_S))
    backoff = min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_CAP_S)
    return max(backoff * random.uniform(0.5, 1.0), MIN_DELAY_S)
