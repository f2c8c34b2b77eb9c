"""Finds English in text that a Swedish user sees.

Two detectors, each tuned so that Swedish text passes:

1. English words.  A list of English words that are not Swedish words,
   matched as whole words (a word is a run of letters, Swedish ones
   included, with inner hyphens or apostrophes: "Follow-up", "don't").
   Most are matched whatever their case; a few only in the case given,
   where a Swedish word is spelled the same in another case.  Left out on
   purpose, because Swedish has the same word: risk, status, form, plan,
   person, filter, text, data, version, system, export, import, all, in,
   under, by, for, from, be, do, far, an, as, april, september, november,
   december, app, ok, copyright, journal, neutral, support, full, order,
   party, given, oral, medium, just, still, redo, sort, most, same,
   personal, social, general, kind, mark.

2. Dates and times written the English way: "November 27, 2026",
   "11/27/2026", "4:00 PM".

3. English messages of Hämtplan itself.  Every msgid of po/sv.po whose
   Swedish differs: a string that is such a msgid (mnemonics and
   trailing colons aside), or contains a phrase of three words or more of
   one, is an untranslated message, even when none of its words is on the
   list.

User data (the texts a user wrote in a plan file, not its enum nicks or
other codes: plan_values), file names and a short allow-list
of names that are the same in Swedish (FREDA, SARA, PATRIARK, AirTags,
GPS, PDF, XML, "GNU General Public License") are taken out before
looking.
"""

import os
import re

# English words that are not Swedish words, matched in any case.
_WORDS = """
the and of to with without into onto this that these those which whose whom
what when where why how there here was were been being has have had will
would could should must might shall can't cannot don't doesn't isn't aren't
won't wasn't didn't haven't couldn't shouldn't it's you're we're let's not
yes or if then than else each every any some only also your you yours we our
ours they their them she her his its on off out up down over after before
between about again please more less many much very such yet already while
because though new old open opened close closed save saved saving cancel
cancelled canceled add added adding remove removed delete deleted edit
edited change changed changes name names phone phones date dates time times
case cases item items contact contacts consent consents visit visits
follow-up error errors warning warnings advice page pages print printed
printer printing preferences keyboard shortcut shortcuts quit help menu main
window windows file files folder folders section sections checks finding
findings remark remarks none unknown other others note notes address
addresses street home belongings belonging safety measure measures police
client clients children child relative relatives interpreter lawyer shelter
company security guard handover sheet sheets record records recipient
recipients document documents exported level low high moderate severe
priority category categories possible retrieved found damaged refused left
behind planned done postponed carried written withdrawn valid until since
today yesterday tomorrow calendar january february march june july august
october monday tuesday wednesday thursday friday saturday sunday minute
minutes hour hours second seconds day days week weeks month months year
years license licence credits website authors author translated translators
back next previous search show hide sorted select selected choose chosen
discard restore restored unsaved loading copy copied paste undo apply reset
clear exit list empty missing invalid expected unexpected character line
column value values object number whole field fields required optional
resident landlord owner staff caseworker caseworkers office entrance
stairwell outside inside enter rooms room weapons weapon threats threat
restraining decision reason trackers tracker devices device charged code
word agreed quick way ways go going come coming nothing something anything
everything everyone nobody somebody anyone who always never sometimes often
here's there's what's who's signature signed witness generated created
summary place places site sites location at is are no sign unit work
violence services severity source expired signatures receipt received
planning alternatives considered taking role writing orally recorded limits
incidents retrieval correct tick checked responsible method assessed
assessment assessments protected identifier request granted confidentiality
confidential marking population registration fictitious both jointly short
questions description dangerousness applied force medicines clothes things
keys fetched decided end checklist may needs need exactly
"""

# Matched only in this case: lower case "it" is English, "IT" Swedish.
_CASED_WORDS = {"it", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

ENGLISH_WORDS = frozenset(w.lower() for w in _WORDS.split())

# Names and terms that are the same in a Swedish text; taken out before
# the search (they hold no word of the list but "General Public License").
ALLOWED_PHRASES = [
    "GNU General Public License",
    # A key's name as GTK's Swedish translation and Swedish keyboards write it.
    "(Delete)",
]

# Command-line options ("--recipient") are names, not words.
_OPTION = re.compile(r"--[A-Za-z][\w-]*")

# The names GTK 4.8 gives a widget without an accessible name (its type).
# No user reads them as text; a window named so has no title, which is
# reported separately (see is_type_name).
_TYPE_NAME = re.compile(r"^(?:Gtk|Gdk|Hp)[A-Z][A-Za-z]*$")

# Dates and times as English writes them: "November 27, 2026", "11/27/2026",
# "4:00 PM".  Swedish: 2026-11-27, 27 november 2026, 16:00.
_ENGLISH_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? \d{1,2}"
    r"(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_TWELVE_HOUR = re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?!\w)")

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FORMAT = re.compile(r"%(?:\d+\$)?[-#0 +']*\d*(?:\.\d+)?(?:l|ll|h|z|G_GSIZE_FORMAT)?[sdiucfgx%]")


def is_type_name(text):
    return bool(_TYPE_NAME.match(text))


def english_words(text):
    """The English words of @text, in order, as written."""
    found = []
    for word in _WORD.findall(text):
        if word in _CASED_WORDS or (word.lower() in ENGLISH_WORDS and word not in _CASED_WORDS):
            found.append(word)
    return found


def _strip_mnemonic(text):
    return re.sub(r"_(?=\w)", "", text)


