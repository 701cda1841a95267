namespace Logistics.Planning.Lines;

/// <summary>What a fixed line does in the two-echelon network.</summary>
public enum LineKind
{
    /// <summary>干线: county hub → township stations → hub. Carries the stations' own goods and every feeder's goods.</summary>
    Trunk,

    /// <summary>支线: township station → its villages → station.</summary>
    Feeder,

    /// <summary>直达: county hub → villages near the county seat → hub, without a transfer.</summary>
    Direct,

    /// <summary>客货邮: an existing passenger bus route with a luggage hold; its stops and times are fixed.</summary>
    CoModal,
}
