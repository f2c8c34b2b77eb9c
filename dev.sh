#!/usr/bin/env bash
# Set-up, build and test Hämtplan on Debian 12.
#
#   ./dev.sh run     install what is missing, build, start the application
#   ./dev.sh test    install what is missing, build, run every test
#                    (then again under AddressSanitizer and UBSan, then
#                    each fuzzer for a minute; FUZZ_SECONDS changes that)
#   ./dev.sh deps    only install the Debian packages
#
# Build folders: build/ (normal), build-asan/ (sanitizers), build-fuzz/ (clang).
set -euo pipefail
cd "$(dirname "$0")"

# Build and run.
PACKAGES_BUILD=(
  build-essential pkg-config meson ninja-build gettext
  libgtk-4-dev libjson-glib-dev libxml2-dev
  libglib2.0-bin libgtk-4-bin desktop-file-utils shared-mime-info librsvg2-common
  fonts-dejavu-core locales
)
# Tests only.
PACKAGES_TEST=(
  xvfb xauth dbus-x11 at-spi2-core python3-gi python3-pyatspi python3-dogtail
  gir1.2-glib-2.0 gir1.2-gdkpixbuf-2.0 gir1.2-atspi-2.0
  libxml2-utils poppler-utils libpoppler-glib-dev appstream imagemagick
  cups cups-client cups-bsd printer-driver-cups-pdf xdotool strace x11-utils
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

swedish_locale() {
  # The tests run the program under LANG=sv_SE.UTF-8 too.
  if ! locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
    as_root sed -i 's/^# *sv_SE.UTF-8 UTF-8/sv_SE.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^sv_SE.UTF-8 UTF-8' /etc/locale.gen || echo 'sv_SE.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    as_root locale-gen >/dev/null
  fi
}

build() {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@"
  fi
  meson compile -C "$dir"
}

run_tests() {
  local dir=$1
  # One X server for the whole run; -noreset keeps it up between clients.
  xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" \
    meson test -C "$dir" --print-errorlogs --num-processes 2
}

case "${1:-}" in
  deps)
    install_packages "${PACKAGES_BUILD[@]}" "${PACKAGES_TEST[@]}"
    swedish_locale
    ;;
  run)
    install_packages "${PACKAGES_BUILD[@]}"
    build build
    export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
    export HAMTPLAN_LOCALEDIR="$PWD/build/po"
    shift
    exec ./build/src/hamtplan "$@"
    ;;
  test)
    install_packages "${PACKAGES_BUILD[@]}" "${PACKAGES_TEST[@]}"
    swedish_locale
    build build
    run_tests build
    echo "== Again under AddressSanitizer and UndefinedBehaviorSanitizer"
    build build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 run_tests build-asan
    echo "== Fuzzing each harness for ${FUZZ_SECONDS:-60} s (libFuzzer, clang-14)"
    tests/fuzz/run-fuzzers.sh "${FUZZ_SECONDS:-60}"
    ;;
  *)
    sed -n '2,10p' "$0"
    exit 2
    ;;
esac
