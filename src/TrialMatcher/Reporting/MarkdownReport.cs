using System.Globalization;
using System.Text;

namespace TrialMatcher.Reporting;

/// <summary>Renders a <see cref="PatientReport"/> as Markdown with the same content as <see cref="HtmlReport"/>.</summary>
public static class MarkdownReport
{
    public static string Render(PatientReport r)
    {
        var m = new StringBuilder();
        m.Append("# ").Append(PatientReport.Heading).Append("\n\n");
        m.Append("Made on ").Append(r.MadeOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(". ");
        m.Append(r.DataUpdated is null ? "The date of the trial data is not known." : $"Trial data last updated on {r.DataUpdated}.").Append("\n\n");
        m.Append("> **Please read:** ").Append(E(PatientReport.Disclaimer)).Append("\n\n");

        m.Append("## What we searched for\n\nThese are the facts we were given about you:\n\n");
        foreach (var item in r.Situation)
        {
            if (item.Values.Count == 1) m.Append("- **").Append(item.Label).Append(":** ").Append(E(item.Values[0])).Append('\n');
            else
            {
                m.Append("- **").Append(item.Label).Append(":**\n");
                foreach (var v in item.Values) m.Append("  - ").Append(E(v)).Append('\n');
            }
        }
        m.Append('\n');
        foreach (var line in r.SearchSummary) m.Append(E(line)).Append(' ');
        m.Append("\n\n").Append(E(PatientReport.HowMade)).Append("\n\n");

        m.Append("## How to read this list\n\n");
        foreach (var (name, meaning) in PatientReport.Fits) m.Append("- **").Append(name).Append(":** ").Append(meaning).Append('\n');
        foreach (var (name, meaning) in PatientReport.Phases) m.Append("- **").Append(name).Append(":** ").Append(meaning).Append('\n');
        m.Append('\n');

        m.Append("## Trials that may fit you\n\n");
        if (r.Trials.Count == 0) m.Append(E(PatientReport.NoTrials)).Append("\n\n");
        foreach (var t in r.Trials)
        {
            m.Append("### ").Append(t.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(E(t.Title)).Append("\n\n");
            m.Append("**").Append(t.FitLabel).Append("** · ").Append(t.Phase).Append(" · Trial number: ").Append(t.NctId).Append("\n\n");
            m.Append("**What this trial tests:** ").Append(E(t.WhatItTests)).Append("\n\n");
            m.Append("**").Append(t.Phase).Append(":** ").Append(E(t.PhaseMeaning)).Append("\n\n");
            m.Append("**Why it may fit you**");
            if (t.Reasons.Count == 0) m.Append(": it is for your type of cancer.\n\n");
            else
            {
                m.Append(" (what the trial asks for, and what your facts show):\n\n");
                foreach (var reason in t.Reasons) m.Append("- ✓ ").Append(E(reason)).Append('\n');
                m.Append('\n');
            }
            m.Append("**What we do not know yet**");
            if (t.Unknowns.Count > 0)
            {
                m.Append(" (these facts are missing; ask your care team):\n\n");
                foreach (var q in t.Unknowns) m.Append("- ? ").Append(E(q)).Append('\n');
                m.Append('\n');
            }
            else m.Append(":").Append(t.OtherChecks > 0 ? "" : " nothing we could find. The trial team will still check everything.").Append("\n\n");
            if (t.OtherChecks > 0)
                m.Append("The trial team will also check ").Append(PatientReport.Count(t.OtherChecks, "other rule")).Append(" we could not check, such as blood tests and other health problems.\n\n");

            m.Append("**Where it runs** (nearest first):\n\n");
            if (t.Sites.Count == 0) m.Append("The trial does not list its places yet. Ask the contact below.\n\n");
            else
            {
                m.Append("| Place | Distance | Status |\n| --- | --- | --- |\n");
                foreach (var s in t.Sites)
                    m.Append("| ").Append(Cell(s.Place + (s.Contact is null ? "" : $" (contact: {s.Contact})"))).Append(" | ").Append(Cell(s.Distance ?? "not known")).Append(" | ").Append(Cell(s.Status)).Append(" |\n");
                m.Append('\n');
                if (t.MoreSites > 0) m.Append("And ").Append(PatientReport.Count(t.MoreSites, "more place")).Append(" further away.\n\n");
            }
            m.Append("**Whom to contact:** ");
            m.Append(t.Contacts.Count == 0 ? "No main contact is listed. Ask one of the places above."
                : string.Join("; ", t.Contacts.Select(c => E(string.Join(", ", new[] { c.Name, c.Phone, c.Email }.Where(x => !string.IsNullOrWhiteSpace(x))))))).Append("\n\n");
            m.Append("More about this trial: <").Append(t.Url).Append('>');
            if (t.LastUpdate is not null) m.Append(". The trial's record was last changed on ").Append(t.LastUpdate);
            m.Append(".\n\n");
        }

        m.Append("## Questions to ask your oncologist\n\n");
        var n = 0;
        foreach (var q in r.Questions) m.Append((++n).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(E(q)).Append('\n');
        m.Append("\n---\n\n**").Append(E(PatientReport.Disclaimer)).Append("**\n\n");
        m.Append("Trial data last updated: ").Append(r.DataUpdated ?? "not known").Append(". Made with TrialMatcher from public records on ClinicalTrials.gov. Patient reference: ").Append(E(r.PatientId)).Append(".\n");
        return m.ToString();
    }

    /// <summary>Escapes the characters that would start Markdown or HTML markup inside text.</summary>
    private static string E(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);

    private static string Cell(string text) => E(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
