#!/usr/bin/python3
"""Checks of Hämtplan's desktop integration that a user relies on.

check-integration.py mime MIME_XML DESKTOP_FILE HAMTPLAN_BINARY
    The MIME type installs into a fresh shared-mime-info database without
    complaint, *.hamtplan resolves to application/x-hamtplan+json, a
    sub-class of application/json, and the .desktop file makes Hämtplan the
    application that opens it (what a double-click in Files asks GIO).
check-integration.py desktop-translated DESKTOP_FILE
    The merged .desktop file carries the Swedish name, comment and keywords.
check-integration.py metainfo METAINFO VERSION
    The merged metainfo has release notes for VERSION, is the newest
    release, and carries the Swedish summary and description.
check-integration.py icon SVG
check-integration.py symbolic-icon SVG
    The icon renders with librsvg (as GTK renders it) at the sizes a desktop
    uses; the symbolic icon is one colour so that GTK can recolour it.

Runs with /usr/bin/python3 for PyGObject.  Exit status 0 is a pass.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIME_TYPE = "application/x-hamtplan+json"
APP_ID = "se.hamtplan.Hamtplan"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


def check_mime(mime_xml, desktop_file, binary):
    # GIO offers a launcher only when its program is on PATH.
    bindir = os.path.dirname(os.path.abspath(binary))
    with tempfile.TemporaryDirectory(prefix="hamtplan-mime-") as tmp:
        share = os.path.join(tmp, "share")
        packages = os.path.join(share, "mime", "packages")
        applications = os.path.join(share, "applications")
        os.makedirs(packages)
        os.makedirs(applications)
        os.makedirs(os.path.join(tmp, "home"))
        os.makedirs(os.path.join(tmp, "config"))
        shutil.copy(mime_xml, packages)
        shutil.copy(desktop_file, applications)

        result = subprocess.run(["update-mime-database", os.path.join(share, "mime")],
                                capture_output=True, text=True)
        # It always notes that a temporary folder is not in XDG_DATA_DIRS;
        # anything else on stderr is a complaint about the XML.
        complaints = [line for line in result.stderr.splitlines()
                      if line.strip() and "search path" not in line
                      and "XDG_DATA_HOME" not in line and "environment variables" not in line
                      and "be able to find it" not in line and "currently searched" not in line
                      and not line.startswith("- ")]
        check(result.returncode == 0 and not complaints,
              "update-mime-database accepts the MIME type: %s" % (complaints or "no complaints"))

        with open(os.path.join(share, "mime", "globs2"), encoding="utf-8") as f:
            globs = f.read()
        check(":%s:*.hamtplan\n" % MIME_TYPE in globs, "*.hamtplan is in globs2")
        with open(os.path.join(share, "mime", "subclasses"), encoding="utf-8") as f:
            check("%s application/json\n" % MIME_TYPE in f.read(),
                  "the type is a sub-class of application/json")

        result = subprocess.run(["update-desktop-database", applications],
                                capture_output=True, text=True)
        check(result.returncode == 0, "update-desktop-database accepts the .desktop file")

        # A fresh process sees only this database and the system's.
        env = {
            "PATH": bindir + os.pathsep + "/usr/bin:/bin",
            "HOME": os.path.join(tmp, "home"),
            "XDG_DATA_HOME": os.path.join(tmp, "home"),
            "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
            "XDG_CONFIG_DIRS": os.path.join(tmp, "config"),
            "XDG_DATA_DIRS": share + os.pathsep + "/usr/share",
            "LC_ALL": "C.UTF-8",
        }
        probe = (
            "from gi.repository import Gio\n"
            "t, uncertain = Gio.content_type_guess('Ärende 2026-11.hamtplan', None)\n"
            "print(t)\n"
            "print(Gio.content_type_is_a(t, 'application/json'))\n"
            "app = Gio.AppInfo.get_default_for_type(t, False)\n"
            "print(app.get_id() if app else '')\n"
            "print(app.get_executable() if app else '')\n"
            "print(app.supports_files() if app else False)\n"
        )
        result = subprocess.run([sys.executable, "-c", probe], env=env,
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail("GIO probe failed: " + result.stderr)
        content_type, is_json, app_id, executable, files = result.stdout.splitlines()
        check(content_type == MIME_TYPE, "GIO guesses %s for a .hamtplan file (got %s)"
              % (MIME_TYPE, content_type))
        check(is_json == "True", "GIO knows the type as JSON")
        check(app_id == APP_ID + ".desktop", "Hämtplan opens .hamtplan files (got %r)" % app_id)
        check(executable == "hamtplan", "the launcher runs hamtplan")
        check(files == "True", "the launcher takes the file to open (%F)")


def desktop_entry(path):
    entry = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key] = value
    return entry


def check_desktop_translated(path):
    entry = desktop_entry(path)
    for key in ("GenericName", "Comment", "Keywords"):
        sv = entry.get(key + "[sv]")
        check(sv is not None and sv != entry[key],
              "%s has a Swedish translation: %r" % (key, sv))
    check(entry["Keywords[sv]"].endswith(";"), "the Swedish keywords end with a semicolon")
    check("våld" in entry["Keywords[sv]"], "the Swedish keywords have “våld”")
    check(entry.get("MimeType") == MIME_TYPE + ";", "the launcher claims %s" % MIME_TYPE)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check_metainfo(path, version):
    root = ET.parse(path).getroot()
    check(root.findtext("id") == APP_ID, "the component id is " + APP_ID)
    releases = root.findall("releases/release")
    check(len(releases) > 0 and releases[0].get("version") == version,
          "the newest release is the project's version %s" % version)
    notes = releases[0].find("description")
    check(notes is not None and len(notes.findall("p") + notes.findall("ul/li")) > 0,
          "release %s has release notes" % version)
    check(any(s.get(XML_LANG) == "sv" for s in root.findall("summary")),
          "the summary is in Swedish too")
    check(any(p.get(XML_LANG) == "sv" for p in root.findall("description/p")),
          "the description is in Swedish too")
    check(root.find("content_rating") is not None, "there is a content rating")
    provides = [m.text for m in root.findall("provides/mediatype")]
    check(MIME_TYPE in provides, "the metainfo says it opens " + MIME_TYPE)


def render(svg, size):
    import gi
    gi.require_version("GdkPixbuf", "2.0")
    from gi.repository import GdkPixbuf
    pixbuf = GdkPixbuf.Pixbuf.new_from_file_at_size(svg, size, size)
    check(pixbuf.get_width() == size and pixbuf.get_height() == size,
          "%s renders at %d×%d" % (os.path.basename(svg), size, size))
    check(pixbuf.get_has_alpha() and pixbuf.get_n_channels() == 4, "with transparency")
    data = pixbuf.get_pixels()
    stride = pixbuf.get_rowstride()
    pixels = []
    for y in range(size):
        row = data[y * stride:y * stride + size * 4]
        pixels.extend(tuple(row[i:i + 4]) for i in range(0, size * 4, 4))
    return pixels


def check_icon(svg):
    root = ET.parse(svg).getroot()
    check(root.get("viewBox") == "0 0 128 128", "the icon is drawn on a 128×128 canvas")
    for size in (16, 32, 64, 128, 256):
        pixels = render(svg, size)
        opaque = sum(1 for p in pixels if p[3] > 200)
        check(opaque > 0.35 * size * size, "at %d px the icon covers %.0f %% of its square"
              % (size, 100.0 * opaque / (size * size)))
        colours = {p[:3] for p in pixels if p[3] > 200}
        check(len(colours) > 4, "at %d px the icon has colour, %d shades" % (size, len(colours)))


def check_symbolic_icon(svg):
    root = ET.parse(svg).getroot()
    check(root.get("viewBox") == "0 0 16 16", "the symbolic icon is drawn on a 16×16 canvas")
    for size in (16, 32, 64):
        pixels = render(svg, size)
        visible = [p for p in pixels if p[3] > 0]
        check(len(visible) > 0.3 * size * size, "at %d px the symbolic icon is visible" % size)
        # One colour, give or take the rounding of edge pixels.
        opaque = [p[:3] for p in pixels if p[3] == 255]
        main_colour = max(set(opaque), key=opaque.count)
        spread = max(abs(a - b) for p in pixels if p[3] > 64 for a, b in zip(p[:3], main_colour))
        check(spread <= 8, "at %d px the symbolic icon is one colour, %s ± %d"
              % (size, "#%02x%02x%02x" % main_colour, spread))


def main(argv):
    if len(argv) < 3:
        fail(__doc__)
    command = argv[1]
    if command == "mime" and len(argv) == 5:
        check_mime(argv[2], argv[3], argv[4])
    elif command == "desktop-translated" and len(argv) == 3:
        check_desktop_translated(argv[2])
    elif command == "metainfo" and len(argv) == 4:
        check_metainfo(argv[2], argv[3])
    elif command == "icon" and len(argv) == 3:
        check_icon(argv[2])
    elif command == "symbolic-icon" and len(argv) == 3:
        check_symbolic_icon(argv[2])
    else:
        fail("unknown command: " + " ".join(argv[1:]))


if __name__ == "__main__":
    main(sys.argv)
