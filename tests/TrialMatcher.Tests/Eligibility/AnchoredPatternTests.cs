using System.Text.RegularExpressions;
using TrialMatcher.Eligibility;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Eligibility;

/// <summary>
/// The parser tries its widest patterns only where a match can start (the first words of their alternatives, or the
/// whitespace before a capital). These tests hold that to the rule it depends on: over real-looking text, the anchored
/// search finds exactly the matches of the plain pattern. A new alternative whose first word is missing from the
/// list fails here.
/// </summary>
public sealed class AnchoredPatternTests
{
    // Our own sentences, written to start alternatives of each pattern, plus every fixture record's raw text.
    private static readonly string[] Written =
    [
        "Locally advanced or metastatic disease; no evidence of distant metastases (M0). Non-metastatic tumours are not eligible.",
        "Unresectable, inoperable or not surgically resectable; not a candidate for surgery; ineligible for curative resection.",
        "Recurrent, relapsed or refractory after first or second relapse; resistance to platinum; failed standard therapy.",
        "Newly diagnosed within 6 weeks of diagnosis; early-stage; limited-stage or extensive disease; CML-CP, accelerated phase or blast crisis.",
        "Rectal cancer T3 N1M0 or T2 N0-1M0, NxMo; beyond first remission; unresponsive to standard therapy, not curable by surgery.",
        "Stage D2 disseminated disease with metastases, or with evidence of extrahepatic metastases; M1a or M1c; did not respond.",
        "No prior chemotherapy, except hormonal therapy; patients without brain metastases, unless treated; neither pregnant nor nursing.",
        "Must not have received radiotherapy, other than palliative; with or without surgery, but may have had biopsy; however none.",
        "Absence of infection, free of disease, lack of response; non-eligible or noneligible; excluding those who cannot swallow.",
        "Previously untreated or treatment-naive; progressed on or after first-line therapy, progressive despite 2nd-line; pre-treated, refractory to, intolerant of.",
        "Histologically confirmed adenocarcinoma of the pancreas Must have measurable disease Prior Therapy: Not specified",
        "Patients with Hodgkin lymphoma treated at the Cancer Center, ECOG 0-1 Karnofsky at least 70% Other: No active infection",
    ];

    private static IEnumerable<string> Texts()
    {
        foreach (var t in Written) yield return t;
        foreach (var file in Directory.EnumerateFiles(TestPaths.Fixture("trials"), "*.*", SearchOption.AllDirectories))
            yield return File.ReadAllText(file);
    }

    private static List<(int, int)> Plain(Regex pattern, string text) =>
        pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();

    [Test]
    public void Stage_words_tried_at_their_first_words_match_the_plain_pattern()
    {
        foreach (var text in Texts().Select(t => t.ToLowerInvariant()))
        {
            var anchored = FactReader.MatchesAtWords(FactReader.StageWordsAt(), text, FactReader.StageFirstWords).Select(m => (m.Index, m.Length)).ToList();
            Assert.That(anchored, Is.EqualTo(Plain(FactReader.StageWords(), text)));
        }
    }

    [Test]
    public void Line_words_tried_at_their_first_words_match_the_plain_pattern()
    {
        foreach (var text in Texts().Select(t => t.ToLowerInvariant()))
        {
            var anchored = FactReader.MatchesAtWords(FactReader.LineWordsAt(), text, FactReader.LineFirstWords).Select(m => (m.Index, m.Length)).ToList();
            Assert.That(anchored, Is.EqualTo(Plain(FactReader.LineWords(), text)));
        }
    }

    [Test]
    public void Negation_and_exception_cues_tried_at_their_first_words_match_the_plain_patterns()
    {
        foreach (var text in Texts().Select(t => t.ToLowerInvariant()))
        {
            Assert.That(FactReader.SpansAtWords(FactReader.NegationCueAt(), text, FactReader.NegationFirstWords), Is.EqualTo(Plain(FactReader.NegationCue(), text)));
            Assert.That(FactReader.SpansAtWords(FactReader.ExceptionCueAt(), text, FactReader.ExceptionFirstWords), Is.EqualTo(Plain(FactReader.ExceptionCue(), text)));
        }
    }

    [Test]
    public void Clause_breaks_tried_before_capitals_match_the_plain_patterns()
    {
        foreach (var text in Texts())
        {
            Assert.That(FactReader.BreaksBeforeCapitals(FactReader.ClauseWordBreakAt(), text), Is.EqualTo(Plain(FactReader.ClauseWordBreak(), text)));
            Assert.That(FactReader.BreaksBeforeCapitals(FactReader.TitleCaseBreakAt(), text), Is.EqualTo(Plain(FactReader.TitleCaseBreak(), text)));
        }
    }

    [Test]
    public void The_written_sentences_reach_every_pattern()
    {
        // Guards the comparison above against passing on texts where nothing matches at all.
        var lower = string.Join(" ", Written).ToLowerInvariant();
        Assert.Multiple(() =>
        {
            Assert.That(FactReader.StageWords().Count(lower), Is.GreaterThan(20));
            Assert.That(FactReader.LineWords().Count(lower), Is.GreaterThan(5));
            Assert.That(FactReader.NegationCue().Count(lower), Is.GreaterThan(10));
            Assert.That(FactReader.ExceptionCue().Count(lower), Is.GreaterThan(4));
            Assert.That(FactReader.ClauseWordBreak().Count(string.Join(" ", Written)), Is.GreaterThan(1));
            Assert.That(FactReader.TitleCaseBreak().Count(string.Join(" ", Written)), Is.GreaterThan(1));
        });
    }
}