def _po_entries(path):
    """(msgctxt, msgid, msgstr) of a .po file; plural forms as two entries."""
    entries = []
    current = {}
    key = None

    def flush():
        if "msgid" in current:
            ctx = current.get("msgctxt")
            if "msgid_plural" in current:
                entries.append((ctx, current["msgid"], current.get("msgstr[0]", "")))
                entries.append((ctx, current["msgid_plural"], current.get("msgstr[1]", "")))
            else:
                entries.append((ctx, current["msgid"], current.get("msgstr", "")))
        current.clear()

    def unquote(s):
        s = s.strip()
        assert s.startswith('"') and s.endswith('"'), s
        return (s[1:-1].replace('\\n', '\n').replace('\\t', '\t')
                .replace('\\"', '"').replace('\\\\', '\\'))

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                if not line.strip():
                    flush()
                key = None if line.startswith("#~") else key
                continue
            if line.startswith('"'):
                if key is not None:
                    current[key] += unquote(line)
                continue
            keyword, _, rest = line.partition(" ")
            if keyword == "msgctxt" or keyword == "msgid":
                if keyword in current or (keyword == "msgctxt" and "msgid" in current):
                    flush()
            key = keyword
            current[key] = unquote(rest)
    flush()
    return entries


class Detector:
    """Finds English in strings.  @po: the path of po/sv.po."""

    def __init__(self, po=None):
        self.messages = set()
        self.phrases = set()
        if po is None:
            po = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              os.pardir, os.pardir, "po", "sv.po")
        for _, msgid, msgstr in _po_entries(po):
            if not msgid or msgid == msgstr or msgid == "translator-credits":
                continue
            for fragment in _FORMAT.split(msgid):
                fragment = _strip_mnemonic(fragment).strip(" :.,;–·()\n")
                words = _WORD.findall(fragment)
                if len(words) == 0 or not fragment:
                    continue
                if fragment == _strip_mnemonic(msgid).strip(" :.,;–·()\n"):
                    self.messages.add(fragment)
                if len(words) >= 3:
                    self.phrases.add(fragment)
        self.user_data = []
        self.allowed = list(ALLOWED_PHRASES)

    def add_user_data(self, values):
        """Values that come from the user (a plan's texts): not looked at."""
        for value in values:
            if not isinstance(value, str) or len(value.strip()) < 2:
                continue
            self.user_data.append(value)
            for line in value.splitlines():
                if len(line.strip()) >= 2:
                    self.user_data.append(line.strip())
        self.user_data.sort(key=len, reverse=True)

    def allow(self, phrase):
        self.allowed.append(phrase)

    def without_user_data(self, text):
        """@text without the user's values and the allowed phrases, each
        taken out only as whole words ("Planer" is not taken out of
        "Planerat")."""
        for value in self.user_data + self.allowed:
            if value in text:
                text = re.sub(r"(?<!\w)%s(?!\w)" % re.escape(value), " ", text)
        return text

    def problems(self, text):
        """Why @text is English, or [] when it is not."""
        text = self.without_user_data(_strip_mnemonic(text))
        message = text.strip(" :.,;–·()\n")
        text = _OPTION.sub(" ", text)
        reasons = []
        words = english_words(text)
        if words:
            reasons.append("English words: " + ", ".join(dict.fromkeys(words)))
        if _ENGLISH_DATE.search(text):
            reasons.append("a date written the English way")
        if _TWELVE_HOUR.search(text):
            reasons.append("a time on a 12-hour clock")
        if message in self.messages:
            reasons.append("an untranslated message")
        else:
            for phrase in self.phrases:
                if phrase in text:
                    reasons.append("holds the untranslated “%s”" % phrase)
                    break
        return reasons


def swedish_locale_missing():
    """Why LANG=sv_SE.UTF-8 cannot be used here, or None."""
    import locale
    saved = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, "sv_SE.UTF-8")
    except locale.Error:
        return ("the sv_SE.UTF-8 locale is not generated on this machine "
                "(./dev.sh generates it: locale-gen after enabling it in /etc/locale.gen)")
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    return None


# Members of a plan file that hold the file's own codes, not a person's
# text: the format's name and version, and the ids that tie records together.
CODE_MEMBERS = frozenset({"format", "version", "id", "owner", "recipient"})

_ENUM_VALUE = re.compile(r'\{ C_ENUM\(\w+\), "\w+", "([^"]+)" \}')
_ISO_DATE_OR_TIME = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d")
_nicks = None


def enum_nicks():
    """The nicks of every enumeration of the plan file ("unknown", "yes",
    "must", ...), read from the build's generated hp-enum-types.c, whose
    path meson gives in HAMTPLAN_ENUM_TYPES."""
    global _nicks
    if _nicks is None:
        path = os.environ.get("HAMTPLAN_ENUM_TYPES")
        if not path:
            raise RuntimeError("HAMTPLAN_ENUM_TYPES is not set (tests/e2e/meson.build sets it)")
        with open(path, encoding="utf-8") as f:
            _nicks = frozenset(_ENUM_VALUE.findall(f.read()))
        if len(_nicks) < 20:
            raise RuntimeError("found only %d enum nicks in %s" % (len(_nicks), path))
    return _nicks


def plan_values(node, key=None):
    """The user's texts in a parsed plan file (user data): every string of
    a free-text member.  The file's own codes are not user data: an enum
    nick shown in the window ("unknown", "yes", "must") is English, as is
    the format's name or an id, and ISO dates and times are not text."""
    if isinstance(node, str):
        if (key not in CODE_MEMBERS and node not in enum_nicks()
                and not _ISO_DATE_OR_TIME.fullmatch(node)):
            yield node
    elif isinstance(node, dict):
        for name, value in node.items():
            yield from plan_values(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from plan_values(value, key)
