using System.Net;
using System.Text;

namespace TrialMatcher.Reporting;

/// <summary>
/// Renders a <see cref="PatientReport"/> as one self-contained, printable HTML page: inline CSS, no scripts, no
/// external resources (the only links are to the trials' public registry pages). Semantic HTML for screen readers;
/// responsive layout with no fixed widths; long words and addresses wrap; WCAG AA colours; clean A4/Letter print.
/// Text quoted from the registry or the matcher carries <c>data-quoted</c>, so readability checks can tell it
/// apart from the report's own explanatory text.
/// </summary>
public static class HtmlReport
{
    public static string Render(PatientReport r)
    {
        var h = new StringBuilder();
        h.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            """).Append('\n');
        h.Append("<title>").Append(E(PatientReport.Heading)).Append("</title>\n");
        h.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        h.Append("<header class=\"top\">\n");
        h.Append("<h1>").Append(E(PatientReport.Heading)).Append("</h1>\n");
        h.Append("<p class=\"meta\">Made on ").Append(E(r.MadeOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture))).Append(". ");
        h.Append(r.DataUpdated is null ? "The date of the trial data is not known." : $"Trial data last updated on {E(r.DataUpdated)}.").Append("</p>\n");
        h.Append("<p class=\"notice\" role=\"note\"><strong>Please read:</strong> ").Append(E(PatientReport.Disclaimer)).Append("</p>\n");
        h.Append("</header>\n<main>\n");

        h.Append("<section aria-labelledby=\"searched\">\n<h2 id=\"searched\">What we searched for</h2>\n");
        h.Append("<p>These are the facts we were given about you:</p>\n<dl class=\"facts\">\n");
        foreach (var item in r.Situation)
        {
            h.Append("<div><dt>").Append(E(item.Label)).Append("</dt><dd data-quoted=\"profile\">");
            if (item.Values.Count == 1) h.Append(E(item.Values[0]));
            else
            {
                h.Append("<ul>");
                foreach (var v in item.Values) h.Append("<li>").Append(E(v)).Append("</li>");
                h.Append("</ul>");
            }
            h.Append("</dd></div>\n");
        }
        h.Append("</dl>\n");
        foreach (var line in r.SearchSummary) h.Append("<p>").Append(E(line)).Append("</p>\n");
        h.Append("<p>").Append(E(PatientReport.HowMade)).Append("</p>\n");
        h.Append("</section>\n");

        h.Append("<section aria-labelledby=\"how\">\n<h2 id=\"how\">How to read this list</h2>\n<ul class=\"terms\">\n");
        foreach (var (name, meaning) in PatientReport.Fits) h.Append("<li><strong>").Append(E(name)).Append(":</strong> ").Append(E(meaning)).Append("</li>\n");
        foreach (var (name, meaning) in PatientReport.Phases) h.Append("<li><strong>").Append(E(name)).Append(":</strong> ").Append(E(meaning)).Append("</li>\n");
        h.Append("</ul>\n</section>\n");

        h.Append("<section aria-labelledby=\"trials\">\n<h2 id=\"trials\">Trials that may fit you</h2>\n");
        if (r.Trials.Count == 0) h.Append("<p>").Append(E(PatientReport.NoTrials)).Append("</p>\n");
        else
        {
            h.Append("<ol class=\"trials\">\n");
            foreach (var t in r.Trials) Trial(h, t);
            h.Append("</ol>\n");
        }
        h.Append("</section>\n");

        h.Append("<section aria-labelledby=\"ask\">\n<h2 id=\"ask\">Questions to ask your oncologist</h2>\n<ol>\n");
        foreach (var q in r.Questions) h.Append("<li>").Append(E(q)).Append("</li>\n");
        h.Append("</ol>\n</section>\n</main>\n");

        h.Append("<footer>\n<p><strong>").Append(E(PatientReport.Disclaimer)).Append("</strong></p>\n");
        h.Append("<p>Trial data last updated: ").Append(E(r.DataUpdated ?? "not known")).Append(". Made with TrialMatcher from public records on ClinicalTrials.gov. ");
        h.Append("Patient reference: <span data-quoted=\"profile\">").Append(E(r.PatientId)).Append("</span>.</p>\n</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Trial(StringBuilder h, ReportTrial t)
    {
        var id = "trial-" + t.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
        h.Append("<li>\n<article class=\"trial\" aria-labelledby=\"").Append(id).Append("\">\n");
        h.Append("<h3 id=\"").Append(id).Append("\"><span class=\"rank\">").Append(t.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(".</span> ");
        h.Append("<span data-quoted=\"registry\">").Append(E(t.Title)).Append("</span></h3>\n");
        h.Append("<p class=\"tags\"><span class=\"fit ").Append(t.Fits ? "fit-yes" : "fit-maybe").Append("\">").Append(E(t.FitLabel)).Append("</span> ");
        h.Append("<span class=\"tag\">").Append(E(t.Phase)).Append("</span> ");
        h.Append("<span class=\"tag\">Trial number: <span data-quoted=\"registry\">").Append(E(t.NctId)).Append("</span></span></p>\n");

        h.Append("<h4>What this trial tests</h4>\n<p>").Append(Quoting(t.WhatItTests, t.QuotedTreatments)).Append("</p>\n");
        h.Append("<p><strong>").Append(E(t.Phase)).Append(":</strong> ").Append(E(t.PhaseMeaning)).Append("</p>\n");

        h.Append("<h4>Why it may fit you</h4>\n");
        if (t.Reasons.Count == 0) h.Append("<p>It is for your type of cancer.</p>\n");
        else
        {
            h.Append("<p>What the trial asks for, and what your facts show:</p>\n<ul class=\"reasons\" data-quoted=\"matcher\">\n");
            foreach (var reason in t.Reasons) h.Append("<li>").Append(E(reason)).Append("</li>\n");
            h.Append("</ul>\n");
        }

        h.Append("<h4>What we do not know yet</h4>\n");
        if (t.Unknowns.Count > 0)
        {
            h.Append("<p>These facts are missing. Ask your care team:</p>\n<ul class=\"unknowns\" data-quoted=\"matcher\">\n");
            foreach (var q in t.Unknowns) h.Append("<li>").Append(E(q)).Append("</li>\n");
            h.Append("</ul>\n");
        }
        if (t.OtherChecks > 0)
            h.Append("<p>The trial team will also check ").Append(E(PatientReport.Count(t.OtherChecks, "other rule"))).Append(" we could not check, such as blood tests and other health problems.</p>\n");
        else if (t.Unknowns.Count == 0) h.Append("<p>Nothing we could find. The trial team will still check everything.</p>\n");

        h.Append("<h4>Where it runs</h4>\n");
        if (t.Sites.Count == 0) h.Append("<p>The trial does not list its places yet. Ask the contact below.</p>\n");
        else
        {
            h.Append("<table>\n<caption>Places, nearest first</caption>\n<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Distance</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
            foreach (var s in t.Sites)
            {
                h.Append("<tr><th scope=\"row\" data-quoted=\"registry\">").Append(E(s.Place));
                if (s.Contact is not null) h.Append("<br><span class=\"contact\">Contact: ").Append(E(s.Contact)).Append("</span>");
                h.Append("</th><td class=\"num\" data-label=\"Distance\">").Append(E(s.Distance ?? "not known")).Append("</td><td data-label=\"Status\">").Append(E(s.Status)).Append("</td></tr>\n");
            }
            h.Append("</tbody>\n</table>\n");
            if (t.MoreSites > 0) h.Append("<p>And ").Append(E(PatientReport.Count(t.MoreSites, "more place"))).Append(" further away.</p>\n");
        }
        h.Append("<h4>Whom to contact</h4>\n");
        if (t.Contacts.Count == 0) h.Append("<p>No main contact is listed. Ask one of the places above.</p>\n");
        else
        {
            h.Append("<ul class=\"contacts\" data-quoted=\"registry\">\n");
            foreach (var c in t.Contacts)
                h.Append("<li>").Append(E(string.Join(", ", new[] { c.Name, c.Phone, c.Email }.Where(x => !string.IsNullOrWhiteSpace(x))))).Append("</li>\n");
            h.Append("</ul>\n");
        }
        h.Append("<p class=\"more\">More about this trial: <a href=\"").Append(E(t.Url)).Append("\">").Append(E(t.Url)).Append("</a>");
        if (t.LastUpdate is not null) h.Append(". The trial's record was last changed on ").Append(E(t.LastUpdate));
        h.Append(".</p>\n</article>\n</li>\n");
    }

    /// <summary>Escapes the sentence and marks the registry names it quotes.</summary>
    private static string Quoting(string sentence, IReadOnlyList<string> quoted)
    {
        var text = E(sentence);
        foreach (var q in quoted.OrderByDescending(q => q.Length))
        {
            var eq = E(q);
            var at = text.IndexOf(eq, StringComparison.Ordinal);
            if (at >= 0) text = text[..at] + "<span data-quoted=\"registry\">" + eq + "</span>" + text[(at + eq.Length)..];
        }
        return text;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Colours meet WCAG AA (body #1b1b1b on white 17:1; badge text on its tint above 7:1). Sizes are in rem/em so
    /// 200% zoom reflows; nothing has a fixed width.
    /// </summary>
    private const string Css = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: #1b1b1b; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
               font-size: 1.0625rem; line-height: 1.55; overflow-wrap: anywhere; }
        header.top, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
        header.top { padding-top: 1.25rem; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
        h2 { font-size: 1.375rem; line-height: 1.25; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1b1b1b; }
        h3 { font-size: 1.15rem; line-height: 1.3; margin: 0 0 .5rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
        p, ul, ol, dl { margin: 0 0 .75rem; }
        ul, ol { padding-left: 1.5rem; }
        li { margin-bottom: .25rem; }
        a { color: #0b4f8a; text-decoration: underline; }
        .meta { color: #3d3d3d; }
        .notice { background: #fff4d6; border-left: .375rem solid #8a5a00; padding: .75rem 1rem; }
        dl.facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: .5rem; }
        dl.facts > div { display: grid; grid-template-columns: minmax(0, 10rem) minmax(0, 1fr); gap: .25rem 1rem; padding: .375rem 0; border-bottom: 1px solid #d0d0d0; }
        dl.facts dt { font-weight: 700; }
        dl.facts dd { margin: 0; }
        dl.facts dd ul { margin: 0; padding-left: 1.1rem; }
        ol.trials { list-style: none; padding: 0; margin: 0; }
        ol.trials > li { margin: 0 0 1.5rem; }
        article.trial { border: 1px solid #6b6b6b; border-radius: .5rem; padding: 1rem 1.125rem; }
        .rank { color: #3d3d3d; }
        .tags { display: flex; flex-wrap: wrap; gap: .5rem; }
        .tag, .fit { display: inline-block; padding: .125rem .5rem; border-radius: .25rem; border: 1px solid #6b6b6b; font-size: .95rem; }
        .fit { font-weight: 700; }
        .fit-yes { background: #e3f4e7; color: #0b4a1b; border-color: #0b4a1b; }
        .fit-maybe { background: #fff4d6; color: #5c3b00; border-color: #5c3b00; }
        ul.reasons li::marker { content: "✓  "; color: #0b4a1b; }
        ul.unknowns li::marker { content: "?  "; color: #5c3b00; font-weight: 700; }
        table { width: 100%; border-collapse: collapse; margin: .25rem 0 .75rem; font-size: .97rem; overflow-wrap: normal; }
        tbody th { overflow-wrap: anywhere; }
        td.num { white-space: nowrap; }
        caption { text-align: left; font-style: italic; color: #3d3d3d; padding-bottom: .25rem; }
        th, td { text-align: left; vertical-align: top; padding: .375rem .5rem; border-bottom: 1px solid #bdbdbd; }
        thead th { border-bottom: 2px solid #1b1b1b; }
        tbody th { font-weight: 600; }
        .contact { font-weight: 400; color: #3d3d3d; }
        footer { margin-top: 2rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 2px solid #1b1b1b; color: #2b2b2b; }
        @media (max-width: 30rem) {
          body { font-size: 1rem; }
          h1 { font-size: 1.5rem; }
          dl.facts > div { grid-template-columns: minmax(0, 1fr); }
          article.trial { padding: .75rem; }
          /* On a phone each place becomes a small block: the name, then "Distance: ..." and "Status: ...". */
          table, caption, tbody, tr, tbody th, td { display: block; width: 100%; }
          thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          tr { padding: .5rem 0; border-bottom: 1px solid #bdbdbd; }
          tbody th, td { border: 0; padding: .1rem 0; }
          td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
        }
        @media print {
          @page { margin: 15mm; }
          body { font-size: 11pt; line-height: 1.4; }
          header.top, main, footer { max-width: none; padding: 0; }
          a { color: #1b1b1b; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          tr, li, dl.facts > div, .notice, .tags { break-inside: avoid; page-break-inside: avoid; }
          ol.trials > li { break-before: auto; }
          article.trial { border-color: #1b1b1b; }
        }

        """;
}
