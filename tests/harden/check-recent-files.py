#!/usr/bin/python3
"""No plan or draft is in the desktop's list of recently used files.

  check-recent-files.py [--xbel FILE] [PATH...]
  check-recent-files.py --self-test

Reads FILE (default: $XDG_DATA_HOME/recently-used.xbel, else
~/.local/share/recently-used.xbel) and fails, listing them, when a bookmark
is a .hamtplan file, has Hämtplan's MIME type, or lies under one of the
PATHs (files or folders: the plans and the drafts folder a test used).
Exit 0 also when there is no such file: nothing was recorded.  The GUI
end-to-end test calls this after it has opened and saved plans.
"""

import os
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ET

MIME_TYPE = "application/x-hamtplan+json"


def default_xbel():
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return os.path.join(data_home, "recently-used.xbel")


def offending(xbel, paths):
    if not os.path.exists(xbel):
        return []
    tree = ET.parse(xbel)
    roots = [os.path.realpath(p) for p in paths]
    found = []
    for bookmark in tree.iter("bookmark"):
        href = bookmark.get("href", "")
        parsed = urllib.parse.urlparse(href)
        path = urllib.parse.unquote(parsed.path) if parsed.scheme in ("file", "") else href
        mimes = [el.get("type") for el in bookmark.iter()
                 if el.tag.endswith("mime-type") and el.get("type")]
        real = os.path.realpath(path) if parsed.scheme in ("file", "") else path
        if (path.endswith(".hamtplan") or MIME_TYPE in mimes or
                any(real == r or real.startswith(r.rstrip("/") + "/") for r in roots)):
            found.append(href)
    return found


def write_xbel(path, hrefs):
    items = "".join(
        '<bookmark href="%s" added="2026-11-27T10:00:00Z" modified="2026-11-27T10:00:00Z" '
        'visited="2026-11-27T10:00:00Z"><info><metadata owner="http://freedesktop.org">'
        '<mime:mime-type type="%s"/></metadata></info></bookmark>' % (h, t)
        for h, t in hrefs)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<xbel version="1.0" '
                'xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks" '
                'xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info">%s</xbel>\n'
                % items)


def self_test():
    with tempfile.TemporaryDirectory() as d:
        xbel = os.path.join(d, "recently-used.xbel")
        drafts = os.path.join(d, "hamtplan", "drafts")
        assert offending(xbel, []) == []
        write_xbel(xbel, [("file:///home/u/brev.odt", "application/vnd.oasis.opendocument.text")])
        assert offending(xbel, [drafts]) == []
        write_xbel(xbel, [("file:///home/u/Anna%20A.hamtplan", "application/octet-stream")])
        assert len(offending(xbel, [])) == 1
        write_xbel(xbel, [("file:///home/u/plan.json", MIME_TYPE)])
        assert len(offending(xbel, [])) == 1
        write_xbel(xbel, [("file://" + urllib.parse.quote(drafts) + "/x.1.json", "text/plain")])
        assert len(offending(xbel, [drafts])) == 1
    print("check-recent-files: self-test passed")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    args = argv[1:]
    xbel = default_xbel()
    if args[:1] == ["--xbel"]:
        xbel, args = args[1], args[2:]
    found = offending(xbel, args)
    for href in found:
        print("in %s: %s" % (xbel, href))
    if found:
        print("a plan or draft is in the list of recently used files")
        return 1
    print("no plan or draft in %s" % xbel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
