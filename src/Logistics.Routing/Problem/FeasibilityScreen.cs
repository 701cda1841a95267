using System.Globalization;

namespace Logistics.Routing.Problem;

/// <summary>
/// Checks, for each client, whether some vehicle type could serve it on a route of its own. Those that fail are
/// reported with a reason and left out of the search. The reason reported is the first check that every vehicle type
/// fails, in the order capacity, time window, duration, distance.
/// </summary>
public static class FeasibilityScreen
{
    public static IReadOnlyList<UnservableClient> Check(ProblemData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new List<UnservableClient>();
        for (int c = 0; c < data.NumClients; c++)
        {
            var reason = Check(data, c, out string message);
            if (reason is not null)
            {
                result.Add(new UnservableClient(c, data.Clients[c].Name, reason.Value, message));
            }
        }

        return result;
    }

    private static UnservableReason? Check(ProblemData data, int client, out string message)
    {
        int loc = data.LocationOfClient(client);
        var cl = data.Clients[client];
        int stage = -1; // the furthest check passed by any vehicle type
        foreach (var v in data.VehicleTypes)
        {
            int passed = Passes(data, loc, cl, v);
            stage = Math.Max(stage, passed);
            if (passed == 4)
            {
                message = string.Empty;
                return null;
            }
        }

        var ci = CultureInfo.InvariantCulture;
        switch (stage)
        {
            case < 1:
                message = string.Create(ci, $"Delivery {string.Join('/', cl.Delivery)} or pickup {string.Join('/', cl.Pickup)} exceeds every vehicle capacity ({string.Join("; ", data.VehicleTypes.Select(t => string.Join('/', t.Capacity)))}).");
                return UnservableReason.DemandExceedsCapacity;
            case 1:
                message = string.Create(ci, $"No vehicle can start service within {string.Join(", ", cl.TimeWindows)} and return to its depot before the end of its shift.");
                return UnservableReason.TimeWindowUnreachable;
            case 2:
                message = string.Create(ci, $"Travel there and back plus service ({cl.ServiceDuration}) exceeds every vehicle's maximum duration.");
                return UnservableReason.MaxDurationExceeded;
            default:
                message = "Travel there and back exceeds every vehicle's maximum distance.";
                return UnservableReason.MaxDistanceExceeded;
        }
    }

    /// <summary>Number of consecutive checks passed: 0 none, 1 capacity, 2 + time window, 3 + duration, 4 all.</summary>
    private static int Passes(ProblemData data, int loc, Client cl, VehicleType v)
    {
        for (int d = 0; d < data.Dimensions; d++)
        {
            if (cl.Delivery[d] > v.Capacity[d] || cl.Pickup[d] > v.Capacity[d])
            {
                return 0;
            }
        }

        long outDur = data.Duration(v.Profile, v.StartDepot, loc);
        long backDur = data.Duration(v.Profile, loc, v.EndDepot);
        long arrival = v.ShiftStart + outDur;
        bool reachable = false;
        foreach (var w in cl.TimeWindows)
        {
            if (w.Late >= arrival)
            {
                long start = Math.Max(arrival, w.Early);
                reachable = start + cl.ServiceDuration + backDur <= v.ShiftEnd;
                break;
            }
        }

        if (!reachable)
        {
            return 1;
        }

        if (outDur + cl.ServiceDuration + backDur > v.MaxDuration)
        {
            return 2;
        }

        if (data.Distance(v.Profile, v.StartDepot, loc) + data.Distance(v.Profile, loc, v.EndDepot) > v.MaxDistance)
        {
            return 3;
        }

        return 4;
    }
}
