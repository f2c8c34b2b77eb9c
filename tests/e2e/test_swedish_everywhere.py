#!/usr/bin/python3
"""Under LANG=sv_SE.UTF-8 no English is visible in the window.

Starts the real program in a Swedish locale with an example plan (a copy,
so that it can be changed) and a broken local catalogue, visits every
section page, opens every kind of dialog a caseworker reaches (the add and
edit dialogs of each list, the catalogue pop-overs, the calendar, the
drop-downs, the main menu and its Export submenu, Preferences, Keyboard
Shortcuts, About, the handover recipient chooser, GTK's export file
chooser and print dialog, the journal-text message, the invalid-text
warning, the undo note of a removal, the unsaved-changes question), then
turns to a new empty plan so that findings appear.  A second start, with a
draft left behind and a plan that is not JSON, shows the draft question and
the error dialog.

Every string the accessibility tree holds is collected (names,
descriptions, which carry the tooltips, and the text of labels, cells, list
rows and buttons) and handed to the detector in swedish.py, after taking
out the plan's own data.  The test lists each English string with where it
was and fails.

It also checks what a Swede expects of dates and times (2026-11-20,
16:00 on a 24-hour clock, Swedish month names in the calendar), that About
shows the version, the licence and a description, and that the keyboard
shortcuts window lists Ctrl+N, Ctrl+O, Ctrl+S, Skift+Ctrl+S, Ctrl+P,
Ctrl+Q and Delete.
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hpdriver import (GLib, button, check, click, find, find_all, focused,  # noqa: E402
                      go_to_section, key, press, pyatspi, run, states, text_of,
                      type_into, wait_for)
from swedish import (Detector, is_type_name, plan_values,  # noqa: E402
                     swedish_locale_missing)

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("HAMTPLAN_TEST_DATA", os.path.join(HERE, os.pardir, "data"))
EXAMPLE = os.path.join(DATA, "neutral-plats-tva-besok.hamtplan")
NOT_JSON = os.path.join(DATA, "malformed", "not-json.hamtplan")

KEY_ESCAPE = 0xff1b

SECTIONS = ["Ärende", "Risk och beslut", "Stödform och genomförande", "Kontakter",
            "Tillhörigheter", "Säkerhetsåtgärder", "Besök", "Samtycken", "Uppföljning"]

# What the shortcuts window must list, as GTK writes it in Swedish.
SHORTCUTS = {
    "Ctrl+N": "Ny plan",
    "Ctrl+O": "Öppna en plan",
    "Ctrl+S": "Spara planen",
    "Skift+Ctrl+S": "Spara planen som en annan fil",
    "Ctrl+P": "Skriv ut planen",
    "Ctrl+Q": "Avsluta",
    "Delete": "Ta bort det markerade i listan",
}

SKIPPED_ROLES = {"scroll bar"}

# Tall enough for the longest page, on a screen to match.
WINDOW_HEIGHT = 2300
SCREEN = "1280x2400"


def progress(what):
    if os.environ.get("HAMTPLAN_E2E_VERBOSE"):
        print("%.1f %s" % (time.monotonic(), what), file=sys.stderr)


class Collector:
    """Every string of the accessible trees it is shown, with where."""

    def __init__(self):
        self.strings = {}     # text -> the first place it was seen
        self.untitled = []    # windows named after their widget type
        self.nodes = 0
        self.seconds = 0.0
        self.skip = None

    def collect(self, root, where, skip=None):
        """@skip(role, name): subtrees not to walk."""
        started = time.monotonic()
        self.skip = skip
        self._walk(root, [where], 0)
        self.seconds += time.monotonic() - started

    def collect_window(self, window, where, skip=None):
        if is_type_name(window.name):
            self.untitled.append("%s: the window is named “%s” (no title)"
                                 % (where, window.name))
        self.collect(window, where, skip)

    def _add(self, text, path, what):
        text = text.strip()
        if text and text not in self.strings:
            self.strings[text] = "%s (%s)" % (" › ".join(path), what)

    def _walk(self, accessible, path, depth):
        if accessible is None or depth > 60:
            return
        try:
            role = accessible.getRoleName()
            if role in SKIPPED_ROLES:
                return
            name = accessible.name or ""
            description = accessible.description or ""
            try:
                text = text_of(accessible)
            except NotImplementedError:
                text = ""
            count = accessible.childCount
        except Exception:  # the tree changes while it is read
            return
        if self.skip is not None and self.skip(role, name):
            return
        self.nodes += 1
        here = path + (["%s “%s”" % (role, name[:40])] if name and not is_type_name(name)
                       else [])
        if not is_type_name(name):
            self._add(name, here, role + " name")
        self._add(description, here, role + " description")
        if text != name:
            self._add(text, here, role + " text")
        for i in range(count):
            try:
                child = accessible.getChildAtIndex(i)
            except Exception:
                continue
            self._walk(child, here, depth + 1)


def activate(accessible):
    """press() without its pause: for where the test waits for what follows
    (a window to open or to close)."""
    if not _has_action(accessible):
        inner = pyatspi.findDescendant(accessible, _has_action)
        check(inner is not None, "“%s” cannot be pressed" % accessible.name)
        accessible = inner
    accessible.queryAction().doAction(0)


def new_window(app, before, what, timeout=10):
    """The window that was not there before."""
    def find_new():
        for w in app.windows():
            if w is not None and id_of(w) not in before:
                return w
        return None
    return wait_for(find_new, what, timeout)


def id_of(window):
    # Accessible objects are new proxies each time; their D-Bus path is not.
    return window.path


def window_ids(app):
    return {id_of(w) for w in app.windows() if w is not None}


def gone(app, window):
    wanted = id_of(window)
    wait_for(lambda: wanted not in window_ids(app), "a window to close")


def close_window(app, window):
    """Closes a dialog with its own button: Avbryt, else Stäng (the title
    bar's), else Escape; then checks that no hidden window is left for a
    screen reader to crash the program on (Application.ask_past_last_window)."""
    name = window.name
    buttons = pyatspi.findAllDescendants(
        window, lambda x: x is not None and x.getRoleName() == "push button")
    for label in ("Avbryt", "Stäng"):
        for candidate in buttons:
            if candidate.name == label or candidate.name.endswith(" " + label):
                activate(candidate)
                gone(app, window)
                app.ask_past_last_window(name)
                return
    key(KEY_ESCAPE)
    gone(app, window)
    app.ask_past_last_window(name)


def extents(accessible):
    return accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)


def scroll_into_view(accessible):
    """Fails unless @accessible is inside its page's scrolled view.  The
    window is as tall as the longest page (WINDOW_HEIGHT) so that nothing
    needs scrolling: a pop-over opened from a widget off the screen has no
    monitor to be placed on (GTK 4.8 then fails gdk_monitor_get_geometry),
    and GTK ignores the wheel events XTest makes here."""
    view = accessible.parent
    while view is not None and view.getRoleName() != "scroll pane":
        view = view.parent
    if view is None:
        return
    vx, vy, vw, vh = extents(view)
    x, y, w, h = extents(accessible)
    check(vy <= y and y + h <= vy + vh,
          "“%s” is outside its page (at y=%d, the page shows %d to %d): make "
          "WINDOW_HEIGHT larger" % (accessible.name, y, vy, vy + vh))


def open_drop_downs(collector, root, where):
    """Opens each drop-down under @root, collects its choices, closes it."""
    combos = pyatspi.findAllDescendants(
        root, lambda x: x is not None and x.getRoleName() == "combo box"
        and "visible" in states(x))
    progress("  %d drop-downs in %s" % (len(combos), where))
    for combo in combos:
        toggle = combo.getChildAtIndex(0)
        if "sensitive" not in states(toggle):
            continue
        scroll_into_view(combo)
        toggle.queryAction().doAction(0)
        wait_for(lambda: "pressed" in states(toggle), "drop-down “%s” to open" % combo.name,
                 step=0.05)
        popover = wait_for(lambda: combo.getChildAtIndex(1), "the choices of “%s”" % combo.name)
        collector.collect(popover, "%s › drop-down “%s”" % (where, combo.name))
        pyatspi.Registry.generateKeyboardEvent(KEY_ESCAPE, None, pyatspi.KEY_SYM)
        wait_for(lambda: "pressed" not in states(toggle),
                 "drop-down “%s” to close" % combo.name, step=0.05)


def visit_list_editors(app, collector, page, section, buttons):
    """The add and edit dialogs of each list on @page; @buttons: its push
    buttons."""
    adds = [b for b in buttons
            if b.name.startswith("Lägg till ") and b.name != "Lägg till från katalogen"
            and "sensitive" in states(b)]
    for add in adds:
        progress("  " + add.name)
        noun = add.name[len("Lägg till "):]
        before = window_ids(app)
        activate(add)
        dialog = new_window(app, before, "the dialog “%s”" % add.name)
        collector.collect_window(dialog, "%s › dialog “%s”" % (section, dialog.name))
        open_drop_downs(collector, dialog, "dialog “%s”" % dialog.name)
        close_window(app, dialog)

        # Found again: an accessible kept from before a dialog can be stale,
        # and GTK 4.8 answers a question about a stale one with a critical.
        edit_name = "Ändra " + noun
        edit = pyatspi.findDescendant(
            page, lambda x: x is not None and x.getRoleName() == "push button"
            and x.name == edit_name)
        if edit is None:
            continue
        edits = [edit]
        before = window_ids(app)
        if "sensitive" not in states(edits[0]):
            # A click on a row selects it; some lists open it at once.
            select_first_row(page)
            time.sleep(0.3)
        if window_ids(app) == before:
            check("sensitive" in states(edits[0]), "“%s” cannot be used" % edit_name)
            activate(edits[0])
        dialog = new_window(app, before, "the dialog “%s”" % edit_name)
        collector.collect_window(dialog, "%s › dialog “%s”" % (section, dialog.name))
        close_window(app, dialog)


def select_first_row(page):
    """Clicks the first row of the page's list: a list item, or the first
    cell of a table (the belongings).  Each page has one list."""
    row = pyatspi.findDescendant(
        page, lambda x: x is not None and x.getRoleName() in ("list item", "table cell"))
    check(row is not None, "no row to select")
    scroll_into_view(row)
    click(row)


def visit_catalogue(app, collector, page, section, buttons):
    pickers = [b for b in buttons if b.name == "Lägg till från katalogen" and _has_action(b)]
    for picker in pickers:
        scroll_into_view(picker)
        press(picker)
        search = wait_for(lambda: [x for x in find_all(picker.parent.parent, "entry")
                                   if "focused" in states(x)], "the catalogue")[0]
        time.sleep(0.3)
        collector.collect(picker.parent.parent, "%s › catalogue" % section)
        search.queryEditableText().setTextContents("xyzzy")
        time.sleep(0.3)
        collector.collect(picker.parent.parent, "%s › catalogue, nothing found" % section)
        # The first Escape empties the search, the next one closes.
        for _ in range(3):
            key(KEY_ESCAPE)
            time.sleep(0.2)
            if "pressed" not in states(picker):
                break
        check("pressed" not in states(picker), "the catalogue did not close")


def _has_action(accessible):
    try:
        return accessible.queryAction().nActions > 0
    except NotImplementedError:
        return False


def visit_sections(app, collector):
    window = app.main_window()
    for section in SECTIONS:
        progress("section " + section)
        page = go_to_section(app, section)
        open_drop_downs(collector, page, "page “%s”" % section)
        buttons = find_all(page, "push button")
        visit_list_editors(app, collector, page, section, buttons)
        visit_catalogue(app, collector, page, section, buttons)
    collector.collect_window(window, "main window")


def visit_calendar(app, collector):
    """The date picker: Swedish month and day names, Monday first."""
    page = go_to_section(app, "Ärende")
    calendar_button = find(page, "push button",
                           "Välj i kalendern: Tillhörigheterna behövs senast")
    scroll_into_view(calendar_button)
    press(calendar_button)
    calendar = wait_for(lambda: (lambda f: f if f is not None and f.name == "Kalender"
                                 else None)(focused(app.main_window())), "the calendar")
    collector.collect(calendar, "page “Ärende” › calendar")
    labels = [text_of(x) for x in find_all(calendar, "label")]
    key(KEY_ESCAPE)
    check("december" in labels and "november" in labels,
          "the calendar shows no Swedish months: %s" % labels)
    days = [t for t in labels if t in ("mån", "tis", "ons", "tor", "fre", "lör", "sön")]
    check(days == ["mån", "tis", "ons", "tor", "fre", "lör", "sön"],
          "the calendar's week is not a Swedish one, Monday first: %s" % labels)


def visit_removal_note(app, collector):
    """Removing a contact shows a note with Ångra; undo it."""
    page = go_to_section(app, "Kontakter")
    rows = [x for x in find_all(page, "list item") if "visible" in states(x)]
    scroll_into_view(rows[0])
    click(rows[0])
    press(button(page, "Ta bort kontakt"))
    undo = wait_for(lambda: [b for b in find_all(page, "push button")
                             if b.name == "Ångra" and "visible" in states(b)],
                    "the undo note")[0]
    collector.collect(undo.parent, "page “Kontakter” › removal note")
    press(undo)


def open_menu(app):
    window = app.main_window()
    menu_button = find(window, "push button", "Huvudmeny")
    activate(menu_button)
    wait_for(lambda: "visible" in states(find(window, "menu item", "Om Hämtplan")),
             "the main menu")
    return menu_button


def menu_item(app, name):
    return find(app.main_window(), "menu item", name)


def activate_item(item):
    """Activates a menu item.  The reply comes once the item's action has
    run; building a file chooser or the print dialog under the sanitizers on
    a busy machine can take longer than AT-SPI waits for it, so a missing
    reply is not a failure: the caller looks for the window that opens."""
    try:
        item.queryAction().doAction(0)
    except GLib.GError as error:
        if "Did not receive a reply" not in str(error):
            raise


def activate_menu_item(app, path, what):
    """Opens the main menu, follows @path (submenus, then the item) and
    returns the window that opens."""
    before = window_ids(app)
    open_menu(app)
    for name in path:
        activate_item(menu_item(app, name))
        time.sleep(0.3)
    return new_window(app, before, what, timeout=40)


def visit_menus(app, collector):
    menu_button = open_menu(app)
    collector.collect(menu_button, "main menu")
    menu_item(app, "Exportera").queryAction().doAction(0)
    time.sleep(0.3)
    collector.collect(menu_button, "main menu › Exportera")
    key(KEY_ESCAPE)
    key(KEY_ESCAPE)
    time.sleep(0.2)


def visit_preferences(app, collector):
    window = activate_menu_item(app, ["Inställningar"], "Preferences")
    collector.collect_window(window, "Inställningar")
    close_window(app, window)


def visit_shortcuts(app, collector):
    window = activate_menu_item(app, ["Kortkommandon"], "the shortcuts window")
    shortcuts = wait_for(lambda: pyatspi.findAllDescendants(
        window, lambda x: x is not None and x.name == "GtkShortcutLabel"), "the shortcuts")
    # The keys are GTK's names for them (“Skift”, “Delete”, as Swedish
    # keyboards have it): checked below, not by the word list.
    collector.collect_window(window, "Kortkommandon",
                             skip=lambda role, name: name == "GtkShortcutLabel")
    listed = {}
    for shortcut in shortcuts:
        accel = "".join(text_of(x) for x in find_all(shortcut, "label"))
        keys = {text_of(x) for x in find_all(shortcut, "label")}
        # The title is a label beside the keys, in the same row.
        titles = [text_of(x) for x in find_all(shortcut.parent, "label")
                  if text_of(x) not in keys]
        if titles:
            listed[accel] = titles[0]
    for accel, title in SHORTCUTS.items():
        check(listed.get(accel) == title,
              "the shortcuts window lists %s as “%s”, not “%s” (it lists %s)"
              % (accel, listed.get(accel), title, listed))
    close_window(app, window)


def visit_about(app, collector):
    window = activate_menu_item(app, ["Om Hämtplan"], "About")
    collector.collect_window(window, "Om Hämtplan")
    labels = [text_of(x) for x in find_all(window, "label")]
    version = subprocess.run([os.environ["HAMTPLAN_BINARY"], "--version"], capture_output=True,
                             text=True, env=dict(os.environ, LANG="sv_SE.UTF-8")).stdout.split()[-1]
    check(version in labels, "About does not show the version %s: %s" % (version, labels))
    check(any("GNU General Public License, version 3" in t for t in labels),
          "About does not name the licence: %s" % labels)
    check(any(t.startswith("Planera hur en våldsutsatt person") for t in labels),
          "About has no description: %s" % labels)
    tabs = [x.name for x in find_all(window, "page tab")]
    check("Om" in tabs, "About's tabs: %s" % tabs)
    close_window(app, window)


def visit_exports(app, collector):
    window = activate_menu_item(app, ["Exportera", "Överlämningsblad som PDF…"],
                                "the handover recipient chooser")
    collector.collect_window(window, "handover recipient chooser")
    close_window(app, window)

    window = activate_menu_item(app, ["Exportera", "Hela planen som PDF…"],
                                "the export file chooser")
    time.sleep(0.5)
    collector.collect_window(window, "export file chooser")
    close_window(app, window)

    window = activate_menu_item(app, ["Exportera", "Kopiera journaltext"],
                                "the journal-text message")
    collector.collect_window(window, "journal-text message")
    close_window(app, window)

    before = window_ids(app)
    open_menu(app)
    activate_item(menu_item(app, "Skriv ut…"))
    window = new_window(app, before, "the print dialog", timeout=40)
    time.sleep(0.5)
    collector.collect_window(window, "print dialog")
    close_window(app, window)


def visit_invalid_text(app, collector):
    """Text that is not a date: the field says so, saving asks."""
    page = go_to_section(app, "Ärende")
    field = type_into(page, "Tillhörigheterna behövs senast", "31 februari")
    time.sleep(0.3)
    collector.collect(page, "page “Ärende” with an invalid date")
    before = window_ids(app)
    activate(find(app.main_window(), "push button", "Spara planen"))
    dialog = new_window(app, before, "the invalid-text warning")
    collector.collect_window(dialog, "invalid-text warning")
    press(button(dialog, "Rätta"))
    gone(app, dialog)
    # Another date than the plan's: the plan is changed for the question
    # below (the removal before was undone, which makes it as saved again).
    field.queryEditableText().setTextContents("2026-12-11")
    time.sleep(0.2)


def new_empty_plan(app, collector):
    """Ny plan on a changed plan: the question, then an empty plan and its
    findings."""
    before = window_ids(app)
    activate(find(app.main_window(), "push button", "Ny plan"))
    question = new_window(app, before, "the unsaved-changes question")
    check(question.name.startswith("Spara ändringarna i"), "question “%s”" % question.name)
    collector.collect_window(question, "unsaved-changes question")
    press(button(question, "Spara inte"))
    gone(app, question)
    window = app.main_window()
    findings = find(window, "list", "Kontroller")
    wait_for(lambda: findings.childCount > 3, "the findings of an empty plan")
    # The pages hold nothing new (their texts for an empty plan were in the
    # tree already, hidden): the title, the findings and the rest only.
    collector.collect_window(window, "main window, new plan",
                             skip=lambda role, name: role == "panel" and name in SECTIONS)
    return [x.name for x in find_all(findings, "list item")]


def check_catalogue_warning(collector, path):
    """The broken catalogue's warning names the file, says in Swedish what
    is wrong with it and where (line and column), and that it is not used."""
    shown = [s for s in collector.strings if "catalogue.json" in s]
    wanted = re.compile(r"^%s: filen är inte giltig JSON \(rad 3, tecken \d+\) "
                        r"Filen används inte förrän den har rättats\.$" % re.escape(path))
    check(any(wanted.match(s) for s in shown),
          "the catalogue warning does not say what is wrong and where, in Swedish: %s" % shown)


def check_dates(collector, plan):
    """Dates as 2026-11-20, times on a 24-hour clock."""
    shown = list(collector.strings)
    for visit in plan["visits"]:
        wanted = "%s %s–%s" % (visit["date"], visit["start_time"], visit["end_time"])
        check(any(wanted in s for s in shown), "no visit shown as “%s”" % wanted)


def report(collector, detector):
    listing = os.environ.get("HAMTPLAN_E2E_STRINGS")
    if listing:  # for a person to read through
        with open(listing, "w", encoding="utf-8") as f:
            for text, where in collector.strings.items():
                f.write("%s\n    %s\n" % (text.replace("\n", "\\n"), where))
    english = []
    for text, where in collector.strings.items():
        reasons = detector.problems(text)
        if reasons:
            english.append("“%s”\n      at %s\n      %s" % (text, where, "; ".join(reasons)))
    print("collected %d strings from %d accessible objects in %.1f s"
          % (len(collector.strings), collector.nodes, collector.seconds), file=sys.stderr)
    problems = collector.untitled + english
    if problems:
        print("English in the window:\n  " + "\n  ".join(problems), file=sys.stderr)
    check(not problems, "%d strings are English (listed above)" % len(problems))


def test(session):
    os.makedirs(session.path("Planer"))
    os.chdir(session.home)  # the file choosers start here: no other folders
    plan_path = session.path("Planer", "plan.hamtplan")
    shutil.copyfile(EXAMPLE, plan_path)
    os.chmod(plan_path, 0o600)
    broken_plan = session.path("Planer", "trasig.hamtplan")
    shutil.copyfile(NOT_JSON, broken_plan)
    # A local catalogue that is not JSON: the window says so.
    os.makedirs(session.path("config", "hamtplan"))
    os.makedirs(session.path("config", "glib-2.0", "settings"))
    with open(session.path("config", "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write("[se/hamtplan/Hamtplan]\nwindow-height=%d\n" % WINDOW_HEIGHT)
    with open(session.path("config", "hamtplan", "catalogue.json"), "w") as f:
        # The fault on its third line: the warning must say where.
        f.write('{\n  "format": "hamtplan-catalogue",\n  "version": 1 ]\n}\n')

    with open(EXAMPLE, encoding="utf-8") as f:
        plan = json.load(f)
    detector = Detector()
    detector.add_user_data(plan_values(plan))
    detector.add_user_data(["plan.hamtplan", "trasig.hamtplan", "catalogue.json", "Planer",
                            os.path.basename(session.home), "Hämtplan"])
    collector = Collector()

    started = time.monotonic()
    app = session.start(plan_path)
    for step in (visit_sections, visit_calendar, visit_removal_note, visit_menus,
                 visit_preferences, visit_shortcuts, visit_about, visit_exports,
                 visit_invalid_text):
        progress(step.__name__)
        step(app, collector)
    check_dates(collector, plan)
    check_catalogue_warning(collector, session.path("config", "hamtplan", "catalogue.json"))
    progress("new_empty_plan")
    findings = new_empty_plan(app, collector)
    check(len(findings) >= 3, "an empty plan has findings: %s" % findings)

    # Something typed in the new plan, left as a draft by a program that
    # ends without saving: the next start asks about it.
    type_into(find(app.main_window(), "panel", "Ärende"), "Diarienummer", "IFO 2026-0001")
    wait_for(lambda: glob.glob(session.path("data", "hamtplan", "drafts", "*.hamtplan")),
             "a draft", timeout=10)
    session.kill()

    app = session.start(broken_plan)
    for _ in range(2):
        window = wait_for(lambda: [w for w in app.windows()[1:] if w is not None],
                          "the draft question and the error")[0]
        collector.collect_window(window, "dialog “%s”" % window.name)
        if window.name.startswith("Återställa"):
            press(button(window, "Släng"))
        else:
            check(window.name.endswith("kunde inte öppnas"), "dialog “%s”" % window.name)
            press(button(window, "Stäng"))
        gone(app, window)
    print("visited everything in %.1f s" % (time.monotonic() - started), file=sys.stderr)
    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")

    report(collector, detector)


if __name__ == "__main__":
    if swedish_locale_missing():
        print("FAIL:", swedish_locale_missing(), file=sys.stderr)
        sys.exit(1)
    run(test, size=SCREEN, env={"LANG": "sv_SE.UTF-8", "LANGUAGE": None,
                                "GSETTINGS_BACKEND": "keyfile"})
