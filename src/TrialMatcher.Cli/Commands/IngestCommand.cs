using System.CommandLine;
using System.Globalization;
using TrialMatcher.Ingest;

namespace TrialMatcher.Cli.Commands;

internal static class IngestCommand
{
    public static Command Build(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (walked recursively), zip archives, AACT export folders, or http(s) URLs of a zip. The format is recognised from each file's content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var replace = new Option<bool>("--replace") { Description = "Build a new index beside the live one, validate it, then swap it in (the old one is kept as .prev)" };
        var allowSkips = new Option<bool>("--allow-skips") { Description = $"Exit {ExitCodes.Ok} even when some records were skipped (they are still listed)" };
        var json = CommonOptions.Json();
        var command = new Command("ingest", """
            Read ClinicalTrials.gov records into the index. Records are upserted by NCT id in one transaction:
            a search sees all of a run or none of it. Accepts API v2 JSON (one study, an array, a page of
            studies), the bulk download zip ctg-studies.json.zip, legacy clinical_study XML (files, folder
            trees, zips) and AACT pipe-delimited export folders.

            Examples:
              trialmatcher ingest fixtures/trials
              trialmatcher ingest ../shared/data/ctgov-xml ../shared/data/ctgov-json-v2
              trialmatcher ingest --replace ctg-studies.json.zip
              trialmatcher ingest --replace https://mirror.example.org/ctg-studies.json.zip
              trialmatcher ingest --json new-studies/ > summary.json

            A PATH may be an http(s) URL (the bulk download): it is fetched with retries to a temporary file
            next to the index, ingested, then deleted.

            Exit codes: 0 done; 4 some records skipped (listed on stderr; --allow-skips gives 0);
            6 a URL could not be downloaded after retries; 7 another run holds the lock;
            8 the rebuilt index failed validation (old one kept).
            """)
        {
            paths, replace, allowSkips, json,
        };
        command.SetAction(parse =>
        {
            var indexPath = parse.GetValue(CommonOptions.Index)!;
            var progress = context.Interactive && !parse.GetValue(json)
                ? new Progress<IngestProgress>(p => context.Error.Write($"\r  read {p.Read:N0} records, skipped {p.Skipped:N0}   {Shorten(p.CurrentFile)}".PadRight(100)[..100]))
                : null;
            var options = new IngestOptions
            {
                IndexPath = indexPath,
                Replace = parse.GetValue(replace),
                Derive = Derivation.Default,
                Clock = context.Clock,
            };
            var sources = parse.GetValue(paths)!.ToList();
            var downloads = new List<string>();
            IngestSummary summary;
            try
            {
                // http(s) sources (the bulk ctg-studies.json.zip) are downloaded next to the index first: zips need seeking.
                for (var i = 0; i < sources.Count; i++)
                {
                    if (LiveHttp.ParseUrl(sources[i]) is not { } url) continue;
                    var download = Download(context, url, indexPath);
                    if (!download.Ok)
                    {
                        context.Fail($"{download.Error}; the index was not changed");
                        return ExitCodes.UpstreamUnavailable;
                    }
                    downloads.Add(download.Path!);
                    sources[i] = download.Path!;
                }
                summary = IngestPipeline.Run(sources, options, progress);
            }
            finally
            {
                foreach (var file in downloads) { try { File.Delete(file); } catch (IOException) { /* a leftover temp file is harmless */ } }
            }
            if (progress is not null) context.Error.Write("\r" + new string(' ', 100) + "\r");

            if (parse.GetValue(json)) JsonOut.Write(context.Out, IngestSummaryJson.From(summary), CliJsonContext.Default.IngestSummaryJson);
            Report(context, summary, indexPath, toStdout: !parse.GetValue(json));

            return summary.FailureKind switch
            {
                IngestFailureKind.Locked => ExitCodes.Locked,
                IngestFailureKind.ValidationFailed => ExitCodes.ValidationFailed,
                IngestFailureKind.Aborted => ExitCodes.Failure,
                _ when summary.Skipped > 0 && !parse.GetValue(allowSkips) => ExitCodes.Partial,
                _ => ExitCodes.Ok,
            };
        });
        return command;
    }

    private static TrialMatcher.Live.DownloadResult Download(CliContext context, Uri url, string indexPath)
    {
        // A whole-archive download takes far longer than an API page: give each attempt an hour.
        var http = LiveHttp.Options(context);
        if (context.Http is null) http = http with { AttemptTimeout = TimeSpan.FromHours(1), TotalTimeout = TimeSpan.FromHours(3) };
        var stats = new TrialMatcher.Live.HttpStats();
        using var client = TrialMatcher.Live.ResilientHandler.CreateClient(http, stats);
        var target = TrialMatcher.Live.BulkDownload.TempPath(new TrialMatcher.Index.IndexPaths(indexPath).Directory, url);
        context.Info($"downloading {url} to {target}");
        var result = TrialMatcher.Live.BulkDownload.DownloadAsync(client, url, target).GetAwaiter().GetResult();
        if (result.Ok) context.Info(string.Create(CultureInfo.InvariantCulture, $"downloaded {result.Bytes / 1048576.0:N1} MB ({stats.Attempts} attempts, {stats.Retries} retries)"));
        return result;
    }

    private static string Shorten(string? path) => path is null ? "" : path.Length <= 50 ? path : "..." + path[^47..];

    private static void Report(CliContext context, IngestSummary s, string indexPath, bool toStdout)
    {
        if (s.Failure is not null)
        {
            context.Fail(s.Failure);
            if (s.FailureKind == IngestFailureKind.Locked) return;
        }
        foreach (var problem in s.Problems.Take(200)) context.Error.WriteLine($"skipped: {problem}");
        if (s.Problems.Count > 200) context.Error.WriteLine($"skipped: ... and {s.Problems.Count - 200} more (use --json for the full list)");
        var w = toStdout ? context.Out : context.Error;
        var seconds = s.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? s.Read / seconds : 0;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read {s.Read:N0} records from {s.Files:N0} files ({s.Bytes / 1048576.0:N1} MB; {s.IgnoredFiles:N0} other files ignored)"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {s.Added:N0} new, {s.Updated:N0} updated, {s.Unchanged:N0} unchanged; skipped {s.Skipped:N0}"));
        if (s.UnknownValues.Count > 0)
        {
            w.WriteLine($"Kept {s.UnknownValues.Values.Sum():N0} values outside ClinicalTrials.gov's known vocabulary as text:");
            foreach (var (value, count) in s.UnknownValues.OrderByDescending(kv => kv.Value).Take(10)) w.WriteLine($"  {count,6:N0}  {value}");
        }
        if (s.Failure is null)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(s.Replaced ? "Replaced" : "Updated")} {indexPath}: {s.TrialsInIndex:N0} trials. Elapsed {seconds:N1} s ({rate:N0} records/s)."));
        }
    }
}
