"""`make run` on a machine with a display: the real app opens its main window under Xvfb.

This is the one test that uses a real X server instead of Qt's offscreen
platform. scripts/system-deps.sh installs Xvfb and Qt's X11 libraries (run by
`make test`); where they are missing the test says so and skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def xvfb():
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (scripts/system-deps.sh installs it on Debian/Ubuntu as root)")
    for display in range(91, 120):
        if not os.path.exists(f"/tmp/.X11-unix/X{display}") and not os.path.exists(f"/tmp/.X{display}-lock"):
            break
    proc = subprocess.Popen([binary, f":{display}", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{display}") and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f":{display}"
    proc.terminate()
    proc.wait(10)


def test_make_run_opens_the_main_window_on_a_real_display(workspace, xvfb, tmp_path):
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb, SECRETARY_HOME=str(workspace.root), SECRETARY_SECRET_STORE="file",
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # window state of a fresh user
    init = subprocess.run([sys.executable, "-m", "cli.main", "init", "--demo", "--if-missing"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    shot = tmp_path / "main-window.png"
    run = subprocess.run([sys.executable, "-m", "cli.main", "gui", "--screenshot", str(shot)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    if os.environ.get("SECRETARY_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["SECRETARY_KEEP_SCREENSHOT"])
    image = QImage(str(shot))
    assert image.width() == 1280 and image.height() == 860  # the whole X screen, as a person sees it
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 860, 16)}
    assert len(colours) > 20, "the screen is (nearly) blank: no window was drawn"
    assert "lock" not in run.stderr.lower()
