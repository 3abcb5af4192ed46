#!/usr/bin/env bash
# System packages the test suite needs beyond Python wheels: Xvfb and the X11
# libraries Qt's xcb platform plugin loads, for the real-window test; Chromium,
# which Playwright drives in the chat widget's browser test (Playwright's own
# browser download cannot be used). Debian/Ubuntu only; elsewhere (or without
# root) it says what is missing and those tests skip with that reason.
# Everything else runs offscreen.
set -u
PACKAGES="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-xinerama0 \
libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core chromium"
# `system-deps.sh bench`: also what PyICU (for the KYB logic-v2 baseline) needs to build.
[ "${1:-}" = "bench" ] && PACKAGES="$PACKAGES libicu-dev pkg-config g++"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
else
  command -v Xvfb >/dev/null 2>&1 || missing="xvfb (and Qt's xcb libraries)"
fi
[ -z "$missing" ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing system packages for the real-window and browser tests:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    && exit 0
  echo "warning: could not install:$missing (the real-window or browser test will be skipped)" >&2
else
  echo "note: missing system packages:$missing; install them (as root: apt-get install$missing)" \
       "to run the real-window and browser tests; they are skipped until then." >&2
fi
exit 0
