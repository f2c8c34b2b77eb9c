#!/bin/sh
# Take a snapshot of what a user sees, so that a change meant to keep behaviour
# (a refactoring) can be shown to keep it:
#
#   tests/snapshot/snapshot.sh BUILDDIR OUTDIR      (before, and again after)
#   tests/snapshot/snapshot.sh --compare OUT1 OUT2  exit 1 on any difference
#
# The snapshot holds, for every plan in tests/data and tests/cli:
#   - `pdftotext -layout` of every document the command line writes: the full
#     plan, the handover sheet for every contact, the consent record, and the
#     consent XML and journal text as written;
#   - a screenshot of every page of the window (Alt+1 .. Alt+9, and the
#     disclosure log), taken under Xvfb with the cairo renderer, no cursor
#     blinking and no animations, so that two runs of one build give the same
#     pixels.
# Times of day in the documents and the disclosure log are blanked, so that
# two runs a minute apart compare equal.  Needs xvfb, xdotool, imagemagick,
# poppler-utils, dbus (all in `./dev.sh deps`).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)

if [ "${1:-}" = "--compare" ]; then
  a=$2 b=$3 status=0
  for f in $(cd "$a" && find . -type f | sort); do
    if [ ! -e "$b/$f" ]; then
      echo "only in $a: $f"; status=1; continue
    fi
    case $f in
      *.png)
        d=$(compare -metric AE "$a/$f" "$b/$f" /dev/null 2>&1 || true)
        [ "$d" = "0" ] || { echo "pixels differ ($d): $f"; status=1; } ;;
      *)
        cmp -s "$a/$f" "$b/$f" || { echo "text differs: $f"; status=1; } ;;
    esac
  done
  for f in $(cd "$b" && find . -type f | sort); do
    [ -e "$a/$f" ] || { echo "only in $b: $f"; status=1; }
  done
  [ $status = 0 ] && echo "snapshots equal: $(cd "$a" && find . -type f | wc -l) files"
  exit $status
fi

build=$(cd "$1" && pwd)
out=$2
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hamtplan="$build/src/hamtplan"
export HAMTPLAN_LOCALEDIR="$build/po"
export GSETTINGS_SCHEMA_DIR="$build/data"
export GSETTINGS_BACKEND=memory
export LANG=C.UTF-8 LANGUAGE=sv
unset LC_ALL || true
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
export XDG_CONFIG_DIRS="$work/etc" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_CONFIG_HOME/gtk-4.0" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" \
         "$XDG_CONFIG_DIRS" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cat > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini" <<EOF
[Settings]
gtk-cursor-blink=false
gtk-enable-animations=false
gtk-overlay-scrolling=false
EOF

# Clock times (10:42, 10:42:07) and ISO times are not behaviour.
blank_times () {
  sed -E 's/[0-9]{2}:[0-9]{2}(:[0-9]{2})?/HH:MM/g'
}

plans="$src/tests/data/*.hamtplan $src/tests/cli/export-plan.hamtplan $src/tests/cli/visit-card-plan.hamtplan $here/rorig-plan.hamtplan"
for plan in $plans; do
  name=$(basename "$plan" .hamtplan)
  d="$out/documents/$name"
  mkdir -p "$d"
  cp "$plan" "$work/plan.hamtplan"
  chmod 600 "$work/plan.hamtplan"
  p="$work/plan.hamtplan"
  "$hamtplan" --check "$p" > "$d/check.txt" 2>&1 || true
  "$hamtplan" --journal "$p" 2>&1 | blank_times > "$d/journal.txt" || true
  if "$hamtplan" --export-pdf="$work/full.pdf" "$p" 2> "$d/full.err"; then
    pdftotext -layout "$work/full.pdf" - | blank_times > "$d/full.txt"
  fi
  if "$hamtplan" --export-consent="$work/consent.pdf" "$p" 2> "$d/consent.err"; then
    pdftotext -layout "$work/consent.pdf" - | blank_times > "$d/consent.txt"
  fi
  if "$hamtplan" --export-consent="$work/consent.xml" "$p" 2> "$d/consent-xml.err"; then
    blank_times < "$work/consent.xml" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T/DATE T/g' \
      > "$d/consent.xml"
  fi
  n=1
  while [ $n -le 8 ]; do
    if "$hamtplan" --export-handover="$work/h.pdf" --recipient=$n "$p" 2> "$d/handover-$n.err"; then
      pdftotext -layout "$work/h.pdf" - | blank_times > "$d/handover-$n.txt"
    fi
    n=$((n + 1))
  done
  n=1
  while [ $n -le 4 ]; do
    if "$hamtplan" --export-visit-card="$work/v.pdf" --visit=$n "$p" 2> "$d/visit-card-$n.err"; then
      pdftotext -layout "$work/v.pdf" - | blank_times > "$d/visit-card-$n.txt"
    fi
    n=$((n + 1))
  done
  # Error texts name the temporary file; keep only what follows its name.
  for e in "$d"/*.err; do
    sed -i "s|$work/||g" "$e"
    [ -s "$e" ] || rm -f "$e"
  done
done

# The window, page by page.
screens () {
  plan=$1 tag=$2
  cp "$plan" "$work/plan.hamtplan"
  chmod 600 "$work/plan.hamtplan"
  disp=:$((60 + $$ % 30))
  Xvfb $disp -screen 0 1280x1024x24 -noreset -nolisten tcp 2>/dev/null &
  xvfb=$!
  i=0
  while ! xdpyinfo -display $disp >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 100 ] || { echo "no Xvfb" >&2; exit 1; }; sleep 0.1
  done
  DISPLAY=$disp GSK_RENDERER=cairo GDK_DEBUG=gl-disable NO_AT_BRIDGE=1 GTK_A11Y=none \
    dbus-run-session -- "$hamtplan" "$work/plan.hamtplan" >/dev/null 2>&1 &
  app=$!
  i=0
  while ! DISPLAY=$disp xdotool search --onlyvisible --name 'Hämtplan' >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 150 ] || { echo "no window" >&2; exit 1; }; sleep 0.1
  done
  win=$(DISPLAY=$disp xdotool search --onlyvisible --name 'Hämtplan' | head -1)
  DISPLAY=$disp xdotool mousemove 1275 1019
  sleep 1.5
  mkdir -p "$out/screens/$tag"
  for k in 1 2 3 4 5 6 7 8 9; do
    DISPLAY=$disp xdotool windowfocus --sync "$win" key --clearmodifiers "alt+$k"
    sleep 0.8
    DISPLAY=$disp import -window root "$out/screens/$tag/page-$k.png"
  done
  # The disclosure log: the last sidebar row, below section 9 (no
  # shortcut); then the pointer goes where it hovers over nothing.
  DISPLAY=$disp xdotool mousemove 90 449 click 1 mousemove 1275 1019
  sleep 0.8
  DISPLAY=$disp import -window root "$out/screens/$tag/page-10.png"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  wait $xvfb 2>/dev/null || true
}

screens "$src/tests/data/vaktbolag-skyddade-uppgifter.hamtplan" vaktbolag
screens "$src/tests/data/neutral-plats-tva-besok.hamtplan" neutral-plats
screens "$here/rorig-plan.hamtplan" rorig-plan

echo "snapshot in $out: $(find "$out" -type f | wc -l) files"
