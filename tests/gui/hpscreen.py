"""A display of one's own (Xvfb) and a look at what the program painted on
it, for tests that start the real program without driving it: no hook in
the program, no fixed sleep.  Needs Xvfb, xwininfo and ImageMagick's import
(missing() says which is not there)."""

import os
import re
import shutil
import signal
import subprocess
import time

# A mapped window that was never painted shows one colour (X's black); a
# painted one has text, antialiased, in many shades.
MIN_COLOURS = 24


def missing():
    """The first tool that is not installed, or None."""
    for tool in ("Xvfb", "xwininfo", "import"):
        if shutil.which(tool) is None:
            return tool
    return None


class Screen:
    def __init__(self, size="1280x800"):
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size + "x24", "-noreset",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            number = pipe.readline().strip()
        if not number:
            self.xvfb.kill()
            raise RuntimeError("Xvfb did not report its display")
        self.display = ":" + number.decode()

    def close(self):
        self.xvfb.terminate()
        self.xvfb.wait()

    def _run(self, args, **kwargs):
        return subprocess.run(args, capture_output=True,
                              env=dict(os.environ, DISPLAY=self.display), **kwargs)

    def viewable_windows(self):
        """(id, width, height) of each viewable child of the root window."""
        tree = self._run(["xwininfo", "-root", "-children"], text=True).stdout
        found = []
        for m in re.finditer(r"^\s+(0x[0-9a-f]+) .*?(\d+)x(\d+)\+-?\d+\+-?\d+", tree, re.M):
            info = self._run(["xwininfo", "-id", m.group(1)], text=True).stdout
            if "Map State: IsViewable" in info:
                found.append((m.group(1), int(m.group(2)), int(m.group(3))))
        return found

    def colours(self, window, width, height):
        """How many colours @window shows on the screen now."""
        shot = self._run(["import", "-display", self.display, "-window", window, "-depth", "8",
                          "rgb:-"])
        data = shot.stdout
        if shot.returncode != 0 or len(data) < width * height * 3:
            return 0
        return len({data[i:i + 3] for i in range(0, width * height * 3, 3)})

    def wait_for_painted_window(self, process, limit=30.0, min_width=400, min_height=300):
        """Polls until a window of at least the size shows a painted frame.
        Returns (seconds, what was seen); raises AssertionError when
        @process ends first or nothing is painted within @limit seconds."""
        start = time.monotonic()
        seen = []
        while time.monotonic() - start < limit:
            if process.poll() is not None:
                raise AssertionError("the program ended with %d before painting its window"
                                     % process.returncode)
            seen = [(self.colours(*w), w) for w in self.viewable_windows()]
            if any(c >= MIN_COLOURS and w[1] >= min_width and w[2] >= min_height
                   for c, w in seen):
                return time.monotonic() - start, seen
            time.sleep(0.05)
        raise AssertionError("no painted window within %.0f s: windows and their colours %s "
                             "(a painted one shows %d or more)" % (limit, seen, MIN_COLOURS))


def program_environment(screen, home):
    """The program's environment: this display, folders under @home."""
    env = dict(os.environ, DISPLAY=screen.display, HOME=home, XDG_DATA_HOME=home + "/data",
               XDG_CONFIG_HOME=home + "/config", XDG_CACHE_HOME=home + "/cache",
               XDG_STATE_HOME=home + "/state", XDG_CONFIG_DIRS=home + "/etc",
               GSK_RENDERER="cairo", GTK_A11Y="none", NO_AT_BRIDGE="1")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def stop(process):
    """Ends @process (SIGTERM, then SIGKILL after 10 s)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
