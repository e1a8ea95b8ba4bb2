"""Platform adapters: platform updates become `Inbound`, `Reply` values become platform messages."""
