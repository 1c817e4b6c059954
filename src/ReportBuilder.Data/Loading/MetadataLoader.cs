using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Links;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Data.Loading;

/// <summary>A domain as <c>report.yaml</c> lists it, with where it stands.</summary>
internal sealed record DomainEntry(int Number, string Name, SourceSpan Span);

/// <summary>Everything read from <c>report.yaml</c>; parts are null when they could not be read (an error says why).</summary>
internal sealed record MetadataParse(
    ReportMetadata? Metadata,
    TemplateReference? Template,
    SourceSpan TemplateSpan,
    SourceSpan TemplateVersionSpan,
    IReadOnlyList<DomainEntry> Domains,
    CaseCounts Cases,
    YearMonth? Published,
    SourceSpan RootSpan,
    SourceSpan SamplesSpan,
    bool SamplesGiven);

/// <summary>Reads <c>report.yaml</c>: names, dates, people, template, domains, case counts and the stated results.</summary>
internal static class MetadataLoader
{
    public static MetadataParse Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlMap.Parse(file, diagnostics);
        var fileStart = SourceSpan.StartOf(file.DisplayPath);
        if (root is null) return new MetadataParse(null, null, fileStart, fileStart, [], CaseCounts.Empty, null, fileStart, fileStart, false);

        var id = root.String("id");
        var template = root.String("template", expected: "a template id such as hmip-youth-2021");
        var version = root.String("template_version", expected: "a template version such as \"1\"");
        var templateSpan = root.Raw("template") is { } t ? root.SpanOf(t) : root.Span;
        var versionSpan = root.Raw("template_version") is { } v ? root.SpanOf(v) : root.Span;
        var language = root.String("language", expected: "a language tag such as en-GB");
        var title = root.String("title");
        var inspectorate = root.String("inspectorate", expected: "the inspectorate's name as printed, such as HM Inspectorate of Probation");
        var inspectorateFull = root.String("inspectorate_full", expected: "the full name as printed then, such as His Majesty's Inspectorate of Probation");

        ServiceInfo? service = null;
        if (root.Map("service") is { } s)
        {
            var name = s.String("name");
            var shortName = s.String("short_name", expected: "the abbreviation the text uses, such as YOS or YOT");
            var area = s.String("area");
            var kind = ReadServiceKind(s, shortName, diagnostics);
            s.ReportUnknownKeys();
            if (name is not null && shortName is not null && area is not null) service = new ServiceInfo(name, shortName, area) { Kind = kind };
        }

        var publishedOn = ReadDateOrMonth(root, "published", required: true);
        YearMonth? published = publishedOn?.YearMonth;
        var fieldworkStart = ReadDateOrMonth(root, "fieldwork_start", required: true);
        var fieldworkEnd = ReadDateOrMonth(root, "fieldwork_end", required: false);
        if (fieldworkStart is { } fs && fieldworkEnd is { } fe && fs.CompareTo(fe) > 0)
            diagnostics.Error(root.SpanOf(root.Raw("fieldwork_end")!), DiagnosticCodes.DateRangeReversed,
                $"'fieldwork_end' ({fe.ToIsoString()}) is before 'fieldwork_start' ({fs.ToIsoString()})");
        var samples = ReadSamples(root, diagnostics);
        var partners = ReadPartners(root, diagnostics);
        var isbn = root.String("isbn", required: false);
        if (isbn is not null) CheckIsbn(isbn, root.SpanOf(root.Raw("isbn")!), diagnostics);
        var dataAnnexe = ReadWebAddress(root, "data_annexe");
        // Whether the lead inspector and the samples must be given is the template set's choice (RequiredParts).
        var lead = root.String("lead_inspector", required: false);

        Signatory? chief = null;
        if (root.Map("chief_inspector") is { } c)
        {
            var name = c.String("name");
            var chiefTitle = c.String("title", expected: "the title printed under the name, such as HM Chief Inspector of Probation");
            c.ReportUnknownKeys();
            if (name is not null && chiefTitle is not null) chief = new Signatory(name, chiefTitle);
        }

