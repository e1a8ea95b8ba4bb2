"""What PostgreSQL refuses and SQLite accepted (ids over 64 characters, names over 200, NUL
bytes, text that was not UTF-8) is normalised before the Coach stores anything, so both
databases behave the same (core/boundary.py). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.bootstrap import Wiring
from core.boundary import ID_MAX, NAME_MAX, clean_id, clean_inbound, clean_text
from core.coach import team_texts, texts
from core.messages import AccountChange, Inbound, Platform
from tests.coach.talk import Person, onboard, text_of
from tests.coach.test_teams import in_group

AT = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
LONG_ID = "u" * 100
NAME = "Ana " + "n" * 296  # 300 characters


def stored(wiring: Wiring, user: str) -> tuple[str, str] | None:
    with wiring.store.transaction() as tx:
        person = tx.find_person(Platform.CONSOLE, clean_id(user))
        return None if person is None else (person.platform_user_id, person.display_name)


def consent(wiring: Wiring, user: str, name: str) -> None:
    """/start, then a tap on the consent question's own Yes."""
    asked = wiring.coach.handle(Inbound(Platform.CONSOLE, user, user, AT, text="/start",
                                        display_name=name))
    [yes] = [c.value for reply in asked for c in reply.choices if c.label == "Yes"]
    wiring.coach.handle(Inbound(Platform.CONSOLE, user, user, AT, choice=yes,
                                display_name=name))


def test_a_long_id_and_a_long_name_are_stored_and_name_one_person(wiring: Wiring) -> None:
    consent(wiring, LONG_ID, NAME)
    found = stored(wiring, LONG_ID)
    assert found is not None
    user_id, name = found
    assert len(user_id) == ID_MAX and user_id.startswith("~")
    assert name == NAME[:NAME_MAX]
    ana = Person(wiring.coach, LONG_ID, AT)
    assert "After the session" in text_of(onboard_rest(ana) or ana.says("/today"))
    # a second long id sharing the first 64 characters is somebody else
    other = "u" * 64 + "v" * 36
    assert text_of(wiring.coach.handle(Inbound(Platform.CONSOLE, other, other, AT,
                                               text="/today"))).startswith(texts.INTRO[:20])


def onboard_rest(person: Person) -> None:
    replies = person.says("skip")
    while replies and replies[-1].choices and replies[-1].choices[-1].label == "Skip":
        replies = person.presses(replies[-1].choices[-1].value)


def test_nul_bytes_and_lone_surrogates_in_names_and_text_are_stored_cleaned(
    wiring: Wiring,
) -> None:
    consent(wiring, "bo\x00b", "Bo\x00b \udcff")
    assert stored(wiring, "bob") == ("bob", "Bob \ufffd")
    bob = Person(wiring.coach, "bob", AT, platform=Platform.TELEGRAM)
    onboard(bob)
    replies = in_group(bob, "/team create Row\x00ers \udce9")
    assert "Team Rowers \ufffd created" in text_of(replies)
    assert text_of(in_group(bob, "/team")).startswith("Rowers \ufffd: 0 members")
    assert team_texts.CREATED.splitlines()[0].format(name="Rowers \ufffd") in text_of(replies)


def test_clean_inbound_keeps_what_fits() -> None:
    inbound = Inbound(Platform.SLACK, "U123", "D123", AT, text="6 7 5 8\n", choice="ci:sleep:6",
                      display_name="Ana", update_key="Ev1", origin_chat_id="C9")
    assert clean_inbound(inbound) == inbound
    assert clean_text("a\x00b\udcffc") == "ab\ufffdc"
    assert clean_id("x" * 200, 128) == clean_id("x" * 200, 128)
    assert clean_id("x" * 200, 128).startswith("~") and len(clean_id("x" * 200, 128)) <= 128


def test_an_account_change_finds_a_long_id_and_cleans_the_name(wiring: Wiring) -> None:
    consent(wiring, LONG_ID, "Ana")
    wiring.coach.account_changed(AccountChange(Platform.CONSOLE, LONG_ID, AT,
                                               display_name="An\x00a " + "b" * 300))
    found = stored(wiring, LONG_ID)
    assert found is not None and found[1] == ("Ana " + "b" * 300)[:NAME_MAX]
