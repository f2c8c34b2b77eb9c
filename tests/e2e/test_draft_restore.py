#!/usr/bin/python3
"""Drafts survive a crash: type, wait for the draft, SIGKILL, start again,
restore, and find the values; the draft goes once the plan is dealt with.

Also: the drafts folder is 0700, a draft 0600, and its name carries nothing
of the case.
"""

import glob
import os
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hpdriver import (button, check, find, go_to_section, press, run, text_of,  # noqa: E402
                      type_into, wait_for)

VALUES = {
    "Diarienummer": "IFO 2026-9999",
    "Klientens namn eller initialer": "B. T.",
    "Anteckningar": "Ring klienten på det säkra numret före besöket.",
}


def drafts(session):
    return glob.glob(session.path("data", "hamtplan", "drafts", "*.hamtplan"))


def test(session):
    app = session.start()
    page = go_to_section(app, "Ärende")
    for name, value in VALUES.items():
        type_into(page, name, value)
    wait_for(lambda: app.title().startswith("•"), "the unsaved mark")

    # Written within a few seconds of the change.
    found = wait_for(lambda: drafts(session), "a draft to be written", timeout=6)
    check(len(found) == 1, "drafts: %s" % found)
    folder = session.path("data", "hamtplan", "drafts")
    check(stat.S_IMODE(os.stat(folder).st_mode) == 0o700, "the drafts folder is not 0700")
    check(stat.S_IMODE(os.stat(found[0]).st_mode) == 0o600, "the draft is not 0600")
    check("9999" not in os.path.basename(found[0]) and "B. T." not in found[0],
          "the draft's name carries case data: %s" % found[0])
    # The last value typed is in it too (the draft follows the typing).
    wait_for(lambda: "säkra numret" in open(drafts(session)[0], encoding="utf-8").read(),
             "the draft to hold the last change", timeout=6)

    session.kill()

    app = session.start()
    question = app.window_named_like("Återställa", timeout=10)
    press(button(question, "Återställ"))
    wait_for(lambda: app.title().startswith("•"), "the restored plan to be unsaved")
    check(VALUES["Diarienummer"] in app.title(), "title “%s”" % app.title())
    page = go_to_section(app, "Ärende")
    for name, value in VALUES.items():
        shown = wait_for(lambda: text_of(find(page, "text", name)) == value and value,
                         "%s to show “%s”" % (name, value))
        check(shown, name)

    # Closing: the unsaved-changes question; Don't Save discards the draft.
    press(find(app.main_window(), "push button", "Stäng"))
    question = app.window_named_like("Spara ändringarna", timeout=10)
    press(button(question, "Spara inte"))
    check(session.wait_exit() == 0, "the program did not end cleanly")
    check(drafts(session) == [], "drafts left: %s" % drafts(session))

    # A clean start offers nothing.  The offer would be made as the window
    # is presented, before its first frame; the findings of the new plan
    # are listed only after that frame: once they are there, any offer is
    # on the bus too.
    app = session.start()
    findings = find(app.main_window(), "list", "Kontroller")
    wait_for(lambda: findings.childCount > 0, "the new plan's findings (the first frame)")
    names = [w.name for w in app.windows()]
    check(len(names) == 1, "windows at a clean start: %s" % names)
    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")


if __name__ == "__main__":
    run(test)
