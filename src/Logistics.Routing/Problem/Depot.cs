namespace Logistics.Routing.Problem;

/// <summary>A depot where vehicles start and end. Shift windows belong to the vehicle types.</summary>
/// <param name="Name">A label for reports, e.g. the site id.</param>
public sealed record Depot(string Name);
