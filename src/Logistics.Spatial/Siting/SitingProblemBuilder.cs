using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Spatial.Siting;

/// <summary>
/// The only way to make a <see cref="SitingProblem"/>. Add demand points and candidates, set the distances and
/// the model parameters, then <see cref="Build"/>: every problem found is reported at once, naming the entity and
/// the field.
/// </summary>
public sealed class SitingProblemBuilder
{
    private readonly List<string> _demandNames = [];
    private readonly List<long> _weights = [];
    private readonly List<string> _candidateNames = [];
    private readonly List<long> _openingCosts = [];
    private readonly List<bool> _existing = [];
    private readonly Dictionary<(int Demand, int Candidate), int> _distances = [];
    private int[,]? _matrix;

    public SitingProblemBuilder(SitingObjective objective)
    {
        Objective = objective;
    }

    public SitingObjective Objective { get; }

    /// <summary>Maximum number of new facilities to open (p-median and maximal covering).</summary>
    public int? FacilityCount { get; set; }

    /// <summary>Optional limit on the total opening cost of new facilities.</summary>
    public long? Budget { get; set; }

    /// <summary>Coverage threshold, in the distance unit (maximal covering and set cover).</summary>
    public int? CoverageRadius { get; set; }

    /// <summary>Adds a demand point and returns its index.</summary>
    public int AddDemand(string name, long weight)
    {
        _demandNames.Add(name);
        _weights.Add(weight);
        return _weights.Count - 1;
    }

    /// <summary>Adds a candidate site and returns its index. Existing facilities are always open.</summary>
    public int AddCandidate(string name, long openingCost = 1, bool existing = false)
    {
        _candidateNames.Add(name);
        _openingCosts.Add(openingCost);
        _existing.Add(existing);
        return _openingCosts.Count - 1;
    }

    /// <summary>Sets one distance; it overrides a value from <see cref="SetDistances"/>.</summary>
    public SitingProblemBuilder SetDistance(int demand, int candidate, int distance)
    {
        _distances[(demand, candidate)] = distance;
        return this;
    }

    /// <summary>Sets the whole demand × candidate distance matrix (rows are demand points).</summary>
    public SitingProblemBuilder SetDistances(int[,] distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        _matrix = (int[,])distances.Clone();
        return this;
    }

    /// <summary>Checks everything and builds the problem.</summary>
    /// <exception cref="DataValidationException">When any value is missing or out of range.</exception>
    public SitingProblem Build()
    {
        var errors = new ErrorList();
        int n = _weights.Count;
        int m = _openingCosts.Count;
        if (n == 0)
        {
            errors.Add(new DataError("no-demand", "the problem has no demand point", Column: "demands"));
        }

        if (m == 0)
        {
            errors.Add(new DataError("no-candidate", "the problem has no candidate site", Column: "candidates"));
        }

        CheckNames(_demandNames, "demand", errors);
        CheckNames(_candidateNames, "candidate", errors);
        for (int i = 0; i < n; i++)
        {
            if (_weights[i] < 0)
            {
                errors.Add(new DataError("negative-weight", "the demand weight must not be negative",
                    Column: "weight", Value: Text(_weights[i]), Entity: $"demand '{_demandNames[i]}'"));
            }
        }

        for (int j = 0; j < m; j++)
        {
            if (_openingCosts[j] < 0)
            {
                errors.Add(new DataError("negative-opening-cost", "the opening cost must not be negative",
                    Column: "openingCost", Value: Text(_openingCosts[j]), Entity: $"candidate '{_candidateNames[j]}'"));
            }
        }

        CheckParameters(errors);
        var distances = CollectDistances(n, m, errors);
        CheckMagnitude(distances, errors);
        errors.ThrowIfAny();
        return new SitingProblem(
            Objective,
            _demandNames.ToArray(),
            _weights.ToArray(),
            _candidateNames.ToArray(),
            _openingCosts.ToArray(),
            _existing.ToArray(),
            distances,
            Objective == SitingObjective.SetCover ? null : FacilityCount,
            Budget,
            Objective == SitingObjective.PMedian ? null : CoverageRadius);
    }

