#!/usr/bin/python3
"""The whole workflow from the keyboard: a new plan to an exported visit card.

No pointer event at all and no action done through AT-SPI: only key events
(XTest, through AT-SPI's generateKeyboardEvent).  The accessible tree is only
read, to know where the focus is and what the window shows.  From a new
plan: Tab into the first field and type the case number and the client's
initials; Alt+5 and two belongings from the catalogue picker (Space ticks,
Tab reaches "Lägg till N markerade"); Alt+7 and a visit added in its dialog,
its date chosen in the calendar with the arrow keys and Enter; F10, Export,
"Besökskort som PDF…", a path typed in the file chooser, Enter; the message
closed with Enter, and then F10 opens the menu at once (the focus came back
to the window).  The PDF holds what was typed.
"""

import datetime
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hpdriver import (KEY_DOWN, KEY_RETURN, KEY_TAB, check, focused, key, run,  # noqa: E402
                      tab_to, text_of, wait_for)

import pyatspi  # noqa: E402

KEY_ESCAPE = 0xff1b
KEY_F10 = 0xffc7
KEY_RIGHT = 0xff53
CONTROL, ALT = 1 << 2, 1 << 3

CASE_NUMBER = "IFO 2026-0412"
INITIALS = "Åsa K."
START = "16:00"
PLACE = "Medborgarhuset, rum Tallen"
CODE_WORD = "Blåklint"
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def chord(keysym, modifiers):
    pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)
    time.sleep(0.3)


def type_text(text):
    """Types @text key by key (Latin-1 keysyms are the code points)."""
    for ch in text:
        code = ord(ch)
        pyatspi.Registry.generateKeyboardEvent(code if code < 0x100 else 0x1000000 + code,
                                               None, pyatspi.KEY_SYM)
        time.sleep(0.04)
    time.sleep(0.1)


def focus_in(window):
    return wait_for(lambda: focused(window), "the focus in “%s”" % window.name)


def named(prefix):
    return lambda x: x.name == prefix or x.name.startswith(prefix) or x.name.endswith(prefix)


def menu_to(window, prefix, limit=14):
    """Goes down the open menu to the item whose name starts with @prefix."""
    for _ in range(limit):
        key(KEY_DOWN)
        current = focused(window)
        if current is not None and current.name.startswith(prefix):
            return current
    check(False, "the menu has no “%s”" % prefix)


def fill_case(app):
    window = app.main_window()
    tab_to(window, named("Diarienummer"), "the case number", 12)
    type_text(CASE_NUMBER)
    key(KEY_TAB)
    check(focus_in(window).name == "Klientens namn eller initialer",
          "Tab from the case number went to “%s”" % focus_in(window).name)
    type_text(INITIALS)
    wait_for(lambda: CASE_NUMBER in app.title(), "the case number in the title")


def add_from_catalogue(app):
    window = app.main_window()
    chord(ord("5"), ALT)
    tab_to(window, named("Lägg till från katalogen"), "the catalogue picker", 12)
    key(KEY_RETURN)
    time.sleep(0.5)
    check(focus_in(window).name == "Sök i katalogen", "the picker opens in its search")
    # Into the list: one stop, after the "for whom" choice.
    tab_to(window, lambda x: x.getRoleName() == "list item", "the catalogue's entries", 4)
    key(ord(" "))
    key(KEY_DOWN)
    key(ord(" "))
    add = tab_to(window, named("Lägg till 2 markerade"), "the add button", 3)
    check("Lägg till 2 markerade" in add.name, "two entries ticked: “%s”" % add.name)
    key(KEY_RETURN)
    row = wait_for(lambda: focused(window) if focused(window).getRoleName() == "table row"
                   else None, "the focus on the belongings added")
    check(row.getRoleName() == "table row" and row.name.startswith("ID-handlingar"),
          "the focus is on the first added row, named by its content: %s “%s”"
          % (row.getRoleName(), row.name))


