"""The proactive coach: schedule rows, the tick, the outbox sender, the service running them."""
