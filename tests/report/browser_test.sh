#!/usr/bin/env bash
# Renders TOP's 2019 report (examples/buurtwerkkamers-2019/top) to HTML with the built toets,
# checks that the page is self-contained, opens it in headless Chromium and checks the
# rendered DOM: all 20 indicator rows, the band colours of the scheme's legend, the theory of
# change diagram with its 16 nodes. Keeps a screenshot, top-2019.png, in OUT_DIR for a person
# to look at.
#
# Usage: browser_test.sh TOETS OUT_DIR     (run from the source directory)
# Exit 0 all checks pass, 1 a check failed, 77 Chromium is not installed (test skipped).
set -euo pipefail
toets=$1
out=$2
mkdir -p "$out"

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "chromium is not installed; run scripts/setup.sh" >&2
  exit 77
fi

example=examples/buurtwerkkamers-2019/top
page="$out/top-2019.html"
rm -f "$page" "$out/top-2019.dom.html" "$out/top-2019.png"
status=0
"$toets" eval rules/buurtwerkkamers-2019.toets --application "$example/aanvraag.json" \
  --report "$example/rapport.json" --format html --output "$page" || status=$?
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
[ "$status" = 1 ] || fail "toets eval exited $status, expected 1 (TOP has conditions not met)"
[ -s "$page" ] || { echo "FAIL: no HTML written"; exit 1; }

# Self-contained: nothing to fetch, nothing to run.
# (url(#…) inside the SVG points into the page itself and is fine.)
for pattern in '<script' '<link ' '@import' ' src=' 'href="(https?:)?//' "url\\(['\"]?(https?:)?//"; do
  if grep -qiE -- "$pattern" "$page"; then fail "the page contains $pattern"; fi
done

profile=$(mktemp -d "$out/chromium-profile.XXXXXX")
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile")
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" >"$out/top-2019.dom.html" 2>"$out/chromium.log" \
  || fail "chromium --dump-dom failed (see $out/chromium.log)"
timeout 120 "$chromium" "${flags[@]}" --hide-scrollbars --window-size=1280,6400 --screenshot="$out/top-2019.png" "$url" \
  >>"$out/chromium.log" 2>&1 || fail "chromium --screenshot failed (see $out/chromium.log)"
[ -s "$out/top-2019.png" ] || fail "no screenshot"

dom="$out/top-2019.dom.html"
count() { grep -o -- "$1" "$dom" | wc -l; }
rows=$(count '<tr class="indicator ')
[ "$rows" = 20 ] || fail "$rows indicator rows in the rendered table, expected 20"
# TOP's bands (seed 001 digest §7.2): 9 donkergroen, 1 groen, 2 blauw, 2 oranje, each in the
# colour of rules/buurtwerkkamers-2019.toets's legend.
for band in 'donkergroen:#1a9641:9' 'groen:#a6d96a:1' 'blauw:#2c7bb6:2' 'oranje:#fdae61:2'; do
  IFS=: read -r name colour expected <<<"$band"
  found=$(count "style=\"background:$colour;color:#[0-9a-f]*\">$name</span>")
  [ "$found" = "$expected" ] || fail "$found cells $name in $colour, expected $expected"
done
[ "$(count '<svg ')" -ge 1 ] || fail "no theory-of-change diagram"
nodes=$(count '<g class="node"')
[ "$nodes" = 16 ] || fail "$nodes nodes in the diagram, expected 16"
[ "$(count '<details class="explain">')" -ge 20 ] || fail "verdicts cannot be opened to their explanation"
grep -q 'Niet alles voldaan' "$dom" || fail "the summary does not say that not everything is met"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed; the page is $page"
  exit 1
fi
echo "ok: $page renders with 20 indicator rows in the scheme's colours; screenshot $out/top-2019.png"
