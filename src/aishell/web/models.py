"""The bodies the API takes (their JSON schemas are in the OpenAPI document)."""

from typing import Literal

from pydantic import BaseModel, Field

from aishell.web.deps import QUERY_ID


class QueryBody(BaseModel):
    sql: str = Field(min_length=1, max_length=1_000_000, description="One or more SQL statements.")
    connection: str | None = Field(default=None, max_length=500, description="Connection name (default: the first).")
    limit: int | None = Field(default=None, ge=0, le=100_000_000, description="Stop sending after this many rows.")
    confirmed: bool = Field(default=False, description="The user confirmed a write or destructive statement.")
    format: Literal["ndjson", "sse"] = "ndjson"
    query_id: str | None = Field(default=None, pattern=QUERY_ID, description="Id to cancel the query by.")


class ExplainBody(BaseModel):
    sql: str = Field(min_length=1, max_length=1_000_000)
    connection: str | None = Field(default=None, max_length=500)
    analyze: bool = False
    confirmed: bool = False


class AskBody(BaseModel):
    question: str = Field(min_length=1, max_length=10_000)
    connection: str | None = Field(default=None, max_length=500)
    provider: str | None = Field(default=None, max_length=100)
    model: str | None = Field(default=None, max_length=200)


class AskRunBody(BaseModel):
    ask_id: str = Field(pattern=QUERY_ID)
    confirmed: bool = Field(default=False, description="The user saw the SQL and its risk and confirmed it.")
    format: Literal["ndjson", "sse"] = "ndjson"
    query_id: str | None = Field(default=None, pattern=QUERY_ID)


class LoginBody(BaseModel):
    token: str = Field(min_length=1, max_length=200)


class ConnectionBody(BaseModel):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    url: str = Field(min_length=3, max_length=2000)
    read_only: bool = False


class ActivityActionBody(BaseModel):
    connection: str | None = Field(default=None, max_length=500, description="Connection name (default: the first).")
    confirmed: bool = Field(default=False, description="The user confirmed cancelling or ending the session.")
