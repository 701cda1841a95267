#!/usr/bin/env python3
"""Independent check of .sol files written by `logistics solve --sol` / `bench --sol-dir`.

Shares no code with the solvers: reads the instance files itself (CVRPLIB EUC_2D, Solomon, LKH-3 VRPSPD with an
explicit matrix), walks every route in plain arithmetic and accepts a solution only when every client is served exactly
once, the fleet limit holds, the load on board never exceeds the capacity (VRPSPD: deliveries loaded at the depot,
pickups added stop by stop), every service starts within its window and the vehicle is back at the depot by its due
date (Solomon, exact double arithmetic: travel time = Euclidean distance), and the recomputed cost matches the file's
`Cost` line (CVRP exactly; Solomon and Dethloff within 0.01 of the published units).

Usage: check_sol.py INSTANCE SOLUTION [INSTANCE SOLUTION ...]   or   check_sol.py --dir INSTANCE_DIR SOL_DIR
Exit 0 when all are accepted; every rejection is printed with the file, route and reason.
"""
import math
import os
import re
import sys


def read_tsplib(path):
    """Header fields and the lines of each *_SECTION of a TSPLIB-style file."""
    head, sections, section = {}, {}, None
    for line in open(path).read().splitlines():
        s = line.strip()
        if not s or s == "EOF":
            continue
        if s.endswith("SECTION"):
            section = s
            sections[section] = []
        elif section is None and ":" in s:
            k, v = s.split(":", 1)
            head[k.strip()] = v.strip()
        elif section is not None:
            sections[section].append(s.split())
    return head, sections


def read_cvrp(path):
    head, sec = read_tsplib(path)
    coords = {int(i): (float(x), float(y)) for i, x, y in sec["NODE_COORD_SECTION"]}
    demand = {int(i): int(d) for i, d in sec["DEMAND_SECTION"]}
    assert head.get("EDGE_WEIGHT_TYPE") == "EUC_2D", path
    n = int(head["DIMENSION"])

    def dist(a, b):  # node ids, 1 = depot; TSPLIB nint
        (x1, y1), (x2, y2) = coords[a], coords[b]
        return int(math.floor(math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2) + 0.5))

    return dict(kind="cvrp", clients=list(range(1, n)), node=lambda c: c + 1, depot=1, dist=dist,
                capacity=int(head["CAPACITY"]), delivery={c: demand[c + 1] for c in range(1, n)},
                pickup={c: 0 for c in range(1, n)}, fleet=None, tol=0)


def read_solomon(path):
    lines = [l for l in open(path).read().splitlines() if l.strip()]
    fleet, capacity = map(int, lines[lines.index(next(l for l in lines if l.strip().startswith("NUMBER"))) + 1].split())
    start = next(i for i, l in enumerate(lines) if l.strip().startswith("CUST NO")) + 1
    rows = {}
    for l in lines[start:]:
        t = l.split()
        rows[int(t[0])] = dict(x=float(t[1]), y=float(t[2]), d=int(float(t[3])), e=float(t[4]), l=float(t[5]), s=float(t[6]))

    def dist(a, b):
        return math.hypot(rows[a]["x"] - rows[b]["x"], rows[a]["y"] - rows[b]["y"])

    clients = [c for c in rows if c != 0]
    return dict(kind="solomon", clients=clients, node=lambda c: c, depot=0, dist=dist, capacity=capacity,
                delivery={c: rows[c]["d"] for c in clients}, pickup={c: 0 for c in clients}, fleet=fleet,
                rows=rows, tol=0.01)


def read_vrpspd(path):
    head, sec = read_tsplib(path)
    matrix = [int(v) for row in sec["EDGE_WEIGHT_SECTION"] for v in row]
    # README: id demand earliest latest service pickup delivery
    pd = {int(t[0]): (int(t[5]), int(t[6])) for t in sec["PICKUP_AND_DELIVERY_SECTION"]}
    assert head.get("EDGE_WEIGHT_TYPE") == "EXPLICIT", path
    n = int(head["DIMENSION"])
    assert len(matrix) == n * n, path

    def dist(a, b):  # node ids 1..n
        return matrix[(a - 1) * n + (b - 1)] / 10_000.0

    clients = list(range(1, n))
    return dict(kind="vrpspd", clients=clients, node=lambda c: c + 1, depot=1, dist=dist,
                capacity=int(head["CAPACITY"]), pickup={c: pd[c + 1][0] for c in clients},
                delivery={c: pd[c + 1][1] for c in clients}, fleet=int(head["VEHICLES"]), tol=0.01)


