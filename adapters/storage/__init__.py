"""SQLAlchemy storage: the models, their Alembic migrations, engines, and `SqlStore`.

engine = make_engine(url); upgrade(url)
store = SqlStore(make_session_factory(engine), on_person_changed=...)
"""

from adapters.storage.engine import default_database_url, make_engine, make_session_factory
from adapters.storage.migrate import upgrade
from adapters.storage.store import PersonChanged, SqlStore, SqlTx

__all__ = [
    "PersonChanged",
    "SqlStore",
    "SqlTx",
    "default_database_url",
    "make_engine",
    "make_session_factory",
    "upgrade",
]
