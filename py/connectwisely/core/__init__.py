"""Shared by every tool: text helpers, dates, the field schema, guide links, LinkedIn's limits
and a team's settings. Imports nothing from the tools' packages."""
