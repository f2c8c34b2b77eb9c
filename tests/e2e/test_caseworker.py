#!/usr/bin/python3
"""A caseworker builds a plan in the window, saves it, and finds it again.

Fills the case page, adds three items from the catalogue and one typed
item, a security company as a contact, and the client's consent to share
information with it; saves through the file chooser; quits; starts again
with the file and finds every value in the window.  Also: the file is 0600,
and no plan path reached the recently-used list.
"""

import json
import os
import stat
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hpdriver import (KEY_RETURN, button, check, choose, combo_value, find,  # noqa: E402
                      find_all, focused, go_to_section, key, press, run, states, tab_to, text_of,
                      type_into, wait_for)

CASE = {
    "Diarienummer": "IFO 2026-1234",
    "Klientens namn eller initialer": "A. S.",
    "Klientens personnummer": "19850101-1236",
    "Klientens telefon": "070-123 45 67",
    "Ansvarig handläggare": "Kim Handläggare",
    "Medföljande kollega": "Alex Kollega",
    "Tillhörigheterna behövs senast": "2026-12-15",
}
CATALOGUE_ITEMS = ["Pass", "Mediciner", "Glasögon och linser"]
TYPED_ITEM = ("Mormors klocka", "Sovrummet, översta byrålådan")
COMPANY = ("Trygghetsbolaget Sjöstad AB", "010-555 12 34")


def fill_case(app):
    page = go_to_section(app, "Ärende")
    for name, value in CASE.items():
        type_into(page, name, value)


def add_items(app):
    page = go_to_section(app, "Tillhörigheter")

    # Quick-add from the built-in catalogue, by keyboard: open the list,
    # search, Tab to the first match, Return ticks it, add.  (The
    # coordinates GTK 4.8 reports inside a popover are off, so no clicks.)
    for name in CATALOGUE_ITEMS:
        press(find(page, "push button", "Lägg till från katalogen"))
        search = wait_for(lambda: find(page, "entry", "Sök i katalogen"), "the catalogue's search")
        wait_for(lambda: "focused" in states(search), "the focus in the search")
        search.queryEditableText().setTextContents(name)
        time.sleep(0.5)
        tab_to(app.accessible,
               lambda x: x.getRoleName() == "list item" and x.name.startswith(name + ","),
               "the catalogue's “%s”" % name)
        key(KEY_RETURN)
        wait_for(lambda: "checked" in states(find(page, "check box", name)), "“%s” ticked" % name)
        press(button(page, "Lägg till 1 markerad"))
        wait_for(lambda: "%d tillhörighet" % (CATALOGUE_ITEMS.index(name) + 1)
                 in " ".join(text_of(x) for x in find_all(page, "label")),
                 "“%s” in the list" % name)

    # One of the client's own, typed.
    press(button(page, "Lägg till tillhörighet"))
    dialog = app.window("Lägg till tillhörighet")
    type_into(dialog, "Sak", TYPED_ITEM[0])
    type_into(dialog, "Var i bostaden", TYPED_ITEM[1])
    press(button(dialog, "Lägg till tillhörighet"))


def add_security_company(app):
    page = go_to_section(app, "Kontakter")
    press(button(page, "Lägg till kontakt"))
    dialog = app.window("Lägg till kontakt")
    kind = choose(dialog, "Typ", 1)
    check(combo_value(kind) == "Vaktbolag", "kind is “%s”" % combo_value(kind))
    # The part in the visit: a labelled drop-down, next after the kind with Tab.
    find(dialog, "combo box", "Del i besöket")
    tab_to(dialog,
           lambda x: x.name == "Del i besöket"
           or (x.parent is not None and x.parent.name == "Del i besöket"),
           "the drop-down “Del i besöket”")
    part = choose(dialog, "Del i besöket", 1)
    check(combo_value(part) == "Går till bostaden", "part is “%s”" % combo_value(part))
    type_into(dialog, "Namn", COMPANY[0])
    type_into(dialog, "Telefon", COMPANY[1])
    press(button(dialog, "Lägg till kontakt"))


def record_consent(app):
    page = go_to_section(app, "Samtycken")
    press(button(page, "Lägg till samtycke"))
    dialog = app.window("Lägg till samtycke")
    scope = choose(dialog, "Samtycke till", 2)
    check(combo_value(scope) == "Lämna uppgifter till en mottagare",
          "scope is “%s”" % combo_value(scope))
    recipient = choose(dialog, "Mottagare", 1)
    check(combo_value(recipient).startswith(COMPANY[0]),
          "recipient is “%s”" % combo_value(recipient))
    choose(dialog, "Samtycke lämnat", 1)
    choose(dialog, "Form", 1)
    type_into(dialog, "Datum", "2026-11-20")
    type_into(dialog, "Antecknat av", "Kim Handläggare")
    press(button(dialog, "Lägg till samtycke"))


def save_as(session, app, path):
    press(find(app.main_window(), "push button", "Spara planen"))
    chooser = app.window("Spara planen")
    name = find(chooser, "text", "Namn:")
    name.queryEditableText().setTextContents(path)
    time.sleep(0.3)
    press(button(chooser, "Spara"))
    wait_for(lambda: os.path.exists(path), "the file to be written")
    wait_for(lambda: not app.title().startswith("•"), "the unsaved mark to go")


