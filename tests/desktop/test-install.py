#!/usr/bin/python3
"""Install test (issue 5 point 4): `meson install` into a prefix gives a
program that runs from there with its translations, icon, schema and
catalogue.

    test-install.py MESON SOURCE_ROOT WORK_DIR VERSION

WORK_DIR holds a second build of the source tree, configured with
--prefix=WORK_DIR/prefix, so that the paths compiled into the program
(LOCALEDIR) are the prefix's own, as in a real installation; DESTDIR would
leave them pointing at the build's prefix and prove nothing about finding
translations.  The build is kept between runs (ninja rebuilds only what
changed); the prefix is emptied before each install.  Only the targets that
are installed are built.

Then the installed program runs with an environment that knows nothing of
the build tree: no HAMTPLAN_LOCALEDIR, no GSETTINGS_SCHEMA_DIR, PATH and
XDG_DATA_DIRS pointing at the prefix.
"""

import gettext
import json
import os
import shutil
import subprocess
import sys
import tempfile

APP_ID = "se.hamtplan.Hamtplan"
MIME_TYPE = "application/x-hamtplan+json"

# The smallest plan the loader accepts, with one thing to fetch.
PLAN = {
    "format": "hamtplan",
    "version": "1.0",
    "case": {"reference": "TEST-1", "needed_by": "2026-12-10"},
    "risk": {"assessments": []},
    "support": {"way": "accompany"},
    "contacts": [],
    "items": [{"name": "Pass", "category": "identity", "priority": "must"}],
    "measures": [],
    "visits": [],
    "consents": [],
    "follow_up": {},
}

failures = 0


def check(condition, message, detail=""):
    global failures
    if condition:
        print("ok: " + message)
    else:
        failures += 1
        print("FAIL: " + message)
        if detail:
            print("  " + detail.replace("\n", "\n  "))


def run(argv, **kwargs):
    print("$ " + " ".join(argv), flush=True)
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def must(result, what):
    if result.returncode != 0:
        print("FAIL: " + what)
        print(result.stdout)
        print(result.stderr)
        sys.exit(1)


def build_and_install(meson, source_root, work_dir):
    build = os.path.join(work_dir, "build")
    prefix = os.path.join(work_dir, "prefix")

    if not os.path.exists(os.path.join(build, "build.ninja")):
        shutil.rmtree(build, ignore_errors=True)
        must(run([meson, "setup", build, source_root, "--prefix=" + prefix,
                  "--buildtype=plain", "-Db_sanitize=none"]), "meson setup of the install build")

    # Build what is installed, not the test programs.  First bring the
    # build's own files up to date, so that the list of targets is the
    # source tree's of now and not of the last run.
    must(run(["ninja", "-C", build, "build.ninja"]), "regenerating the install build")
    result = run([meson, "introspect", "--targets", build])
    must(result, "meson introspect")
    outputs = []
    for target in json.loads(result.stdout):
        if target.get("installed"):
            outputs += [os.path.relpath(f, build) for f in target["filename"]]
    must(run(["ninja", "-C", build] + outputs), "building the installed targets")

    shutil.rmtree(prefix, ignore_errors=True)
    # No DESTDIR: the post-install steps (schemas, icon cache, desktop and
    # MIME databases) run on the prefix, as they do on a real system.
    env = dict(os.environ)
    env.pop("DESTDIR", None)
    must(run([meson, "install", "-C", build, "--no-rebuild", "--quiet"], env=env), "meson install")
    return prefix


def clean_env(prefix, home, **extra):
    env = {
        "PATH": os.path.join(prefix, "bin") + os.pathsep + "/usr/bin:/bin",
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CONFIG_DIRS": os.path.join(home, "etc-xdg"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "XDG_DATA_DIRS": os.path.join(prefix, "share") + os.pathsep + "/usr/share",
        "GSETTINGS_BACKEND": "memory",
        "LC_ALL": "C.UTF-8",
    }
    env.update(extra)
    return env


