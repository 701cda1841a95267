using Logistics.Routing.Genetic;
using Logistics.Routing.Problem;

namespace Logistics.Routing.Tests.Genetic;

/// <summary>The giant tour handed to crossover: routes by the polar angle of their barycentre (HGS-CVRP).</summary>
public class GiantTourTests
{
    // Depot at (50, 50); clients 1-2 to the north, 3-4 to the east, 5-6 to the south, 7-8 to the west.
    private static readonly double[] X = [50, 48, 52, 90, 92, 49, 51, 10, 12];
    private static readonly double[] Y = [50, 90, 92, 49, 51, 10, 12, 52, 48];

    private static ProblemData Build(bool coordinates)
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        int n = X.Length;
        for (int c = 1; c < n; c++)
        {
            b.AddClient(new Client($"C{c}", [1], [0], 0, [TimeWindow.Unbounded]));
        }

        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (long)Math.Round(Math.Sqrt(((X[i] - X[j]) * (X[i] - X[j])) + ((Y[i] - Y[j]) * (Y[i] - Y[j]))));
            }
        }

        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("v", 5, [10]));
        if (coordinates)
        {
            b.SetCoordinates(X, Y);
        }

        return b.Build();
    }

    // Slots: north, (empty), east, west, south.
    private static readonly int[][] Routes = [[1, 2], [], [4, 3], [7, 8], [5, 6]];

    [Fact]
    public void With_coordinates_routes_follow_the_angle_of_their_barycentre_around_the_depot()
    {
        var tour = Individual.BuildGiantTour(Build(coordinates: true), [0, 0, 0, 0, 0], Routes);

        // atan2 order: south (-90°), east (0°), north (90°), west (180°).
        Assert.Equal([5, 6, 4, 3, 1, 2, 7, 8], tour);
    }

    [Fact]
    public void Without_coordinates_routes_follow_the_slots()
    {
        var tour = Individual.BuildGiantTour(Build(coordinates: false), [0, 0, 0, 0, 0], Routes);

        Assert.Equal([1, 2, 4, 3, 7, 8, 5, 6], tour);
    }
}
