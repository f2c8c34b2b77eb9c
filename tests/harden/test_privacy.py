#!/usr/bin/python3
"""Nothing from a plan reaches stderr, or a log, unless the user asked for it.

`hamtplan --check` runs on the example plans, on variants of them that
trigger every kind of finding, on every malformed file and on examples
broken in ways that put personal data next to the mistake.  Its output must
not contain the client's name, personnummer, phone number, address,
whereabouts or safe contact, the children's personnummer, the other party's
name, the name of the consenting party, or a contact's phone number or
address.  (Findings name the contact or belonging they are about, by design:
that is what the user asked --check for.)  Run at the default log level, in
English and in Swedish.

Then with every debug message asked for (G_MESSAGES_DEBUG=all), on a plan
whose every free-text field holds a marker of its own: --check, --journal
and every export on the command line, and the window (on a display of its
own, until it has painted the plan).  No marker may reach stderr, a log
message on stdout, or the stdout of a command that writes a file.  A personal field passed to a log
call through any number of local variables shows up here, where a look at
the source misses it.
"""

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "gui"))

import hpscreen  # noqa: E402

HAMTPLAN = os.environ["HAMTPLAN"]
DATA = os.environ["HAMTPLAN_TEST_DATA"]

# Members whose values are personal, wherever they are in the file.
PERSONAL = ["client_name", "client_id_number", "client_phone", "client_whereabouts",
            "safe_contact", "home_address", "other_party_name", "party_name", "id_number",
            "phone", "address"]

tests = []


def test(fn):
    tests.append(fn)
    return fn


def run(path, lang=None):
    env = dict(os.environ)
    # The default log level: no debug messages asked for.
    for name in ("G_MESSAGES_DEBUG", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if lang == "sv":
        env["LANGUAGE"] = "sv"
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([HAMTPLAN, "--check", path], capture_output=True, text=True,
                          env=env, timeout=60)


def personal_strings(text):
    """The personal values in a plan's text, also when it is not valid JSON."""
    found = set()
    pattern = r'"(%s)"\s*:\s*"((?:[^"\\]|\\.)*)"' % "|".join(PERSONAL)
    for member, raw in re.findall(pattern, text):
        try:
            value = json.loads('"%s"' % raw)
        except ValueError:
            value = raw
        for part in [value] + value.splitlines():
            part = part.strip()
            if len(part) >= 4:
                found.add(part)
        if member.endswith("id_number") and value:
            digits = re.sub(r"\D", "", value)
            found.update({digits, digits[-10:], digits[-4:] if len(digits) >= 10 else digits})
    # Last four digits alone are too common to look for.
    return {s for s in found if len(s) >= 6 or not s.isdigit()}


def check_output(path, text, r, expect_output=True):
    out = r.stdout + r.stderr
    assert r.returncode in (0, 1, 2), (path, r.returncode, r.stderr)
    if expect_output:
        assert out.strip(), (path, "no output at all: --check did not run")
    leaked = sorted(s for s in personal_strings(text) if s in out)
    assert not leaked, (os.path.basename(path), leaked, out)


def examples():
    return sorted(os.path.join(DATA, n) for n in os.listdir(DATA) if n.endswith(".hamtplan"))


def malformed():
    d = os.path.join(DATA, "malformed")
    return sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith(".hamtplan"))


