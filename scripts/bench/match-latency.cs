#:project ../../src/TrialMatcher/TrialMatcher.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
// Match latency over the fixture patients against an existing index (by default the shared-corpus index built by
// scripts/eval-search.sh). In-process, Stopwatch around Matcher.Match with default options; the first match of the
// process is reported apart (cold), then every patient is matched `rounds` times (warm).
// Usage: dotnet run scripts/bench/match-latency.cs -- INDEX [PATIENT_DIR] [ROUNDS]
using System.Diagnostics;
using TrialMatcher.Index;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

var indexPath = args.Length > 0 ? args[0] : "artifacts/shared/trials.db";
var dir = args.Length > 1 ? args[1] : "fixtures/patients";
var rounds = args.Length > 2 ? int.Parse(args[2]) : 20;
var (index, error) = TrialIndex.Open(indexPath);
if (index is null) { Console.Error.WriteLine(error!.Message); return 3; }
var patients = Directory.GetFiles(dir, "*.json").Order().Select(f => ProfileReader.ReadFile(f).Profiles.Single()).ToList();
var matcher = new Matcher(index);
var sw = Stopwatch.StartNew();
matcher.Match(PatientContext.Create(patients[0]), new MatchOptions());
var cold = sw.Elapsed.TotalMilliseconds;
var times = new List<double>();
for (var r = 0; r < rounds; r++)
{
    foreach (var p in patients)
    {
        sw.Restart();
        matcher.Match(PatientContext.Create(p), new MatchOptions());
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
}
times.Sort();
double Pct(double q) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(q * times.Count) - 1)];
Console.WriteLine($"index {indexPath}: {index.Count()} trials; {patients.Count} patients x {rounds} rounds = {times.Count} matches");
Console.WriteLine($"cold (first match of the process): {cold:0.0} ms");
Console.WriteLine($"warm: p50 {Pct(0.50):0.0} ms, p95 {Pct(0.95):0.0} ms, p99 {Pct(0.99):0.0} ms, max {times[^1]:0.0} ms");
return 0;
