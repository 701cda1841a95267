using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Spatial.Siting;

/// <summary>
/// Makes a <see cref="TwoLevelSitingProblem"/> from a built outlet-level <see cref="SitingProblem"/>: add the centre
/// candidates, set the outlet × centre distances and the limits, then <see cref="Build"/>; every error is reported at
/// once, naming the centre or field.
/// </summary>
public sealed class TwoLevelSitingProblemBuilder
{
    private readonly SitingProblem _outlets;
    private readonly List<string> _names = [];
    private readonly List<long> _costs = [];
    private readonly List<bool> _existing = [];
    private int[,]? _matrix;

    public TwoLevelSitingProblemBuilder(SitingProblem outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        _outlets = outlets;
    }

    /// <summary>Maximum number of new centres (k).</summary>
    public int? CentreCount { get; set; }

    /// <summary>Optional limit on the total opening cost of the new centres.</summary>
    public long? CentreBudget { get; set; }

    /// <summary>Optional maximum outlet–centre distance.</summary>
    public int? MaxOutletCentreDistance { get; set; }

    /// <summary>Adds a centre candidate and returns its index; existing centres are always open and cost nothing.</summary>
    public int AddCentre(string name, long openingCost = 1, bool existing = false)
    {
        _names.Add(name);
        _costs.Add(openingCost);
        _existing.Add(existing);
        return _names.Count - 1;
    }

    /// <summary>Sets the outlet-candidate × centre distance matrix (rows: the outlet problem's candidates).</summary>
    public TwoLevelSitingProblemBuilder SetOutletCentreDistances(int[,] distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        _matrix = (int[,])distances.Clone();
        return this;
    }

    /// <exception cref="DataValidationException">When any value is missing or out of range.</exception>
    public TwoLevelSitingProblem Build()
    {
        var c = CultureInfo.InvariantCulture;
        var errors = new ErrorList();
        int m = _outlets.CandidateCount;
        int k = _names.Count;
        if (k == 0)
        {
            errors.Add(new DataError("no-centre-candidate", "没有候选服务中心 / the problem has no centre candidate", Column: "centres"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < k; j++)
        {
            var entity = $"centre '{_names[j]}'";
            if (string.IsNullOrWhiteSpace(_names[j]))
            {
                errors.Add(new DataError("missing-name", "the centre name is empty", Column: "name", Entity: $"centre #{j + 1}"));
            }
            else if (!seen.Add(_names[j]))
            {
                errors.Add(new DataError("duplicate-name", "the centre name is used twice", Column: "name", Entity: entity, Value: _names[j]));
            }

            if (_costs[j] < 0)
            {
                errors.Add(new DataError("negative-opening-cost", "the opening cost must not be negative", Column: "openingCost", Entity: entity, Value: _costs[j].ToString(c)));
            }
        }

        if (CentreCount is null)
        {
            errors.Add(new DataError("missing-centre-count", "需要服务中心数 / the number of new centres is required", Column: "centres"));
        }
        else if (CentreCount < 0)
        {
            errors.Add(new DataError("negative-centre-count", "the number of new centres must not be negative", Column: "centres", Value: CentreCount.Value.ToString(c)));
        }

        if (CentreBudget is < 0)
        {
            errors.Add(new DataError("negative-budget", "the centre budget must not be negative", Column: "centreBudget", Value: CentreBudget.Value.ToString(c)));
        }

        if (MaxOutletCentreDistance is < 0)
        {
            errors.Add(new DataError("negative-distance", "the maximum outlet–centre distance must not be negative", Column: "maxOutletCentreDistance", Value: MaxOutletCentreDistance.Value.ToString(c)));
        }

        var flat = new int[m * k];
        if (_matrix is null)
        {
            errors.Add(new DataError("missing-distance", "no outlet–centre distances were given", Column: "distance"));
        }
        else if (_matrix.GetLength(0) != m || _matrix.GetLength(1) != k)
        {
            errors.Add(new DataError("distance-matrix-shape",
                $"the outlet–centre matrix is {_matrix.GetLength(0)} × {_matrix.GetLength(1)}, expected {m} outlet candidates × {k} centres", Column: "distance"));
        }
        else
        {
            int negative = 0;
            for (int o = 0; o < m; o++)
            {
                for (int j = 0; j < k; j++)
                {
                    int d = _matrix[o, j];
                    if (d < 0 && negative++ < 20)
                    {
                        errors.Add(new DataError("negative-distance", "the distance must not be negative", Column: "distance",
                            Entity: $"outlet '{_outlets.CandidateNames[o]}' → centre '{_names[j]}'", Value: d.ToString(c)));
                    }

                    flat[(o * k) + j] = d;
                }
            }

            if (negative > 20)
            {
                errors.Add(new DataError("negative-distance", $"{negative - 20} more distances are negative", Column: "distance"));
            }
        }

        errors.ThrowIfAny();
        return new TwoLevelSitingProblem(_outlets, _names.ToArray(), _costs.ToArray(), _existing.ToArray(), flat, CentreCount!.Value, CentreBudget, MaxOutletCentreDistance);
    }
}
