"""The demo data set: the seed article's graph and, on request, a synthetic graph at scale.

`run_demo` is idempotent. Seed rows have fixed ids and are inserted only where missing; a
synthetic set is written in one transaction and recognised by its first stakeholder's id, so
loading the same scale and seed again changes nothing.
"""

from __future__ import annotations

from time import perf_counter

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from api.demo.accounts import create_demo_accounts, refuse_in_production
from api.demo.graph import MODEL_ORDER, Graph, insert_rows, missing_rows
from api.demo.report import Report
from api.demo.seed import seed_graph
from api.demo.synthetic import generate, marker_id
from api.models import Stakeholder
from api.orm import with_orm
from api.services.audit import bump_data_version
from api.settings import Settings

__all__ = ["run_demo"]


async def run_demo(
    settings: Settings,
    *,
    scale: int = 0,
    seed: int = 1,
    quiet: bool = False,
    accounts: bool = False,
) -> None:
    """Load the seed graph, then (scale > 0) the synthetic graph of about `scale` stakeholders,
    and (accounts) the demo staff accounts."""
    if scale < 0:
        raise ValueError("scale must not be negative")
    if accounts:
        refuse_in_production(settings)
    report = Report(quiet=quiet)

    async def work() -> None:
        started = perf_counter()
        await _load_seed(report)
        if scale:
            await _load_synthetic(report, scale, seed)
            await _analyze()
        if accounts:
            created = await create_demo_accounts(settings)
            report.line(f"Demo accounts: {len(created)} created ({', '.join(created) or 'none'}).")
        report.summary(perf_counter() - started)

    await with_orm(settings, work)


async def _load_seed(report: Report) -> None:
    graph = seed_graph()
    async with in_transaction() as conn:
        new = await missing_rows(graph, conn)
        await _insert(report, "seed graph", [new], conn)
        if new.total():
            await bump_data_version(conn)  # no audit entry, but a new version of the graph
    present = graph.total() - new.total()
    report.line(f"Seed graph: {new.total()} new rows, {present} already present.")


async def _load_synthetic(report: Report, scale: int, seed: int) -> None:
    if await Stakeholder.filter(id=marker_id(scale, seed)).exists():
        report.line(f"Synthetic graph scale={scale} seed={seed} is already loaded: skipped.")
        return
    with report.status(f"Generating the synthetic graph (scale={scale}, seed={seed})"):
        started = perf_counter()
        synthetic = generate(scale, seed)
    report.line(f"Generated {synthetic.own.total():,} rows in {perf_counter() - started:.1f} s.")
    # One transaction: a set is either wholly present or absent, so its marker row tells.
    async with in_transaction() as conn:
        shared = await missing_rows(synthetic.shared, conn)
        await _insert(report, f"synthetic {scale}/{seed}", [shared, synthetic.own], conn)
        await bump_data_version(conn)


async def _analyze() -> None:
    # A bulk load leaves the planner without statistics (PostgreSQL's autovacuum may be off,
    # SQLite never gathers them itself); without them both plan the partner queries as scans.
    await connections.get("default").execute_script("ANALYZE")


async def _insert(report: Report, label: str, graphs: list[Graph], conn: BaseDBAsyncClient) -> None:
    with report.progress(label, sum(g.total() for g in graphs)) as advance:
        for model in MODEL_ORDER:
            for graph in graphs:
                await insert_rows(model, graph.of(model), conn, advance)
