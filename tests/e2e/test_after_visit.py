#!/usr/bin/python3
"""After the visit: the outcomes of 12 belongings in one pass, by keyboard.

Opens a plan of 12 belongings none of which has an outcome, in a 1024×700
window, and records them all with at most 30 keystrokes (counted here; a
chord such as Alt+5 is one): the section by its access key, Tab into the
list, one digit per belonging (the focus moves on by itself), three of them
at once with Shift+Down twice and one digit, and Ctrl+S.  The Status column
is in view at that size.  Then the saved file holds every status and the
follow-up's "Vad som kom hem" written from them; started again with the
file, the window shows every status.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hpdriver import (KEY_TAB, check, find, find_all, focused, go_to_section, press,  # noqa: E402
                      run, text_of, wait_for)

import pyatspi  # noqa: E402

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "data",
                       "neutral-plats-tva-besok.hamtplan")
EXTRA_ITEM = "Klientens mobilladdare"

# The labels of the statuses in Swedish, by the file's nicks.
LABELS = {
    "planned": "Inte hämtad än",
    "retrieved": "Hämtad",
    "not-found": "Hittades inte",
    "damaged": "Skadad",
    "refused": "Våldsutövaren vägrade",
    "left-behind": "Lämnades kvar",
}
BY_DIGIT = ["planned", "retrieved", "not-found", "damaged", "refused", "left-behind"]

# What is pressed for the 12 rows, in order: one digit each, except rows
# 7 to 9, selected together with Shift+Down twice and set with one digit.
SINGLE_BEFORE = "111412"
TOGETHER = "1"
SINGLE_AFTER = "531"
EXPECTED = ([BY_DIGIT[int(d)] for d in SINGLE_BEFORE] + [BY_DIGIT[int(TOGETHER)]] * 3
            + [BY_DIGIT[int(d)] for d in SINGLE_AFTER])

KEY_DOWN = 0xff54
SHIFT, CONTROL, ALT = 1 << 0, 1 << 2, 1 << 3
MAX_KEYSTROKES = 30


class Keyboard:
    """Presses keys and counts them, a chord (Ctrl+S) as one keystroke."""

    def __init__(self):
        self.count = 0

    def press(self, keysym, modifiers=0):
        self.count += 1
        if modifiers:
            pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        if modifiers:
            pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)
        time.sleep(0.15)

    def digit(self, d):
        self.press(ord(d))


def write_plan(path):
    """The example's 11 belongings and one more, none with an outcome, and
    an empty "what came home" (the window fills it in)."""
    with open(EXAMPLE, encoding="utf-8") as f:
        plan = json.load(f)
    extra = dict(plan["items"][0], name=EXTRA_ITEM, owner="", location="Hallen")
    plan["items"].append(extra)
    for item in plan["items"]:
        item["status"] = "planned"
    plan["follow_up"]["items_returned"] = ""
    check(len(plan["items"]) == 12, "the plan has %d items" % len(plan["items"]))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)
    return [item["name"] for item in plan["items"]]


def in_table(accessible, table):
    node = accessible
    for _ in range(8):
        if node is None:
            return False
        if node == table:
            return True
        node = node.parent
    return False


def row_names(table):
    """The rows of the list as a screen reader has them: each row's labels."""
    rows = []
    for row in find_all(table, "table row"):
        labels = [text_of(x) for x in pyatspi.findAllDescendants(
            row, lambda x: x is not None and x.getRoleName() == "label")]
        if labels:
            rows.append(labels)
    return rows


def status_column_in_view(window, table):
    """The Status column's header lies inside the 1024 px window."""
    header = find(table, "label", "Status")
    x, _, w, _ = header.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    _, _, width, _ = window.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return w > 40 and 0 <= x and x + w <= width


def record_outcomes(app, keyboard):
    window = app.main_window()
    keyboard.press(ord("5"), ALT)
    page = wait_for(lambda: find(window, "panel", "Tillhörigheter"), "the belongings page")
    table = find(page, "tree table", "Tillhörigheter")
    check(status_column_in_view(window, table), "the Status column is not in view at 1024×700")
    # A screen reader hears the keys with the list.
    check("tryck en siffra" in table.description,
          "the list's description: “%s”" % table.description)

    # From the header bar, where the focus stays after Alt+5, over the
    # sidebar, the findings and the page's controls: 11 today.
    for _ in range(14):
        keyboard.press(KEY_TAB)
        time.sleep(0.1)
        now = focused(window)
        if now is not None and in_table(now, table):
            break
    else:
        check(False, "Tab never reached the list of belongings")

    for d in SINGLE_BEFORE:
        keyboard.digit(d)
    keyboard.press(KEY_DOWN, SHIFT)
    keyboard.press(KEY_DOWN, SHIFT)
    keyboard.digit(TOGETHER)
    for d in SINGLE_AFTER:
        keyboard.digit(d)

    wait_for(lambda: app.title().startswith("•"), "the unsaved mark")
    return table


def expected_summary(names):
    """"Vad som kom hem" as the model writes it from EXPECTED."""
    lines = []
    for nick, heading in (("retrieved", "Kom hem"), ("damaged", "Kom hem skadat"),
                          ("not-found", "Hittades inte"),
                          ("refused", "Våldsutövaren vägrade lämna ut"),
                          ("left-behind", "Lämnades kvar"), ("planned", "Inte hämtat än")):
        these = [n for n, s in zip(names, EXPECTED) if s == nick]
        if these:
            lines.append("%s: %s." % (heading, ", ".join(these)))
    return "\n".join(lines)


def test(session):
    path = session.path("Planer", "efter-besoket.hamtplan")
    os.makedirs(os.path.dirname(path))
    names = write_plan(path)
    written = os.stat(path).st_mtime_ns

    started = time.monotonic()
    app = session.start(path)
    keyboard = Keyboard()
    record_outcomes(app, keyboard)
    keyboard.press(ord("s"), CONTROL)
    wait_for(lambda: not app.title().startswith("•"), "the plan to be saved")
    check(os.stat(path).st_mtime_ns != written, "the file was not written")
    check(keyboard.count <= MAX_KEYSTROKES,
          "12 outcomes took %d keystrokes (at most %d)" % (keyboard.count, MAX_KEYSTROKES))
    print("12 outcomes and the save in %d keystrokes, %.1f s"
          % (keyboard.count, time.monotonic() - started), file=sys.stderr)

    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")

    with open(path, encoding="utf-8") as f:
        plan = json.load(f)
    saved = [item["status"] for item in plan["items"]]
    check(saved == EXPECTED, "statuses in the file: %s, not %s" % (saved, EXPECTED))
    check(plan["follow_up"]["items_returned"] == expected_summary(names),
          "“Vad som kom hem” in the file: %r" % plan["follow_up"]["items_returned"])

    # Started again: the list shows what was recorded.
    app = session.start(path)
    page = go_to_section(app, "Tillhörigheter")
    table = find(page, "tree table", "Tillhörigheter")

    # The list builds the rows in view (at least 7 of the 12 at this size).
    expected = dict(zip(names, EXPECTED))

    def shown():
        rows = [row for row in row_names(table) if row[0] in expected]
        return len(rows) >= 7 and all(LABELS[expected[row[0]]] in row for row in rows)
    found = wait_for(shown, "the statuses in the reopened list", timeout=5, fail=False)
    check(found, "the reopened list shows: %s" % row_names(table))
    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")


if __name__ == "__main__":
    run(test, size="1024x700")
