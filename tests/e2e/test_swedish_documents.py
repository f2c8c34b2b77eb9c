#!/usr/bin/python3
"""Under LANG=sv_SE.UTF-8 no English is in the documents or on the command line.

Runs the real program as a user would, in a Swedish locale, without a
display: --help and --help-all; --check on each example plan and on an
empty one (whose findings are many); every kind of bad input (each
malformed file in tests/data/malformed, a file that does not exist, a
folder, unknown options, options that do not go together, a recipient who
does not exist or has not consented, a document type it cannot write, a
folder that does not exist); and every document of each example plan: the
full plan, each handover sheet, the consent record as PDF and as XML, and
the journal text.  The text of each PDF (pdftotext), of the journal and of
every message goes through the English detector of swedish.py, with the
plan's own data taken out.

In the messages about bad input, what the user wrote in the file is quoted
back: the member's path ("items[3].priority", a name in the file format)
and the values the format accepts ("must, should, if-possible") are the
file's own words and are taken out before looking.

Also what a Swede expects of dates and times: the full plan writes dates
in words (10 december 2026) and times on a 24-hour clock (16:00–16:30), the
journal as 2026-12-10.

TAP output; exit 77 without pdftotext.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from swedish import Detector, plan_values, swedish_locale_missing  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
HAMTPLAN = os.environ.get("HAMTPLAN_BINARY", "")
DATA = os.environ.get("HAMTPLAN_TEST_DATA", os.path.join(HERE, os.pardir, "data"))
EXAMPLES = sorted(os.path.join(DATA, name) for name in os.listdir(DATA)
                  if name.endswith(".hamtplan"))
MALFORMED = sorted(os.path.join(DATA, "malformed", name)
                   for name in os.listdir(os.path.join(DATA, "malformed"))
                   if name.endswith(".hamtplan"))

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]

tests = []


def test(fn):
    tests.append(fn)
    return fn


def run(args, cwd=None):
    env = dict(os.environ)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env["LANG"] = "sv_SE.UTF-8"
    # Under the sanitizers LeakSanitizer would name the suppressions it used
    # on stderr, which must hold the program's own words only.
    if env.get("LSAN_OPTIONS"):
        env["LSAN_OPTIONS"] += ":print_suppressions=0"
    return subprocess.run([HAMTPLAN] + args, capture_output=True, env=env, cwd=cwd,
                          timeout=120)


def out(data):
    return data.decode("utf-8")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def detector_for(*plans):
    detector = Detector()
    for plan in plans:
        detector.add_user_data(plan_values(plan))
    return detector


def english_in(detector, text, where):
    """The English in @text, one line of report each.  Lines are joined
    first: a document wraps the plan's values, which are taken out whole."""
    flat = re.sub(r"\s+", " ", text)
    for value in list(detector.user_data):
        if "\n" in value or "  " in value:
            detector.user_data.append(re.sub(r"\s+", " ", value))
    found = []
    for sentence in re.split(r"(?<=[.:;!?])\s+|\s+·\s+|\s{2,}", flat):
        reasons = detector.problems(sentence)
        if reasons:
            found.append("%s: “%s”: %s" % (where, sentence.strip(), "; ".join(reasons)))
    return found


def assert_swedish(detector, text, where):
    found = english_in(detector, text, where)
    assert not found, "English:\n  " + "\n  ".join(found)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                          text=True, check=True).stdout


# What the user wrote in a plan file, quoted back in a message about it:
# the file's name, the member's path, the values the format accepts.
MESSAGE_FILE = re.compile(r"^(?P<file>[^:]+\.hamtplan): ")
MEMBER_PATH = re.compile(r"^(?P<path>[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): ")
ACCEPTED_VALUES = re.compile(r"\(giltiga: [a-z, -]+\)")
JSON_WORDS = re.compile(r"\btrue eller false\b")


