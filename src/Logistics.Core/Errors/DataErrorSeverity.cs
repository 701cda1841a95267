namespace Logistics.Core.Errors;

public enum DataErrorSeverity
{
    Error,
    Warning,
}