def add_visit(app):
    window = app.main_window()
    chord(ord("7"), ALT)
    tab_to(window, named("Lägg till besök"), "the add-visit button", 12)
    key(KEY_RETURN)
    dialog = app.window("Lägg till besök")
    check(focus_in(dialog).name == "Datum", "the visit dialog opens in its date")
    key(KEY_TAB)
    check(focus_in(dialog).name.startswith("Välj i kalendern"), "Tab reaches the calendar")
    key(KEY_RETURN)
    time.sleep(0.5)
    # One day on and one week on: the calendar moves the chosen day.
    key(KEY_RIGHT)
    key(KEY_DOWN)
    key(KEY_RETURN)
    date = wait_for(lambda: focused(dialog) if focused(dialog).name == "Datum" else None,
                    "the focus back in the date")
    expected = datetime.date.today() + datetime.timedelta(days=8)
    check(text_of(date) == expected.isoformat(),
          "the calendar chose %s, not %s" % (text_of(date), expected.isoformat()))
    tab_to(dialog, named("Start"), "the start time", 3)
    type_text(START)
    tab_to(dialog, named("Mötesplats"), "the place", 4)
    type_text(PLACE)
    tab_to(dialog, named("Kodord"), "the code word", 6)
    type_text(CODE_WORD)
    key(KEY_RETURN)
    wait_for(lambda: all(w.name != "Lägg till besök" for w in app.windows()),
             "the visit dialog to close")
    row = focus_in(window)
    check(row.getRoleName() == "list item" and PLACE in row.name,
          "after the dialog the focus is on the new visit: %s “%s”"
          % (row.getRoleName(), row.name))
    return expected


def export_visit_card(app, path):
    window = app.main_window()
    key(KEY_F10)
    time.sleep(0.5)
    menu_to(window, "Exportera")
    key(KEY_RETURN)
    time.sleep(0.4)
    menu_to(window, "Besökskort som PDF")
    key(KEY_RETURN)
    chooser = app.window("Exportera besökskortet som PDF")
    name = focus_in(chooser)
    check(name.name == "Namn:", "the file chooser opens in its name: “%s”" % name.name)
    # The chooser completes names from folders it reads in the background;
    # under a sanitizer a completion can land after the last key. A user
    # sees the text before pressing Enter, so the test reads it too.
    for _ in range(3):
        chord(ord("a"), CONTROL)
        type_text(path)
        if wait_for(lambda: text_of(name) == path, "the typed name", timeout=3, fail=False):
            break
    check(text_of(name) == path, "the name field holds “%s”, not the typed path" % text_of(name))
    key(KEY_RETURN)
    message = app.window("Besökskortet exporterades")
    check(message is not None, "the export is confirmed")
    shown = " ".join(text_of(x) for x in pyatspi.findAllDescendants(
        message, lambda x: x.getRoleName() == "label"))
    check(os.path.basename(path) in shown, "the confirmation names another file: %s" % shown)
    key(KEY_RETURN)
    wait_for(lambda: len(app.windows()) == 1, "the message to close")
    # Back in the window, where the focus was, and the keys work at once.
    row = focus_in(window)
    check(PLACE in row.name, "after the message the focus is on “%s”" % row.name)
    key(KEY_F10)
    item = wait_for(lambda: focused(window) if focused(window).getRoleName() == "menu item"
                    else None, "F10 to open the main menu after the message")
    check(item is not None, "F10 opens the menu")
    key(KEY_ESCAPE)


def check_card(path, date):
    wait_for(lambda: os.path.exists(path), "the visit card’s file")
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                          check=True).stdout
    long_date = "%d %s %d" % (date.day, MONTHS[date.month - 1], date.year)
    for wanted in (CASE_NUMBER, long_date + ", " + START, PLACE, CODE_WORD, "Pass",
                   "ID-handlingar"):
        check(wanted in " ".join(text.split()), "the visit card lacks “%s”" % wanted)
    check(os.stat(path).st_mode & 0o077 == 0, "the visit card is readable by others")


def test(session):
    app = session.start()
    fill_case(app)
    add_from_catalogue(app)
    date = add_visit(app)
    path = session.path("besökskort.pdf")
    export_visit_card(app, path)
    check_card(path, date)


if __name__ == "__main__":
    run(test)