def check_file(path):
    mode = stat.S_IMODE(os.stat(path).st_mode)
    check(mode == 0o600, "the plan file has mode %o" % mode)
    with open(path, encoding="utf-8") as f:
        plan = json.load(f)
    check(plan["case"]["reference"] == CASE["Diarienummer"], "reference in the file")
    names = [item["name"] for item in plan["items"]]
    check(names == CATALOGUE_ITEMS + [TYPED_ITEM[0]], "items in the file: %s" % names)
    check(plan["contacts"][0]["kind"] == "security-company", "the contact's kind in the file")
    check(plan["contacts"][0]["part"] == "goes-home", "the contact's part in the file")
    check(plan["version"] == "1.2", "the file's version is %s" % plan["version"])
    consent = plan["consents"][0]
    check(consent["recipient"] == plan["contacts"][0]["id"], "the consent's recipient")
    check(consent["given"] == "yes" and consent["form"] == "written", "the consent's answer")


CHECK_RECENT_FILES = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                                  "harden", "check-recent-files.py")


def check_recent_list(session, path):
    """tests/harden/check-recent-files.py on this session's list: no
    .hamtplan, nothing of Hämtplan's type, nothing under the plans' folder
    or the drafts folder."""
    r = subprocess.run([sys.executable, CHECK_RECENT_FILES,
                        "--xbel", session.path("data", "recently-used.xbel"),
                        os.path.dirname(path), session.path("data", "hamtplan", "drafts")],
                       capture_output=True, text=True, timeout=30)
    check(r.returncode == 0, "check-recent-files.py failed:\n%s%s" % (r.stdout, r.stderr))


def find_everything(app):
    window = app.main_window()
    check(CASE["Diarienummer"] in app.title(), "title “%s”" % app.title())
    check(app.title().endswith("plan.hamtplan"), "title “%s”" % app.title())
    check(not app.title().startswith("•"), "a reopened plan is not unsaved")

    page = go_to_section(app, "Ärende")
    for name, value in CASE.items():
        shown = text_of(find(page, "text", name))
        check(shown == value, "%s shows “%s”, not “%s”" % (name, shown, value))

    page = go_to_section(app, "Tillhörigheter")
    table = find(page, "tree table", "Tillhörigheter")
    shown = {text_of(label) for label in find_all(table, "label")}
    for name in CATALOGUE_ITEMS + list(TYPED_ITEM):
        check(name in shown, "the item “%s” is not in the list" % name)

    page = go_to_section(app, "Kontakter")
    contacts = [x.name for x in find_all(page, "list item")]
    check(any(COMPANY[0] in n and "Vaktbolag" in n for n in contacts),
          "contacts: %s" % contacts)

    page = go_to_section(app, "Samtycken")
    consents = [x.name for x in find_all(page, "list item")]
    check(any(COMPANY[0] in n for n in consents), "consents: %s" % consents)

    # The checks follow the plan: the panel counts what it lists.
    findings = find(window, "list", "Kontroller")

    def counted():
        listed = [x.name for x in find_all(findings, "list item")]
        wanted = expected_summary(listed)
        labels = [text_of(x) for x in find_all(window, "label")]
        return (wanted in labels, wanted, listed, labels)
    if not wait_for(lambda: counted()[0], "a findings summary", timeout=3.0,
                    fail=False):
        _, wanted, listed, labels = counted()
        check(False, "the panel lists %d findings %s, so its summary should read “%s”; "
              "the labels that count: %s"
              % (len(listed), listed, wanted,
                 [x for x in labels if "fel" in x or "varning" in x or "råd" in x
                  or "anmärkning" in x]))


def expected_summary(listed):
    """What the findings panel must say over @listed, its rows' names
    ("Fel: ...", "Varning: ...", "Råd: ..."): "2 fel, 1 varning, 1 råd"."""
    n = {severity: sum(1 for name in listed if name.startswith(severity + ": "))
         for severity in ("Fel", "Varning", "Råd")}
    check(sum(n.values()) == len(listed), "findings of no known severity: %s" % listed)
    parts = []
    if n["Fel"]:
        parts.append("%d fel" % n["Fel"])
    if n["Varning"]:
        parts.append("%d %s" % (n["Varning"], "varning" if n["Varning"] == 1 else "varningar"))
    if n["Råd"]:
        parts.append("%d råd" % n["Råd"])
    return ", ".join(parts) if parts else "Inga anmärkningar"


KEY_F10 = 0xffc7
KEY_ESCAPE = 0xff1b


def open_menu_with_f10(app):
    """F10 opens the main menu (made when first opened), Escape closes it."""
    window = app.main_window()
    key(KEY_F10)
    wait_for(lambda: [x for x in find_all(window, "menu item")
                      if x.name == "Om Hämtplan" and "visible" in states(x)],
             "the main menu after F10")

    def in_menu():
        now = focused(window)
        return now is not None and now.getRoleName() == "menu item"
    wait_for(in_menu, "the keyboard focus in the main menu")
    key(KEY_ESCAPE)
    wait_for(lambda: not in_menu(), "the main menu closed by Escape")


def test(session):
    path = session.path("Planer", "plan.hamtplan")
    os.makedirs(os.path.dirname(path))

    app = session.start()
    check(not app.title().startswith("•"), "a new plan starts unmarked")
    fill_case(app)
    wait_for(lambda: app.title().startswith("•"), "the unsaved mark")
    check(CASE["Diarienummer"] in app.title(), "the title shows the reference")
    add_items(app)
    add_security_company(app)
    record_consent(app)
    save_as(session, app, path)
    check(app.title().endswith("– plan.hamtplan"), "title “%s”" % app.title())

    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")

    check_file(path)
    check_recent_list(session, path)

    app = session.start(path)
    find_everything(app)
    open_menu_with_f10(app)
    press(find(app.main_window(), "push button", "Stäng"))
    check(session.wait_exit() == 0, "the program did not end cleanly")
    check_recent_list(session, path)


if __name__ == "__main__":
    run(test)