    private void CheckParameters(ErrorList errors)
    {
        if (Objective != SitingObjective.SetCover)
        {
            if (FacilityCount is null)
            {
                errors.Add(new DataError("missing-facility-count",
                    $"the {Objective} model needs the number of new facilities", Column: "facilityCount"));
            }
            else if (FacilityCount < 0)
            {
                errors.Add(new DataError("negative-facility-count", "the number of new facilities must not be negative",
                    Column: "facilityCount", Value: Text(FacilityCount.Value)));
            }
        }

        if (Objective != SitingObjective.PMedian)
        {
            if (CoverageRadius is null)
            {
                errors.Add(new DataError("missing-coverage-radius",
                    $"the {Objective} model needs a coverage radius", Column: "coverageRadius"));
            }
            else if (CoverageRadius < 0)
            {
                errors.Add(new DataError("negative-coverage-radius", "the coverage radius must not be negative",
                    Column: "coverageRadius", Value: Text(CoverageRadius.Value)));
            }
        }

        if (Budget < 0)
        {
            errors.Add(new DataError("negative-budget", "the budget must not be negative",
                Column: "budget", Value: Text(Budget.Value)));
        }
    }

    private int[] CollectDistances(int n, int m, ErrorList errors)
    {
        var result = new int[n * m];
        bool[] set = new bool[n * m];
        if (_matrix is not null)
        {
            if (_matrix.GetLength(0) != n || _matrix.GetLength(1) != m)
            {
                errors.Add(new DataError("distance-matrix-shape",
                    $"the distance matrix is {_matrix.GetLength(0)} × {_matrix.GetLength(1)} but there are {n} demand points and {m} candidates",
                    Column: "distances"));
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        result[(i * m) + j] = _matrix[i, j];
                        set[(i * m) + j] = true;
                    }
                }
            }
        }

        foreach (var ((i, j), d) in _distances)
        {
            if (i < 0 || i >= n || j < 0 || j >= m)
            {
                errors.Add(new DataError("distance-index-out-of-range",
                    $"distance given for demand index {i} and candidate index {j}, but there are {n} demand points and {m} candidates",
                    Column: "distance", Value: Text(d)));
                continue;
            }

            result[(i * m) + j] = d;
            set[(i * m) + j] = true;
        }

        int missing = 0;
        int negative = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                int k = (i * m) + j;
                string entity = $"demand '{_demandNames[i]}' → candidate '{_candidateNames[j]}'";
                if (!set[k])
                {
                    if (missing++ < 20)
                    {
                        errors.Add(new DataError("missing-distance", "no distance was given", Column: "distance", Entity: entity));
                    }
                }
                else if (result[k] < 0)
                {
                    if (negative++ < 20)
                    {
                        errors.Add(new DataError("negative-distance", "the distance must not be negative",
                            Column: "distance", Value: Text(result[k]), Entity: entity));
                    }
                }
            }
        }

        if (missing > 20)
        {
            errors.Add(new DataError("missing-distance", $"{missing - 20} more distances are missing", Column: "distance"));
        }

        if (negative > 20)
        {
            errors.Add(new DataError("negative-distance", $"{negative - 20} more distances are negative", Column: "distance"));
        }

        return result;
    }

    /// <summary>Objectives are sums of weight × distance in 64-bit integers; keep a wide margin below overflow.</summary>
    private void CheckMagnitude(int[] distances, ErrorList errors)
    {
        Int128 totalWeight = 0;
        foreach (long w in _weights)
        {
            totalWeight += Math.Max(0, w);
        }

        int maxDistance = distances.Length == 0 ? 0 : distances.Max();
        if (totalWeight * maxDistance > long.MaxValue / 4)
        {
            errors.Add(new DataError("objective-too-large",
                $"total weight {totalWeight} × largest distance {maxDistance} is too large for exact integer objectives; use coarser units",
                Column: "weight"));
        }
    }

    private static void CheckNames(List<string> names, string kind, ErrorList errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < names.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(names[k]))
            {
                errors.Add(new DataError("missing-name", $"the {kind} name is empty", Column: "name", Entity: $"{kind} #{k + 1}"));
            }
            else if (!seen.Add(names[k]))
            {
                errors.Add(new DataError("duplicate-name", $"the {kind} name is used twice", Column: "name",
                    Value: names[k], Entity: $"{kind} #{k + 1}"));
            }
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
