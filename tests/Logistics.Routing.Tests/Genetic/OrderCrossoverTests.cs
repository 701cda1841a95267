using Logistics.Routing.Genetic;

namespace Logistics.Routing.Tests.Genetic;

/// <summary>OX as in HGS-CVRP: the first parent's slice stays at its positions; the rest follows the second parent.</summary>
public class OrderCrossoverTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_slice_of_the_first_parent_keeps_its_positions_and_the_rest_follows_the_second_parent(int seed)
    {
        // Locations 1..12 (0 is the depot).
        int[] a = [5, 3, 9, 1, 12, 7, 2, 11, 4, 8, 6, 10];
        int[] b = [2, 4, 6, 8, 10, 12, 1, 3, 5, 7, 9, 11];
        var child = OrderCrossover.Cross(a, b, 13, new Random(seed));

        Assert.Equal(a.OrderBy(x => x), child.OrderBy(x => x));

        // Reference: draw the slice with the same random stream, then fill as in HGS-CVRP's crossoverOX.
        var rng = new Random(seed);
        int n = a.Length;
        int start = rng.Next(n);
        int end = rng.Next(n);
        while (end == start)
        {
            end = rng.Next(n);
        }

        var expected = new int[n];
        var taken = new bool[13];
        int j = start;

        // (HGS copies nothing of the first parent when the slice is the whole tour; here it is the whole first parent.)
        bool whole = (end + 1) % n == start;
        while (whole ? j < start + n : j % n != (end + 1) % n)
        {
            expected[j % n] = a[j % n];
            taken[a[j % n]] = true;
            j++;
        }

        for (int i = 1; i <= n; i++)
        {
            int c = b[(end + i) % n];
            if (!taken[c])
            {
                expected[j % n] = c;
                j++;
            }
        }

        Assert.Equal(expected, child);
        Assert.Equal(a[start], child[start]);
        Assert.Equal(a[end], child[end]);
    }

    [Fact]
    public void With_optional_clients_each_client_appears_once_and_the_second_parent_is_kept_whole()
    {
        int[] a = [1, 2, 3, 4];
        int[] b = [4, 5, 1, 6, 2];
        for (int seed = 0; seed < 20; seed++)
        {
            var child = OrderCrossover.Cross(a, b, 7, new Random(seed));
            Assert.Equal(child.Distinct().Count(), child.Length);
            Assert.Subset(child.ToHashSet(), b.ToHashSet());
            Assert.Subset(a.Union(b).ToHashSet(), child.ToHashSet());
        }
    }

    [Fact]
    public void Without_in_place_the_child_starts_with_the_slice_as_before_issue_17()
    {
        int[] a = [5, 3, 9, 1, 12, 7, 2, 11, 4, 8, 6, 10];
        int[] b = [2, 4, 6, 8, 10, 12, 1, 3, 5, 7, 9, 11];
        for (int seed = 0; seed < 10; seed++)
        {
            var child = OrderCrossover.Cross(a, b, 13, new Random(seed), inPlace: false);
            var rng = new Random(seed);
            int start = rng.Next(a.Length);
            Assert.Equal(a[start], child[0]);
            Assert.Equal(a.OrderBy(x => x), child.OrderBy(x => x));
        }
    }
}
