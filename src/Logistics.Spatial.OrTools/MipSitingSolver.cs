using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Logistics.Spatial.Siting;
using MipSolver = Google.OrTools.LinearSolver.Solver;

namespace Logistics.Spatial.OrTools;

/// <summary>
/// The siting models as mixed-integer programs solved by OR-Tools' SCIP backend: an exact answer with its own bound,
/// written without any code of <see cref="SitingSolver"/>, so the two can check each other.
/// <list type="bullet">
/// <item>p-median: open y_j, assign x_ij ≥ 0; Σ_j x_ij = 1; x_ij ≤ y_j; min Σ w_i d_ij x_ij.</item>
/// <item>maximal covering: covered z_i ≤ Σ_{j covers i} y_j; max Σ w_i z_i.</item>
/// <item>set cover: Σ_{j covers i} y_j ≥ 1 for every demand point; min Σ_{new j} y_j.</item>
/// <item>all: existing y_j = 1; Σ_{new} y_j ≤ p (p-median, maximal covering); Σ_{new} c_j y_j ≤ budget.</item>
/// <item>two levels: centres u_c (existing fixed, Σ_{new} u_c ≤ k, budget); each open outlet needs an open centre
/// within the maximum distance: y_j ≤ Σ_{c serves j} u_c; the outlet objective as above (the centres' own
/// objective is not part of the MIP, so only the outlet objective is compared).</item>
/// </list>
/// </summary>
public static class MipSitingSolver
{
    public static MipSitingResult Solve(SitingProblem problem, TimeSpan timeLimit, int threads = 1) =>
        Solve(problem, null, timeLimit, threads);

    public static MipSitingResult Solve(TwoLevelSitingProblem problem, TimeSpan timeLimit, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Solve(problem.Outlets, problem, timeLimit, threads);
    }

    private static MipSitingResult Solve(SitingProblem p, TwoLevelSitingProblem? twoLevel, TimeSpan timeLimit, int threads)
    {
        ArgumentNullException.ThrowIfNull(p);
        var clock = Stopwatch.StartNew();
        using var solver = MipSolver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools has no SCIP backend in this build");
        solver.SetTimeLimit((long)Math.Max(1, timeLimit.TotalMilliseconds));
        solver.SetNumThreads(threads);
        int n = p.DemandCount;
        int m = p.CandidateCount;
        var y = new Variable[m];
        for (int j = 0; j < m; j++)
        {
            y[j] = p.IsExisting(j) ? solver.MakeIntVar(1, 1, $"y{j}") : solver.MakeBoolVar($"y{j}");
        }

        AddLimits(solver, y, j => p.IsExisting(j), j => p.OpeningCost(j), p.Objective == SitingObjective.SetCover ? null : p.FacilityCount, p.Budget);
        var objective = solver.Objective();
        switch (p.Objective)
        {
            case SitingObjective.PMedian:
                for (int i = 0; i < n; i++)
                {
                    var assign = solver.MakeConstraint(1, 1, $"assign{i}");
                    for (int j = 0; j < m; j++)
                    {
                        var x = solver.MakeNumVar(0, 1, $"x{i}_{j}");
                        assign.SetCoefficient(x, 1);
                        var link = solver.MakeConstraint(double.NegativeInfinity, 0);
                        link.SetCoefficient(x, 1);
                        link.SetCoefficient(y[j], -1);
                        objective.SetCoefficient(x, p.Weight(i) * (double)p.Distance(i, j));
                    }
                }

                objective.SetMinimization();
                break;
            case SitingObjective.MaximalCovering:
                for (int i = 0; i < n; i++)
                {
                    var z = solver.MakeNumVar(0, 1, $"z{i}");
                    var cover = solver.MakeConstraint(double.NegativeInfinity, 0);
                    cover.SetCoefficient(z, 1);
                    for (int j = 0; j < m; j++)
                    {
                        if (p.Covers(i, j))
                        {
                            cover.SetCoefficient(y[j], -1);
                        }
                    }

                    objective.SetCoefficient(z, p.Weight(i));
                }

                objective.SetMaximization();
                break;
            default:
                for (int i = 0; i < n; i++)
                {
                    var cover = solver.MakeConstraint(1, double.PositiveInfinity);
                    for (int j = 0; j < m; j++)
                    {
                        if (p.Covers(i, j))
                        {
                            cover.SetCoefficient(y[j], 1);
                        }
                    }
                }

                for (int j = 0; j < m; j++)
                {
                    objective.SetCoefficient(y[j], p.IsExisting(j) ? 0 : 1);
                }

                objective.SetMinimization();
                break;
        }

        Variable[] u = [];
        if (twoLevel is { } t)
        {
            u = new Variable[t.CentreCandidateCount];
            for (int c = 0; c < u.Length; c++)
            {
                u[c] = t.IsExistingCentre(c) ? solver.MakeIntVar(1, 1, $"u{c}") : solver.MakeBoolVar($"u{c}");
            }

            AddLimits(solver, u, t.IsExistingCentre, t.CentreOpeningCost, t.CentreCount, t.CentreBudget);
            var any = solver.MakeConstraint(1, double.PositiveInfinity, "some-centre");
            foreach (var v in u)
            {
                any.SetCoefficient(v, 1);
            }

            for (int j = 0; j < m; j++)
            {
                var served = solver.MakeConstraint(double.NegativeInfinity, 0, $"served{j}");
                served.SetCoefficient(y[j], 1);
                for (int c = 0; c < u.Length; c++)
                {
                    if (t.CanServe(c, j))
                    {
                        served.SetCoefficient(u[c], -1);
                    }
                }
            }
        }

        var status = solver.Solve();
        bool hasSolution = status is MipSolver.ResultStatus.OPTIMAL or MipSolver.ResultStatus.FEASIBLE;
        bool maximise = p.Objective == SitingObjective.MaximalCovering;
        long? value = hasSolution ? (long)Math.Round(objective.Value()) : null;
        long? bound = status == MipSolver.ResultStatus.OPTIMAL ? value
            : hasSolution ? (long)(maximise ? Math.Floor(objective.BestBound() + 1e-6) : Math.Ceiling(objective.BestBound() - 1e-6)) : null;
        var result = new MipSitingResult(
            status switch
            {
                MipSolver.ResultStatus.OPTIMAL => SitingStatus.Optimal,
                MipSolver.ResultStatus.FEASIBLE => SitingStatus.Feasible,
                MipSolver.ResultStatus.INFEASIBLE => SitingStatus.Infeasible,
                _ => SitingStatus.NoSolutionFound,
            },
            value,
            bound,
            hasSolution ? Enumerable.Range(0, m).Where(j => y[j].SolutionValue() > 0.5).ToList() : [],
            hasSolution ? Enumerable.Range(0, u.Length).Where(c => u[c].SolutionValue() > 0.5).ToList() : [],
            clock.Elapsed,
            status.ToString());
        return result;
    }

    private static void AddLimits(MipSolver solver, Variable[] open, Func<int, bool> existing, Func<int, long> cost, int? count, long? budget)
    {
        if (count is { } k)
        {
            var limit = solver.MakeConstraint(double.NegativeInfinity, k, "count");
            for (int j = 0; j < open.Length; j++)
            {
                limit.SetCoefficient(open[j], existing(j) ? 0 : 1);
            }
        }

        if (budget is { } b)
        {
            var limit = solver.MakeConstraint(double.NegativeInfinity, b, "budget");
            for (int j = 0; j < open.Length; j++)
            {
                limit.SetCoefficient(open[j], existing(j) ? 0 : cost(j));
            }
        }
    }
}
