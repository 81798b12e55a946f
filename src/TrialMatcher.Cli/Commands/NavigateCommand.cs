using System.CommandLine;
using Spectre.Console;

namespace TrialMatcher.Cli.Commands;

internal static class NavigateCommand
{
    public static Command Build(CliContext context)
    {
        var profile = new Option<string?>("--profile") { Description = "Start from a saved profile", HelpName = "FILE" };
        var limit = new Option<int>("--limit") { Description = "How many trials the shortlist shows", DefaultValueFactory = _ => 10 };
        var command = new Command("navigate", """
            An interactive session for a navigator on the phone with a patient: build the profile step by step
            (cancer type with "did you mean", age, sex, stage, biomarkers, treatments, ECOG), watch the shortlist
            refresh, open a trial's criteria marked met / not met / unknown, narrow by status, phase, country or
            distance, and save the profile to a file (readable by you only) or load one. On a terminal it asks
            with prompts, choices and colours; when standard input is not a terminal it reads one command a line,
            so scripts and tests can drive it (type help in a session for the commands). Makes no network calls.

            Examples:
              trialmatcher navigate
              trialmatcher navigate --profile fixtures/patients/P01-lung-kras-g12c.json
              printf 'cancer lung adenocarcinoma\nage 63\nbiomarker KRAS G12C positive\nrefresh\nopen 1\nsave p.json\n' | trialmatcher navigate

            Exit codes: 0 session ended; 3 no index; 9 the --profile file could not be read, or (scripted
            sessions) a command failed (each failure is on stderr).
            """)
        {
            profile, limit,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(limit);
            if (n is < 1 or > 200) { context.Fail($"--limit: expected 1 to 200, got {n}"); return ExitCodes.Usage; }
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var ui = context.Render();
            var session = new NavigatorSession(index, ui, context, n);
            if (parse.GetValue(profile) is { } start && !session.Load(start)) return ExitCodes.BadInput;
            if (context.Interactive) return Interactive(session, ui, start: parse.GetValue(profile) is null);
            ui.WriteLine("TrialMatcher navigator. One command a line; help lists them.");
            while (context.In.ReadLine() is { } line)
            {
                if (!session.Execute(line)) break;
            }
            return session.Failures > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>On a terminal: a short guided interview, then the command prompt with the same commands.</summary>
    private static int Interactive(NavigatorSession session, IAnsiConsole ui, bool start)
    {
        ui.Write(new Rule("[bold]TrialMatcher navigator[/]").LeftJustified());
        if (start)
        {
            ui.MarkupLine("Answer what you know; press Enter to skip a question.");
            var cancer = ui.Prompt(new TextPrompt<string>("Cancer type (e.g. [grey]lung adenocarcinoma[/]):").AllowEmpty());
            if (cancer.Length > 0) session.Execute("cancer " + cancer);
            var age = ui.Prompt(new TextPrompt<string>("Age:").AllowEmpty());
            if (age.Length > 0) session.Execute("age " + age);
            var sex = ui.Prompt(new SelectionPrompt<string>().Title("Sex:").AddChoices("female", "male", "not given"));
            if (sex != "not given") session.Execute("sex " + sex);
            var stage = ui.Prompt(new TextPrompt<string>("Stage (e.g. [grey]IV[/], [grey]extensive stage[/]):").AllowEmpty());
            if (stage.Length > 0) session.Execute("stage " + stage);
            while (ui.Prompt(new TextPrompt<string>("Biomarker (e.g. [grey]KRAS G12C positive[/]; Enter when done):").AllowEmpty()) is { Length: > 0 } marker)
                session.Execute("biomarker " + marker);
            while (ui.Prompt(new TextPrompt<string>("Treatment (e.g. [grey]carboplatin + pemetrexed | first-line | progression[/]; Enter when done):").AllowEmpty()) is { Length: > 0 } treatment)
                session.Execute("treatment " + treatment);
            var ecog = ui.Prompt(new SelectionPrompt<string>().Title("Daily activity (ECOG):").AddChoices(
                "0 fully active", "1 light work only", "2 up more than half the day", "3 in bed or chair more than half the day", "4 in bed or chair all day", "not known"));
            if (ecog != "not known") session.Execute("ecog " + ecog[..1]);
            session.Execute("refresh");
        }
        ui.MarkupLine("Type [bold]help[/] for the commands, [bold]quit[/] to end.");
        while (true)
        {
            var line = ui.Prompt(new TextPrompt<string>("[bold blue]navigator>[/]").AllowEmpty());
            if (!session.Execute(line)) break;
        }
        return ExitCodes.Ok;
    }
}
