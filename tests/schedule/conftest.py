"""The tests here run against the session's real Prefect server (`prefect_server` and `api` in tests/conftest.py,
started by tests/prefect_server.py): no prefect_test_harness, flows and deployments run against that server."""
