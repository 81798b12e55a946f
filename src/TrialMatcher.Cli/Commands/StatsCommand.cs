using System.CommandLine;
using System.Globalization;

namespace TrialMatcher.Cli.Commands;

internal static class StatsCommand
{
    public static Command Build(CliContext context)
    {
        var json = CommonOptions.Json();
        var command = new Command("stats", """
            What the index holds: trial count, statuses, study types, size on disk, when it was last written.

            Examples:
              trialmatcher stats
              trialmatcher stats --index /data/trials.db --json

            Exit codes: 0 printed; 3 no index.
            """)
        {
            json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var s = index.Stats();
            if (parse.GetValue(json))
            {
                JsonOut.Write(context.Out, new StatsJson(s.Path, s.Trials, s.FileBytes, s.LastWrite, s.SchemaVersion,
                    s.ByStatus.ToDictionary(x => x.Value, x => x.Count), s.ByStudyType.ToDictionary(x => x.Value, x => x.Count),
                    s.WithCriteria, s.CancerTypeLinks), CliJsonContext.Default.StatsJson);
                return ExitCodes.Ok;
            }
            var w = context.Out;
            w.WriteLine($"Index: {s.Path}");
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trials: {s.Trials:N0}   Size: {s.FileBytes / 1048576.0:N1} MB   Last written: {s.LastWrite ?? "never"}   Schema: v{s.SchemaVersion}"));
            w.WriteLine($"Trials with parsed criteria: {s.WithCriteria:N0}   Cancer-type links: {s.CancerTypeLinks:N0}");
            w.WriteLine("By status:");
            foreach (var (value, count) in s.ByStatus) w.WriteLine($"  {count,8:N0}  {SearchCommand.Humanise(value)}");
            w.WriteLine("By study type:");
            foreach (var (value, count) in s.ByStudyType) w.WriteLine($"  {count,8:N0}  {value.ToLowerInvariant()}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
