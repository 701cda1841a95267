namespace Logistics.Routing.Problem;

/// <summary>A client that no vehicle can serve, with the reason in words.</summary>
/// <param name="Client">0-based client index.</param>
/// <param name="Name">The client's name.</param>
/// <param name="Reason">The reason code.</param>
/// <param name="Message">Plain explanation naming the numbers involved.</param>
public sealed record UnservableClient(int Client, string Name, UnservableReason Reason, string Message);
