"""Slack adapter (slack-bolt, async): translation in `translate`, Bolt wiring in `app`, pushes in
`sender`."""
