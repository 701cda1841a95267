using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Web.Tables;

namespace Logistics.Web.Tests.Tables;

/// <summary>Grid rows made by hand: line i is a trunk when i is a multiple of 4 (else a feeder), runs on Monday when i is even and on Tuesday when odd, serves township 乡镇{i % 3} and stops at 村{i}.</summary>
internal static class TestLines
{
    public static IReadOnlyList<LineRow> Rows(int count) =>
        Enumerable.Range(0, count).Select(i => new LineRow(
            i,
            new Line
            {
                Id = $"L-{i:00}",
                Name = $"线路{i}",
                Kind = i % 4 == 0 ? LineKind.Trunk : LineKind.Feeder,
                HomeDepot = new SiteId("D"),
                ServiceDays = ServiceDays.Of(i % 2 == 0 ? DayOfWeek.Monday : DayOfWeek.Tuesday),
                Departure = new TimeOnly(8, 0),
                Return = new TimeOnly(12, 0),
                Stops = Enumerable.Range(0, 1 + (i % 5)).Select(k => new LineStop(new SiteId($"S{i}-{k}"), new TimeOnly(9, k), new TimeOnly(9, k))).ToList(),
            },
            [$"乡镇{i % 3}"],
            $"村{i} 中心站")).ToList();
}
