"""What `simpul demo` prints: a progress bar while loading, then rows per table and rows/s."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.demo.graph import Advance


class Report:
    """Console output of a demo load; `quiet` turns every method into a no-op except counting."""

    def __init__(self, *, quiet: bool) -> None:
        self.console = None if quiet else Console()
        self.inserted: Counter[str] = Counter()

    def count(self, table: str, rows: int) -> None:
        self.inserted[table] += rows

    def line(self, text: str) -> None:
        if self.console:
            self.console.print(text)

    @contextmanager
    def status(self, text: str) -> Iterator[None]:
        if self.console is None:
            yield
            return
        with self.console.status(text):
            yield

    @contextmanager
    def progress(self, label: str, total: int) -> Iterator[Advance]:
        if self.console is None or total == 0:
            yield self.count
            return
        columns = (
            TextColumn("{task.description:<40}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.console) as progress:
            task = progress.add_task(label, total=total)

            def advance(table: str, rows: int) -> None:
                self.count(table, rows)
                progress.update(task, advance=rows, description=f"{label}: {table}")

            yield advance

    def summary(self, seconds: float) -> None:
        if self.console is None:
            return
        total = sum(self.inserted.values())
        if total == 0:
            self.console.print("Nothing new to load: the demo data is already present.")
            return
        table = Table("table", "new rows", title="Loaded")
        for name, rows in self.inserted.items():
            table.add_row(name, f"{rows:,}")
        table.add_row("total", f"{total:,}", style="bold")
        self.console.print(table)
        rate = total / seconds if seconds > 0 else 0.0
        self.console.print(f"{total:,} rows in {seconds:.1f} s ({rate:,.0f} rows/s)")
