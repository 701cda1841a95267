namespace Logistics.Planning.Periodic;

/// <summary>The two periodic benchmark families.</summary>
public enum PeriodicKind
{
    /// <summary>Periodic VRP (Cordeau, Gendreau &amp; Laporte 1997): each customer's visit days are chosen among allowed combinations; at most m routes a day.</summary>
    Pvrp,

    /// <summary>Consistent VRP (Groër, Golden &amp; Wasil 2009): visit days given; one vehicle per customer; arrival times within L.</summary>
    ConVrp,
}
