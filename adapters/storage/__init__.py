"""SQLAlchemy storage: the models, their Alembic migrations, engines, and `SqlStore`."""
