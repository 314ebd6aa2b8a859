"""The connection-request checker: ``check.check_request`` and the signals behind its verdict."""
