#!/usr/bin/env bash
# Sets up and builds toets, then assesses TOP's 2019 report against the Buurtwerkkamers
# cooperation agreement (seed 001) and prints the verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
example=examples/buurtwerkkamers-2019/top
./build/toets eval rules/buurtwerkkamers-2019.toets \
  --application "$example/aanvraag.json" --report "$example/rapport.json" || true
