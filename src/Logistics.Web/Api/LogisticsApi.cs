using System.Globalization;
using System.Text;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Planning.Timetables;
using Logistics.Planning.Verification;
using Logistics.Web.Imports;
using Logistics.Web.Jobs;
using Logistics.Web.Kpis;
using Logistics.Web.Maps;
using Logistics.Web.Storage;
using Logistics.Web.Travel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logistics.Web.Api;

/// <summary>The minimal HTTP API under <c>/api</c> (OpenAPI at <c>/openapi/v1.json</c>). Errors are ProblemDetails naming the field.</summary>
public static class LogisticsApi
{
    public static IEndpointRouteBuilder MapLogisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        var scenarios = api.MapGroup("/scenarios").WithTags("scenarios");
        scenarios.MapGet("/", ListScenarios);
        scenarios.MapGet("/{id:long}", GetScenario);
        scenarios.MapPost("/{id:long}/copy", CopyScenario);
        scenarios.MapDelete("/{id:long}", DeleteScenario);
        scenarios.MapGet("/{id:long}/sites", GetSites);
        scenarios.MapGet("/{id:long}/coverage", GetCoverage);
        scenarios.MapGet("/{id:long}/layers/{layer}", GetScenarioLayer);
        scenarios.MapPost("/{id:long}/import", Import).DisableAntiforgery();

        var jobs = api.MapGroup("/plan-jobs").WithTags("plan jobs");
        jobs.MapPost("/", StartJob);
        jobs.MapGet("/", ListJobs);
        jobs.MapGet("/{id}", GetJob);
        jobs.MapDelete("/{id}", CancelJob);

        var plans = api.MapGroup("/plans").WithTags("plans");
        plans.MapGet("/", ListPlans);
        plans.MapPost("/", UploadPlan);
        plans.MapGet("/{id:long}", GetPlan);
        plans.MapGet("/{id:long}/verification", VerifyPlan);
        plans.MapGet("/{id:long}/layers/lines.geojson", GetLinesLayer);
        plans.MapGet("/{id:long}/timetable", GetTimetable);
        plans.MapGet("/{id:long}/timetable.csv", GetTimetableCsv);
        plans.MapGet("/{id:long}/timetable.xlsx", GetTimetableXlsx);
        plans.MapGet("/{id:long}/lines/{lineId}/load", GetLoad);
        plans.MapGet("/{id:long}/manifests", GetManifests).WithTags("dispatch");

