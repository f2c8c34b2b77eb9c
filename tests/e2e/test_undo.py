#!/usr/bin/python3
"""Undo and redo of the whole plan, as a caseworker uses them.

A plan is opened and saved once as it is (the program's own form of the
file).  Then a drop-down is changed, a word is typed key by key into a
field, and a contact is removed.  The removal is taken back with the
list's own Undo button, the typing and the drop-down with Ctrl+Z pressed
inside the text field (one press takes the whole word: one step per field
edit), and the plan is saved again as it was: no unsaved mark.  Shift+
Ctrl+Z does all three again, the pages show it, and the file saved is the
first one with exactly those three changes.  After the save the history is
still there: Ctrl+Z marks the plan unsaved, Shift+Ctrl+Z saved again.
"""

import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pyatspi  # noqa: E402

from hpdriver import (button, check, click, combo_value, find, find_all,  # noqa: E402
                      go_to_section, press, run, text_of, wait_for)

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
PLAN = "foljeslagning-trapphus.hamtplan"

CONTROL = 1 << 2
SHIFT = 1 << 0
KEY_Z = ord("z")

TYPED = "arabiska, dari"
REMOVED = "Kvinnojouren Linnea"


def chord(keysym, modifiers):
    """Presses @keysym with @modifiers held, as a user does."""
    pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)
    time.sleep(0.3)


def undo():
    chord(KEY_Z, CONTROL)


def redo():
    chord(KEY_Z, CONTROL | SHIFT)


def type_keys(text):
    """Types @text key by key into the focused input: each key is an edit
    of the plan."""
    for c in text:
        pyatspi.Registry.generateKeyboardEvent(ord(c), None, pyatspi.KEY_SYM)
        time.sleep(0.03)
    time.sleep(0.2)


def unsaved(app):
    return app.title().startswith("•")


def read_plan(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def contact_rows(page):
    return [x.name for x in find_all(page, "list item")]


def has_contact(app, name):
    page = go_to_section(app, "Kontakter")
    return any(name in row for row in contact_rows(page))


def test(session):
    path = session.path("plan.hamtplan")
    shutil.copyfile(os.path.join(DATA, PLAN), path)
    os.chmod(path, 0o600)

    app = session.start(path)
    page = go_to_section(app, "Ärende")
    check(not unsaved(app), "the plan opened unsaved")
    # The program's own form of the file, to compare the last save with.
    chord(ord("s"), CONTROL)
    # (The example predates the disclosure log: the program's save adds it.)
    wait_for(lambda: "disclosures" in read_plan(path), "the first save")
    first = read_plan(path)

    # 1. A drop-down.
    protection = find(page, "combo box", "Skyddade personuppgifter")
    before = combo_value(protection)
    press(protection.getChildAtIndex(0))
    time.sleep(0.4)
    pyatspi.Registry.generateKeyboardEvent(0xff54, None, pyatspi.KEY_SYM)  # Down
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Return
    wait_for(lambda: combo_value(protection) != before, "the drop-down to change")
    chosen = combo_value(protection)
    wait_for(lambda: unsaved(app), "the unsaved mark")

    # 2. A text field, typed key by key.
    language = find(page, "text", "Tolkspråk")
    click(language)
    type_keys(TYPED)
    wait_for(lambda: text_of(language) == TYPED, "the typed text")

    # 3. A list removal.
    page = go_to_section(app, "Kontakter")
    row = wait_for(lambda: [x for x in find_all(page, "list item") if REMOVED in x.name],
                   "the contact's row")[0]
    # Selected as a screen reader selects it (a click on a row opens it).
    row.parent.querySelection().selectChild(row.getIndexInParent())
    time.sleep(0.2)
    press(button(page, "Ta bort kontakt"))
    wait_for(lambda: not any(REMOVED in r for r in contact_rows(page)), "the contact to go")

    # Undone: the removal with the list's own button, the rest with Ctrl+Z
    # from inside the text field.
    press(button(page, "Ångra"))
    wait_for(lambda: any(REMOVED in r for r in contact_rows(page)), "the contact to come back")
    page = go_to_section(app, "Ärende")
    language = find(page, "text", "Tolkspråk")
    click(language)
    check(language.getState().contains(pyatspi.STATE_FOCUSED), "the text field has no focus")
    undo()
    wait_for(lambda: text_of(language) == "", "Ctrl+Z in the field to undo the whole word")
    check(combo_value(protection) == chosen, "one Ctrl+Z undid more than the typing")
    undo()
    wait_for(lambda: combo_value(protection) == before, "Ctrl+Z to undo the drop-down")
    wait_for(lambda: not unsaved(app), "the plan to be as saved again")

    # Redone, all three, and the pages show it.
    redo()
    wait_for(lambda: combo_value(protection) == chosen, "the drop-down redone")
    redo()
    wait_for(lambda: text_of(language) == TYPED, "the typing redone")
    redo()
    check(unsaved(app), "the redone plan is not marked unsaved")
    wait_for(lambda: not has_contact(app, REMOVED), "the removal redone")

    chord(ord("s"), CONTROL)
    wait_for(lambda: not unsaved(app), "the save")
    saved = read_plan(path)

    expected = json.loads(json.dumps(first))
    expected["case"]["protection"] = "confidentiality-marking"
    expected["case"]["interpreter_language"] = TYPED
    expected["contacts"] = [c for c in expected["contacts"] if c.get("organisation") != REMOVED]
    check(len(expected["contacts"]) == len(first["contacts"]) - 1, "the example has no “%s”" % REMOVED)
    if saved != expected:
        for key in sorted(set(saved) | set(expected)):
            if saved.get(key) != expected.get(key):
                print("differs: %s\n  saved:    %s\n  expected: %s"
                      % (key, saved.get(key), expected.get(key)), file=sys.stderr)
    check(saved == expected, "the saved file is not the expected one")
    check(os.stat(path).st_mode & 0o777 == 0o600, "the saved file is not 0600")

    # The history survives the save.
    undo()
    wait_for(lambda: has_contact(app, REMOVED), "Ctrl+Z after the save")
    check(unsaved(app), "undone after the save, the plan is not unsaved")
    redo()
    wait_for(lambda: not unsaved(app), "redone, the plan as saved")

    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")


if __name__ == "__main__":
    run(test)
