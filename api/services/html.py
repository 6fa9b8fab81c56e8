"""Article HTML: ordinary formatting only (nh3), and images only from where the office says.

A remote image is fetched by every reader's browser, the admin app's included: it tells its
host who read what, and when. So an image's `src` must be a same-origin path (`/media/a.jpg`)
or an address on a host in `SIMPUL_IMAGE_HOSTS`; any other `src` is dropped, and a cover image
elsewhere is refused (fields.py). The admin app's Content-Security-Policy names the same hosts.
A protocol-relative address (`//host/path`) is made https.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import nh3

# Attributes nh3 keeps that hold an address, other than an image's source.
_LINK_ATTRIBUTES = frozenset({"href", "cite"})
_URL_IGNORED = str.maketrans("", "", "\t\n\r")
_image_hosts: frozenset[str] = frozenset()


def configure(*, image_hosts: Iterable[str]) -> None:
    """Set the hosts images may come from (the app factory does, from Settings)."""
    global _image_hosts
    _image_hosts = frozenset(host.lower() for host in image_hosts)


def image_hosts() -> frozenset[str]:
    return _image_hosts


def sanitise(html: str) -> str:
    """`html` without scripts, handlers, frames or other active content, and without images
    from hosts not allowed."""
    return nh3.clean(html, attribute_filter=_filter)


def _filter(tag: str, attribute: str, value: str) -> str | None:
    # Browsers drop tabs and line breaks inside an address: "/\t/host" is "//host".
    address = value.translate(_URL_IGNORED).strip()
    if tag == "img" and attribute == "src":
        return image_source(address)
    if attribute in _LINK_ATTRIBUTES and address.startswith("//"):
        return f"https:{address}"
    return value


def image_source(address: str) -> str | None:
    """The address an image may be loaded from (a protocol-relative one made https), or None
    when it is neither a same-origin path nor on an allowed host."""
    if address.startswith("/") and not address.startswith("//") and "\\" not in address:
        return address
    if address.startswith("//"):
        address = f"https:{address}"
    try:
        parts = urlsplit(address)
        host = parts.netloc.rsplit("@", 1)[-1].lower()
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and "@" not in parts.netloc and host in _image_hosts:
        return address
    return None
