#!/usr/bin/python3
"""The real program paints its window: started with a plan on a display of
its own (Xvfb), its window is read back from the X server until it holds a
painted frame (text and widgets, dozens of colours), where a window mapped
but never painted is one colour.  No hook in the program and no fixed
sleep: the screen is polled, and the test fails when no painted frame comes
within the limit.  Skipped (77) without Xvfb, xwininfo or ImageMagick.

  first_frame_painted.py HAMTPLAN PLAN"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import hpscreen  # noqa: E402


def main():
    binary, plan_source = sys.argv[1], sys.argv[2]
    if hpscreen.missing():
        print("%s is missing" % hpscreen.missing(), file=sys.stderr)
        return 77
    screen = hpscreen.Screen()
    home = tempfile.mkdtemp(prefix="hamtplan-painted-")
    app = None
    try:
        plan = os.path.join(home, "plan.hamtplan")
        shutil.copyfile(plan_source, plan)
        os.chmod(plan, 0o600)
        app = subprocess.Popen([binary, plan], env=hpscreen.program_environment(screen, home))
        try:
            seconds, seen = screen.wait_for_painted_window(app)
        except AssertionError as e:
            print(e, file=sys.stderr)
            return 1
        print("a painted window after %.2f s: %s" % (seconds, seen))
        return 0
    finally:
        if app is not None:
            hpscreen.stop(app)
        screen.close()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
