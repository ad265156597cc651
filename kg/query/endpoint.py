"""What every remote call shares: credentials from the environment, retries with backoff, clear errors.

Credentials are read from environment variables only, never from command-line
arguments (which end up in shell history and process lists):

- ``KG_SPARQL_USER`` and ``KG_SPARQL_PASSWORD``: the account;
- ``KG_SPARQL_AUTH``: ``basic`` (default) or ``digest``;
- ``KG_SPARQL_REALM``: the digest realm for queries (default ``SPARQL``, Virtuoso's).
"""

from __future__ import annotations

import email.utils
import os
import socket
import time
import urllib.error
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

#: HTTP statuses worth trying again: rate limited, or a server-side error that may pass
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
#: the longest pause between two attempts, whatever the server's Retry-After says
MAX_DELAY = 30.0


class EndpointError(Exception):
    """A remote endpoint is down, refuses, or answers with an error; the message names it."""


def checked_url(url: str) -> str:
    """``url`` when it is an ``http://`` or ``https://`` URL with a host; :class:`EndpointError` otherwise."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError as exc:
        raise EndpointError(f"{url!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{url!r} is not an http:// or https:// URL with a host "
                            "(for example http://127.0.0.1:7878/query)")
    return url


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str
    scheme: str = "basic"  # or "digest"
    realm: str = "SPARQL"

    @classmethod
    def from_env(cls) -> Credentials | None:
        """The account in ``KG_SPARQL_USER``/``KG_SPARQL_PASSWORD``, or None when unset."""
        user = os.environ.get("KG_SPARQL_USER")
        if not user:
            return None
        scheme = os.environ.get("KG_SPARQL_AUTH", "basic").strip().lower()
        if scheme not in ("basic", "digest"):
            raise EndpointError(f"KG_SPARQL_AUTH must be 'basic' or 'digest', not {scheme!r}")
        return cls(user, os.environ.get("KG_SPARQL_PASSWORD", ""), scheme,
                   os.environ.get("KG_SPARQL_REALM", "SPARQL"))


@dataclass(eq=False)
class HttpFailure(Exception):
    """An HTTP error answer, whichever client met it."""

    status: int
    body: str = ""
    retry_after: str | None = None


def _delay(attempt: int, backoff: float, retry_after: str | None) -> float:
    """Seconds to wait before attempt ``attempt + 1``: the server's Retry-After if given, else exponential."""
    if retry_after:
        if retry_after.strip().isdigit():
            return min(float(retry_after), MAX_DELAY)
        when = email.utils.parsedate_to_datetime(retry_after)
        if when is not None:
            return max(0.0, min(when.timestamp() - time.time(), MAX_DELAY))
    return min(backoff * (2 ** attempt), MAX_DELAY)


def _explain(url: str, failure: HttpFailure) -> str:
    body = " ".join(failure.body.split())[:300]
    hint = {
        401: " (set KG_SPARQL_USER and KG_SPARQL_PASSWORD, and KG_SPARQL_AUTH=digest if it asks for digest)",
        403: " (the account may lack the right)",
        404: " (no endpoint at this address)",
    }.get(failure.status, "")
    return f"{url} answered HTTP {failure.status}{hint}" + (f": {body}" if body else "")


def call(fn: Callable[[], T], url: str, retries: int = 3, backoff: float = 0.5, timeout: float | None = None) -> T:
    """``fn()``, tried again after 429 and 5xx answers (``retries`` more times, with backoff).

    Any failure ends as an :class:`EndpointError` naming ``url``: refused or
    unreachable, timed out, or the HTTP status with the server's message.
    """
    for attempt in range(retries + 1):
        try:
            return fn()
        except urllib.error.HTTPError as exc:
            failure = HttpFailure(exc.code, _read(exc), exc.headers.get("Retry-After") if exc.headers else None)
        except HttpFailure as exc:
            failure = exc
        except (TimeoutError, socket.timeout):
            raise EndpointError(f"{url} did not answer within {timeout or '?'} s") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise EndpointError(f"{url} did not answer within {timeout or '?'} s") from None
            raise EndpointError(f"cannot reach {url}: {getattr(reason, 'strerror', None) or reason}") from None
        except (ConnectionError, OSError) as exc:
            raise EndpointError(f"cannot reach {url}: {exc.strerror or exc}") from None
        if failure.status not in RETRY_STATUS or attempt == retries:
            raise EndpointError(_explain(url, failure)) from None
        time.sleep(_delay(attempt, backoff, failure.retry_after))
    raise AssertionError("unreachable")


def _read(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read().decode("utf-8", "replace")
    except OSError:
        return ""
