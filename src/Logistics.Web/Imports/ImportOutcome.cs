using Logistics.Core.Errors;
using Logistics.Web.Storage;

namespace Logistics.Web.Imports;

/// <summary>
/// The result of an upload: either the stored import (and any warnings), or every problem found and nothing stored.
/// </summary>
public sealed record ImportOutcome(StoredImport? Stored, IReadOnlyList<DataError> Errors, IReadOnlyList<DataError> Warnings)
{
    public bool Succeeded => Stored is not null;
}
