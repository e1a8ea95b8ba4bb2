"""The outbox sender: claim due rows, render them at send time, deliver, record the outcome.

Delivery is AT MOST ONCE at the platform boundary. Before each delivery the row's
`attempted_at` is committed; after it the outcome is committed. If the process dies in
between, nobody knows whether the platform got the message, so when the claim's lease runs
out the row is marked failed ("outcome unknown"), never re-sent: a missed prompt is better
than a duplicate. A row claimed but not yet attempted is simply claimed again after the lease.

Claims use `FOR UPDATE SKIP LOCKED` on PostgreSQL (BEGIN IMMEDIATE on SQLite) and a lease
(`claimed_by`, `claimed_until`), so two processes never hold the same row. Rows are sent
concurrently across chats and in order within one chat (person or team): when a row must
wait (RETRY), the chat's later rows in the batch wait at least as long.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from adapters.storage.models import OutboxRow
from adapters.storage.store import SqlStore
from core.coach import Coach
from core.messages import ChatMoved, Outbound, Platform
from core.ports import Delivery, DeliveryStatus, OutboundPort
from core.schedule import PromptKind

log = logging.getLogger(__name__)

BATCH_SIZE = 200
LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8
BACKOFF_BASE_S = 5.0
BACKOFF_CAP_S = 900.0
MIN_DELAY_S = 1.0
CONCURRENCY = 32
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
    ) -> None:
        self._sessions = session_factory
        self._store = store
        self._coach = coach
        self._ports = dict(ports)
        self.worker_id = worker_id or default_worker_id()
        self._batch_size = batch_size
        self._lease = lease
        self._max_attempts = max_attempts
        self._limit = asyncio.Semaphore(concurrency)

    async def drain(self, now: datetime) -> DrainResult:
        """Send everything due at `now`, batch after batch, until nothing is left to claim."""
        result = DrainResult()
        for _ in range(MAX_ROUNDS):
            claims = await asyncio.to_thread(self._claim, now, result)
            if not claims:
                break
            chats: dict[tuple[str, int], list[Claim]] = {}
            for claim in claims:
                chats.setdefault(claim.chat, []).append(claim)
            await asyncio.gather(*(self._send_chat(rows, now, result) for rows in chats.values()))
            if len(claims) < self._batch_size:
                break
        return result

    # -- claiming ------------------------------------------------------------------------

    def _claim(self, now: datetime, result: DrainResult) -> list[Claim]:
        with self._sessions() as session, session.begin():
            lease_over = or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now)
            pending = OutboxRow.status == "pending"
            unknown = session.execute(
                update(OutboxRow)
                .where(pending, OutboxRow.attempted_at.is_not(None), OutboxRow.claimed_until < now)
                .values(status="failed", claimed_by=None, claimed_until=None)
                .returning(OutboxRow.id)
            ).all()
            for (row_id,) in unknown:
                log.warning("outbox %d: outcome unknown after a crash; not re-sent", row_id)
            result.failed += len(unknown)
            dropped = session.execute(
                update(OutboxRow)
                .where(pending, OutboxRow.expires_at <= now, lease_over)
                .values(status="dropped", claimed_by=None, claimed_until=None)
                .returning(OutboxRow.id)
            ).all()
            result.dropped += len(dropped)
            earlier = aliased(OutboxRow)
            waits_behind_earlier = exists().where(  # per-chat order, also across processes
                earlier.status == "pending",
                or_(earlier.person_id == OutboxRow.person_id,
                    earlier.team_id == OutboxRow.team_id),
                or_(earlier.due_at < OutboxRow.due_at,
                    and_(earlier.due_at == OutboxRow.due_at, earlier.id < OutboxRow.id)),
                or_(earlier.next_attempt_at > now, earlier.claimed_until >= now),
            )
            rows = session.scalars(
                select(OutboxRow)
                .where(pending, OutboxRow.next_attempt_at <= now, lease_over,
                       ~waits_behind_earlier)
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

    async def _send_chat(self, claims: list[Claim], now: datetime, result: DrainResult) -> None:
        """One chat's rows, in order; after a RETRY the rest wait at least as long."""
        async with self._limit:
            for index, claim in enumerate(claims):
                retry_at = await self._send_one(claim, now, result)
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

    async def _send_one(
        self, claim: Claim, now: datetime, result: DrainResult
    ) -> datetime | None:
        """Render, deliver, record. Returns when to try again on RETRY, else None."""
        outbounds = await asyncio.to_thread(self._render, claim, now)
        if not outbounds:
            if await asyncio.to_thread(self._update, claim, status="dropped", claimed_by=None,
                                       claimed_until=None, payload={**claim.payload,
                                                                    "reason": "not applicable"}):
                result.dropped += 1
            return None
        attempts = claim.attempts + 1
        if not await asyncio.to_thread(self._update, claim, attempted_at=now, attempts=attempts):
            return None  # the lease ran out and someone else has it: leave it to them
        done = int(claim.payload.get("parts_sent", 0))
        for outbound in outbounds[done:]:
            delivery = await self._deliver(outbound)
            if delivery.status is DeliveryStatus.SENT:
                done += 1
                result.deliveries += 1
                if delivery.new_chat_id:
                    await asyncio.to_thread(self._moved, claim, outbound, delivery.new_chat_id,
                                            now)
                continue
            return await asyncio.to_thread(self._not_sent, claim, outbound, delivery, attempts,
                                           done, now, result)
        await asyncio.to_thread(self._update, claim, status="sent", sent_at=now,
                                claimed_until=None, attempted_at=None)  # claimed_by: who sent it
        result.sent += 1
        return None

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

    def _not_sent(
        self, claim: Claim, outbound: Outbound, delivery: Delivery, attempts: int, done: int,
        now: datetime, result: DrainResult,
    ) -> datetime | None:
        payload = {**claim.payload, "parts_sent": done, "detail": delivery.detail[:200]}
        if delivery.status is DeliveryStatus.RETRY and attempts < self._max_attempts:
            retry_at = now + timedelta(seconds=retry_delay(delivery.retry_after, attempts))
            self._update(claim, claimed_by=None, claimed_until=None, attempted_at=None,
                         next_attempt_at=retry_at, payload=payload)
            result.retried += 1
            return retry_at
        if delivery.status is DeliveryStatus.BLOCKED:
            result.blocked += 1
            if outbound.person_id is not None:
                with self._store.transaction() as tx:
                    if tx.get_person(outbound.person_id) is not None:
                        tx.update_person(outbound.person_id, blocked=True)  # no more prompts
        log.warning("outbox %d (%s) not delivered: %s %s", claim.id, claim.kind,
                    delivery.status.value, delivery.detail)
        self._update(claim, status="failed", claimed_by=None, claimed_until=None,
                     attempted_at=None, payload=payload)
        result.failed += 1
        return None

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


def retry_delay(retry_after: float | None, attempts: int) -> float:
    """The platform's retry_after, else exponential backoff with jitter, capped."""
    if retry_after is not None:
        return float(max(retry_after, MIN_DELAY_S))
    backoff = min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_CAP_S)
    return max(backoff * random.uniform(0.5, 1.0), MIN_DELAY_S)
