#!/usr/bin/env bash
# Registers the .NET Interactive kernels (C#, F#, PowerShell) with Jupyter so that their HTTP server listens on
# loopback only (--http-local-only; by default it listens on every interface), then checks every kernel.json.
#   notebooks/install-kernel.sh            # into Jupyter's user data folder (what JupyterLab and VS Code find)
#   notebooks/install-kernel.sh DIR        # into DIR/kernels (use with JUPYTER_PATH=DIR)
# Needs the pinned tool: dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001
set -euo pipefail
export PATH="$PATH:$HOME/.dotnet/tools"

if [ $# -gt 0 ]; then
  kernels="$1/kernels"
else
  kernels="$(jupyter --data-dir)/kernels"
fi
mkdir -p "$kernels"
dotnet interactive jupyter install --path "$kernels" >/dev/null 2>&1 || {
  echo "error: 'dotnet interactive jupyter install' failed; is Microsoft.dotnet-interactive 1.0.712001 installed? / 未能注册 .NET 内核" >&2
  exit 1
}

python3 - "$kernels" <<'PY'
import json, pathlib, sys
found = 0
for spec in sorted(pathlib.Path(sys.argv[1]).glob(".net-*/kernel.json")):
    doc = json.loads(spec.read_text(encoding="utf-8"))
    argv = doc["argv"]
    if "--http-local-only" not in argv:
        # after "jupyter" (the subcommand whose option it is) and before the connection file
        argv.insert(argv.index("jupyter") + 1, "--http-local-only")
    spec.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    check = json.loads(spec.read_text(encoding="utf-8"))["argv"]
    if "--http-local-only" not in check or check.index("--http-local-only") < check.index("jupyter"):
        sys.exit(f"error: {spec}: argv lacks --http-local-only after 'jupyter': {check}")
    print(f"{spec}: {' '.join(check)}")
    found += 1
if found == 0:
    sys.exit(f"error: no .NET kernel.json under {sys.argv[1]} / 没有找到 .NET 内核")
PY
