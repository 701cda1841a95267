using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Routing.Problem;

/// <summary>
/// The only way to create <see cref="ProblemData"/>: add depots, clients, vehicle types and one distance and
/// duration matrix per travel profile, then <see cref="Build"/>. Every problem found is reported at once, naming
/// the entity and field.
/// </summary>
public sealed class ProblemBuilder
{
    private readonly List<Depot> _depots = [];
    private readonly List<Client> _clients = [];
    private readonly List<VehicleType> _vehicleTypes = [];
    private readonly List<(long[,] Distance, long[,] Duration)> _profiles = [];
    private double[]? _x;
    private double[]? _y;

    /// <summary>Adds a depot and returns its index (its location index).</summary>
    public int AddDepot(Depot depot)
    {
        ArgumentNullException.ThrowIfNull(depot);
        _depots.Add(depot);
        return _depots.Count - 1;
    }

    /// <summary>Adds a client and returns its 0-based client index.</summary>
    public int AddClient(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _clients.Add(client);
        return _clients.Count - 1;
    }

    /// <summary>Adds a vehicle type and returns its index.</summary>
    public int AddVehicleType(VehicleType vehicleType)
    {
        ArgumentNullException.ThrowIfNull(vehicleType);
        _vehicleTypes.Add(vehicleType);
        return _vehicleTypes.Count - 1;
    }

    /// <summary>
    /// Adds a travel profile: square matrices over all locations (depots first, then clients, in the order added).
    /// Returns the profile index.
    /// </summary>
    public int AddProfile(long[,] distance, long[,] duration)
    {
        ArgumentNullException.ThrowIfNull(distance);
        ArgumentNullException.ThrowIfNull(duration);
        _profiles.Add((distance, duration));
        return _profiles.Count - 1;
    }

    /// <summary>
    /// Optional planar coordinates of every location (depots first, then clients, in the order added; the same
    /// numbering as the matrices). The search uses them only to skip SWAP* between routes whose angular sectors around
    /// their depot do not overlap; costs and feasibility always come from the matrices. Without coordinates every
    /// route pair linked by a neighbour relation is tried.
    /// </summary>
    public void SetCoordinates(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        _x = x.ToArray();
        _y = y.ToArray();
    }

    public ProblemData Build()
    {
        var errors = new ErrorList();
        if (_depots.Count == 0)
        {
            errors.Add(new DataError("no-depot", "The problem needs at least one depot.", Entity: "problem"));
        }

        if (_vehicleTypes.Count == 0)
        {
            errors.Add(new DataError("no-vehicle-type", "The problem needs at least one vehicle type.", Entity: "problem"));
        }

        if (_profiles.Count == 0)
        {
            errors.Add(new DataError("no-profile", "The problem needs at least one distance/duration matrix pair.", Entity: "problem"));
        }

        int dims = _vehicleTypes.Count > 0 ? _vehicleTypes[0].Capacity.Count
            : _clients.Count > 0 ? _clients[0].Delivery.Count : 1;

        for (int i = 0; i < _clients.Count; i++)
        {
            CheckClient(errors, i, _clients[i], dims);
        }

        for (int i = 0; i < _vehicleTypes.Count; i++)
        {
            CheckVehicleType(errors, i, _vehicleTypes[i], dims);
        }

        int n = _depots.Count + _clients.Count;
        for (int p = 0; p < _profiles.Count; p++)
        {
            CheckMatrix(errors, p, "distance", _profiles[p].Distance, n);
            CheckMatrix(errors, p, "duration", _profiles[p].Duration, n);
        }

        CheckCoordinates(errors, n);
        errors.ThrowIfAny();

        var distance = new long[_profiles.Count][];
        var duration = new long[_profiles.Count][];
        for (int p = 0; p < _profiles.Count; p++)
        {
            distance[p] = Flatten(_profiles[p].Distance, n);
            duration[p] = Flatten(_profiles[p].Duration, n);
        }

        return new ProblemData(_depots.ToArray(), _clients.ToArray(), _vehicleTypes.ToArray(), dims, distance, duration, _x, _y);
    }

