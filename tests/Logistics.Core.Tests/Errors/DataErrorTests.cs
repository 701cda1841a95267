using Logistics.Core.Errors;

namespace Logistics.Core.Tests.Errors;

public class DataErrorTests
{
    [Fact]
    public void Text_names_file_row_column_and_value()
    {
        var e = new DataError("negative-demand", "Demand must be a non-negative number.", File: "sites.csv", Row: 7, Column: "demand_mon_consumer_kg", Value: "-3");
        var text = e.ToString();
        Assert.Contains("sites.csv", text);
        Assert.Contains("row 7", text);
        Assert.Contains("'demand_mon_consumer_kg'", text);
        Assert.Contains("'-3'", text);
        Assert.Contains("[negative-demand]", text);
        Assert.StartsWith("error", text);
    }

    [Fact]
    public void Error_list_throws_only_for_errors_and_keeps_all_of_them()
    {
        var list = new ErrorList();
        list.Add(new DataError("estimated", "Position estimated.", Severity: DataErrorSeverity.Warning));
        list.ThrowIfAny();
        list.Add(new DataError("a", "first"));
        list.Add(new DataError("b", "second"));
        var ex = Assert.Throws<DataValidationException>(list.ThrowIfAny);
        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains("2 error(s)", ex.Message);
    }
}