def without_file_words(line):
    line = MESSAGE_FILE.sub("", line)
    line = MEMBER_PATH.sub("", line)
    line = ACCEPTED_VALUES.sub("", line)
    return JSON_WORDS.sub("", line)


@test
def help_is_swedish():
    detector = Detector()
    for option in ("--help", "--help-all"):
        r = run([option])
        assert r.returncode == 0, r
        text = out(r.stdout)
        assert "Användning:" in text and "Kontrollera planen" in text, text
        # The program's own options and the PLAN argument are names.
        assert_swedish(detector, text.replace("PLAN.hamtplan", ""), option)


@test
def findings_of_the_examples_are_swedish():
    for path in EXAMPLES:
        plan = load(path)
        r = run(["--check", path])
        assert r.returncode in (0, 1), (path, r)
        assert r.stderr == b"", r.stderr
        assert_swedish(detector_for(plan), out(r.stdout), "--check " + os.path.basename(path))


def empty_plan(folder):
    """A plan with nothing filled in: the checks find much to say."""
    plan = load(EXAMPLES[0])
    for name in ("contacts", "items", "measures", "visits", "consents"):
        plan[name] = []
    plan["risk"]["assessments"] = []
    plan["case"]["children"] = []

    def blank(node):
        # Texts and dates emptied; enum values ("joint", "not-decided")
        # kept, as a file must hold one of them.
        for key, value in node.items():
            if isinstance(value, str) and not re.fullmatch(r"[a-z]+(-[a-z]+)*", value):
                node[key] = ""
            elif isinstance(value, dict):
                blank(value)
    for section in ("case", "risk", "support", "follow_up"):
        blank(plan[section])
    path = os.path.join(folder, "tom.hamtplan")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    return path


def faulty_plans(folder):
    """Plans that break nearly every rule of the checks, so that each
    rule's message is read: one where staff go into the home with nothing
    in order, one where the other party hands over despite a restraining
    order, with protected personal data on a third party's paper."""
    base = load(os.path.join(DATA, "vaktbolag-skyddade-uppgifter.hamtplan"))

    a = json.loads(json.dumps(base))
    a["case"].update(second_staff_name="", home_holder="other", protection="none",
                     needed_by="2026-12-01")
    a["risk"].update(other_party_expected_home="yes", decision="undecided")
    a["risk"]["assessments"] = [dict(base["risk"]["assessments"][0], subject="staff",
                                     level="high")]
    a["support"].update(way="accompany", staff_enter_home=True, staff_position="inside",
                        other_party_takes_part="yes")
    a["contacts"] = [dict(base["contacts"][0], id="k1", kind="security-company"),
                     dict(base["contacts"][0], id="k2", kind="relative", name="Eva Ek")]
    a["consents"] = [dict(base["consents"][0], scope="share-information", recipient="",
                          valid_until="2026-12-02")]
    for item in a["items"]:
        item["priority"] = "should"
    a["visits"] = [dict(base["visits"][0], date="2020-01-10", status="planned"),
                   dict(base["visits"][0], date="2030-01-10", status="planned")]

    b = json.loads(json.dumps(base))
    b["risk"].update(restraining_order="in-force", restraining_order_until="2099-01-01",
                     decision="no-go")
    b["support"].update(way="neutral-site", client_told_police_duty=False,
                        staff_position="not-present", staff_enter_home=False)
    b["contacts"].append(dict(base["contacts"][0], id="k9", kind="police", granted="yes",
                              address=base["case"]["client_whereabouts"]))
    b["consents"] = [c for c in base["consents"] if c["scope"] != "contact-other-party"]
    for item in b["items"]:
        item.update(from_other_party=True, tracker_checked=False)
    b["visits"] = [dict(base["visits"][0], date="2030-01-10", status="planned",
                        place=base["case"]["home_address"])]

    paths = []
    for name, plan in (("fel-a.hamtplan", a), ("fel-b.hamtplan", b)):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(plan, f, ensure_ascii=False)
        paths.append((path, plan))
    return paths