def check_files(prefix):
    share = os.path.join(prefix, "share")
    for path in ("bin/hamtplan",
                 "share/locale/sv/LC_MESSAGES/hamtplan.mo",
                 "share/glib-2.0/schemas/%s.gschema.xml" % APP_ID,
                 "share/glib-2.0/schemas/gschemas.compiled",
                 "share/applications/%s.desktop" % APP_ID,
                 "share/applications/mimeinfo.cache",
                 "share/metainfo/%s.metainfo.xml" % APP_ID,
                 "share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
                 "share/icons/hicolor/symbolic/apps/%s-symbolic.svg" % APP_ID,
                 "share/mime/packages/%s.mime.xml" % APP_ID,
                 "share/hamtplan/exempel-katalog-sjostad.json"):
        check(os.path.isfile(os.path.join(prefix, path)), "installed: " + path)

    modules = [os.path.join(d, f) for d, _, files in os.walk(prefix) for f in files
               if f == "hamtplan-gui.so"]
    check(len(modules) == 1 and os.path.basename(os.path.dirname(modules[0])) == "hamtplan"
          and os.path.relpath(modules[0], prefix).startswith("lib"),
          "installed: the window's module in LIBDIR/hamtplan", repr(modules))

    with open(os.path.join(share, "mime", "globs2"), encoding="utf-8") as f:
        check(":%s:*.hamtplan\n" % MIME_TYPE in f.read(),
              "post-install updated the MIME database with *.hamtplan")
    with open(os.path.join(share, "applications", "mimeinfo.cache"), encoding="utf-8") as f:
        check("%s=%s.desktop;" % (MIME_TYPE, APP_ID) in f.read(),
              "post-install updated the desktop database with the plan type")


def shows_whole(text, msgid):
    """Whether @text shows @msgid as a whole line or the whole end of one
    (an option's description), not as part of a longer sentence."""
    start = text.find(msgid)
    while start >= 0:
        end = start + len(msgid)
        before = text[start - 2:start] if start >= 2 else "\n"
        if (end == len(text) or text[end] == "\n") and (before[-1] == "\n" or before == "  "):
            return True
        start = text.find(msgid, start + 1)
    return False


def check_help_in_swedish(prefix, home):
    hamtplan = os.path.join(prefix, "bin", "hamtplan")
    mo_dir = os.path.join(prefix, "share", "locale")
    catalog = gettext.translation("hamtplan", localedir=mo_dir, languages=["sv"])._catalog

    english = run([hamtplan, "--help"], env=clean_env(prefix, home))
    swedish = run([hamtplan, "--help"], env=clean_env(prefix, home, LANGUAGE="sv"))
    check(english.returncode == 0 and swedish.returncode == 0, "hamtplan --help runs",
          english.stderr + swedish.stderr)

    # Every translated text of ours that the English help shows must appear
    # in Swedish, and not in English, when the program finds its catalogue.
    shown = [(msgid, msgstr) for msgid, msgstr in catalog.items()
             if isinstance(msgid, str) and len(msgid) > 8 and msgstr != msgid
             and shows_whole(english.stdout, msgid)]
    check(len(shown) >= 2, "the English help shows texts that are translated (%d)" % len(shown),
          english.stdout)
    for msgid, msgstr in shown:
        check(msgstr in swedish.stdout and msgid not in swedish.stdout,
              "in Swedish: %r" % msgstr[:60], swedish.stdout)


def check_check(prefix, home):
    hamtplan = os.path.join(prefix, "bin", "hamtplan")
    mo_dir = os.path.join(prefix, "share", "locale")
    sv = gettext.translation("hamtplan", localedir=mo_dir, languages=["sv"])
    env = clean_env(prefix, home, LANGUAGE="sv")

    version = run([hamtplan, "--version"], env=env)
    check(version.returncode == 0 and version.stdout.strip().endswith(sys.argv[4]),
          "hamtplan --version says %s" % sys.argv[4], version.stdout + version.stderr)

    plan = os.path.join(home, "Ärende TEST-1.hamtplan")
    with open(plan, "w", encoding="utf-8") as f:
        json.dump(PLAN, f, ensure_ascii=False, indent=2)
    result = run([hamtplan, "--check", plan], env=env, cwd=home)
    check(result.returncode in (0, 1) and result.stdout.strip() != "",
          "hamtplan --check on a plan prints findings (exit %d)" % result.returncode,
          result.stdout + result.stderr)
    check(result.stderr == "", "and nothing on stderr", result.stderr)
    english = run([hamtplan, "--check", plan], env=clean_env(prefix, home), cwd=home)
    found = [(msgid, msgstr) for msgid, msgstr in sv._catalog.items()
             if isinstance(msgid, str) and len(msgid) > 20 and msgstr != msgid
             and "%" not in msgid and msgid in english.stdout]
    check(len(found) > 0 and all(msgstr in result.stdout for msgid, msgstr in found),
          "the findings are in Swedish (%d texts)" % len(found), result.stdout)

    broken = os.path.join(home, "trasig.hamtplan")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("{\"format\": \"hamtplan\",")
    result = run([hamtplan, "--check", broken], env=env, cwd=home)
    swedish_reason = sv.gettext("the file is not valid JSON (line %u, column %u)").split(" (")[0]
    check(result.returncode == 2 and "trasig.hamtplan" in result.stderr
          and swedish_reason in result.stderr and swedish_reason != "the file is not valid JSON",
          "a broken plan: exit 2 and one Swedish line naming the file",
          "exit %d: %s" % (result.returncode, result.stderr))


