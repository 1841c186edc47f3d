"""Fetch a document from the web (`audiojiedu build URL`, and the studio's "from the site").

httpx, with explicit timeouts, a bounded number of redirects and a size limit enforced while
the body streams in (a server that lies about Content-Length, or sends none, is still cut
off). Only http and https. The content's type is decided later from its bytes, as for files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from .errors import InputError

MAX_FETCH_BYTES = 20_000_000
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_REDIRECTS = 5
USER_AGENT = "audiojiedu/0.1 (document fetcher; python-httpx)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    name: str  # the last part of the URL's path, for display and the release's slug


def is_url(text: str) -> bool:
    return re.match(r"(?i)https?://", text) is not None


def fetch_document(url: str, *, max_bytes: int = MAX_FETCH_BYTES, timeout: float = READ_TIMEOUT) -> Fetched:
    """The body at `url`; InputError (one line, naming the URL) for anything but a 2xx body."""
    import httpx

    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: 只能获取 http 或 https 网址")
    chunks: list[bytes] = []
    size = 0
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT, timeout)),
                headers={"User-Agent": USER_AGENT},
                trust_env=False,
            ) as client,
            client.stream("GET", url.strip()) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: 网站返回错误 {response.status_code}，无法获取")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: 文件太大（{int(declared) / 1e6:.1f} MB，上限 {max_bytes / 1e6:.0f} MB）")
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: 文件太大（超过 {max_bytes / 1e6:.0f} MB 上限）")
                chunks.append(chunk)
            final = str(response.url)
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: 重定向次数过多（超过 {MAX_REDIRECTS} 次）") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: 连接或读取超时（{timeout:g} 秒），请稍后再试") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: 无法获取（{type(exc).__name__}: {exc}）") from None
    content = b"".join(chunks)
    if not content:
        raise InputError(f"{url}: 网站返回的内容是空的")
    return Fetched(url=final, content=content, name=_name(final))


def _name(url: str) -> str:
    path = unquote(urlsplit(url).path)
    name = PurePosixPath(path).name if path and not path.endswith("/") else ""
    return name or (urlsplit(url).hostname or "page")
