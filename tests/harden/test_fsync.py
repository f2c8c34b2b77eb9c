#!/usr/bin/python3
"""A saved file is on the disk before it replaces the old one, and the
replacement is on the disk before the save is reported done.

Watches the system calls (strace) of the command line exporting a consent
record, which saves the plan (its new disclosure entry) and writes the
document: for each of the two files, the temporary file that is renamed
over it is flushed (fsync or fdatasync on it) before the rename, and its
folder is flushed after the rename.  Looked at through the system calls, not
the functions that make them, so it holds wherever the writer lives.
Skipped (77) without strace or where tracing is not allowed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HAMTPLAN = os.environ["HAMTPLAN"]
PLAN = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "cli",
                    "export-plan.hamtplan")

# 1234  fsync(4</tmp/x/.plan.hamtplan.YS6DZ3>) = 0
FLUSH = re.compile(r"^\d+\s+(?:fsync|fdatasync)\(\d+<(?P<path>[^>]*)>\)\s*=\s*0$")
# 1234  rename("/tmp/x/.plan.hamtplan.YS6DZ3", "/tmp/x/plan.hamtplan") = 0
RENAME = re.compile(r'^\d+\s+rename(?:at2?)?\((?:[^,]+, )?"(?P<old>[^"]*)", (?:[^,]+, )?'
                    r'"(?P<new>[^"]*)"(?:, \w+)?\)\s*=\s*0$')


def events(trace):
    """("flush", path) and ("rename", old, new) in the order they happened."""
    found = []
    for line in trace.splitlines():
        m = FLUSH.match(line)
        if m:
            found.append(("flush", os.path.realpath(m.group("path"))))
            continue
        m = RENAME.match(line)
        if m:
            found.append(("rename", os.path.realpath(m.group("old")),
                          os.path.realpath(m.group("new"))))
    return found


def check_saved(found, target):
    """The problems with how @target was saved, [] when it was durable."""
    target = os.path.realpath(target)
    renames = [i for i, e in enumerate(found) if e[0] == "rename" and e[2] == target]
    if not renames:
        return ["%s was not written by a rename over it" % target]
    at = renames[-1]
    temporary = found[at][1]
    problems = []
    if ("flush", temporary) not in found[:at]:
        problems.append("the temporary file %s was not flushed (fsync) before it was renamed "
                        "over %s" % (temporary, target))
    if ("flush", os.path.dirname(target)) not in found[at + 1:]:
        problems.append("the folder %s was not flushed (fsync) after the rename over %s"
                        % (os.path.dirname(target), os.path.basename(target)))
    return problems


def main():
    if shutil.which("strace") is None:
        print("strace is missing", file=sys.stderr)
        return 77
    with tempfile.TemporaryDirectory(prefix="hamtplan-fsync-") as d:
        plan = os.path.join(d, "plan.hamtplan")
        record = os.path.join(d, "samtycke.xml")
        trace = os.path.join(d, "trace")
        shutil.copyfile(PLAN, plan)
        os.chmod(plan, 0o600)
        r = subprocess.run(["strace", "-f", "-y", "-qq", "-o", trace,
                            "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
                            HAMTPLAN, "--export-consent", record, plan],
                           capture_output=True, text=True, timeout=120)
        if not os.path.exists(trace) or "ptrace" in r.stderr.lower():
            print("strace cannot trace here: %s" % r.stderr.strip(), file=sys.stderr)
            return 77
        if r.returncode != 0:
            print("hamtplan --export-consent ended with %d: %s" % (r.returncode, r.stderr),
                  file=sys.stderr)
            return 1
        with open(trace, encoding="utf-8") as f:
            found = events(f.read())
        problems = check_saved(found, plan) + check_saved(found, record)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print("the system calls seen: %s" % found, file=sys.stderr)
            return 1
        print("the plan and the record: flushed, renamed, folder flushed")
        return 0


if __name__ == "__main__":
    sys.exit(main())
