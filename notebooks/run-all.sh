#!/usr/bin/env bash
# Executes every notebook headless, as CI does: builds the assemblies the notebooks load, registers the C# kernel
# with --http-local-only in a private folder, runs each notebook with jupyter nbconvert (a failing cell fails the
# run), and checks that the kernel's HTTP server listened on loopback addresses only. The executed copies go to a
# temporary folder; the notebooks in the repository keep their cleared outputs.
#   notebooks/run-all.sh [notebook.ipynb …]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"

dotnet build src/Logistics.Cli -c Release -v q -nologo >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
notebooks/install-kernel.sh "$work"
export JUPYTER_PATH="$work"

if [ $# -gt 0 ]; then files=("$@"); else files=(notebooks/*.ipynb); fi
failed=0
for nb in "${files[@]}"; do
  name=$(basename "$nb" .ipynb)
  start=$(date +%s)
  if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --output-dir "$work/out" --output "$name" "$nb" >"$work/$name.log" 2>&1; then
    # The kernel logs each address it listens on; with --http-local-only they are loopback only.
    listening=$(grep -oE 'Now listening on: http://[^ ]+' "$work/$name.log" || true)
    exposed=$(echo "$listening" | grep -vE 'http://(127\.[0-9.]+|\[::1\]|localhost):' || true)
    if [ -z "$listening" ]; then
      echo "notebook $name: the kernel logged no address it listened on; cannot check --http-local-only" >&2
      failed=1
    elif [ -n "$exposed" ]; then
      echo "notebook $name: kernel listened beyond loopback: $exposed" >&2
      failed=1
    else
      echo "notebook $name: ok in $(( $(date +%s) - start )) s"
    fi
  else
    echo "notebook $name: FAILED after $(( $(date +%s) - start )) s" >&2
    grep -vE '^0\.00s|^info: |^      ' "$work/$name.log" | tail -n 30 >&2
    failed=1
  fi
done
exit "$failed"
