#!/usr/bin/python3
"""The command line's exports as a user runs them, without a display:
--export-pdf, --export-handover with --recipient, --export-consent (PDF or
XML by extension), --export-visit-card with --visit, --journal; exit 0 on success, exit 2 with one line on
stderr and nothing written on bad input or a refused handover."""

import glob
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import traceback

HAMTPLAN = os.environ["HAMTPLAN"]
DATA = os.environ["HAMTPLAN_TEST_DATA"]
XSD = os.environ["CONSENT_XSD"]
HERE = os.path.dirname(os.path.abspath(__file__))
# A handover sheet or consent record export writes its entry into the plan
# file: every test works on a fresh copy, never on the file in the tree.
PLAN_SOURCE = os.path.join(HERE, "export-plan.hamtplan")
WORK = tempfile.mkdtemp(prefix="hamtplan-cli-export-")
PLAN = os.path.join(WORK, "export-plan.hamtplan")

# The client's own details in export-plan.hamtplan: never on a handover sheet.
CLIENT_NAME = "Maria Lindqvist"
CLIENT_PHONE = "073-111 22 33"
CLIENT_WHEREABOUTS = "Solrosen"

tests = []


def test(fn):
    def fresh():
        shutil.copyfile(PLAN_SOURCE, PLAN)
        os.chmod(PLAN, 0o600)
        fn()
    fresh.__name__ = fn.__name__
    tests.append(fresh)
    return fn


def run(args, lang=None, cwd=None):
    env = dict(os.environ)
    env.pop("LANGUAGE", None)
    # No display: the command line must not need one.
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    # Under the sanitizers LeakSanitizer would list the suppressions it used
    # on stderr, which must hold nothing but the program's own line.
    if env.get("LSAN_OPTIONS"):
        env["LSAN_OPTIONS"] += ":print_suppressions=0"
    if lang == "sv":
        env["LANGUAGE"] = "sv"
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([HAMTPLAN] + args, capture_output=True, env=env, cwd=cwd,
                          timeout=120)


def text(data):
    return data.decode("utf-8")


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count for " + path)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                          text=True, check=True).stdout


def assert_written_pdf(r, path):
    assert r.returncode == 0, (r.returncode, text(r.stderr))
    assert r.stdout == b"" and r.stderr == b"", (r.stdout, r.stderr)
    with open(path, "rb") as f:
        assert f.read(5) == b"%PDF-", path
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode == 0o600, oct(mode)
    assert pdf_pages(path) >= 1


