"""Shared helpers for the jpsearch sample corpus generator.

Everything in this folder (templates, article text, comments, sidebars) was
written for this corpus. Site names, staff and commenters are invented.
"""
import datetime as _dt
import html as _html
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(iso):
    """'2017-06-29' -> date"""
    return _dt.date.fromisoformat(iso[:10])


def long(iso):
    """29 June 2017 / 7 July 2021 (no leading zero)"""
    x = d(iso)
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def long2(iso):
    """01 March 2021 (two-digit day)"""
    x = d(iso)
    return f"{x.day:02d} {MONTHS[x.month - 1]} {x.year}"


def short(iso):
    """29 Jun 2017"""
    x = d(iso)
    return f"{x.day} {MONTHS[x.month - 1][:3]} {x.year}"


def weekday(iso):
    """Wednesday, 28 February 2018"""
    x = d(iso)
    return f"{DAYS[x.weekday()]}, {x.day} {MONTHS[x.month - 1]} {x.year}"


def ordinal(iso):
    """June 29th, 2017"""
    x = d(iso)
    n = x.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{MONTHS[x.month - 1]} {n}{suf}, {x.year}"


def slash(iso):
    """29/06/2017"""
    x = d(iso)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def bst(iso):
    """UTC offset string for a UK local date (rough BST rule: last Sunday
    of March to last Sunday of October)."""
    x = d(iso)

    def last_sunday(year, month):
        day = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
        while day.weekday() != 6:
            day -= _dt.timedelta(days=1)
        return day
    return "+01:00" if last_sunday(x.year, 3) <= x < last_sunday(x.year, 10) else "+00:00"


def isotime(iso, hhmm="09:00"):
    """'2017-06-29', '14:05' -> '2017-06-29T14:05:00+01:00'"""
    return f"{iso[:10]}T{hhmm}:00{bst(iso)}"


def esc(s):
    return _html.escape(s, quote=True)


def texturize(s):
    """WordPress-style: curly quotes and dashes as numeric entities."""
    return (s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
             .replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
             .replace("\u2013", "&#8211;").replace("\u2014", "&#8212;")
             .replace("\u2026", "&#8230;"))


def strip_tags(s):
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = _html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def plain(s):
    """Collapse tags out of a short string (for meta descriptions etc.)."""
    return strip_tags(s)


def first_sentence(body, limit=155):
    t = strip_tags(body)
    return (t[:limit].rsplit(" ", 1)[0] + "\u2026") if len(t) > limit else t
