using Logistics.Cli.Commands;
using Logistics.Planning.Planner;
using Logistics.Routing.Solver;
using Spectre.Console;

namespace Logistics.Cli.Tests.Commands;

public class WorkProgressTests
{
    private static IAnsiConsole Console(StringWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 200; // one line per frame
        return console;
    }

    [Fact]
    public void A_time_budget_gives_the_percentage_and_time_left_by_the_clock_and_stops_at_99_percent_until_done()
    {
        var (percent, left) = WorkProgress.Estimate(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5), null, TimeSpan.FromSeconds(60));
        Assert.Equal(25, percent!.Value, 6);
        Assert.Equal(TimeSpan.FromSeconds(45), left);

        (percent, left) = WorkProgress.Estimate(TimeSpan.FromSeconds(75), TimeSpan.FromSeconds(5), null, TimeSpan.FromSeconds(60));
        Assert.Equal(99, percent!.Value, 6);
        Assert.Equal(TimeSpan.Zero, left);

        (percent, left) = WorkProgress.Estimate(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), 1, TimeSpan.FromSeconds(60));
        Assert.Equal(100, percent);
        Assert.Equal(TimeSpan.Zero, left);
    }

    [Fact]
    public void Counted_work_gives_the_time_left_at_the_phase_pace_and_nothing_known_gives_no_estimate()
    {
        // A quarter done in the 10 s since the phase began: three quarters take 30 s more.
        var (percent, left) = WorkProgress.Estimate(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(10), 0.25, null);
        Assert.Equal(25, percent!.Value, 6);
        Assert.Equal(TimeSpan.FromSeconds(30), left);

        Assert.Equal((null, null), WorkProgress.Estimate(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), null, null));
        Assert.Equal((0, null), WorkProgress.Estimate(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(0), 0, null));
    }

    [Fact]
    public void The_description_names_phase_best_cost_and_time_left()
    {
        Assert.Equal("规划 plan · trunks · 最优 best 50,783.87 · 剩余 left 1:05",
            WorkProgress.Describe("规划 plan", "trunks", 50783.87, TimeSpan.FromSeconds(65)));
        Assert.Equal("基准 bench", WorkProgress.Describe("基准 bench", string.Empty, null, null));
    }

    [Fact]
    public void Nothing_is_written_when_the_output_is_not_an_interactive_terminal()
    {
        var writer = new StringWriter();
        using (var progress = WorkProgress.Start(Console(writer, interactive: false), "规划 plan"))
        {
            progress.Planner(TimeSpan.FromSeconds(10)).Report(new PlannerProgress("feeders", TimeSpan.FromSeconds(1), 1234, "m"));
            Thread.Sleep(300);
        }

        Assert.Equal(string.Empty, writer.ToString());
        using var none = WorkProgress.Start(null, "规划 plan");
        none.Report("feeders", 0.5);
    }

    [Fact]
    public void On_a_terminal_the_bar_shows_phase_percentage_best_cost_and_time_left()
    {
        var writer = new StringWriter();
        using (var progress = WorkProgress.Start(Console(writer, interactive: true), "基准 bench"))
        {
            var report = progress.Solver("X-n101-k25 seed 1 (1/2)", TimeSpan.FromSeconds(30), 2, cost => cost / 10.0);
            report.Report(new ProgressReport(TimeSpan.FromSeconds(1), 10, 283_456, Feasible: true));
            report.Report(new ProgressReport(TimeSpan.FromSeconds(1), 11, 100, Feasible: false));
            Thread.Sleep(600);
        }

        var text = writer.ToString();
        Assert.Contains("X-n101-k25 seed 1 (1/2)", text);
        Assert.Contains("最优 best 28,345.6", text); // the infeasible report does not replace the best cost
        Assert.Contains("剩余 left 0:5", text); // about 59 s of the 60 s budget left
        Assert.Matches(@" [0-2]%", text); // under a second of the 60 s budget
    }

    [Fact]
    public void Counted_phases_report_their_share_and_the_planner_reaching_done_is_complete()
    {
        var writer = new StringWriter();
        using (var progress = WorkProgress.Start(Console(writer, interactive: true), "路网 roads build"))
        {
            progress.Count("收缩 contract", 200).Report(50);
            Thread.Sleep(600);
        }

        Assert.Contains("25%", writer.ToString());
        Assert.Contains("收缩 contract", writer.ToString());

        writer = new StringWriter();
        using (var progress = WorkProgress.Start(Console(writer, interactive: true), "规划 plan"))
        {
            progress.Planner(TimeSpan.FromHours(1)).Report(new PlannerProgress("done", TimeSpan.FromSeconds(1), 99, "完成"));
            Thread.Sleep(600);
        }

        Assert.Contains("100%", writer.ToString());
    }
}
