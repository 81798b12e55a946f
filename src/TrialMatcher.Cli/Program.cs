using TrialMatcher.Cli;

return Cli.Run(args, CliContext.FromConsole());