        var domains = ReadDomains(root, diagnostics);
        var cases = ReadCases(root, diagnostics);
        var stated = ReadStated(root, diagnostics);
        root.ReportUnknownKeys();

        if (inspectorateFull is not null && publishedOn is { } p)
            CheckMonarch(inspectorateFull, p, root.SpanOf(root.Raw("inspectorate_full")!), diagnostics);

        var templateRef = template is not null && version is not null ? new TemplateReference(template, version) : null;
        ReportMetadata? metadata = null;
        if (id is not null && templateRef is not null && language is not null && title is not null && inspectorate is not null
            && inspectorateFull is not null && service is not null && published is not null && fieldworkStart is not null
            && samples is not null && chief is not null && stated is not null && partners is not null)
        {
            metadata = new ReportMetadata(id, templateRef, language, title, inspectorate, inspectorateFull, service,
                published.Value, fieldworkStart.Value, samples, isbn, lead, chief, stated)
            {
                DataAnnexe = dataAnnexe,
                PublishedOn = publishedOn?.Date,
                FieldworkEnd = fieldworkEnd,
                Partners = partners,
            };
        }
        var samplesSpan = root.Raw("samples") is { } sn ? root.SpanOf(sn) : root.Span;
        return new MetadataParse(metadata, templateRef, templateSpan, versionSpan, domains, cases, published, root.Span, samplesSpan,
            root.Has("samples"));
    }

    /// <summary>
    /// The optional <c>service.kind</c>: one of the kinds the reports use. An abbreviation that is not the kind's
    /// (a youth justice service abbreviated YOS) is a warning: the header and the text would disagree.
    /// </summary>
    private static ServiceKind? ReadServiceKind(YamlMap service, string? shortName, DiagnosticBag diagnostics)
    {
        var names = ServiceKind.All.Select(k => k.Name).ToList();
        var text = service.String("kind", required: false, expected: $"one of {string.Join(", ", names)}");
        if (text is null) return null;
        var span = service.SpanOf(service.Raw("kind")!);
        if (ServiceKind.Find(text) is not { } kind)
        {
            diagnostics.Error(span, DiagnosticCodes.UnknownServiceKind,
                $"'service.kind': unknown kind '{text}'{Suggestions.DidYouMean(text, names)}; expected one of {string.Join(", ", names)}");
            return null;
        }
        if (shortName is not null && !string.Equals(shortName, kind.Abbreviation, StringComparison.Ordinal))
            diagnostics.Warning(span, DiagnosticCodes.ServiceAbbreviationDiffers,
                $"'service.short_name' is '{shortName}' but a {kind.Name} is abbreviated '{kind.Abbreviation}'");
        return kind;
    }

    /// <summary>An optional web address the printed report links to: absolute http(s) only, since a PDF has no base address.</summary>
    private static string? ReadWebAddress(YamlMap map, string key)
    {
        var text = map.String(key, required: false, expected: "a web address starting https://");
        if (text is null) return null;
        // Well formed as written (no space, quote, bracket or other character a URL must escape), and a web link by
        // the one link policy: "https://x) [Download](javascript:…)" is refused, not printed into every edition.
        if (LinkPolicy.Judge(text) is { Kind: LinkKind.Web } decision && decision.Target == text
            && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsWellFormedOriginalString())
            return text;
        map.Diagnostics.Error(map.SpanOf(map.Raw(key)!), DiagnosticCodes.YamlBadValue,
            $"'{key}': '{text}' is not a web address; expected an absolute address such as https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/");
        return null;
    }

    /// <summary>A day (<c>YYYY-MM-DD</c>) or, where only the month is known, a month (<c>YYYY-MM</c>): never a day made up.</summary>
    internal static DateOrMonth? ReadDateOrMonth(YamlMap map, string key, bool required)
    {
        const string expected = "a date written YYYY-MM-DD, or YYYY-MM when only the month is known";
        var text = map.String(key, required, expected);
        if (text is null) return null;
        if (DateOrMonth.TryParse(text, out var value)) return value;
        map.Diagnostics.Error(map.SpanOf(map.Raw(key)!), DiagnosticCodes.YamlBadValue,
            $"'{map.Path}{key}': '{text}' is not a date; expected YYYY-MM-DD, or YYYY-MM when only the month is known (for example 2023-01-09 or 2023-01)");
        return null;
    }

    /// <summary>
    /// The partner inspectorates of a joint inspection, each named once as printed (<c>Care Inspectorate Wales</c>);
    /// absent or empty for an inspection by this inspectorate alone. Null when the list could not be read.
    /// </summary>
    private static IReadOnlyList<string>? ReadPartners(YamlMap root, DiagnosticBag diagnostics)
    {
        if (root.Sequence("partners", required: false) is not { } list) return root.Has("partners") ? null : [];
        var result = new List<string>();
        var ok = true;
        foreach (var item in list.Children)
        {
            var name = (item as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Error(root.SpanOf(item), DiagnosticCodes.YamlBadValue,
                    "'partners': each item is the name of a partner inspectorate as printed, such as '- Care Inspectorate Wales'");
                ok = false;
                continue;
            }
            if (result.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Error(root.SpanOf(item), DiagnosticCodes.PartnerDuplicate, $"'partners': '{name}' is listed twice");
                ok = false;
                continue;
            }
            result.Add(name);
        }
        return ok ? result : null;
    }

    /// <summary>The sample periods; absent is an empty list (the template set says which ones a report must give).</summary>
    private static IReadOnlyList<SamplePeriod>? ReadSamples(YamlMap root, DiagnosticBag diagnostics)
    {
        if (root.Map("samples", required: false) is not { } samples) return root.Has("samples") ? null : [];
        var result = new List<SamplePeriod>();
        var ok = true;
        foreach (var (key, name) in samples.Keys())
        {
            if (samples.Map(name) is not { } range) { ok = false; continue; }
            var from = ReadDateOrMonth(range, "from", required: true);
            var to = ReadDateOrMonth(range, "to", required: true);
            range.ReportUnknownKeys();
            if (from is null || to is null) { ok = false; continue; }
            if (from.Value.CompareTo(to.Value) > 0)
            {
                diagnostics.Error(range.Span, DiagnosticCodes.DateRangeReversed,
                    $"'samples.{name}': 'from' ({from.Value.ToIsoString()}) is after 'to' ({to.Value.ToIsoString()})");
                ok = false;
                continue;
            }
            result.Add(new SamplePeriod(name, new DateRange(from.Value, to.Value)));
        }
        return ok ? result : null;
    }

    private static List<DomainEntry> ReadDomains(YamlMap root, DiagnosticBag diagnostics)
    {
        var result = new List<DomainEntry>();
        if (root.Sequence("domains") is not { } list) return result;
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode node)
            {
                diagnostics.Error(root.SpanOf(item), DiagnosticCodes.YamlBadValue, "'domains': each item is '{ number: 1, name: Organisational delivery }'");
                continue;
            }
            var map = new YamlMap(node, root.File, diagnostics, "domains[].");
            var number = map.Int("number", 1, 9);
            var name = map.String("name");
            map.ReportUnknownKeys();
            if (number is null || name is null) continue;
            if (result.Any(d => d.Number == number))
            {
                diagnostics.Error(map.Span, DiagnosticCodes.DomainDuplicate, $"domain {number} is listed twice");
                continue;
            }
            result.Add(new DomainEntry(number.Value, name, map.Span));
        }
        return result;
    }

    private static CaseCounts ReadCases(YamlMap root, DiagnosticBag diagnostics)
    {
        if (root.Map("cases", required: false) is not { } cases) return CaseCounts.Empty;
        var result = new List<CaseCount>();
        foreach (var (key, name) in cases.Keys())
        {
            if (!CaseCounts.KnownKeys.Contains(name))
                diagnostics.Warning(cases.SpanOf(key), DiagnosticCodes.UnknownCaseCount,
                    $"unknown case count 'cases.{name}'{Suggestions.DidYouMean(name, CaseCounts.KnownKeys)}; templates will not find it under another name");
            if (cases.Int(name, 0, 100_000) is { } count) result.Add(new CaseCount(name, count));
        }
        var counts = new CaseCounts(result);
        CheckOutOfCourtParts(counts, cases, diagnostics);
        return counts;
    }

    /// <summary>The out-of-court disposals are the sum of their kinds when the kinds are given (26 = 4 + 22).</summary>
    private static void CheckOutOfCourtParts(CaseCounts counts, YamlMap cases, DiagnosticBag diagnostics)
    {
        string[] parts = ["youth_cautions", "youth_conditional_cautions", "community_resolutions"];
        if (counts.Get("out_of_court_disposals") is not { } total || parts.All(p => counts.Get(p) is null)) return;
        var given = parts.Where(p => counts.Get(p) is not null).ToList();
        var sum = given.Sum(p => counts.Get(p)!.Value);
        if (sum != total)
            diagnostics.Warning(cases.SpanOf(cases.Raw("out_of_court_disposals")!), DiagnosticCodes.CaseCountsDisagree,
                $"'cases.out_of_court_disposals' is {total} but {string.Join(" + ", given)} make {sum}");
    }

    private static StatedResult? ReadStated(YamlMap root, DiagnosticBag diagnostics)
    {
        if (root.Map("stated", required: false) is not { } stated) return new StatedResult(null, null, null, null);
        var score = stated.Int("score", 0, 36, required: false);
        Rating? overall = null;
        if (stated.String("overall_rating", required: false) is { } text)
        {
            var span = stated.SpanOf(stated.Raw("overall_rating")!);
            if (RatingNames.TryParse(text, out var r)) overall = r;
            else diagnostics.Error(span, DiagnosticCodes.UnknownRating, UnknownRatingMessage(text));
        }
        stated.ReportUnknownKeys();
        return new StatedResult(score, overall,
            stated.Raw("score") is { } s ? stated.SpanOf(s) : null,
            stated.Raw("overall_rating") is { } o ? stated.SpanOf(o) : null);
    }

    internal static string UnknownRatingMessage(string text) =>
        $"unknown rating '{text}'{Suggestions.DidYouMean(text, RatingNames.DisplayNames)}; expected one of {string.Join(", ", RatingNames.DisplayNames)}";

    /// <summary>The message for a rating cell of <c>standards.csv</c>, where <c>Not rated</c> is also a value.</summary>
    internal static string UnknownStandardRatingMessage(string text) =>
        $"unknown rating '{text}'{Suggestions.DidYouMean(text, RatingNames.DisplayNames.Append(RatingNames.NotRated))}; expected one of {string.Join(", ", RatingNames.DisplayNames)} (or {RatingNames.NotRated} where the framework allows it)";

    /// <summary>"Her" or "His Majesty's" by the day of publication (<see cref="Sovereign"/>); a month alone decides except in September 2022.</summary>
    private static void CheckMonarch(string full, DateOrMonth published, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (Sovereign.Possessive(published) is not { } expected) return;
        var other = expected == Sovereign.Her ? Sovereign.His : Sovereign.Her;
        if (full.Contains(other, StringComparison.Ordinal))
            diagnostics.Warning(span, DiagnosticCodes.InspectorateName,
                $"'inspectorate_full' says \"{other}\" but a report published {(published.HasDay ? "on" : "in")} {published} would say \"{expected}\"");
    }

    private static void CheckIsbn(string isbn, SourceSpan span, DiagnosticBag diagnostics)
    {
        var digits = isbn.Where(char.IsAsciiDigit).Select(ch => ch - '0').ToArray();
        if (digits.Length != 13 || isbn.Any(ch => !char.IsAsciiDigit(ch) && ch != '-'))
        {
            diagnostics.Warning(span, DiagnosticCodes.IsbnChecksum, $"'isbn': '{isbn}' is not an ISBN-13 (13 digits, optionally with hyphens)");
            return;
        }
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += digits[i] * (i % 2 == 0 ? 1 : 3);
        var check = (10 - sum % 10) % 10;
        if (check != digits[12])
            diagnostics.Warning(span, DiagnosticCodes.IsbnChecksum, $"'isbn': the check digit of '{isbn}' should be {check}; is a digit mistyped?");
    }
}
