using System.Diagnostics;
using System.Globalization;
using Logistics.Planning.Coverage;
using Logistics.Planning.Counties;
using Logistics.Planning.Planner;
using Logistics.Routing.Solver;
using Spectre.Console;

namespace Logistics.Cli.Commands;

/// <summary>
/// A progress bar for long CLI work (<c>plan</c>, <c>bench</c>, <c>roads build</c>, <c>site --what-if</c>/<c>whatif</c>,
/// <c>county</c>): phase, percentage, best cost so far and time left, drawn with Spectre.Console on standard error and
/// cleared when the work ends, so standard output stays exactly the command's report. Silent when standard error is
/// not an interactive terminal (redirected, piped, CI, tests). A command opens one with <c>using var progress =
/// WorkProgress.Start(title)</c> and hands one of the adapters (<see cref="Planner"/>, <see cref="WhatIf"/>, <see cref="Solver"/>,
/// <see cref="Count"/>, <see cref="County"/>) to the engine's own <see cref="IProgress{T}"/> hook. Adapters report on
/// the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).
/// </summary>
public sealed class WorkProgress : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly ManualResetEventSlim _done = new();
    private readonly string _title;
    private Task? _display;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _phase = string.Empty;
    private TimeSpan _phaseStart;
    private double? _fraction;
    private double? _bestCost;
    private TimeSpan? _budget;

    private WorkProgress(string title)
    {
        _title = title;
    }

    /// <summary>Starts a progress bar on the terminal's standard error (none when it is not a terminal); dispose it when the work ends.</summary>
    public static WorkProgress Start(string title) =>
        Start(Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), title);

    /// <summary>Starts a progress bar on <paramref name="console"/>; silent when it is null or not an interactive ANSI terminal.</summary>
    public static WorkProgress Start(IAnsiConsole? console, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var progress = new WorkProgress(title);
        if (console is not null && console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            // Spectre draws on this task's thread until Dispose; the work goes on on the caller's thread.
            progress._display = Task.Run(() => console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(title), maxValue: 100);
                    do
                    {
                        progress.Draw(task);
                        context.Refresh();
                    }
                    while (!progress._done.Wait(RefreshEvery));
                    task.Value = 100;
                }));
        }

        return progress;
    }

    /// <summary>Ends the display (clears the bar).</summary>
    public void Dispose()
    {
        if (_done.IsSet)
        {
            return;
        }

        _done.Set();
        _display?.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Where the work is. <paramref name="fraction"/>: the share of the phase done (counted work), or null.
    /// <paramref name="bestCost"/>: the best cost so far, or null. <paramref name="budget"/>: the time the whole work
    /// is allowed (time-bounded search), measured from <see cref="Start(string)"/>; then the
    /// percentage and time left follow the clock.
    /// </summary>
    public void Report(string phase, double? fraction = null, double? bestCost = null, TimeSpan? budget = null)
    {
        lock (_gate)
        {
            if (phase != _phase)
            {
                _phase = phase;
                _phaseStart = _clock.Elapsed;
                _fraction = null;
            }

            _fraction = fraction ?? _fraction;
            _bestCost = bestCost ?? _bestCost;
            _budget = budget ?? _budget;
        }
    }

    /// <summary>The planner's phases; its time budget gives the percentage and time left, its weekly cost the best cost.</summary>
    public IProgress<PlannerProgress> Planner(TimeSpan budget) =>
        new Relay<PlannerProgress>(p => Report(p.Phase, p.Phase == "done" ? 1 : null, p.WeeklyCost > 0 ? p.WeeklyCost : null, budget));

    /// <summary>A planning what-if: up to <paramref name="plans"/> plans of <paramref name="budgetPerPlan"/> each, one after the other.</summary>
    public IProgress<WhatIfPlanningProgress> WhatIf(TimeSpan budgetPerPlan, int plans) =>
        new Relay<WhatIfPlanningProgress>(p => Report(
            $"{p.Step} {p.Planner.Phase}", bestCost: p.Planner.WeeklyCost > 0 ? p.Planner.WeeklyCost : null, budget: budgetPerPlan * Math.Max(1, plans)));

    /// <summary>One run of the routing engine among <paramref name="runs"/> runs of <paramref name="perRun"/> each; costs shown in published units.</summary>
    public IProgress<ProgressReport> Solver(string phase, TimeSpan perRun, int runs, Func<long, double> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        Report(phase, budget: perRun * Math.Max(1, runs));
        return new Relay<ProgressReport>(p => Report(phase, bestCost: p.Feasible ? published(p.Cost) : null));
    }

    /// <summary>Counted work: <c>n</c> of <paramref name="total"/> done in <paramref name="phase"/>.</summary>
    public IProgress<int> Count(string phase, int total)
    {
        Report(phase, 0);
        return new Relay<int>(n => Report(phase, total > 0 ? Math.Clamp(n / (double)total, 0, 1) : null));
    }

    /// <summary>The county importer's steps.</summary>
    public IProgress<CountyImportProgress> County() => new Relay<CountyImportProgress>(p => Report(p.Phase, p.Fraction));

    /// <summary>
    /// Percentage (0–100) and time left from the elapsed time and what is known: with a time budget, the clock
    /// against it (at most 99 % until the work says it is done); with a counted fraction, that fraction and the
    /// time left at the phase's pace so far; otherwise unknown (null).
    /// </summary>
    public static (double? Percent, TimeSpan? Left) Estimate(TimeSpan elapsed, TimeSpan phaseElapsed, double? fraction, TimeSpan? budget)
    {
        if (fraction >= 1)
        {
            return (100, TimeSpan.Zero);
        }

        if (budget is { } b && b > TimeSpan.Zero)
        {
            var share = Math.Clamp(elapsed / b, 0, 0.99);
            var left = b - elapsed;
            return (100 * share, left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }

        if (fraction is { } f && f > 0)
        {
            return (100 * f, phaseElapsed * ((1 - f) / f));
        }

        return (fraction is null ? null : 0, null);
    }

    /// <summary>The description line: phase, best cost, time left.</summary>
    public static string Describe(string title, string phase, double? bestCost, TimeSpan? left)
    {
        var c = CultureInfo.InvariantCulture;
        var text = phase.Length > 0 ? $"{title} · {phase}" : title;
        if (bestCost is { } cost)
        {
            text += string.Create(c, $" · 最优 best {cost:#,##0.##}");
        }

        if (left is { } l)
        {
            text += string.Create(c, $" · 剩余 left {(int)l.TotalMinutes}:{l.Seconds:00}");
        }

        return text;
    }

    private void Draw(ProgressTask task)
    {
        string phase;
        double? best;
        (double? Percent, TimeSpan? Left) estimate;
        lock (_gate)
        {
            var now = _clock.Elapsed;
            estimate = Estimate(now, now - _phaseStart, _fraction, _budget);
            phase = _phase;
            best = _bestCost;
        }

        task.IsIndeterminate = estimate.Percent is null;
        task.Value = estimate.Percent ?? 0;
        task.Description = Markup.Escape(Describe(_title, phase, best, estimate.Left));
    }

    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
