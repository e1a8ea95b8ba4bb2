"""Platform adapters: translate between a chat platform and core's Inbound / Reply."""
