namespace Logistics.Routing.Benchmarks;

/// <summary>File formats of the public benchmark families.</summary>
public enum BenchmarkFormat
{
    /// <summary>CVRPLIB / TSPLIB <c>.vrp</c> (sets X, A, B, P): rounded Euclidean distances.</summary>
    Cvrplib,

    /// <summary>Solomon / Gehring–Homberger text: double-precision Euclidean, travel time = distance.</summary>
    Solomon,

    /// <summary>LKH-3 VRPSPD/MVRPB <c>.vrpspd</c> (Dethloff, Salhi–Nagy).</summary>
    LkhVrpspd,
}
