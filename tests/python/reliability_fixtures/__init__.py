"""Fixtures and helpers of the reliability and security suite
(tests/python/test_{fuzz,reliability,load,secrets}_*.py)."""