@test
def findings_of_faulty_plans_are_swedish():
    rules = set()
    with tempfile.TemporaryDirectory() as folder:
        path = empty_plan(folder)
        r = run(["--check", path])
        assert r.returncode in (0, 1), out(r.stderr)
        assert any(line.startswith("Fel: ") for line in out(r.stdout).splitlines()), r.stdout
        assert_swedish(Detector(), out(r.stdout), "--check on an empty plan")
        rules.update(out(r.stdout).splitlines())
        for path, plan in faulty_plans(folder):
            r = run(["--check", path])
            assert r.returncode in (0, 1), (path, out(r.stderr))
            assert_swedish(detector_for(plan), out(r.stdout), "--check " + path)
            rules.update(out(r.stdout).splitlines())
            # The documents of a faulty plan carry its findings too.
            r = run(["--export-pdf=plan.pdf", path], cwd=folder)
            assert r.returncode == 0, out(r.stderr)
            found = english_in(detector_for(plan), pdf_text(os.path.join(folder, "plan.pdf")),
                               path + ", full plan")
            assert not found, "English:\n  " + "\n  ".join(found)
    # Most of the rules spoke (each finding a line).
    assert len(rules) >= 25, "\n".join(sorted(rules))


@test
def messages_about_bad_files_are_swedish():
    detector = Detector()
    found = []
    for path in MALFORMED:
        r = run(["--check", path])
        assert r.returncode == 2, (path, r)
        lines = out(r.stderr).splitlines()
        assert len(lines) == 1, (path, lines)
        assert r.stdout == b"", (path, r.stdout)
        found += english_in(detector, without_file_words(lines[0]), os.path.basename(path))
    assert not found, "English:\n  " + "\n  ".join(found)


@test
def messages_about_bad_use_are_swedish():
    detector = Detector()
    found = []
    plan = EXAMPLES[0]
    with tempfile.TemporaryDirectory() as cwd:
        os.mkdir(os.path.join(cwd, "mapp.hamtplan"))
        cases = [
            ["--check", "finns-inte.hamtplan"],
            ["--check", "mapp.hamtplan"],
            ["--check"],
            ["--check", plan, plan],
            ["--okänd-flagga"],
            ["--export-pdf"],
            ["--check", "--export-pdf=plan.pdf", plan],
            ["--export-handover=blad.pdf", plan],
            ["--recipient=1", plan],
            ["--export-handover=blad.pdf", "--recipient=99", plan],
            ["--export-handover=blad.pdf", "--recipient=k99", plan],
            ["--export-consent=samtycke.txt", plan],
            ["--export-pdf=finns-inte/plan.pdf", plan],
            ["--export-pdf=plan.pdf"],
            ["--journal"],
            ["--journal", "finns-inte.hamtplan"],
        ]
        for args in cases:
            r = run(args, cwd=cwd)
            assert r.returncode == 2, (args, r)
            lines = out(r.stderr).splitlines()
            assert len(lines) >= 1, (args, r)
            for line in lines:
                found += english_in(detector, without_file_words(line), " ".join(args))
        assert sorted(os.listdir(cwd)) == ["mapp.hamtplan"], os.listdir(cwd)
    assert not found, "English:\n  " + "\n  ".join(found)


def contacts_with_consent(plan):
    """The numbers of the contacts a handover sheet may go to."""
    allowed = {c["recipient"] for c in plan["consents"]
               if c.get("scope") == "share-information" and c.get("given") == "yes"
               and c.get("party") == "client" and not c.get("withdrawn_on")}
    return [i + 1 for i, c in enumerate(plan["contacts"]) if c["id"] in allowed]


