using System.Security.Cryptography;
using System.Text;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Lines;

/// <summary>
/// The fingerprint a plan stores of its scenario: <c>sha256:</c> and the lowercase hex SHA-256 of the scenario's
/// stable JSON (<see cref="ScenarioJson.Serialize"/>, UTF-8). Any change of a site, demand, vehicle or parameter
/// changes it.
/// </summary>
public static class ScenarioFingerprint
{
    public const string Prefix = "sha256:";

    public static string Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(ScenarioJson.Serialize(scenario)));
        return Prefix + Convert.ToHexStringLower(bytes);
    }
}