    private void CheckCoordinates(ErrorList errors, int n)
    {
        if (_x is null || _y is null)
        {
            return;
        }

        if (_x.Length != n || _y.Length != n)
        {
            errors.Add(new DataError("coordinates-size", $"Coordinates need {n} entries each (depots then clients).", Column: "X/Y", Value: $"{_x.Length.ToString(CultureInfo.InvariantCulture)}/{_y.Length.ToString(CultureInfo.InvariantCulture)}", Entity: "coordinates"));
            return;
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(_x[i]) || !double.IsFinite(_y[i]))
            {
                string entity = i < _depots.Count ? $"depot {i} '{_depots[i].Name}'" : $"client {i - _depots.Count} '{_clients[i - _depots.Count].Name}'";
                errors.Add(new DataError("bad-coordinate", "Coordinates must be finite numbers.", Column: "X/Y", Value: $"{_x[i].ToString(CultureInfo.InvariantCulture)}/{_y[i].ToString(CultureInfo.InvariantCulture)}", Entity: entity));
            }
        }
    }

    private static long[] Flatten(long[,] m, int n)
    {
        var flat = new long[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                flat[i * n + j] = m[i, j];
            }
        }

        return flat;
    }

    private static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static void CheckClient(ErrorList errors, int index, Client c, int dims)
    {
        string entity = $"client {index} '{c.Name}'";
        if (c.Delivery is null || c.Delivery.Count != dims)
        {
            errors.Add(new DataError("dimension-mismatch", $"Delivery must have {dims} entries (one per load dimension).", Column: "Delivery", Value: c.Delivery?.Count.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }
        else if (c.Delivery.Any(v => v < 0))
        {
            errors.Add(new DataError("negative-amount", "Delivery amounts must not be negative.", Column: "Delivery", Value: string.Join(' ', c.Delivery), Entity: entity));
        }

        if (c.Pickup is null || c.Pickup.Count != dims)
        {
            errors.Add(new DataError("dimension-mismatch", $"Pickup must have {dims} entries (one per load dimension).", Column: "Pickup", Value: c.Pickup?.Count.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }
        else if (c.Pickup.Any(v => v < 0))
        {
            errors.Add(new DataError("negative-amount", "Pickup amounts must not be negative.", Column: "Pickup", Value: string.Join(' ', c.Pickup), Entity: entity));
        }

        if (c.ServiceDuration < 0)
        {
            errors.Add(new DataError("negative-duration", "Service duration must not be negative.", Column: "ServiceDuration", Value: Num(c.ServiceDuration), Entity: entity));
        }

        if (c.Prize < 0)
        {
            errors.Add(new DataError("negative-prize", "Prize must not be negative.", Column: "Prize", Value: Num(c.Prize), Entity: entity));
        }

        if (c.TimeWindows is null || c.TimeWindows.Count == 0)
        {
            errors.Add(new DataError("no-time-window", "At least one time window is needed (use TimeWindow.Unbounded).", Column: "TimeWindows", Entity: entity));
            return;
        }

        for (int w = 0; w < c.TimeWindows.Count; w++)
        {
            var tw = c.TimeWindows[w];
            if (tw.Early < 0 || tw.Early > tw.Late)
            {
                errors.Add(new DataError("bad-time-window", "A time window needs 0 <= Early <= Late.", Column: $"TimeWindows[{w}]", Value: tw.ToString(), Entity: entity));
            }

            if (w > 0 && tw.Early <= c.TimeWindows[w - 1].Late)
            {
                errors.Add(new DataError("overlapping-time-windows", "Time windows must be sorted and disjoint.", Column: $"TimeWindows[{w}]", Value: tw.ToString(), Entity: entity));
            }
        }
    }

    private void CheckVehicleType(ErrorList errors, int index, VehicleType v, int dims)
    {
        string entity = $"vehicle type {index} '{v.Name}'";
        if (v.Count < 1)
        {
            errors.Add(new DataError("bad-count", "Count must be at least 1.", Column: "Count", Value: v.Count.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }

        if (v.Capacity is null || v.Capacity.Count != dims)
        {
            errors.Add(new DataError("dimension-mismatch", $"Capacity must have {dims} entries (one per load dimension).", Column: "Capacity", Value: v.Capacity?.Count.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }
        else if (v.Capacity.Any(c => c < 0))
        {
            errors.Add(new DataError("negative-capacity", "Capacity must not be negative.", Column: "Capacity", Value: string.Join(' ', v.Capacity), Entity: entity));
        }

        if (v.StartDepot < 0 || v.StartDepot >= _depots.Count)
        {
            errors.Add(new DataError("unknown-depot", "Start depot index does not exist.", Column: "StartDepot", Value: v.StartDepot.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }

        if (v.EndDepot < 0 || v.EndDepot >= _depots.Count)
        {
            errors.Add(new DataError("unknown-depot", "End depot index does not exist.", Column: "EndDepot", Value: v.EndDepot.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }

        if (v.ShiftStart < 0 || v.ShiftStart > v.ShiftEnd)
        {
            errors.Add(new DataError("bad-shift", "The shift needs 0 <= ShiftStart <= ShiftEnd.", Column: "ShiftStart", Value: $"{Num(v.ShiftStart)}..{Num(v.ShiftEnd)}", Entity: entity));
        }

        if (v.MaxDuration < 0)
        {
            errors.Add(new DataError("negative-limit", "MaxDuration must not be negative.", Column: "MaxDuration", Value: Num(v.MaxDuration), Entity: entity));
        }

        if (v.MaxDistance < 0)
        {
            errors.Add(new DataError("negative-limit", "MaxDistance must not be negative.", Column: "MaxDistance", Value: Num(v.MaxDistance), Entity: entity));
        }

        if (v.FixedCost < 0 || v.UnitDistanceCost < 0 || v.UnitDurationCost < 0)
        {
            errors.Add(new DataError("negative-cost", "FixedCost, UnitDistanceCost and UnitDurationCost must not be negative.", Column: "FixedCost/UnitDistanceCost/UnitDurationCost", Value: $"{Num(v.FixedCost)}/{Num(v.UnitDistanceCost)}/{Num(v.UnitDurationCost)}", Entity: entity));
        }

        if (v.Profile < 0 || v.Profile >= _profiles.Count)
        {
            errors.Add(new DataError("unknown-profile", "Profile index does not exist.", Column: "Profile", Value: v.Profile.ToString(CultureInfo.InvariantCulture), Entity: entity));
        }
    }

    private static void CheckMatrix(ErrorList errors, int profile, string kind, long[,] m, int n)
    {
        string entity = $"profile {profile} {kind} matrix";
        if (m.GetLength(0) != n || m.GetLength(1) != n)
        {
            errors.Add(new DataError("matrix-size", $"The matrix must be {n} x {n} (depots then clients).", Value: $"{m.GetLength(0)} x {m.GetLength(1)}", Entity: entity));
            return;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (m[i, j] < 0)
                {
                    errors.Add(new DataError("negative-entry", "Matrix entries must not be negative.", Column: $"[{i}, {j}]", Value: Num(m[i, j]), Entity: entity));
                    return;
                }
            }
        }
    }
}
