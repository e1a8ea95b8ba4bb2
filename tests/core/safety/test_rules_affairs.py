"""Passwords handed to family or a friend: preparation, urgent in the 11 languages
(core/safety/rules_affairs.py). The lead's own probe, sixth session of 2026-12-01."""

from __future__ import annotations

import pytest

from core.safety import Category, Level
from core.safety.screener import rules_only

URGENT = [
    "all sorted now, left my passwords with my sister",
    "ya dejé todo arreglado, las contraseñas y el perro con mi hermana",
    "alles geregelt, meine passwörter hat meine schwester",
    "j'ai tout réglé, mes mots de passe sont chez ma sœur",
    "ho sistemato tutto, le password le ha mia sorella",
    "tudo resolvido, deixei as senhas com a minha irmã",
    "alles geregeld, mijn wachtwoorden heeft mijn zus",
    "wszystko już załatwione, hasła zostawiłam siostrze",
    "am aranjat tot, parolele le are sora mea",
    "все улажено, пароли оставила сестре",
    "все вже владнала, паролі залишила сестрі",
]

NOT_RISK = [
    "gave my coach my strava password",
    "wrote down all my passwords in a notebook",
    "my passwords are a mess, my sister helped me reset them",
    "forgot my passwords again lol, my brother had to reset the router",
    "пароли от другого аккаунта в папке",
    "zapisałam hasła w notesie, mam je",
    "hasła na koszulkach dla naszej drużyny, mama pomogła",
]


@pytest.mark.parametrize("text", URGENT)
def test_passwords_handed_to_family_are_urgent_preparation(text: str) -> None:
    found = rules_only(text, [])
    assert (found.level, found.category) == (Level.URGENT, Category.SUICIDE_SELF_HARM), text


@pytest.mark.parametrize("text", NOT_RISK)
def test_passwords_for_an_app_a_notebook_or_a_reset_are_not(text: str) -> None:
    assert rules_only(text, []).level is Level.NONE, text
