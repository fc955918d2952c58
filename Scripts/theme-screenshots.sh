#!/bin/sh
# Screenshots of each theme in a real xterm, on xterm's own black on white and on white on black (-rv),
# and the contrast ratio (WCAG 2.x) of the warning line's two main colours, measured in the pixels.
# For checking by hand, not for CI. Needs: xvfb xterm xfonts-base imagemagick tmux python3, and a built
# keywork (swift build). Usage: Scripts/theme-screenshots.sh [OUTPUT_DIR]   (default: /tmp/keywork-shots)
set -eu
out=${1:-/tmp/keywork-shots}
bin=$(swift build --show-bin-path)/keywork
mkdir -p "$out"
work=$(mktemp -d)
display=:$((70 + $$ % 20))
socket=keywork-shots-$$
Xvfb "$display" -screen 0 1024x768x24 >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'set -g default-terminal tmux-256color\nset -g status off\n' >"$work/tmux.conf"
sleep 1

# Waits until the tmux pane shows $1.
wait_for() {
    tries=0
    until tmux -L "$socket" capture-pane -p -t s | grep -q -- "$1"; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || { echo "never showed: $1" >&2; exit 1; }
        sleep 0.1
    done
}

for theme in default high-contrast monochrome; do
    store="$work/store-$theme"
    tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s s -x 80 -y 24 \
        "env HOME=$work XDG_CONFIG_HOME=$work/config KEYWORK_STORE=$store $bin session --guide tour --client C-1 --keyworker Sam --theme $theme; sleep 600"
    wait_for "Go on with this draft"
    tmux -L "$socket" send-keys -t s Enter
    wait_for "Screen 1 of"
    tmux -L "$socket" send-keys -t s Enter
    wait_for "What would help you most"
    tmux -L "$socket" send-keys -t s Enter
    wait_for "Nothing is chosen yet"
    for background in light dark; do
        reverse=""
        [ "$background" = dark ] && reverse=-rv
        DISPLAY=$display xterm $reverse -tn xterm-256color -geometry 80x24+0+0 -e tmux -L "$socket" attach -t s &
        xterm=$!
        sleep 2
        shot="$out/$theme-$background.png"
        DISPLAY=$display import -window root -crop 484x316+0+0 "$shot"
        kill "$xterm"
        # The warning is on row 22 (of 24); xterm's fixed font is 6x13 pixels, with a 2-pixel border.
        convert "$shot" -crop 480x13+2+275 +repage -format %c histogram:info:- | sort -rn | head -2 |
            python3 -c '
import sys, re
def lum(hex):
    c = [int(hex[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
colours = [re.search(r"#[0-9A-Fa-f]{6}", line).group(0) for line in sys.stdin]
a, b = sorted((lum(c) for c in colours), reverse=True)
print(sys.argv[1], "warning line:", " on ".join(colours), "%.1f:1" % ((a + 0.05) / (b + 0.05)))
' "$theme $background"
    done
    tmux -L "$socket" kill-session -t s
done
echo "screenshots in $out"
