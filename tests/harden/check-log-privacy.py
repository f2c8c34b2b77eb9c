#!/usr/bin/python3
"""No log call in src/ is handed a person's details.

Looks at every call that can reach stderr or the journal -- g_debug,
g_info, g_message, g_warning, g_critical, g_error, g_log, g_printerr,
g_print and fprintf (stderr, ...) -- and fails when its arguments read a
field that holds personal data (a name, a personnummer, a phone number, an
address, whereabouts, notes) from a record, directly or through a local
variable given such a field earlier in the same function.  The command line's findings go
to stdout with printf, which the user asked for, and are not looked at.

  check-log-privacy.py SRC_DIR
"""

import os
import re
import sys

CALLS = re.compile(r"\b(g_debug|g_info|g_message|g_warning|g_critical|g_error|g_log|"
                   r"g_log_structured|g_printerr|g_print|fprintf\s*\(\s*stderr)\s*\(?")
# Record fields that hold personal data, read as record->field or through
# the generic accessors with the field's name.
FIELDS = ("name|client_name|client_id_number|id_number|client_phone|phone|client_whereabouts|"
          "whereabouts|safe_contact|home_address|address|other_party_name|party_name|witness|"
          "contact_person|notes|note|summary|caseworker_name|second_staff_name|"
          "caseworker_phone|second_staff_phone|place|participants|location")
PERSONAL = re.compile(r"(->|\.)\s*(%s)\b|hp_record_get_string\s*\(" % FIELDS)


def arguments(text, start):
    """The text of the call's arguments, from the opening parenthesis."""
    depth = 0
    i = start
    in_string = None
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == in_string:
                in_string = None
        elif c in "\"'":
            in_string = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    return text[start:]


def strip_strings(text):
    return re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)


# A local variable given a personal field: "const char *who = c->client_name;",
# "who = hp_record_get_string (...)".  Its name, logged later in the same
# function, is the field itself.
ASSIGNMENT = re.compile(r"\b([A-Za-z_]\w*)\s*=(?!=)([^;]*);")


def functions(text):
    """(offset, body) of each function: GNU style puts a function's braces
    at the start of a line."""
    for m in re.finditer(r"^\{\n.*?^\}", text, re.M | re.S):
        yield m.start(), m.group(0)


def tainted_names(body):
    """The local variables of @body that hold a personal field, also through
    another such variable ("b = a;" after "a = k->phone;")."""
    names = set()
    assignments = [(m.group(1), strip_strings(m.group(2))) for m in ASSIGNMENT.finditer(body)]
    while True:
        more = {name for name, value in assignments
                if name not in names and (PERSONAL.search(value) or any(
                    re.search(r"(?<![\w>.])%s\b" % re.escape(n), value) for n in names))}
        if not more:
            return names
        names |= more


def log_calls(text):
    for m in CALLS.finditer(text):
        open_paren = text.find("(", m.end() - 1 if m.group(0).endswith("(") else m.end())
        if m.group(1).startswith("fprintf"):
            open_paren = m.start() + m.group(0).index("(")
        yield m, strip_strings(arguments(text, open_paren))


def check(src):
    problems = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(".c"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for m, args in log_calls(text):
                hit = PERSONAL.search(args)
                if hit:
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append("%s:%d: %s reads %s" % (path, line, m.group(1).split()[0],
                                                            hit.group(0).strip()))
            for offset, body in functions(text):
                names = tainted_names(body)
                if not names:
                    continue
                for m, args in log_calls(body):
                    for local in sorted(names):
                        if re.search(r"(?<![\w>.])%s\b" % re.escape(local), args):
                            line = text.count("\n", 0, offset + m.start()) + 1
                            problems.append("%s:%d: %s reads %s, which holds a personal field"
                                            % (path, line, m.group(1).split()[0], local))
                            break
    return problems


def self_test():
    """The check finds what it must and passes what it may."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "bad.c"), "w") as f:
            f.write('static void f (HpCase *c) { g_debug ("opening %s", c->client_name); }\n'
                    'static void g (HpContact *k) {\n  g_warning ("%s: %s",\n    "x", k->phone);\n}\n'
                    'static void h (HpItem *i) { fprintf (stderr, "%s\\n", i->name); }\n'
                    'static void\nk (HpCase *c)\n{\n  const char *who = c->client_name;\n'
                    '  const char *again = who;\n\n  g_debug ("loading %s", again);\n}\n')
        with open(os.path.join(d, "good.c"), "w") as f:
            f.write('static void f (const char *name) { g_warning ("%s: value %d", name, 3); }\n'
                    'static void g (void) { g_debug ("client_name is \\"->name\\""); }\n'
                    'static void h (HpItem *i) { printf ("%s\\n", i->name); }\n'
                    'static void\nk (HpCase *c)\n{\n  const char *who = c->client_name;\n'
                    '\n  printf ("%s\\n", who);\n  g_debug ("%u", c->n_items);\n}\n'
                    'static void\nm (const char *who)\n{\n  g_debug ("%s", who);\n}\n')
        problems = check(d)
        assert len(problems) == 4, problems
        assert all("bad.c" in p for p in problems), problems


def main():
    self_test()
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    if problems:
        print("personal data handed to a log call: %d place(s)" % len(problems))
        return 1
    print("no log call in %s reads a person's details" % sys.argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
