#!/usr/bin/python3
"""HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1: the program paints its window once and
ends by itself, with status 0 (the benchmarks time this).  Needs a display:
skipped (77) without one."""

import os
import subprocess
import sys
import tempfile
import time

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("no display", file=sys.stderr)
    sys.exit(77)

binary = sys.argv[1]
with tempfile.TemporaryDirectory(prefix="hamtplan-first-frame-") as home:
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + "/data",
               XDG_CONFIG_HOME=home + "/config", XDG_CACHE_HOME=home + "/cache",
               XDG_CONFIG_DIRS=home + "/etc", HAMTPLAN_EXIT_AFTER_FIRST_FRAME="1")
    start = time.monotonic()
    try:
        status = subprocess.run([binary], env=env, timeout=60).returncode
    except subprocess.TimeoutExpired:
        print("the program did not end after its first frame", file=sys.stderr)
        sys.exit(1)
    elapsed = time.monotonic() - start
    print("ended with %d after %.2f s" % (status, elapsed))
    if status != 0:
        sys.exit(1)
    # The window was shown: a draft folder exists only once the program ran
    # its start-up, and a clean end leaves no lock behind.
    drafts = os.path.join(home, "data", "hamtplan", "drafts")
    if not os.path.isdir(drafts):
        print("the program did not start up", file=sys.stderr)
        sys.exit(1)
    leftovers = os.listdir(drafts)
    if leftovers:
        print("left in the drafts folder: %s" % leftovers, file=sys.stderr)
        sys.exit(1)
