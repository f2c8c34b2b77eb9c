"""Drives the real Hämtplan window through AT-SPI, as a screen reader would.

Each test runs inside its own D-Bus session (meson runs it under
dbus-run-session).  A Session starts a private Xvfb of a known size, the
accessibility bus, and the application with a temporary HOME and XDG
folders, in Swedish.  Everything is found by the role and accessible name a
user of a screen reader would hear: see README in this folder for the names.

Seen on GTK 4.8 (HEADLESS.md): EditableText.setTextContents works, clicks at
the centre of the reported extents work, Action.doAction(0) works on
buttons; combo boxes (GtkDropDown) are opened with their button and set with
the arrow keys.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

SKIP = 77

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:  # pragma: no cover - depends on the machine
    print("pyatspi is not installed (python3-pyatspi)", file=sys.stderr)
    sys.exit(SKIP)

KEY_DOWN = 0xff54
KEY_RETURN = 0xff0d
KEY_TAB = 0xff09


class TestFailure(Exception):
    pass


class ProgramLog:
    """The program's stderr, passed on to the test's, with the criticals
    and warnings GLib printed: any of them fails the test at its end (a
    critical also ends the program: G_DEBUG=fatal-criticals)."""

    def __init__(self, stream):
        self.problems = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream):
        for raw in iter(stream.readline, b""):
            sys.stderr.buffer.write(raw)
            sys.stderr.buffer.flush()
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if "-CRITICAL **" in line or "-WARNING **" in line:
                self.problems.append(line)
        stream.close()

    def finish(self, timeout=5):
        self._thread.join(timeout)


def check(condition, message):
    if not condition:
        raise TestFailure(message)


def wait_for(predicate, what, timeout=10.0, step=0.1, fail=True):
    """Polls @predicate until it returns something true; fails with @what
    (or, with fail=False, returns None at the timeout)."""
    end = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:  # the tree changes while it is read
            value = None
        if value:
            return value
        if time.monotonic() > end:
            if not fail:
                return None
            raise TestFailure("timed out waiting for " + what)
        time.sleep(step)


class Session:
    """A display, an accessibility bus and folders for one test."""

    def __init__(self, size="1280x800", env=None):
        """@env: variables for the program that replace the defaults
        below (None as a value removes one), e.g. a real Swedish locale
        {"LANG": "sv_SE.UTF-8", "LANGUAGE": None} instead of C.UTF-8 with
        LANGUAGE=sv."""
        self.env = env or {}
        self.binary = os.environ.get("HAMTPLAN_BINARY")
        if not self.binary or not os.path.exists(self.binary):
            print("HAMTPLAN_BINARY is not set to the built program", file=sys.stderr)
            sys.exit(SKIP)
        if shutil.which("Xvfb") is None or not os.path.exists(
                "/usr/libexec/at-spi-bus-launcher"):
            print("Xvfb or at-spi2-core is missing", file=sys.stderr)
            sys.exit(SKIP)

        self.home = tempfile.mkdtemp(prefix="hamtplan-e2e-")
        self.xvfb = None
        self.bus = None
        self.app = None
        self.logs = []
        self._start_xvfb(size)
        self._start_bus()

    # The display: our own, of a known size, so that the window fits.
    def _start_xvfb(self, size):
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size + "x24",
             "-noreset", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        check(number.strip(), "Xvfb did not report its display")
        os.environ["DISPLAY"] = ":" + number.decode().strip()

    def _start_bus(self):
        os.environ.pop("NO_AT_BRIDGE", None)
        os.environ["GTK_A11Y"] = "atspi"
        self.bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def path(self, *parts):
        return os.path.join(self.home, *parts)

    def environment(self):
        env = dict(os.environ)
        env.pop("LC_ALL", None)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("G_DEBUG", None)
        env.update({
            "HOME": self.home,
            "XDG_DATA_HOME": self.path("data"),
            "XDG_CONFIG_HOME": self.path("config"),
            "XDG_CACHE_HOME": self.path("cache"),
            "XDG_STATE_HOME": self.path("state"),
            "XDG_CONFIG_DIRS": self.path("etc"),
            "GTK_A11Y": "atspi",
            "GSK_RENDERER": "cairo",
            "GSETTINGS_BACKEND": "memory",
            "LANG": "C.UTF-8",
            "LANGUAGE": "sv",
            "G_DEBUG": "fatal-criticals",
        })
        for name, value in self.env.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env

    def start(self, *args):
        """Starts the program; returns the Application once its window is there."""
        check(self.app is None or self.app.poll() is not None, "the program runs already")
        self.app = subprocess.Popen([self.binary] + list(args), env=self.environment(),
                                    stderr=subprocess.PIPE)
        self.logs.append(ProgramLog(self.app.stderr))
        return Application(self, wait_for(self._find_application, "the window to appear", 20))

    def _find_application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(i)
            if candidate is None:
                continue
            try:
                pid = candidate.get_process_id()
            except Exception:
                continue
            if pid == self.app.pid and candidate.childCount > 0:
                return candidate
        return None

    def wait_exit(self, timeout=10):
        try:
            return self.app.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TestFailure("the program did not end")

    def kill(self):
        self.app.send_signal(signal.SIGKILL)
        self.app.wait()

    def close(self):
        for process in (self.app, self.bus, self.xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        for log in self.logs:
            log.finish()
        shutil.rmtree(self.home, ignore_errors=True)

    def log_problems(self):
        """The criticals and warnings every run of the program printed."""
        return [line for log in self.logs for line in log.problems]


def states(accessible):
    return [pyatspi.stateToString(s) for s in accessible.getState().getStates()]


def text_of(accessible):
    text = accessible.queryText()
    return text.getText(0, text.characterCount)


class Application:
    def __init__(self, session, accessible):
        self.session = session
        self.accessible = accessible

    def windows(self):
        """The program's windows.  A window that closes while they are read
        can make one answer an error: read again."""
        for attempt in range(20):
            try:
                return [self.accessible.getChildAtIndex(i)
                        for i in range(self.accessible.childCount)]
            except GLib.GError:
                if self.session.app.poll() is not None:
                    raise
                time.sleep(0.1)
        raise TestFailure("the program's windows could not be read")

    def ask_past_last_window(self, closed=""):
        """Asks for the window after the last, as a screen reader does that
        counted the windows just before one closed.  GTK 4.8 answers with
        the last window it holds, hidden ones too, and crashes when that one
        has no accessible path (gtk/a11y/gtkatspiroot.c, GetChildAtIndex):
        the program must keep no hidden window (src/gui/hp-window-actions.c,
        the shortcuts window).  Fails when the program does not survive."""
        try:
            self.accessible.getChildAtIndex(self.accessible.childCount)
        except GLib.GError:
            pass
        time.sleep(0.2)
        check(self.session.app.poll() is None,
              "the program ended when asked for a window past the last"
              + (" (after “%s” closed)" % closed if closed else ""))

    def main_window(self):
        # Waits: while a dialog closes, a slow build (sanitizers) can list
        # no window for a moment.
        return wait_for(lambda: self.windows()[0], "the main window")

    def window(self, name, timeout=10):
        """A window (a dialog) whose title is @name."""
        def find():
            for w in self.windows():
                if w is not None and w.name == name:
                    return w
            return None
        return wait_for(find, "the window “%s”" % name, timeout)

    def window_named_like(self, prefix, timeout=10):
        def find():
            for w in self.windows():
                if w is not None and w.name.startswith(prefix):
                    return w
            return None
        return wait_for(find, "a window “%s…”" % prefix, timeout)

    def title(self):
        return self.main_window().name


def _search(root, predicate, what, timeout=5.0):
    """Finds a descendant, waiting a little: the tree changes while the
    program works, and a slow build (sanitizers) takes its time."""
    def attempt():
        return pyatspi.findDescendant(
            root, lambda x: x is not None and predicate(x))
    return wait_for(attempt, what, timeout)


def find(root, role, name):
    """The first descendant of @root with @role and accessible @name."""
    return _search(root, lambda x: x.getRoleName() == role and x.name == name,
                   "a %s named “%s”" % (role, name))


def find_all(root, role):
    def attempt():
        return pyatspi.findAllDescendants(
            root, lambda x: x is not None and x.getRoleName() == role) or None
    return wait_for(attempt, "any %s" % role, 5.0) or []


def button(root, label):
    """A button by its label.  GTK 4.8 reports a labelled button's name as
    "<mnemonic label> <label>" ("_Spara Spara"): the visible label ends it."""
    def match(x):
        return (x.getRoleName() in ("push button", "toggle button")
                and (x.name == label or x.name.endswith(" " + label)))
    return _search(root, match, "a button “%s”" % label)


def _has_action(accessible):
    try:
        return accessible.queryAction().nActions > 0
    except NotImplementedError:
        return False


def press(accessible):
    """Activates a button.  A menu button is reported as a button without
    actions around the toggle button that has them."""
    if not _has_action(accessible):
        inner = pyatspi.findDescendant(accessible, _has_action)
        check(inner is not None, "“%s” cannot be pressed" % accessible.name)
        accessible = inner
    accessible.queryAction().doAction(0)
    time.sleep(0.3)


def click(accessible):
    component = accessible.queryComponent()
    x, y, w, h = component.getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")
    time.sleep(0.3)


def key(keysym, times=1):
    for _ in range(times):
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        time.sleep(0.15)


def focused(root):
    """The accessible that has the keyboard focus, under @root."""
    try:
        return pyatspi.findDescendant(
            root, lambda x: x is not None and x.getState().contains(pyatspi.STATE_FOCUSED))
    except (TypeError, GLib.GError):
        return None


def _path_of(accessible):
    try:
        return accessible.path if accessible is not None else None
    except Exception:  # gone while it was read
        return None


def tab_to(root, predicate, what, limit=8):
    """Presses Tab until the focus is on an accessible @predicate accepts.
    After each Tab it waits for the focus to move (up to 3 s: a build with
    sanitizers may still be building the page a key went to), so that a
    slow window does not use up the Tabs before it follows them."""
    for _ in range(limit):
        before = _path_of(focused(root))
        key(KEY_TAB)
        time.sleep(0.1)
        current = wait_for(lambda: (lambda f: f if f is not None and _path_of(f) != before
                                    else None)(focused(root)),
                           "the focus to move", timeout=3, fail=False)
        if current is None:
            current = focused(root)
        if current is not None and predicate(current):
            return current
    raise TestFailure("Tab never reached " + what)


def type_into(root, name, value):
    """Fills the input labelled @name, as assistive technology does."""
    field = find(root, "text", name)
    field.queryEditableText().setTextContents(value)
    time.sleep(0.1)
    return field


def choose(root, name, steps):
    """Sets the drop-down labelled @name to the entry @steps below its first
    one (the first is the default), with the keyboard."""
    combo = find(root, "combo box", name)
    press(combo.getChildAtIndex(0))
    time.sleep(0.4)
    key(KEY_DOWN, steps)
    key(KEY_RETURN)
    time.sleep(0.3)
    return combo


def combo_value(combo):
    """The label the drop-down shows."""
    labels = [text_of(x) for x in pyatspi.findAllDescendants(
        combo, lambda x: x.getRoleName() == "label")]
    labels = [t for t in labels if t and t != "(Ingen)"]
    return labels[-1] if labels else ""


def go_to_section(app, name):
    click(find(app.main_window(), "list item", name))
    time.sleep(0.3)
    return find(app.main_window(), "panel", name)


def describe_windows(session):
    """What was on the screen when a test failed, for its log."""
    try:
        app = session._find_application()
        if app is None:
            print("(the program has no window)", file=sys.stderr)
            return
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            print("window: [%s] “%s” %s" % (window.getRoleName(), window.name,
                                             ",".join(states(window))), file=sys.stderr)
            if os.environ.get("HAMTPLAN_E2E_DUMP"):
                dump(window)
    except Exception as error:  # the program may be gone
        print("(could not list the windows: %s)" % error, file=sys.stderr)


def dump(accessible, depth=0):
    try:
        print("%s[%s] “%s”" % ("  " * depth, accessible.getRoleName(), accessible.name),
              file=sys.stderr)
        for i in range(accessible.childCount):
            dump(accessible.getChildAtIndex(i), depth + 1)
    except Exception:
        pass


def run(test, **session_options):
    """Runs @test(session) and exits as a TAP-less meson test does."""
    session = Session(**session_options)
    status = 0
    try:
        test(session)
    except TestFailure as failure:
        print("FAIL:", failure, file=sys.stderr)
        describe_windows(session)
        status = 1
    finally:
        session.close()
    problems = session.log_problems()
    if problems:
        print("FAIL: the program printed %d critical(s) or warning(s):" % len(problems),
              file=sys.stderr)
        for line in problems:
            print("  " + line, file=sys.stderr)
        status = 1
    sys.exit(status)