def write(directory, name, text):
    path = os.path.join(directory, name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def provoking_variants(plan):
    """The plan changed so that --check finds as much as it can."""
    p = copy.deepcopy(plan)
    case = p["case"]
    case["protection"] = "protected-registration"
    secret = case.get("client_whereabouts") or "Skyddat boende, Hemliga vägen 7"
    case["client_whereabouts"] = secret
    phone = case.get("client_phone") or "070-999 99 99"
    case["client_phone"] = phone
    # Contacts and visits that give the client's whereabouts and phone away,
    # a relative and a security company without consent.
    p["contacts"] = p.get("contacts", []) + [
        {"id": "kx1", "kind": "relative", "name": "Moster", "phone": phone, "address": secret},
        {"id": "kx2", "kind": "security-company", "organisation": "Vakt AB",
         "phone": "070-555 55 55", "note": secret},
    ]
    for visit in p.get("visits", []):
        visit["place"] = secret
    p["items"] = p.get("items", []) + [
        {"name": "Väska", "from_other_party": True, "tracker_checked": False, "location": secret},
    ]
    p["consents"] = [{"party": "client", "party_name": case.get("client_name", "Klienten"),
                      "scope": "share-information", "given": "yes", "recipient": ""}]
    p["risk"]["decision"] = "no-go"
    return p


@test
def examples_check():
    plans = examples()
    assert len(plans) >= 3, plans
    for path in plans:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        assert personal_strings(text), (path, "no personal data found to look for")
        for lang in (None, "sv"):
            check_output(path, text, run(path, lang))


@test
def every_finding_without_personal_data():
    with tempfile.TemporaryDirectory() as d:
        n_findings = 0
        for path in examples():
            with open(path, encoding="utf-8") as f:
                plan = json.load(f)
            variant = provoking_variants(plan)
            text = json.dumps(variant, ensure_ascii=False, indent=2)
            vpath = write(d, "variant-" + os.path.basename(path), text)
            r = run(vpath)
            if r.returncode == 2:
                # The variant must load: it is the findings that are tested.
                raise AssertionError((vpath, r.stderr))
            n_findings += len(r.stdout.splitlines())
            check_output(vpath, text, r)
            check_output(vpath, text, run(vpath, "sv"))
        # The variants did provoke findings about the personal data.
        assert n_findings >= 10, n_findings


@test
def malformed_files():
    for path in malformed():
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for lang in (None, "sv"):
            r = run(path, lang)
            assert r.returncode == 2, (path, r)
            check_output(path, text, r)


@test
def broken_next_to_personal_data():
    """Mistakes right beside the client's details: the message says where, not what."""
    with tempfile.TemporaryDirectory() as d:
        for path in examples():
            with open(path, encoding="utf-8") as f:
                text = f.read()
            plan = json.loads(text)
            name = plan["case"].get("client_name") or "Anna Andersson"
            phone = plan["case"].get("client_phone") or "070-123 45 67"
            broken = {
                # JSON syntax errors just after personal values.
                "syntax-after-name": text.replace('"client_name": "%s"' % name,
                                                  '"client_name": "%s" "%s"' % (name, phone), 1),
                "syntax-in-phone": text.replace('"%s"' % phone, '"%s' % phone, 1),
                # A personnummer with a wrong check digit.
                "bad-personnummer": re.sub(r'"client_id_number": "(\d+-?)\d(\d{3})"',
                                           lambda m: '"client_id_number": "%s%s%s"' % (
                                               m.group(1), "0" if m.group(0)[-5] != "0" else "1",
                                               m.group(2)), text, count=1),
                # The name where a number belongs, on a line of its own.
                "name-as-enum": text.replace('"protection": "', '"protection": "%s' % name, 1),
                "name-as-member": text.replace('"client_name"', '"%s"' % name, 1),
            }
            for kind, btext in broken.items():
                if btext == text:
                    continue
                bpath = write(d, kind + "-" + os.path.basename(path), btext)
                for lang in (None, "sv"):
                    r = run(bpath, lang)
                    assert r.returncode == 2, (bpath, r)
                    check_output(bpath, btext, r)


# Members that hold the file's codes, not text; with the enum nicks (any
# value of the form "word-word"), dates and times they keep their values.
CODES = {"format", "version", "id", "owner", "recipient"}


def with_markers(plan):
    """@plan with each free-text value replaced by a marker of its own (the
    same value by the same marker, so that a consent still names its
    party), and the markers: "Zqx007clientname"."""
    markers = {}

    def marker(member, value):
        if value not in markers:
            markers[value] = "Zqx%03d%s" % (len(markers) + 1, member.replace("_", ""))
        return markers[value]

    def walk(node):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, (dict, list)):
                walk(value)
            elif (isinstance(value, str) and value and key not in CODES
                  and not str(key).endswith("id_number")
                  and not re.fullmatch(r"[a-z]+(-[a-z]+)*|\d{4}-\d\d-\d\d|\d\d:\d\d", value)):
                node[key] = marker(str(key), value)
    p = copy.deepcopy(plan)
    walk(p)
    return p, sorted(markers.values())


