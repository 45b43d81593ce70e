"""Before the first window on Linux: are the system libraries of Qt's X11 platform plugin there?

On a bare Debian or Ubuntu machine, PySide6 installs fine but the window cannot open: Qt's xcb
plugin needs X libraries that are not installed by default (``libxcb-icccm4``,
``libxcb-keysyms1``, ``libxcb-cursor0`` …), and Qt's own message names the wrong one. This
check runs ``ldd`` on the plugin, and when something is missing prints the one
``sudo apt-get install …`` command that installs it (Debian/Ubuntu package names).

It only looks when the app would use X11: on Linux, with ``QT_QPA_PLATFORM`` unset (outside a
Wayland session) or set to ``xcb``; the offscreen and Wayland platforms need none of it.

``make run`` runs it before opening the app: ``python -m mercator_desktop.display_check``
(exit 0 when nothing is missing or nothing needs checking, 1 with the command to run).
``--plugin FILE`` checks another build of the plugin (e.g. one of a packaged bundle).

No Qt library is loaded here: the plugin is found through the PySide6 package's folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

#: The Debian/Ubuntu package that provides each library (by its name without the version:
#: the package ships the version Qt links against).
PACKAGES = {
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-image": "libxcb-image0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-util": "libxcb-util1",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-shm": "libxcb-shm0",
    "libxcb-sync": "libxcb-sync1",
    "libxcb-xfixes": "libxcb-xfixes0",
    "libxcb-render": "libxcb-render0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-xkb": "libxcb-xkb1",
    "libxcb-xinerama": "libxcb-xinerama0",
    "libxcb-xinput": "libxcb-xinput0",
    "libxcb": "libxcb1",
    "libX11-xcb": "libx11-xcb1",
    "libX11": "libx11-6",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxkbcommon": "libxkbcommon0",
    "libSM": "libsm6",
    "libICE": "libice6",
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libOpenGL": "libopengl0",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libdbus-1": "libdbus-1-3",
    "libglib-2.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def default_plugin() -> Path | None:
    """PySide6's xcb platform plugin, or None when PySide6 is not installed."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would open its windows through X11 here."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if chosen:
        return chosen == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs (directly or not) that the system cannot find."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(result.stdout + result.stderr)))


def package_of(library: str) -> str | None:
    stem = library.split(".so", 1)[0]
    return PACKAGES.get(stem)


def advice(missing: list[str]) -> str:
    """What to tell the person: the libraries and the command that installs them."""
    packages = sorted({p for lib in missing if (p := package_of(lib))})
    unknown = [lib for lib in missing if package_of(lib) is None]
    count = ("1 system library that is not installed" if len(missing) == 1
             else f"{len(missing)} system libraries that are not installed")
    lines = ["Mercator Desktop cannot open its window yet: Qt's X11 plugin needs "
             f"{count}: " + ", ".join(missing) + "."]
    if packages:
        lines += ["Install them with:", "", "    sudo apt-get install " + " ".join(packages), ""]
    if unknown:
        lines.append("Also install the packages that provide: " + ", ".join(unknown)
                     + " (on Debian/Ubuntu: apt-file search " + unknown[0] + ").")
    lines.append("Then run the same command again.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mercator_desktop.display_check",
        description="Check that the system libraries of Qt's X11 platform plugin are there.")
    parser.add_argument("--plugin", type=Path, default=None,
                        help="the platform plugin to check (default: PySide6's libqxcb.so)")
    args = parser.parse_args(argv)
    if not uses_xcb(os.environ):
        return 0
    plugin = args.plugin or default_plugin()
    if plugin is None or not plugin.is_file():
        return 0  # no X11 plugin to check: Qt says what it lacks itself
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    print(advice(missing), file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
