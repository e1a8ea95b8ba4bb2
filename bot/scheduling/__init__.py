"""The proactive coach: schedule rows, the tick, the outbox sender and the service that runs them."""
