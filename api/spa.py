"""Static files for the admin SPA, with deep links falling back to index.html."""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

# What the build emits; any other path (even one with a dot, like /admin/regions/64.72) is a
# client-side route.
ASSET_SUFFIXES = frozenset(
    {
        ".js",
        ".mjs",
        ".css",
        ".map",
        ".json",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".ico",
        ".webp",
        ".woff",
        ".woff2",
        ".ttf",
        ".txt",
        ".webmanifest",
        ".html",
    }
)


def is_asset(path: str) -> bool:
    return path.startswith("assets/") or Path(path).suffix.lower() in ASSET_SUFFIXES


class SPAFiles(StaticFiles):
    def __init__(self, directory: Path) -> None:
        super().__init__(directory=directory, html=True, check_dir=False)
        self.root = directory

    async def get_response(self, path: str, scope: Scope) -> Response:
        if not self.root.is_dir():
            return PlainTextResponse("The admin app is not built.", status_code=404)
        try:
            return await super().get_response(path, scope)
        except HTTPException as exc:
            # A client-side route is the SPA's to resolve.
            if exc.status_code == 404 and not is_asset(path):
                return await super().get_response("index.html", scope)
            raise
