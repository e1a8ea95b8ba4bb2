"""Settings from the environment and `.env`, loaded once at start-up."""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org/bot"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"


class MissingSetting(Exception):
    """A required setting is not set; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", env_file=".env", extra="ignore")

    database_url: str | None = None
    # where every HTTP server listens (/healthz, Slack HTTP mode, the Telegram webhook);
    # loopback by default, the container sets 0.0.0.0
    http_host: str = "127.0.0.1"
    log_level: str = "INFO"
    telegram_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_TELEGRAM_API_URL
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_port: int = 8443
    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL
    slack_http_port: int = 3000
    health_port: int = 8080  # GET /healthz; 0 switches the endpoint off

    def require(self, name: str) -> str:
        """The value of a setting that must be set, or MissingSetting naming COACH_<NAME>."""
        value = getattr(self, name)
        if value is None or (isinstance(value, SecretStr) and not value.get_secret_value()):
            raise MissingSetting(f"COACH_{name.upper()} is not set")
        return value.get_secret_value() if isinstance(value, SecretStr) else str(value)


PLATFORMS = {"telegram": {"telegram"}, "slack": {"slack"}, "all": {"telegram", "slack"}}


def check_settings(settings: Settings, platforms: set[str]) -> None:
    """Fail before anything starts, with a one-line error naming the missing variable
    (`MissingSetting`). `coach run` calls it before it imports a platform's SDK."""
    if "telegram" in platforms:
        settings.require("telegram_token")
        if settings.telegram_webhook_url:
            settings.require("telegram_webhook_secret")
    if "slack" in platforms:
        settings.require("slack_bot_token")
        if not settings.slack_app_token:
            settings.require("slack_signing_secret")