@test
def documents_are_swedish():
    found = []
    for path in EXAMPLES:
        plan = load(path)
        name = os.path.basename(path)
        detector = detector_for(plan)
        with tempfile.TemporaryDirectory() as cwd:
            # A handover sheet or consent record is noted in the plan file:
            # export from a copy, never from the example in the tree.
            path = os.path.join(cwd, name)
            shutil.copyfile(os.path.join(DATA, name), path)
            documents = [("full plan", ["--export-pdf=plan.pdf"], "plan.pdf"),
                         ("consent record", ["--export-consent=samtycke.pdf"], "samtycke.pdf")]
            for number in range(1, len(plan["contacts"]) + 1):
                documents.append(("handover sheet %d" % number,
                                  ["--export-handover=blad%d.pdf" % number,
                                   "--recipient=%d" % number], "blad%d.pdf" % number))
            sheets = 0
            for what, args, output in documents:
                r = run(args + [path], cwd=cwd)
                where = "%s, %s" % (name, what)
                if r.returncode == 2 and what.startswith("handover"):
                    # No consent for this recipient: the refusal must be Swedish.
                    found += english_in(detector, without_file_words(out(r.stderr)), where)
                    continue
                assert r.returncode == 0, (where, out(r.stderr))
                assert r.stderr == b"" and r.stdout == b"", (where, r)
                found += english_in(detector, pdf_text(os.path.join(cwd, output)), where)
                sheets += what.startswith("handover")
            assert sheets == len(contacts_with_consent(plan)), (name, sheets)

            r = run(["--journal", path], cwd=cwd)
            assert r.returncode == 0, out(r.stderr)
            found += english_in(detector, out(r.stdout), name + ", journal text")

            r = run(["--export-consent=samtycke.xml", path], cwd=cwd)
            assert r.returncode == 0, out(r.stderr)
            # The XML is for a case-management system: its elements and
            # codes are the schema's; the texts meant for people say so
            # with lang="sv".
            root = ET.parse(os.path.join(cwd, "samtycke.xml")).getroot()
            texts = [e.text or "" for e in root.iter() if e.get("lang") == "sv"]
            assert len(texts) >= 2, texts
            for text in texts:
                found += english_in(detector, text, name + ", consent XML")
    assert not found, "English:\n  " + "\n  ".join(found)


@test
def dates_and_times_as_swedes_write_them():
    path = os.path.join(DATA, "neutral-plats-tva-besok.hamtplan")
    plan = load(path)
    year, month, day = (int(x) for x in plan["case"]["needed_by"].split("-"))
    in_words = "%d %s %d" % (day, MONTHS[month - 1], year)
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-pdf=plan.pdf", path], cwd=cwd)
        assert r.returncode == 0, out(r.stderr)
        text = re.sub(r"\s+", " ", pdf_text(os.path.join(cwd, "plan.pdf")))
    assert in_words in text, (in_words, text[:2000])
    assert re.search(r"Utskriven \d{1,2} (%s) \d{4}" % "|".join(MONTHS), text), text[:500]
    for visit in plan["visits"]:
        span = "%s–%s" % (visit["start_time"], visit["end_time"])
        assert span in text, (span, text)
    assert not re.search(r"\d{1,2}(:\d\d)? ?(AM|PM|am|pm)\b", text), text

    r = run(["--journal", path])
    journal = out(r.stdout)
    assert "senast %s." % plan["case"]["needed_by"] in journal, journal
    assert re.search(r"Skriven \d{4}-\d\d-\d\d med Hämtplan", journal), journal


def main():
    if not HAMTPLAN or not os.path.exists(HAMTPLAN):
        print("1..0 # SKIP HAMTPLAN_BINARY is not set to the built program")
        return 0
    if shutil.which("pdftotext") is None:
        print("1..0 # SKIP pdftotext (poppler-utils) is missing")
        return 0
    if swedish_locale_missing():
        print("1..1\nnot ok 1 - %s" % swedish_locale_missing())
        return 1
    print("1..%d" % len(tests))
    failed = 0
    for number, fn in enumerate(tests, 1):
        try:
            fn()
            print("ok %d - %s" % (number, fn.__name__))
        except Exception:
            failed += 1
            print("not ok %d - %s" % (number, fn.__name__))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
