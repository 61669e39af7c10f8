"""The data contract in code: pydantic row models (`schemas.models`) and the SQL schema."""
from importlib.resources import files


def schema_sql() -> str:
    """The DDL that creates every table and view of the store (idempotent)."""
    return files(__name__).joinpath("schema.sql").read_text(encoding="utf-8")