def check_schema_icon_catalogue(prefix, home):
    env = clean_env(prefix, home)
    result = run(["gsettings", "get", APP_ID, "window-width"], env=env)
    check(result.returncode == 0 and result.stdout.strip() == "1180",
          "GSettings finds the installed schema through XDG_DATA_DIRS",
          result.stdout + result.stderr)

    result = run(["gresource", "list", os.path.join(prefix, "bin", "hamtplan")], env=env)
    check(result.returncode == 0 and
          "/se/hamtplan/Hamtplan/catalogue.json" in result.stdout.split(),
          "the installed program carries the built-in catalogue", result.stdout + result.stderr)

    probe = (
        "from gi.repository import Gio\n"
        "t, uncertain = Gio.content_type_guess('Ärende.hamtplan', None)\n"
        "app = Gio.AppInfo.get_default_for_type(t, False)\n"
        "print(t)\n"
        "print(app.get_id() if app else '')\n"
        "icon = app.get_icon() if app else None\n"
        "print(icon.to_string() if icon else '')\n"
    )
    result = run(["/usr/bin/python3", "-c", probe], env=env)
    lines = result.stdout.splitlines() + ["", "", ""]
    check(lines[0] == MIME_TYPE, "the installed MIME type names .hamtplan files", result.stderr)
    check(lines[1] == APP_ID + ".desktop", "the installed launcher opens them", result.stdout)
    check(lines[2] == APP_ID, "the launcher's icon is the application icon", result.stdout)


def check_window(prefix, home):
    """The installed program, which holds no GTK, finds its window's module
    where it was installed, and the window opens a plan and paints it."""
    hamtplan = os.path.join(prefix, "bin", "hamtplan")
    result = run(["ldd", hamtplan])
    check(result.returncode == 0 and "libgtk" not in result.stdout,
          "the installed program does not link GTK", result.stdout)

    display = os.environ.get("DISPLAY", "")
    if display == "":
        # As the other window tests do without a display (./dev.sh test and
        # CI run them all under xvfb-run).
        print("skip: no display, the installed window was not opened")
        return
    plan = os.path.join(home, "Ärende TEST-1.hamtplan")
    env = clean_env(prefix, home, DISPLAY=display, GSK_RENDERER="cairo", GTK_A11Y="none",
                    DBUS_SESSION_BUS_ADDRESS="disabled:",
                    HAMTPLAN_EXIT_AFTER_FIRST_FRAME="1")
    if os.environ.get("XAUTHORITY"):
        env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    result = run([hamtplan, plan], env=env, cwd=home, timeout=120)
    check(result.returncode == 0 and "cannot be started" not in result.stderr,
          "the installed program opens its window on a plan (exit %d)" % result.returncode,
          result.stderr)


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    meson, source_root, work_dir = sys.argv[1:4]

    prefix = build_and_install(meson, os.path.abspath(source_root), os.path.abspath(work_dir))
    with tempfile.TemporaryDirectory(prefix="hamtplan-home-") as home:
        for sub in ("data", "config", "etc-xdg", "cache"):
            os.makedirs(os.path.join(home, sub))
        check_files(prefix)
        check_help_in_swedish(prefix, home)
        check_check(prefix, home)
        check_schema_icon_catalogue(prefix, home)
        check_window(prefix, home)

    shutil.rmtree(prefix, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % failures)
        sys.exit(1)


if __name__ == "__main__":
    main()
