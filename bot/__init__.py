"""Wiring: settings, the command line, the scheduler and sender, logging, start-up."""