        api.MapGet("/imports", async (ILogisticsStore store, CancellationToken ct) => Results.Ok(await store.ListImportsAsync(ct))).WithTags("import");
        return app;
    }

    private static async Task<IResult> ListScenarios(ScenarioCatalog catalog, CancellationToken ct)
    {
        var rows = await catalog.Store.ListScenariosAsync(ct);
        var list = new List<object>();
        foreach (var row in rows)
        {
            var s = await catalog.GetAsync(row.Id, ct);
            list.Add(new { row.Id, row.Name, row.Source, row.CreatedUtc, Kpis = s is null ? null : ScenarioKpis.Of(s.Value.Scenario) });
        }

        return Results.Ok(list);
    }

    private static async Task<IResult> GetScenario(long id, ScenarioCatalog catalog, CancellationToken ct) =>
        await catalog.Store.GetScenarioAsync(id, ct) is { } row
            ? Results.Text(row.Json, "application/json", Encoding.UTF8)
            : Problems.NotFound("scenario", id);

    private static async Task<IResult> CopyScenario(long id, CopyScenarioRequest? body, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetAsync(id, ct) is not { } found)
        {
            return Problems.NotFound("scenario", id);
        }

        var existing = (await catalog.Store.ListScenariosAsync(ct)).Select(s => s.Name);
        var name = string.IsNullOrWhiteSpace(body?.Name) ? ScenarioNames.CopyName(found.Row.Name, existing) : body!.Name!.Trim();
        if (InputLimits.CheckName(name) is { } tooLong)
        {
            return Problems.Field("name", $"{tooLong.Chinese} {tooLong.English}");
        }

        var copy = await catalog.Store.AddScenarioAsync(name, $"copy of {id}", found.Row.Json, ct);
        return Results.Created($"/api/scenarios/{copy.Id}", new { copy.Id, copy.Name, copy.Source, copy.CreatedUtc });
    }

    private static async Task<IResult> DeleteScenario(long id, ScenarioCatalog catalog, CancellationToken ct)
    {
        var rows = await catalog.Store.ListScenariosAsync(ct);
        if (rows.All(r => r.Id != id))
        {
            return Problems.NotFound("scenario", id);
        }

        if (rows.Count == 1)
        {
            return Problems.Field("id", "The last scenario cannot be deleted. 不能删除最后一个方案。", StatusCodes.Status409Conflict);
        }

        await catalog.Store.DeleteScenarioAsync(id, ct);
        catalog.Forget(id);
        return Results.NoContent();
    }

    private static async Task<IResult> GetSites(long id, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetAsync(id, ct) is not { } found)
        {
            return Problems.NotFound("scenario", id);
        }

        return Results.Ok(found.Scenario.Sites.Select(ScenarioJson.ToDocument));
    }

    private static async Task<IResult> GetCoverage(long id, ScenarioCatalog catalog, ScenarioTravel travel, CancellationToken ct, [FromQuery] string? threshold = null, [FromQuery] long? plan = null)
    {
        if (await catalog.GetAsync(id, ct) is not { } found)
        {
            return Problems.NotFound("scenario", id);
        }

        CoverageOptions options;
        try
        {
            options = CoverageOptionsFrom(threshold) with { TravelTimes = travel.Roads };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return Problems.Field("threshold", ex.Message);
        }

        var lines = await catalog.LatestPlanAsync(id, plan, ct);
        if (plan is not null && lines is null)
        {
            return Problems.Field("plan", $"Scenario {id} has no plan {plan}.", StatusCodes.Status404NotFound);
        }

        var report = CoverageAnalyzer.Analyze(found.Scenario, options, lines?.Plan);
        return Results.Ok(new
        {
            PlanId = lines?.Row.Id,
            Thresholds = report.Thresholds.Select(t => t.ToString()),
            County = report.County.Select(c => new { Threshold = c.Threshold.ToString(), c.Villages, c.CoveredVillages, c.Population, c.CoveredPopulation, c.ShareByCount, c.ShareByPopulation }),
            Uncovered = report.Uncovered(0).Select(v => new
            {
                Id = v.Village.Id.Value,
                v.Village.Name,
                DistanceMetres = v.Distance.Value,
                TimeSeconds = v.Time.Value,
                NearestOutlet = v.NearestByDistance?.Id.Value,
            }),
            Villages = report.Villages.Select(v => new
            {
                Id = v.Village.Id.Value,
                v.Village.Name,
                NearestOutlet = v.NearestByDistance?.Id.Value,
                Covered = v.Covered,
                v.RequiredVisitsPerWeek,
                v.WeeklyVisits,
            }),
        });
    }

    /// <summary>Coverage options from a comma-separated threshold list (e.g. <c>3km,15min</c>); the analyzer's defaults when empty.</summary>
    public static CoverageOptions CoverageOptionsFrom(string? thresholds) =>
        string.IsNullOrWhiteSpace(thresholds)
            ? new CoverageOptions()
            : new CoverageOptions
            {
                Thresholds = thresholds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(Logistics.Spatial.Coverage.CoverageThreshold.Parse).ToList(),
            };

    private static async Task<IResult> GetScenarioLayer(long id, string layer, ScenarioCatalog catalog, MapLayers layers, CancellationToken ct, [FromQuery] string? crs = null)
    {
        if (ParseCrs(crs) is not MapCrs mapCrs)
        {
            return Problems.Field("crs", "Use wgs84 or gcj02.");
        }

        if (await catalog.GetAsync(id, ct) is not { } found)
        {
            return Problems.NotFound("scenario", id);
        }

        var json = layer switch
        {
            "sites.geojson" => layers.Sites(found.Scenario, mapCrs),
            "boundary.geojson" => layers.Boundary(found.Scenario, mapCrs),
            "townships.geojson" => layers.Townships(id, found.Scenario, mapCrs),
            _ => null,
        };
        return json is null
            ? Problems.NotFound("layer", layer)
            : Results.Text(json, "application/geo+json", Encoding.UTF8);
    }

    private static async Task<IResult> Import(long id, HttpRequest request, ImportService imports, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Field("file", "Send the file as multipart/form-data in the field 'file'.");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Problems.Field("file", "No file, or an empty one, in the field 'file'. 没有文件。");
        }

        await using var stream = file.OpenReadStream();
        var outcome = await imports.ImportAsync(id, file.FileName, stream, form["name"].ToString(), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Errors.Any(e => e.Code == "unknown-scenario")
                ? Problems.NotFound("scenario", id)
                : Problems.DataErrors($"{file.FileName}: nothing imported", outcome.Errors);
        }

        var stored = outcome.Stored!;
        return Results.Created($"/api/scenarios/{stored.ScenarioId}", new
        {
            Import = stored,
            Warnings = outcome.Warnings.Select(w => w.ToString()),
        });
    }

    private static async Task<IResult> StartJob(PlanJobRequest? body, PlanJobQueue queue, ScenarioCatalog catalog, IOptions<LogisticsWebOptions> options, IServiceProvider services, CancellationToken ct)
    {
        if (body is null)
        {
            return Problems.Field("scenarioId", "The body must be JSON with a scenarioId.");
        }

        var o = options.Value;
        var limit = body.TimeLimitSeconds ?? o.PlanTimeLimitSeconds;
        if (!(limit > 0) || limit > o.MaxPlanTimeLimitSeconds)
        {
            return Problems.Field("timeLimitSeconds", $"Give a time limit above 0 and at most {o.MaxPlanTimeLimitSeconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        }

        if (await catalog.GetAsync(body.ScenarioId, ct) is not { } found)
        {
            return Problems.Field("scenarioId", $"No saved scenario has id {body.ScenarioId}.", StatusCodes.Status404NotFound);
        }

        if (services.GetService<IPlanRunner>() is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No line planner",
                detail: "This build has no line planner yet. 此版本尚无线路规划器。");
        }

        var engine = body.Engine ?? o.Planner.Engine;
        if (!PlanEngines.IsKnown(engine))
        {
            return Problems.Field("engine", $"Unknown engine \"{engine}\": use \"{PlanEngines.Hgs}\" (ours) or \"{PlanEngines.OrTools}\". 未知的求解引擎。");
        }

        var settings = new PlanRunSettings(TimeSpan.FromSeconds(limit), body.Seed ?? found.Scenario.Parameters.Seed, engine);
        var job = await queue.TryEnqueueAsync(body.ScenarioId, settings, ct);
        if (job is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Plan queue full",
                detail: $"{queue.Capacity} plan jobs are already waiting; try again when one has finished. 排队的规划任务已满。");
        }

        return Results.Accepted($"/api/plan-jobs/{job.Id}", JobView(job.ToStored()));
    }

    private static async Task<IResult> ListJobs(PlanJobQueue queue, ILogisticsStore store, CancellationToken ct)
    {
        var stored = await store.ListJobsAsync(ct);
        return Results.Ok(stored.Select(j => JobView(queue.Find(j.Id)?.ToStored() ?? j)).Reverse());
    }

    private static async Task<IResult> GetJob(string id, PlanJobQueue queue, ILogisticsStore store, CancellationToken ct)
    {
        var job = queue.Find(id)?.ToStored() ?? await store.GetJobAsync(id, ct);
        return job is null ? Problems.NotFound("job", id) : Results.Ok(JobView(job));
    }

    private static async Task<IResult> CancelJob(string id, PlanJobQueue queue, ILogisticsStore store, CancellationToken ct)
    {
        if (await queue.CancelAsync(id, ct))
        {
            return Results.Accepted($"/api/plan-jobs/{id}", JobView(queue.Find(id)!.ToStored()));
        }

        var job = queue.Find(id)?.ToStored() ?? await store.GetJobAsync(id, ct);
        return job is null
            ? Problems.NotFound("job", id)
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Job already ended", detail: $"The job is {job.Status}.");
    }

    private static object JobView(StoredJob job) => new
    {
        job.Id,
        job.ScenarioId,
        job.Status,
        job.CreatedUtc,
        job.FinishedUtc,
        job.PlanId,
        job.Error,
        Progress = System.Text.Json.JsonSerializer.Deserialize<List<PlanRunProgress>>(job.ProgressJson, System.Text.Json.JsonSerializerOptions.Web) ?? [],
    };

    private static async Task<IResult> ListPlans(ILogisticsStore store, CancellationToken ct, [FromQuery] long? scenarioId = null)
    {
        var plans = await store.ListPlansAsync(scenarioId, ct);
        return Results.Ok(plans.Select(p => new { p.Id, p.ScenarioId, p.Name, p.CreatedUtc, Kpis = PlanSummary.FromJson(p.KpisJson) }));
    }

    private static async Task<IResult> UploadPlan(PlanUploadRequest? body, ScenarioCatalog catalog, ScenarioTravel travel, CancellationToken ct)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Plan))
        {
            return Problems.Field("plan", "Give the plan JSON (logistics-plan/1) in 'plan'.");
        }

        if (await catalog.GetAsync(body.ScenarioId, ct) is not { } found)
        {
            return Problems.Field("scenarioId", $"No saved scenario has id {body.ScenarioId}.", StatusCodes.Status404NotFound);
        }

        LinePlan plan;
        try
        {
            plan = LinePlanJson.Deserialize(body.Plan, "plan");
        }
        catch (DataValidationException ex)
        {
            return Problems.DataErrors("The plan is not valid", ex.Errors);
        }

        if (plan.ScenarioHash != ScenarioFingerprint.Of(found.Scenario))
        {
            return Problems.Field("plan", $"The plan was made for another scenario ({plan.ScenarioName}, {plan.ScenarioHash}). 方案不匹配。", StatusCodes.Status422UnprocessableEntity);
        }

        var times = travel.TimesFor(found.Scenario);
        var report = PlanVerifier.Verify(plan, found.Scenario, times);
        var kpis = PlanSummary.Of(plan, found.Scenario, times, report);
        var name = string.IsNullOrWhiteSpace(body.Name) ? $"{found.Row.Name} · uploaded" : body.Name.Trim();
        if (!string.IsNullOrWhiteSpace(body.Name) && InputLimits.CheckName(name) is { } tooLong)
        {
            return Problems.Field("name", $"{tooLong.Chinese} {tooLong.English}");
        }

        var stored = await catalog.Store.AddPlanAsync(body.ScenarioId, name, LinePlanJson.Serialize(plan), kpis.ToJson(), ct);
        return Results.Created($"/api/plans/{stored.Id}", new { stored.Id, stored.ScenarioId, stored.Name, Kpis = kpis });
    }

    private static async Task<IResult> GetPlan(long id, ILogisticsStore store, CancellationToken ct) =>
        await store.GetPlanAsync(id, ct) is { } plan
            ? Results.Text(plan.Json, "application/json", Encoding.UTF8)
            : Problems.NotFound("plan", id);

    private static async Task<IResult> VerifyPlan(long id, ScenarioCatalog catalog, ScenarioTravel travel, CancellationToken ct)
    {
        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        var report = PlanVerifier.Verify(p.Plan, p.Scenario, travel.TimesFor(p.Scenario));
        return Results.Ok(new
        {
            report.IsClean,
            Violations = report.Violations.Select(v => new { v.Code, Line = v.LineId, Day = v.Day?.ToString(), Site = v.Site?.Value, v.Chinese, v.English }),
        });
    }

    private static async Task<IResult> GetLinesLayer(long id, ScenarioCatalog catalog, MapLayers layers, CancellationToken ct, [FromQuery] string? crs = null)
    {
        if (ParseCrs(crs) is not MapCrs mapCrs)
        {
            return Problems.Field("crs", "Use wgs84 or gcj02.");
        }

        return await PlanWithScenario(id, catalog, ct) is { } p
            ? Results.Text(layers.Lines(id, p.Plan, p.Scenario, mapCrs), "application/geo+json", Encoding.UTF8)
            : Problems.NotFound("plan", id);
    }

    private static async Task<IResult> GetTimetable(long id, ScenarioCatalog catalog, CancellationToken ct, [FromQuery] string? line = null, [FromQuery] string? site = null)
    {
        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        if (site is not null)
        {
            var siteId = new SiteId(site);
            if (!p.Scenario.TryGetSite(siteId, out _))
            {
                return Problems.Field("site", $"The scenario has no site '{site}'.", StatusCodes.Status404NotFound);
            }

            var stop = Timetable.ForSite(p.Plan, p.Scenario, siteId);
            return Results.Ok(new
            {
                Site = stop.Site.Value,
                stop.SiteName,
                Visits = stop.Visits.Select(v => new { v.LineId, Kind = LineKindNames.Code(v.Kind), Days = v.Days.ToCode(), Arrival = Clock(v.Arrival), Departure = Clock(v.Departure), v.Chinese, v.English }),
            });
        }

        var lines = p.Plan.Lines.AsEnumerable();
        if (line is not null)
        {
            if (!p.Plan.TryGetLine(line, out var one))
            {
                return Problems.Field("line", $"The plan has no line '{line}'.", StatusCodes.Status404NotFound);
            }

            lines = [one];
        }

        return Results.Ok(lines.Select(l => Timetable.ForLine(l, p.Scenario)).Select(t => new
        {
            t.Line.Id,
            t.Line.Name,
            Kind = LineKindNames.Code(t.Line.Kind),
            Days = t.Line.ServiceDays.ToCode(),
            Rows = t.Rows.Select(r => new { r.Sequence, Site = r.Site.Value, r.SiteName, Arrival = r.Arrival is { } a ? Clock(a) : null, Departure = r.Departure is { } d ? Clock(d) : null, r.Chinese, r.English }),
        }));
    }

    private static async Task<IResult> GetTimetableCsv(long id, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        using var buffer = new MemoryStream();
        TimetableCsv.Write(p.Plan, p.Scenario, buffer);
        return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"timetable-{id}.csv");
    }

    private static async Task<IResult> GetTimetableXlsx(long id, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        using var buffer = new MemoryStream();
        TimetableXlsx.Write(p.Plan, p.Scenario, buffer);
        return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"timetable-{id}.xlsx");
    }

    private static async Task<IResult> GetLoad(long id, string lineId, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        if (!p.Plan.TryGetLine(lineId, out var line))
        {
            return Problems.Field("lineId", $"The plan has no line '{lineId}'.", StatusCodes.Status404NotFound);
        }

        return Results.Ok(new
        {
            line.Id,
            line.Name,
            Days = Kpis.LoadProfile.Of(p.Plan, p.Scenario, line).Select(d => new
            {
                Day = Logistics.Planning.Network.Weekdays.Code(d.Day),
                d.Places,
                d.Kg,
                d.M3,
                d.CapacityKg,
            }),
        });
    }

    private static async Task<IResult> GetManifests(long id, ScenarioCatalog catalog, ScenarioTravel travel, CancellationToken ct, [FromQuery] string? date = null, [FromQuery] string[]? unavailable = null)
    {
        if (!DateOnly.TryParseExact(date ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.Field("date", "Give the date as yyyy-MM-dd. 日期格式 yyyy-MM-dd。");
        }

        if (await PlanWithScenario(id, catalog, ct) is not { } p)
        {
            return Problems.NotFound("plan", id);
        }

        var off = new List<Logistics.Planning.Dispatch.VehicleRef>();
        foreach (var text in unavailable ?? [])
        {
            if (!Logistics.Planning.Dispatch.VehicleRef.TryParse(text, p.Scenario, out var v, out var error))
            {
                return Problems.Field("unavailable", error);
            }

            off.Add(v);
        }

        var d = Logistics.Planning.Dispatch.DispatchPlanner.Plan(p.Plan, p.Scenario, travel.TimesFor(p.Scenario),
            new Logistics.Planning.Dispatch.DispatchRequest(day) { Unavailable = off });
        return Results.Ok(new
        {
            Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Day = Logistics.Planning.Network.Weekdays.Code(d.Day),
            d.AllServed,
            Runs = d.Runs.Select(r => new
            {
                r.LineId,
                Vehicle = r.VehicleLabel,
                PlannedVehicle = r.PlannedVehicleLabel,
                r.VehicleChanged,
                LoadAtDepotKg = Math.Round(r.LoadAtDepot.Kg, 1),
                Stops = r.Stops.Select(s => new
                {
                    s.Sequence,
                    Site = s.Site.Value,
                    s.SiteName,
                    Arrival = Clock(s.Arrival),
                    Departure = Clock(s.Departure),
                    DropKg = Math.Round(s.Drop.Kg, 1),
                    PickKg = Math.Round(s.Pick.Kg, 1),
                    OnBoardKg = Math.Round(s.Load.Kg, 1),
                    s.MovedFrom,
                }),
            }),
            Moves = d.Moves.Select(m => new { m.FromLine, Site = m.Site.Value, m.ToLine, m.ToVehicle, m.ExtraKm, m.ExtraCost }),
            Unserved = d.Unserved.Select(u => new { u.LineId, Site = u.Site.Value, u.SiteName, u.Reason, u.Chinese, u.English }),
            Violations = d.Verification.Violations.Select(v => new { v.Code, Line = v.LineId, v.Chinese, v.English }),
        });
    }

    /// <summary>A stored plan with its parsed scenario, or null when either is gone.</summary>
    public static async Task<(StoredPlan Row, LinePlan Plan, Scenario Scenario)?> PlanWithScenario(long id, ScenarioCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetPlanAsync(id, ct) is not { } plan || await catalog.GetAsync(plan.Row.ScenarioId, ct) is not { } scenario)
        {
            return null;
        }

        return (plan.Row, plan.Plan, scenario.Scenario);
    }

    private static MapCrs? ParseCrs(string? crs) => crs?.ToLowerInvariant() switch
    {
        null or "" or "wgs84" => MapCrs.Wgs84,
        "gcj02" => MapCrs.Gcj02,
        _ => null,
    };

    private static string Clock(TimeOnly t) => TimetableText.Clock(t);
}
