"""What deploy/ promises, checked as text (no Docker engine runs on CI's machine)."""

from __future__ import annotations

from pathlib import Path

from bot.cli import parser

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _lines(name: str) -> list[str]:
    return [line.strip() for line in (DEPLOY / name).read_text().splitlines()]


def test_the_image_runs_as_a_non_root_user_with_a_health_check() -> None:
    lines = _lines("Dockerfile")
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    assert any(line.startswith("HEALTHCHECK") for line in lines)
    assert any("/healthz" in line for line in lines)
    assert any(line.startswith("FROM python:3.11-slim") for line in lines)
    assert 'ENTRYPOINT ["coach"]' in lines and 'CMD ["run", "all"]' in lines
    parser().parse_args(["run", "all"])  # the command the image runs exists


def test_compose_runs_the_bot_with_postgresql_and_health_checks() -> None:
    text = (DEPLOY / "compose.yml").read_text()
    assert "image: postgres:" in text
    assert "pg_isready" in text
    assert "condition: service_healthy" in text
    assert "COACH_DATABASE_URL: postgresql+psycopg://" in text
    assert "dockerfile: deploy/Dockerfile" in text


def test_the_container_listens_on_every_interface_while_the_default_is_loopback() -> None:
    """COACH_HTTP_HOST: 127.0.0.1 unless set; the image and compose file set 0.0.0.0."""
    from bot.settings import Settings

    assert Settings(_env_file=None).http_host == "127.0.0.1"
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert "COACH_HTTP_HOST=0.0.0.0" in dockerfile
    assert "COACH_HTTP_HOST: 0.0.0.0" in (DEPLOY / "compose.yml").read_text()
