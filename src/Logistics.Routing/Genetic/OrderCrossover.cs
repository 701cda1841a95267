namespace Logistics.Routing.Genetic;

/// <summary>
/// Ordered crossover (OX) on giant tours: a random slice of the first parent is kept in place and the rest is filled
/// with the second parent's clients in its cyclic order. Clients visited by neither parent stay out.
/// </summary>
internal static class OrderCrossover
{
    public static int[] Cross(int[] a, int[] b, int numLocations, Random rng)
    {
        if (a.Length == 0)
        {
            return (int[])b.Clone();
        }

        int start = rng.Next(a.Length);
        int end = rng.Next(a.Length);
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

        return child.ToArray();
    }
}
