using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Export;

/// <summary>Writes vehicle types as CSV or XLSX with the columns of <see cref="VehicleTableLayout"/>.</summary>
public static class VehicleExporter
{
    /// <summary>Writes by the extension of <paramref name="path"/>: .csv or .xlsx.</summary>
    public static void Write(IEnumerable<VehicleType> vehicles, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentNullException.ThrowIfNull(path);
        Action<IEnumerable<VehicleType>, Stream, ExportOptions?> write =
            SheetFiles.IsCsv(path) ? WriteCsv
            : SheetFiles.IsXlsx(path) ? WriteXlsx
            : throw new ArgumentException($"Cannot write vehicles to '{Path.GetFileName(path)}'; use .csv or .xlsx.", nameof(path));
        using var stream = File.Create(path);
        write(vehicles, stream, options);
    }

    public static void WriteCsv(IEnumerable<VehicleType> vehicles, Stream stream, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        TableOutput.WriteCsv(VehicleTableLayout.Headers, vehicles.Select(VehicleTableLayout.Cells), stream, options.CsvEncoding);
    }

    public static void WriteXlsx(IEnumerable<VehicleType> vehicles, Stream stream, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        TableOutput.WriteXlsx(VehicleTableLayout.Headers, vehicles.Select(VehicleTableLayout.Cells), stream, options.SheetName ?? "vehicles");
    }
}