def assert_refused(r, cwd, starts_with):
    """Exit 2, exactly one line on stderr, nothing on stdout, no file."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == b"", r.stdout
    lines = text(r.stderr).splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(starts_with), (lines[0], starts_with)
    assert sorted(os.listdir(cwd)) == [], os.listdir(cwd)
    return lines[0]


@test
def export_pdf_writes_the_full_plan():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-pdf=plan.pdf", PLAN], cwd=cwd)
        path = os.path.join(cwd, "plan.pdf")
        assert_written_pdf(r, path)
        content = pdf_text(path)
        for needle in ["IFO 2026-0815", "Pass", "Mediciner", "Vinterkläder", "Fotoalbum",
                       "Trygg Bevakning AB"]:
            assert needle in content, needle
        assert sorted(os.listdir(cwd)) == ["plan.pdf"]


@test
def export_pdf_in_swedish():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-pdf", "plan.pdf", PLAN], lang="sv", cwd=cwd)
        path = os.path.join(cwd, "plan.pdf")
        assert_written_pdf(r, path)
        content = pdf_text(path)
        assert "Samtycken" in content, content[:400]
        assert "Sida 1 av" in content, content[:400]


def handover(recipient, cwd):
    r = run(["--export-handover=sheet.pdf", "--recipient=" + recipient, PLAN], cwd=cwd)
    path = os.path.join(cwd, "sheet.pdf")
    assert_written_pdf(r, path)
    content = pdf_text(path)
    for secret in [CLIENT_NAME, CLIENT_PHONE, CLIENT_WHEREABOUTS]:
        assert secret not in content, secret
    return content


@test
def export_handover_by_number():
    with tempfile.TemporaryDirectory() as cwd:
        content = handover("1", cwd)
        assert "Trygg Bevakning AB" in content
        assert "Mediciner" in content


@test
def export_handover_by_id():
    with tempfile.TemporaryDirectory() as cwd:
        by_id = handover("k1", cwd)
    with tempfile.TemporaryDirectory() as cwd:
        by_number = handover("1", cwd)
    # The same sheet, whichever way the recipient is named.
    assert by_id == by_number


@test
def refused_handover_exit_2_one_line_no_file():
    # The relative (contact 2, id k2) has no consent from the client.
    for recipient in ["2", "k2"]:
        with tempfile.TemporaryDirectory() as cwd:
            r = run(["--export-handover=sheet.pdf", "--recipient=" + recipient, PLAN], cwd=cwd)
            line = assert_refused(r, cwd, PLAN + ": ")
            assert "Eva Lindqvist" in line and "consent" in line, line


@test
def refused_handover_in_swedish():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-handover=sheet.pdf", "--recipient=k2", PLAN], lang="sv", cwd=cwd)
        line = assert_refused(r, cwd, PLAN + ": ")
        assert "samtycke" in line, line


@test
def refused_handover_keeps_an_existing_file():
    with tempfile.TemporaryDirectory() as cwd:
        path = os.path.join(cwd, "sheet.pdf")
        with open(path, "w") as f:
            f.write("an older sheet")
        r = run(["--export-handover=" + path, "--recipient=2", PLAN], cwd=cwd)
        assert r.returncode == 2
        assert len(text(r.stderr).splitlines()) == 1
        with open(path) as f:
            assert f.read() == "an older sheet"
        assert sorted(os.listdir(cwd)) == ["sheet.pdf"]


@test
def unknown_recipient_exit_2():
    for recipient in ["3", "0", "-1", "k9", "1x", ""]:
        with tempfile.TemporaryDirectory() as cwd:
            r = run(["--export-handover=sheet.pdf", "--recipient=" + recipient, PLAN], cwd=cwd)
            line = assert_refused(r, cwd, PLAN + ": ")
            assert "2 contacts" in line, line


@test
def handover_needs_recipient_and_recipient_needs_handover():
    with tempfile.TemporaryDirectory() as cwd:
        assert_refused(run(["--export-handover=sheet.pdf", PLAN], cwd=cwd), cwd, "hamtplan: ")
        assert_refused(run(["--recipient=1", PLAN], cwd=cwd), cwd, "hamtplan: ")


@test
def export_consent_xml_validates():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-consent=samtycke.xml", PLAN], cwd=cwd)
        assert r.returncode == 0, text(r.stderr)
        assert r.stdout == b"" and r.stderr == b""
        path = os.path.join(cwd, "samtycke.xml")
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        v = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", XSD, path],
                           capture_output=True, text=True)
        assert v.returncode == 0, v.stderr
        with open(path, encoding="utf-8") as f:
            xml = f.read()
        assert 'xmlns="urn:hamtplan:samtycke:1"' in xml
        assert "<reference>IFO 2026-0815</reference>" in xml
        assert "<organisation>Trygg Bevakning AB</organisation>" in xml
        assert xml.count("<consent>") == 2


@test
def export_consent_pdf_by_extension():
    for name in ["samtycke.pdf", "SAMTYCKE.PDF"]:
        with tempfile.TemporaryDirectory() as cwd:
            r = run(["--export-consent=" + name, PLAN], cwd=cwd)
            path = os.path.join(cwd, name)
            assert_written_pdf(r, path)
            assert "Trygg Bevakning AB" in pdf_text(path)


@test
def export_consent_other_extension_refused():
    for name in ["samtycke.txt", "samtycke", ".pdf"]:
        with tempfile.TemporaryDirectory() as cwd:
            assert_refused(run(["--export-consent=" + name, PLAN], cwd=cwd), cwd, name + ": ")


@test
def journal_prints_swedish():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--journal", PLAN], lang="sv", cwd=cwd)
        assert r.returncode == 0, text(r.stderr)
        assert r.stderr == b""
        out = text(r.stdout)
        for needle in ["Ärendenummer: IFO 2026-0815", "\nPlanering\n", "\nStödform\n",
                       "\nRiskbedömning och beslut\n", "\nMedverkande\n", "\nBesök\n",
                       "\nTillhörigheter\n", "\nSamtycken\n", "\nUppföljning\n",
                       "Vinterkläder (för Lisa)", "Handläggare: Karin Berg",
                       "inte på samtycke"]:
            assert needle in out, (needle, out)
        for secret in [CLIENT_NAME, CLIENT_PHONE, CLIENT_WHEREABOUTS, "Björkvägen"]:
            assert secret not in out, secret
        assert "Case reference" not in out
        assert os.listdir(cwd) == []


@test
def journal_in_english_without_language():
    r = run(["--journal", PLAN])
    assert r.returncode == 0
    assert "Case reference: IFO 2026-0815" in text(r.stdout)


@test
def bad_plan_exit_2_one_line_nothing_written():
    bad = os.path.join(DATA, "malformed", "unknown-enum.hamtplan")
    missing = os.path.join(DATA, "no-such-plan.hamtplan")
    for plan in [bad, missing]:
        for action in [["--export-pdf=out.pdf"], ["--export-handover=out.pdf", "--recipient=1"],
                       ["--export-consent=out.xml"], ["--export-consent=out.pdf"],
                       ["--journal"]]:
            with tempfile.TemporaryDirectory() as cwd:
                assert_refused(run(action + [plan], cwd=cwd), cwd, plan + ": ")


@test
def export_never_overwrites_the_plan():
    with tempfile.TemporaryDirectory() as cwd:
        path = os.path.join(cwd, "plan.hamtplan")
        with open(PLAN, "rb") as f:
            original = f.read()
        with open(path, "wb") as f:
            f.write(original)
        for action in ["--export-pdf=", "--export-consent="]:
            r = run([action + "./plan.hamtplan", path], cwd=cwd)
            assert r.returncode == 2, r
            assert len(text(r.stderr).splitlines()) == 1
        with open(path, "rb") as f:
            assert f.read() == original


@test
def one_action_at_a_time():
    with tempfile.TemporaryDirectory() as cwd:
        assert_refused(run(["--export-pdf=a.pdf", "--journal", PLAN], cwd=cwd), cwd, "hamtplan: ")
        assert_refused(run(["--export-pdf=a.pdf", "--export-consent=b.xml", PLAN], cwd=cwd),
                       cwd, "hamtplan: ")
        assert_refused(run(["--check", "--export-pdf=a.pdf", PLAN], cwd=cwd), cwd, "hamtplan: ")
        assert_refused(run(["--export-pdf=a.pdf"], cwd=cwd), cwd, "hamtplan: ")
        assert_refused(run(["--export-pdf=a.pdf", PLAN, PLAN], cwd=cwd), cwd, "hamtplan: ")


@test
def unwritable_output_exit_2_one_line():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-pdf=no-such-folder/plan.pdf", PLAN], cwd=cwd)
        line = assert_refused(r, cwd, "hamtplan: ")
        assert "plan.pdf" in line, line


@test
def every_example_exports():
    examples = sorted(glob.glob(os.path.join(DATA, "*.hamtplan")))
    assert examples, DATA
    for example in examples:
        with tempfile.TemporaryDirectory() as cwd:
            plan = os.path.join(cwd, "plan.hamtplan")
            shutil.copyfile(example, plan)
            r = run(["--journal", plan], lang="sv", cwd=cwd)
            assert r.returncode == 0, (plan, text(r.stderr))
            assert "\nSamtycken\n" in text(r.stdout)
            r = run(["--export-consent=s.xml", plan], cwd=cwd)
            assert r.returncode == 0, (plan, text(r.stderr))
            v = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", XSD,
                                os.path.join(cwd, "s.xml")], capture_output=True, text=True)
            assert v.returncode == 0, (plan, v.stderr)
            r = run(["--export-pdf=p.pdf", plan], cwd=cwd)
            assert_written_pdf(r, os.path.join(cwd, "p.pdf"))
            # The consent record went into the case file: one entry.
            assert len(load(plan)["disclosures"]) == 1, example


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def assert_kept(old, new, where):
    if isinstance(old, dict):
        assert isinstance(new, dict), where
        for key in old:
            if where == "" and key == "version":
                continue
            assert key in new, where + "." + key
            assert_kept(old[key], new[key], where + "." + key)
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), where
        for i, (a, b) in enumerate(zip(old, new)):
            assert_kept(a, b, "%s[%d]" % (where, i))
    else:
        assert old == new, (where, old, new)


def assert_atomic(folder, expected):
    """The folder holds exactly @expected (no temporary file left), the plan
    readable by the user alone."""
    assert sorted(os.listdir(folder)) == sorted(expected), os.listdir(folder)
    for name in expected:
        mode = stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode)
        assert mode == 0o600, (name, oct(mode))


@test
def handover_export_writes_the_entry_into_the_plan():
    before = load(PLAN)
    assert "disclosures" not in before  # a 1.0 file, from before the log
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-handover=sheet.pdf", "--recipient=k1", PLAN], cwd=cwd)
        assert_written_pdf(r, os.path.join(cwd, "sheet.pdf"))
    after = load(PLAN)
    assert after["version"] == "1.2", after["version"]
    entries = after["disclosures"]
    assert len(entries) == 1, entries
    e = entries[0]
    assert e["document"] == "handover" and e["form"] == "pdf", e
    assert e["recipient_kind"] == "contact" and e["recipient"] == "k1", e
    assert "Trygg Bevakning AB" in e["recipient_name"], e
    # The consent it went out on, named by its id, as it stood then.
    consent = [c for c in after["consents"] if c["id"] == e["consent"]]
    assert len(consent) == 1, (e["consent"], after["consents"])
    assert consent[0]["recipient"] == "k1" and consent[0]["scope"] == "share-information"
    assert e["consent_in_force"] is True, e
    assert e["consent_valid_until"] == consent[0]["valid_until"], e
    assert e["consent_party"] == "client" and e["consent_scope"] == "share-information", e
    # To the second, so that two entries made in one minute keep their order.
    assert len(e["when"]) == 19 and e["when"][10] == "T" and e["when"][16] == ":", e["when"]
    # An id of its own, by which a window saving over the file keeps it.
    assert len(e["id"]) == 36, e
    # Nothing else changed: every value of the file is still there, as it
    # was (the writer adds the members an older file left out, empty).
    assert_kept(before, after, "")
    assert_atomic(WORK, ["export-plan.hamtplan"])

    # A second export adds a second entry; the ids of the consents stay.
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--export-handover=sheet.pdf", "--recipient=1", PLAN], cwd=cwd)
        assert r.returncode == 0, text(r.stderr)
    again = load(PLAN)
    assert len(again["disclosures"]) == 2
    assert again["disclosures"][0]["id"] == e["id"]
    assert again["disclosures"][1]["id"] != e["id"]
    assert again["consents"] == after["consents"]
    assert again["disclosures"][1]["consent"] == e["consent"]


@test
def consent_exports_are_logged_to_client_and_case_file():
    with tempfile.TemporaryDirectory() as cwd:
        assert run(["--export-consent=s.pdf", PLAN], cwd=cwd).returncode == 0
        assert run(["--export-consent=s.xml", PLAN], cwd=cwd).returncode == 0
        assert run(["--export-pdf=p.pdf", PLAN], cwd=cwd).returncode == 0
        r = run(["--journal", PLAN], lang="sv", cwd=cwd)
    entries = load(PLAN)["disclosures"]
    # The full plan stays in the office: only the two consent records.
    assert [(e["document"], e["form"], e["recipient_kind"]) for e in entries] == \
        [("consent-record", "pdf", "client"), ("consent-record", "xml", "case-file")], entries
    for e in entries:
        assert e["consent"] == "" and e["recipient"] == "", e
        names = [f["name"] for f in e["fields"]]
        assert "consents.scope" in names and "case.caseworker_name" in names, names
    assert "case.client_name" in [f["name"] for f in entries[0]["fields"]]
    journal = text(r.stdout)
    assert "\nUtlämnanden\n" in journal, journal
    assert "Samtycken, PDF, till Klienten, för underskrift" in journal, journal
    assert "Samtycken, XML, till Akten" in journal, journal


@test
def plan_that_cannot_be_written_leaves_no_document():
    original = read(PLAN)

    def small_files():
        # Past 1 kB every write fails (EFBIG): the plan is larger than
        # that, so the entry cannot be written, and the export must stop
        # before the document is.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    for action in [["--export-handover=sheet.pdf", "--recipient=k1"],
                   ["--export-consent=s.pdf"], ["--export-consent=s.xml"]]:
        with tempfile.TemporaryDirectory() as cwd:
            env = dict(os.environ)
            env.pop("DISPLAY", None)
            # As run() does: stderr must hold the program's line only.
            if env.get("LSAN_OPTIONS"):
                env["LSAN_OPTIONS"] += ":print_suppressions=0"
            r = subprocess.run([HAMTPLAN] + action + [PLAN], capture_output=True, env=env,
                               cwd=cwd, timeout=120, preexec_fn=small_files)
            line = assert_refused(r, cwd, "hamtplan: ")
            assert "export-plan.hamtplan" in line, line
        assert read(PLAN) == original
        assert_atomic(WORK, ["export-plan.hamtplan"])


@test
def document_that_cannot_be_written_leaves_no_entry():
    original = read(PLAN)
    for action in [["--export-handover=no-such-folder/sheet.pdf", "--recipient=k1"],
                   ["--export-consent=no-such-folder/s.xml"]]:
        with tempfile.TemporaryDirectory() as cwd:
            r = run(action + [PLAN], cwd=cwd)
            line = assert_refused(r, cwd, "hamtplan: ")
            assert os.path.basename(action[0]) in line, line
        # Nothing left the office: the entry was taken back.
        assert read(PLAN) == original
        assert_atomic(WORK, ["export-plan.hamtplan"])


@test
def refused_handover_writes_no_entry():
    original = read(PLAN)
    with tempfile.TemporaryDirectory() as cwd:
        assert_refused(run(["--export-handover=sheet.pdf", "--recipient=k2", PLAN], cwd=cwd),
                       cwd, PLAN + ": ")
    assert read(PLAN) == original


@test
def plan_opened_through_a_link_stays_a_link():
    # A link on the desktop to the plan on the team's share: the entry goes
    # into the plan itself, written in the plan's own folder; the link stays.
    with tempfile.TemporaryDirectory() as desk, tempfile.TemporaryDirectory() as cwd:
        link = os.path.join(desk, "Johannas plan.hamtplan")
        os.symlink(PLAN, link)
        r = run(["--export-handover=sheet.pdf", "--recipient=k1", link], cwd=cwd)
        assert_written_pdf(r, os.path.join(cwd, "sheet.pdf"))
        assert os.path.islink(link), "the link was replaced by a file"
        assert os.readlink(link) == PLAN
        assert os.listdir(desk) == ["Johannas plan.hamtplan"], os.listdir(desk)
        entries = load(PLAN)["disclosures"]
        assert len(entries) == 1 and entries[0]["recipient"] == "k1", entries
        assert_atomic(WORK, ["export-plan.hamtplan"])

        # A document that cannot be written takes the entry back out of the
        # plan, through the link too.
        original = read(PLAN)
        r = run(["--export-consent=no-such-folder/s.xml", link], cwd=cwd)
        assert r.returncode == 2, r
        assert os.path.islink(link)
        assert read(PLAN) == original

# --- the visit card ---
# Two visits (the first carried out), protected data, Arabic and decomposed
# text: tests/cli/visit-card-plan.hamtplan.
VISIT_PLAN = os.path.join(HERE, "visit-card-plan.hamtplan")


def run_sv_se(args, cwd):
    """As a user with a Swedish locale and nothing else set."""
    env = dict(os.environ)
    for name in ("LANGUAGE", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if env.get("LSAN_OPTIONS"):
        env["LSAN_OPTIONS"] += ":print_suppressions=0"
    env["LANG"] = env["LC_ALL"] = "sv_SE.UTF-8"
    return subprocess.run([HAMTPLAN] + args, capture_output=True, env=env, cwd=cwd,
                          timeout=120)


@test
def visit_card_for_the_visit_named():
    with tempfile.TemporaryDirectory() as cwd:
        before = read(VISIT_PLAN)
        r = run_sv_se(["--export-visit-card=kort.pdf", "--visit=2", VISIT_PLAN], cwd)
        out = os.path.join(cwd, "kort.pdf")
        assert_written_pdf(r, out)
        assert pdf_pages(out) == 1, pdf_pages(out)
        t = pdf_text(out)
        for needle in ["Besökskort, besök 2 av 2", "8 december 2026, 13:00–13:30",
                       "Röda boken", "ring kontoret på 010-123 45 99", "Gatan utanför porten.",
                       "Samma väg som in.", "parten dyker upp", "Avbryt direkt.",
                       "Tillhörigheter, rum för rum", "Sovrummet", "Pass – översta byrålådan",
                       "Skyddad folkbokföring", "Sida 1 av 1"]:
            assert needle in t, (needle, t)
        for needle in ["Blå pärmen", "Solrosen", "Lärkvägen", "073-111 22 33"]:
            assert needle not in t, (needle, t)
        # The card stays with the staff: nothing is noted in the plan.
        assert read(VISIT_PLAN) == before

        r = run(["--export-visit-card=first.pdf", "--visit=1", VISIT_PLAN], lang="sv", cwd=cwd)
        assert_written_pdf(r, os.path.join(cwd, "first.pdf"))
        t = pdf_text(os.path.join(cwd, "first.pdf"))
        assert "Besökskort, besök 1 av 2" in t and "Blå pärmen" in t, t
        assert "Besöket är markerat ”Genomfört” i planen." in t, t
        assert "Röda boken" not in t, t


@test
def visit_card_bad_visit_exit_2_one_line_nothing_written():
    name = VISIT_PLAN  # the plan as named on the command line
    cases = [("0", "det finns inget besök 0: ange ett nummer från 1 till 2"),
             ("3", "det finns inget besök 3: ange ett nummer från 1 till 2 (planen har 2 besök)"),
             ("99999999999999999999", "det finns inget besök 99999999999999999999"),
             ("två", "--visit=”två” är inget nummer: ange besökets nummer i listan, från 1 "
                     "till 2"),
             ("-1", "--visit=”-1” är inget nummer"),
             ("", "--visit=”” är inget nummer"),
             ("1x", "--visit=”1x” är inget nummer")]
    for spec, reason in cases:
        with tempfile.TemporaryDirectory() as cwd:
            r = run_sv_se(["--export-visit-card=kort.pdf", "--visit=" + spec, VISIT_PLAN], cwd)
            assert_refused(r, cwd, name + ": " + reason)
            assert os.listdir(cwd) == [], (spec, os.listdir(cwd))
    with tempfile.TemporaryDirectory() as cwd:
        r = run_sv_se(["--export-visit-card=kort.pdf", VISIT_PLAN], cwd)
        assert_refused(r, cwd, "hamtplan: --export-visit-card behöver --visit")
        r = run_sv_se(["--visit=1", VISIT_PLAN], cwd)
        assert_refused(r, cwd, "hamtplan: --visit används tillsammans med --export-visit-card")
        r = run_sv_se(["--export-visit-card=kort.pdf", "--visit=1", "--export-pdf=plan.pdf",
                       VISIT_PLAN], cwd)
        assert_refused(r, cwd, "hamtplan: Ange bara en av")
        assert os.listdir(cwd) == [], os.listdir(cwd)
        # In English without a Swedish locale.
        r = run(["--export-visit-card=kort.pdf", "--visit=5", VISIT_PLAN], cwd=cwd)
        assert_refused(r, cwd, name + ": there is no visit 5: give a number from 1 to 2")


@test
def visit_card_of_a_plan_without_visits():
    with tempfile.TemporaryDirectory() as cwd:
        plan = load(VISIT_PLAN)
        plan["visits"] = []
        path = os.path.join(cwd, "inga-besok.hamtplan")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(plan, f, ensure_ascii=False)
        r = run_sv_se(["--export-visit-card=kort.pdf", "--visit=1", path], cwd)
        assert r.returncode == 2, r
        lines = text(r.stderr).splitlines()
        assert lines == [path + ": planen har inga besök: lägg först till ett under "
                         "Besök"], lines
        assert not os.path.exists(os.path.join(cwd, "kort.pdf"))
# --- end of the visit card ---


def main():
    print("1..%d" % len(tests))
    failed = 0
    for i, fn in enumerate(tests, 1):
        try:
            fn()
            print("ok %d %s" % (i, fn.__name__))
        except Exception:
            failed += 1
            print("not ok %d %s" % (i, fn.__name__))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