def debug_env(lang):
    env = dict(os.environ, G_MESSAGES_DEBUG="all")
    for name in ("LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if lang == "sv":
        env["LANGUAGE"] = "sv"
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def log_lines(text):
    """The lines of GLib's log messages in @text: "(hamtplan:123): DOMAIN-DEBUG:
    ...", "** Message: ..." and their continuation lines."""
    found, inside = [], False
    for line in text.splitlines():
        if re.match(r"^(\(\S+:\d+\): |\*\* |\S+-(DEBUG|INFO|Message): )", line):
            inside = True
        elif inside and line and not line[0].isspace():
            inside = False
        if inside:
            found.append(line)
    return found


def assert_no_marker(markers, text, what):
    leaked = [m for m in markers if m in text]
    assert not leaked, (what, "markers reached it", leaked, text[-2000:])


@test
def debug_log_without_personal_data():
    with open(os.path.join(DATA, "neutral-plats-tva-besok.hamtplan"), encoding="utf-8") as f:
        plan, markers = with_markers(json.load(f))
    assert len(markers) > 50, markers
    id_numbers = personal_strings(json.dumps(plan, ensure_ascii=False)) - set(markers)
    markers += sorted(id_numbers)
    with tempfile.TemporaryDirectory() as d:
        source = write(d, "source.hamtplan", json.dumps(plan, ensure_ascii=False, indent=2))
        path = os.path.join(d, "plan.hamtplan")
        runs = [(["--check"], False), (["--journal"], False),
                (["--export-pdf", os.path.join(d, "plan.pdf")], True),
                (["--export-consent", os.path.join(d, "consent.xml")], True),
                (["--export-consent", os.path.join(d, "consent.pdf")], True)]
        runs += [(["--export-handover", os.path.join(d, "handover-%d.pdf" % n),
                   "--recipient", str(n)], True)
                 for n in range(1, len(plan["contacts"]) + 1)]
        handovers = 0
        for lang in (None, "sv"):
            for args, quiet in runs:
                # Each on the plan as it was: an export writes its entry in.
                shutil.copyfile(source, path)
                r = subprocess.run([HAMTPLAN] + args + [path], capture_output=True, text=True,
                                   env=debug_env(lang), timeout=60)
                what = "hamtplan %s (%s)" % (" ".join(args[:1]), lang or "en")
                if args[0] == "--export-handover" and r.returncode == 2:
                    # A refused sheet names its recipient on purpose.
                    continue
                assert r.returncode in (0, 1), (what, r.returncode, r.stderr)
                handovers += args[0] == "--export-handover"
                assert_no_marker(markers, r.stderr, what + " stderr")
                if quiet:
                    assert_no_marker(markers, r.stdout, what + " stdout")
                else:
                    # GLib writes debug and info messages to stdout, among
                    # the findings or the journal text the user asked for.
                    assert_no_marker(markers, "\n".join(log_lines(r.stdout)),
                                     what + " stdout's log messages")
        assert handovers > 0, "no handover sheet was written"

        # The window, until it has painted the plan.
        if hpscreen.missing():
            return "skip the window: %s is missing" % hpscreen.missing()
        shutil.copyfile(source, path)
        screen = hpscreen.Screen()
        try:
            home = os.path.join(d, "home")
            env = hpscreen.program_environment(screen, home)
            env["G_MESSAGES_DEBUG"] = "all"
            # Into a file, not a pipe: a full pipe would stop the program.
            with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
                app = subprocess.Popen([HAMTPLAN, path], env=env, stdout=log, stderr=log)
                try:
                    screen.wait_for_painted_window(app)
                finally:
                    hpscreen.stop(app)
                log.seek(0)
                output = log.read()
            assert_no_marker(markers, output, "the window's stdout and stderr")
        finally:
            screen.close()


def main():
    print("1..%d" % len(tests))
    failed = 0
    for i, fn in enumerate(tests, 1):
        try:
            result = fn()
            if isinstance(result, str) and result.startswith("skip"):
                print("ok %d %s # SKIP %s" % (i, fn.__name__, result[5:]))
            else:
                print("ok %d %s" % (i, fn.__name__))
        except AssertionError as e:
            failed += 1
            print("not ok %d %s" % (i, fn.__name__))
            for line in repr(e.args).splitlines():
                print("# " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