def read_instance(path):
    if path.endswith(".vrp"):
        return read_cvrp(path)
    if path.endswith(".vrpspd"):
        return read_vrpspd(path)
    return read_solomon(path)


def check(inst_path, sol_path):
    inst = read_instance(inst_path)
    routes, cost_line = [], None
    for line in open(sol_path).read().splitlines():
        m = re.match(r"Route #\d+:(.*)", line.strip())
        if m:
            routes.append([int(v) for v in m.group(1).split()])
        elif line.startswith("Cost"):
            cost_line = float(line.split()[1])
    errors = []
    seen = {}
    for k, r in enumerate(routes, 1):
        for c in r:
            if c not in inst["delivery"]:
                errors.append(f"route {k}: client {c} does not exist")
            elif c in seen:
                errors.append(f"route {k}: client {c} also on route {seen[c]}")
            else:
                seen[c] = k
    missing = [c for c in inst["clients"] if c not in seen]
    if missing:
        errors.append(f"clients not served: {missing[:10]}{' …' if len(missing) > 10 else ''} ({len(missing)})")
    if inst["fleet"] is not None and len(routes) > inst["fleet"]:
        errors.append(f"{len(routes)} routes > fleet {inst['fleet']}")
    total = 0.0
    for k, r in enumerate(routes, 1):
        if any(c not in inst["delivery"] for c in r):
            continue
        load = sum(inst["delivery"][c] for c in r)
        if load > inst["capacity"]:
            errors.append(f"route {k}: leaves the depot with {load} > capacity {inst['capacity']}")
        for c in r:
            load += inst["pickup"][c] - inst["delivery"][c]
            if load > inst["capacity"]:
                errors.append(f"route {k}: {load} on board after client {c} > capacity {inst['capacity']}")
        nodes = [inst["depot"]] + [inst["node"](c) for c in r] + [inst["depot"]]
        total += sum(inst["dist"](a, b) for a, b in zip(nodes, nodes[1:]))
        if inst["kind"] == "solomon":
            rows, t = inst["rows"], inst["rows"][0]["e"]
            for a, b in zip(nodes, nodes[1:]):
                t = t + (rows[a]["s"] if a != 0 else 0) + inst["dist"](a, b)
                t = max(t, rows[b]["e"])
                if t > rows[b]["l"] + 1e-9:
                    errors.append(f"route {k}: service at {b} starts {t:.4f} > due {rows[b]['l']}")
    if cost_line is None:
        errors.append("no Cost line")
    elif abs(total - cost_line) > inst["tol"] + 1e-9:
        errors.append(f"Cost line {cost_line} but the routes cost {total:.4f}")
    return errors, total, len(routes)


def main(argv):
    pairs = []
    if argv[:1] == ["--dir"]:
        inst_dir, sol_dir = argv[1], argv[2]
        for f in sorted(os.listdir(sol_dir)):
            if f.endswith(".sol"):
                name = re.sub(r"-s\d+\.sol$", "", f)
                cand = [g for g in os.listdir(inst_dir) if os.path.splitext(g)[0] == name and not g.endswith(".sol")]
                if not cand:
                    print(f"REJECT {f}: no instance {name} in {inst_dir}")
                    pairs.append((None, f))
                    continue
                pairs.append((os.path.join(inst_dir, cand[0]), os.path.join(sol_dir, f)))
    else:
        pairs = list(zip(argv[0::2], argv[1::2]))
    bad = 0
    for inst, sol in pairs:
        if inst is None:
            bad += 1
            continue
        errors, total, nroutes = check(inst, sol)
        if errors:
            bad += 1
            print(f"REJECT {sol}: " + "; ".join(errors[:5]))
        else:
            print(f"accept {sol}: {nroutes} routes, cost {total:.4f}")
    print(f"{len(pairs) - bad} of {len(pairs)} accepted")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
