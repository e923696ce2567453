#!/usr/bin/env bash
# Sets up and builds toets, then assesses TOP's 2019 report against the Buurtwerkkamers
# cooperation agreement (seed 001): prints the report, writes the same report as a web page
# and shows how one verdict came about.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
example=examples/buurtwerkkamers-2019/top
case=(rules/buurtwerkkamers-2019.toets --application "$example/aanvraag.json" --report "$example/rapport.json")

echo
echo "De jaarrapportage 2019 van buurtwerkkamer TOP (Ondiep), getoetst aan de samenwerkingsafspraak:"
echo
./build/toets eval "${case[@]}" || true

./build/toets eval "${case[@]}" --format html --output build/top-2019.html || true
echo
echo "Hetzelfde rapport als webpagina, met de kleuren en de verandertheorie als schema: build/top-2019.html"
echo
echo "Waarom de leden van de bewonersvereniging oranje zijn (toets explain):"
echo
./build/toets explain "${case[@]}" --rule leden_bewonersvereniging || true
