namespace Logistics.Routing.Genetic;

/// <summary>
/// Ordered crossover (OX) on giant tours, as in HGS-CVRP: a random slice of the first parent (at least two clients when
/// it has two) is kept at its positions and the other positions, from the one after the slice onwards and cyclically,
/// are filled with the second parent's clients in its cyclic order from the same point. Keeping the slice in place
/// matters because Split cuts the tour from position 0, so the child's routes start where the parent's did.
/// Clients visited by neither parent stay out.
/// </summary>
internal static class OrderCrossover
{
    /// <param name="inPlace">
    /// HGS-CVRP's form (slice of at least two clients, kept at its positions); false: the slice may be one client and
    /// the child starts with it (the form used before issue 17, kept for problems without coordinates, whose giant
    /// tours follow vehicle slots, so that the planner's searches are unchanged).
    /// </param>
    public static int[] Cross(int[] a, int[] b, int numLocations, Random rng, bool inPlace = true)
    {
        if (a.Length == 0)
        {
            return (int[])b.Clone();
        }

        int start = rng.Next(a.Length);
        int end = rng.Next(a.Length);
        while (inPlace && end == start && a.Length > 1)
        {
            end = rng.Next(a.Length);
        }

        var taken = new bool[numLocations];
        var child = new List<int>(Math.Max(a.Length, b.Length));
        for (int i = start; ; i = (i + 1) % a.Length)
        {
            child.Add(a[i]);
            taken[a[i]] = true;
            if (i == end)
            {
                break;
            }
        }

        if (b.Length > 0)
        {
            int offset = (end + 1) % b.Length;
            for (int k = 0; k < b.Length; k++)
            {
                int loc = b[(offset + k) % b.Length];
                if (!taken[loc])
                {
                    taken[loc] = true;
                    child.Add(loc);
                }
            }
        }

        if (!inPlace)
        {
            return child.ToArray();
        }

        // The cyclic sequence starts with the slice; rotate it so that the slice sits where it was in the first parent.
        var result = new int[child.Count];
        int shift = start % result.Length;
        for (int i = 0; i < result.Length; i++)
        {
            result[(i + shift) % result.Length] = child[i];
        }

        return result;
    }
}
