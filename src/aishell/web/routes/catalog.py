"""The catalog: schemas, tables and views with their columns, keys and indexes."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from aishell.engines.base import Catalog, TableInfo
from aishell.errors import QueryError
from aishell.web.deps import User, Web
from aishell.web.http import Problem
from aishell.web.state import WebServer

router = APIRouter(tags=["catalog"])

Connection = Annotated[str | None, Query(max_length=500)]


def _catalog(web: WebServer, connection: str | None, refresh: bool) -> Catalog:
    return web.service.catalog_session(web.service.target(connection)).catalog(refresh=refresh)


@router.get("/api/catalog/schemas", summary="Schemas")
def schemas(who: User, web: Web, connection: Connection = None, refresh: bool = False) -> dict[str, Any]:
    cat = _catalog(web, connection, refresh)
    return {"default_schema": cat.default_schema, "schemas": list(cat.schemas)}


@router.get("/api/catalog/tables", summary="Tables and views, with columns, keys and indexes")
def tables(who: User, web: Web, connection: Connection = None,
           schema: Annotated[str | None, Query(max_length=500)] = None,
           refresh: bool = False) -> dict[str, Any]:  # fmt: skip
    cat = _catalog(web, connection, refresh)
    items = [table_json(t) for t in cat.tables if schema is None or t.schema == schema]
    return {"default_schema": cat.default_schema, "schemas": list(cat.schemas), "tables": items}


@router.get("/api/catalog/tables/{name}", summary="One table: columns, keys, indexes")
def table(name: str, who: User, web: Web, connection: Connection = None) -> dict[str, Any]:
    from aishell.services.catalog import find_table

    try:
        info = find_table(_catalog(web, connection, False), name)
    except QueryError as exc:
        raise Problem(404, "Unknown table", exc.one_line()) from None
    return table_json(info)


def table_json(t: TableInfo) -> dict[str, Any]:
    return {
        "schema": t.schema, "name": t.name, "kind": t.kind, "qualified_name": t.qualified_name,
        "columns": [{"name": c.name, "type": c.data_type, "nullable": c.nullable, "default": c.default}
                    for c in t.columns],
        "primary_key": list(t.primary_key),
        "foreign_keys": [{"name": fk.name, "columns": list(fk.columns), "ref_schema": fk.ref_schema,
                          "ref_table": fk.ref_table, "ref_columns": list(fk.ref_columns)} for fk in t.foreign_keys],
        "indexes": [{"name": i.name, "columns": list(i.columns), "unique": i.unique, "primary": i.primary}
                    for i in t.indexes],
        "row_estimate": t.row_estimate,
    }  # fmt: skip
