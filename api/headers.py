"""Security headers on every HTTP response, unless the route set the header itself.

- `Content-Security-Policy`: the admin app (/admin) may load scripts, styles, fonts and workers
  from this origin only and talk to this origin only; images may also come from the hosts of
  `SIMPUL_IMAGE_HOSTS` (as articles' images, api/services/html.py) or be `data:` URIs (the
  favicon). Styles also
  allow inline `<style>` elements: TipTap injects its editor's base stylesheet as one. The
  rest (the API's JSON, the exports) may load nothing. GraphiQL sets its own (`graphiql_policy`).
- No page may be framed (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), types are not
  sniffed, and other sites learn at most our origin from the `Referer`.
- `Strict-Transport-Security` on HTTPS requests only: the scheme is uvicorn's, which follows
  `X-Forwarded-Proto` only from the trusted proxies (`forwarded_allow_ips`), never a client's claim.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def admin_policy(image_hosts: Iterable[str] = ()) -> str:
    """The admin app's policy; images only from this origin, `data:` and the allowed hosts."""
    images = " ".join(["'self'", "data:", *sorted(image_hosts)])
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; font-src 'self'; connect-src 'self'; worker-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
HSTS = "max-age=31536000; includeSubDomains"
COMMON = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", re.DOTALL)


def graphiql_policy(html: str) -> str:
    """The GraphiQL page's policy: its inline scripts by hash, and the CDN that strawberry's
    template loads React and GraphiQL from (pinned by subresource integrity). GraphiQL adds
    `<style>` elements and carries its fonts as `data:` URIs."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'self'; script-src {hashes} https://unpkg.com; "
        "style-src 'self' 'unsafe-inline' https://unpkg.com; font-src 'self' data:; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, image_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.admin_policy = admin_policy(image_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        admin = path == "/admin" or path.startswith("/admin/")
        wanted = {
            "content-security-policy": self.admin_policy if admin else API_POLICY,
            **COMMON,
            **({"strict-transport-security": HSTS} if scope["scheme"] == "https" else {}),
        }

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                headers = MutableHeaders(scope=message)
                for name, value in wanted.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
