"""Benchmarks of the client against raw httpx: run them with `make bench`."""
