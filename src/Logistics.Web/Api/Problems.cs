using Logistics.Core.Errors;

namespace Logistics.Web.Api;

/// <summary>ProblemDetails results that name the field at fault.</summary>
public static class Problems
{
    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: status, title: $"Invalid {field}");

    public static IResult NotFound(string field, object value) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {field}", detail: $"No {field} '{value}'.",
            extensions: new Dictionary<string, object?> { ["field"] = field, ["value"] = value });

    /// <summary>422 with every data error (file, row, column, value, message).</summary>
    public static IResult DataErrors(string title, IReadOnlyList<DataError> errors) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title,
            detail: errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} problems; see errors.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { e.Code, e.Message, e.File, e.Row, e.Column, e.Value, e.Entity, Severity = e.Severity.ToString() }).ToList(),
            });
}
