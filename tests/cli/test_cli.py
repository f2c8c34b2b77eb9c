#!/usr/bin/python3
"""The command line as a user runs it: --help, --check, exit codes, one-line errors."""

import os
import subprocess
import sys
import tempfile

HAMTPLAN = os.environ["HAMTPLAN"]
DATA = os.environ["HAMTPLAN_TEST_DATA"]

tests = []


def test(fn):
    tests.append(fn)
    return fn


def run(args, lang=None, cwd=None):
    env = dict(os.environ)
    env.pop("LANGUAGE", None)
    # No display: the command line must not need one.
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if lang == "sv":
        env["LANGUAGE"] = "sv"
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    elif lang == "sv_SE":
        env.pop("LC_ALL", None)
        env["LANG"] = "sv_SE.UTF-8"
    return subprocess.run([HAMTPLAN] + args, capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=60)


def malformed(name):
    return os.path.join(DATA, "malformed", name + ".hamtplan")


def listing(path):
    return sorted(os.listdir(path))


@test
def help_lists_options():
    r = run(["--help"])
    assert r.returncode == 0, r
    assert "--check" in r.stdout, r.stdout
    assert "PLAN.hamtplan" in r.stdout


@test
def help_in_swedish():
    r = run(["--help"], lang="sv")
    assert r.returncode == 0
    assert "Kontrollera planen mot vägledningen" in r.stdout, r.stdout
    assert "Check the plan" not in r.stdout


@test
def help_in_swedish_locale():
    if subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().find("sv_se.utf8") < 0:
        return "skip sv_SE.UTF-8 locale not generated"
    r = run(["--help"], lang="sv_SE")
    assert r.returncode == 0
    assert "Kontrollera planen mot vägledningen" in r.stdout, r.stdout


@test
def malformed_gives_one_line_exit_2_nothing_written():
    with tempfile.TemporaryDirectory() as cwd:
        r = run(["--check", malformed("unknown-enum")], cwd=cwd)
        assert r.returncode == 2, r
        assert r.stdout == "", r.stdout
        lines = r.stderr.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(malformed("unknown-enum") + ": items[3].priority:"), lines
        assert listing(cwd) == []


@test
def malformed_in_swedish():
    r = run(["--check", malformed("unknown-enum")], lang="sv")
    assert r.returncode == 2
    assert r.stderr == (malformed("unknown-enum") + ": items[3].priority: ”urgent” är inte ett "
                        "giltigt värde (giltiga: must, should, if-possible)\n"), r.stderr


@test
def malformed_in_swedish_locale():
    if subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().find("sv_se.utf8") < 0:
        return "skip sv_SE.UTF-8 locale not generated"
    r = run(["--check", malformed("invalid-personnummer")], lang="sv_SE")
    assert r.returncode == 2
    assert "kontrollsiffran stämmer inte" in r.stderr, r.stderr


@test
def every_malformed_file_exit_2_one_line():
    d = os.path.join(DATA, "malformed")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".hamtplan"):
            continue
        r = run(["--check", os.path.join(d, name)])
        assert r.returncode == 2, (name, r)
        assert len(r.stderr.splitlines()) == 1, (name, r.stderr)
        assert r.stderr.startswith(os.path.join(d, name) + ": "), (name, r.stderr)


@test
def missing_file():
    r = run(["--check", "/nonexistent/plan.hamtplan"], lang="sv")
    assert r.returncode == 2
    assert r.stderr.startswith("/nonexistent/plan.hamtplan: filen går inte att läsa"), r.stderr
    assert len(r.stderr.splitlines()) == 1


@test
def check_needs_one_file():
    r = run(["--check"])
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1


@test
def unknown_option():
    r = run(["--no-such-option"], lang="sv")
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1


def examples():
    return sorted(os.path.join(DATA, n) for n in os.listdir(DATA) if n.endswith(".hamtplan"))


@test
def examples_check_in_swedish():
    plans = examples()
    if not plans:
        return "skip no example plans yet"
    for plan in plans:
        r = run(["--check", plan], lang="sv")
        assert r.returncode in (0, 1), (plan, r)
        assert r.stderr == "", (plan, r.stderr)
        lines = r.stdout.splitlines()
        assert lines, plan
        for line in lines:
            assert line.startswith(("Fel: ", "Varning: ", "Råd: ", "Inga anmärkningar")), line
        has_error = any(l.startswith("Fel: ") for l in lines)
        assert (r.returncode == 1) == has_error, (plan, r.stdout)


@test
def check_exit_1_on_error_finding():
    # An empty plan: a home visit with no risk assessment and one staff member.
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "tom.hamtplan")
        with open(path, "w") as f:
            f.write('{"format": "hamtplan", "version": "1.0", "case": {}, "risk": {},'
                    ' "support": {}, "contacts": [], "items": [], "measures": [],'
                    ' "visits": [], "consents": [], "follow_up": {}}')
        r = run(["--check", path], lang="sv")
        assert r.returncode == 1, r
        assert any(l.startswith("Fel: ") for l in r.stdout.splitlines()), r.stdout
        assert "Tillhörigheter" in r.stdout or "Risk och beslut" in r.stdout, r.stdout
        assert listing(d) == ["tom.hamtplan"]


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
