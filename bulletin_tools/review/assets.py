"""The page shell, CSS and JavaScript of the review site (package data in ``static/``).

Kept as files, not Python strings, so they read and lint as what they are.
Every page inlines them: a page must open alone from ``file://``.  The
Content-Security-Policy allows exactly these inline blocks (by hash) and
nothing else: no script, style, font, image or connection from anywhere,
so even a bug in escaping could not run injected code or fetch a byte.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources
from string import Template


@functools.cache
def _read(name: str) -> str:
    return resources.files("bulletin_tools.review").joinpath("static", name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


@functools.cache
def _shell(kind: str) -> tuple[Template, str, str]:
    """(template, CSS, script) for a page kind: ``page`` or ``index``."""
    css = _read("review.css")
    script = _read(f"{kind}.js")
    return Template(_read("shell.html")), css, script


def page(title_html: str, body_html: str, kind: str) -> str:
    """A complete HTML document: ``title_html`` and ``body_html`` must already be escaped."""
    template, css, script = _shell(kind)
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return template.substitute(title=title_html, csp=csp, css=css, script=script, body=body_html, kind=kind)
