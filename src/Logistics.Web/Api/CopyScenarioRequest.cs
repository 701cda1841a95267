namespace Logistics.Web.Api;

/// <summary>Body of <c>POST /api/scenarios/{id}/copy</c>: the new name (a default when left out).</summary>
public sealed record CopyScenarioRequest(string? Name);
