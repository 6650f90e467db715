"""The project database (SQLAlchemy): SQLite under TANDEM_DATA_DIR by default, PostgreSQL by URL.

Holds the pilot metrics, leaders' uploads, the Ask page's question log and
feedback, and the course builder's saved plans.
"""
