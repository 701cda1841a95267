using Logistics.Core.Ids;
using Logistics.Core.Units;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Verification;

/// <summary>
/// Travel without a road network: great-circle distance × <see cref="ScenarioParameters.CircuityFactor"/>, driven at
/// <see cref="ScenarioParameters.AverageSpeedKmh"/>, the time multiplied by the vehicle's
/// <see cref="VehicleType.SpeedFactor"/>. Metres and seconds are rounded once, here.
/// </summary>
public sealed class StraightLineTravelTimes : ITravelTimes
{
    private readonly Scenario _scenario;

    public StraightLineTravelTimes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!(scenario.Parameters.AverageSpeedKmh > 0))
        {
            throw new ArgumentException("The scenario's average speed must be positive.", nameof(scenario));
        }

        _scenario = scenario;
    }

    public TravelLeg Between(SiteId from, SiteId to, VehicleType? vehicle)
    {
        if (from == to)
        {
            return new TravelLeg(Metres.Zero, Seconds.Zero);
        }

        var metres = GreatCircle.DistanceMetres(_scenario[from].Location, _scenario[to].Location) * _scenario.Parameters.CircuityFactor;
        var seconds = metres / (_scenario.Parameters.AverageSpeedKmh / 3.6) * (vehicle?.SpeedFactor ?? 1.0);
        return new TravelLeg(
            new Metres((long)Math.Round(metres, MidpointRounding.AwayFromZero)),
            new Seconds((long)Math.Round(seconds, MidpointRounding.AwayFromZero)));
    }
}
