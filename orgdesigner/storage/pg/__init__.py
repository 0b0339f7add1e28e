"""Team mode on the kommune's PostgreSQL server (psycopg 3); no Qt."""

from .admin import grant, init, init_sql, list_projects, pull, push
from .client import PgBackend, connect

__all__ = ["PgBackend", "connect", "grant", "init", "init_sql", "list_projects", "pull", "push"]
