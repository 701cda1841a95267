using System.CommandLine;
using System.Text;
using Logistics.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var root = new RootCommand("Logistics: 县域三级物流网络规划 / county three-tier rural logistics planner");
// One line per command (data, network, planning, roads, routing benchmarks); each lives in its own file under Commands/.
root.Subcommands.Add(InfoCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(CountyCommand.Create());
root.Subcommands.Add(CoverageCommand.Create());
root.Subcommands.Add(SiteCommand.Create());
root.Subcommands.Add(WhatIfCommand.Create());
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(TimetableCommand.Create());
root.Subcommands.Add(DispatchCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());
root.Subcommands.Add(KpiCommand.Create());
root.Subcommands.Add(RoadsCommand.Create());
root.Subcommands.Add(SolveCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(PeriodicCommand.Create());
root.Subcommands.Add(SiteBenchCommand.Create());
root.Subcommands.Add(VersionCommand.Create());

return await root.Parse(args).InvokeAsync();
