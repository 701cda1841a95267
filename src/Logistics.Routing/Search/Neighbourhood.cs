using Logistics.Routing.Problem;

namespace Logistics.Routing.Search;

/// <summary>
/// Granular neighbourhood: for each client, the <c>k</c> clients most correlated with it, by travel distance plus
/// weighted minimal waiting and time warp when one is visited right after the other (PyVRP's proximity measure),
/// using the first vehicle type's profile.
/// </summary>
internal static class Neighbourhood
{
    public static int[][] Compute(ProblemData data, int k, bool[] servable, double waitWeight = 0.2, double timeWarpWeight = 1.0)
    {
        int nl = data.NumLocations;
        int profile = data.VehicleTypes[0].Profile;
        var dist = data.DistanceMatrix(profile);
        var dur = data.DurationMatrix(profile);
        var result = new int[nl][];
        var candidates = new List<(double Score, int Loc)>(nl);
        for (int i = 0; i < nl; i++)
        {
            result[i] = [];
            if (i < data.NumDepots || !servable[i])
            {
                continue;
            }

            candidates.Clear();
            for (int j = data.NumDepots; j < nl; j++)
            {
                if (j == i || !servable[j])
                {
                    continue;
                }

                candidates.Add((Proximity(data, dist, dur, i, j, nl, waitWeight, timeWarpWeight), j));
            }

            candidates.Sort((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Loc.CompareTo(b.Loc));
            result[i] = candidates.Take(k).Select(c => c.Loc).ToArray();
        }

        return result;
    }

    private static double Proximity(ProblemData data, long[] dist, long[] dur, int i, int j, int nl, double wWait, double wTw)
    {
        // Symmetric: the better of the two visiting orders.
        return Math.Min(Directed(data, dist, dur, i, j, nl, wWait, wTw), Directed(data, dist, dur, j, i, nl, wWait, wTw));
    }

    private static double Directed(ProblemData data, long[] dist, long[] dur, int i, int j, int nl, double wWait, double wTw)
    {
        long travel = dur[i * nl + j];
        double wait = Math.Max(data.TwEarly[j] - travel - data.Service[i] - data.TwLate[i], 0);
        double warp = Math.Max(data.TwEarly[i] + data.Service[i] + travel - data.TwLate[j], 0);
        return dist[i * nl + j] + wWait * wait + wTw * warp - data.Prize[j];
    }
}
