#!/usr/bin/python3
"""The build enforces the arrows between the rooms of src/ (README, "Layout").

For every room, a small file is compiled with exactly the flags the build
uses for that room's own files (compile_commands.json): each header the room
may use must compile, and each header of a room it may not use, and GTK's
header outside gui, must fail to compile.  A room whose include path grew a
wrong-way directory makes this test fail, naming the room and the header.
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile

BUILD = sys.argv[1]

# One public header per room, and what each room may include.
HEADER = {
    "base": "hp-platform.h",
    "model": "hp-plan.h",
    "format": "hp-plan-file.h",
    "checks": "hp-checks.h",
    "export": "hp-documents.h",
    "cli": "hp-cli.h",
    "gui": "hp-window.h",
    "gtk": "gtk/gtk.h",
}
ALLOWED = {
    "base": {"base"},
    "model": {"model"},
    "format": {"format", "model", "base"},
    "checks": {"checks", "model"},
    "export": {"export", "checks", "model", "base"},
    "cli": {"cli", "export", "checks", "format", "model", "base"},
    "gui": {"gui", "export", "checks", "format", "model", "base", "gtk"},
}
EXCEPTIONS = set()


def room_command(commands, room):
    for entry in commands:
        path = entry["file"]
        if "/src/%s/" % room in path.replace("\\", "/") and path.endswith(".c"):
            return entry
    raise SystemExit("no compiled file of src/%s in compile_commands.json" % room)


def compiles(entry, header, scratch):
    source = os.path.join(scratch, "probe.c")
    with open(source, "w") as f:
        f.write('#include "config.h"\n#include <%s>\nint hp_probe (void);\n'
                'int hp_probe (void) { return 0; }\n' % header)
    argv = shlex.split(entry["command"])
    out = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-MF", "-MQ"):
            skip = True
            continue
        if arg == "-c" or arg == entry["file"] or arg.endswith(os.path.basename(entry["file"])):
            continue
        out.append(arg)
    out += ["-fsyntax-only", "-w", source]
    done = subprocess.run(out, cwd=entry["directory"], capture_output=True, text=True)
    return done.returncode == 0


def main():
    with open(os.path.join(BUILD, "compile_commands.json")) as f:
        commands = json.load(f)
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for room, allowed in ALLOWED.items():
            entry = room_command(commands, room)
            for other, header in HEADER.items():
                ok = compiles(entry, header, scratch)
                want = other in allowed or (room, other) in EXCEPTIONS
                if ok != want:
                    failures.append("src/%s %s <%s> (%s)" % (
                        room, "compiles" if ok else "cannot include", header,
                        "a wrong-way include" if ok else "an allowed include"))
                print("%s %-7s -> %-7s %s" % ("ok  " if ok == want else "FAIL",
                                              room, other,
                                              "compiles" if ok else "refused"))
    if failures:
        print("\nThe build does not enforce the arrows:\n  " + "\n  ".join(failures))
        return 1
    return 0


sys.exit(main())
