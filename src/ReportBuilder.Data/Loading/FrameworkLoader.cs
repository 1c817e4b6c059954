using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads a framework from its file (<c>framework.yaml</c> beside a template set's <c>template.yaml</c>): its
/// standards and its bands. Core's <see cref="FrameworkRules"/> decide whether it is usable; this reader only turns
/// the text into the model and puts each problem at its line. Adding a framework is a new file, not new code.
/// </summary>
public static class FrameworkLoader
{
    public const string FileName = "framework.yaml";

    /// <summary>The framework of the file at <paramref name="path"/>; null (with errors naming its lines) when it is missing or invalid.</summary>
    /// <param name="display">The path as diagnostics print it (relative to where the user is); the full path when null.</param>
    public static Framework? Read(string path, DiagnosticBag diagnostics, string? display = null)
    {
        display ??= path;
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceSpan.StartOf(display), DiagnosticCodes.FrameworkFileMissing,
                $"the template set has no {FileName}: the standards and bands of its framework (docs/data-format.md, Frameworks)");
            return null;
        }
        // Read as template.yaml is: inside the template set's folder, a regular file, within the default size limit.
        var reader = new Reading.ReportFileReader(Path.GetDirectoryName(Path.GetFullPath(path))!, ReportLimits.Default.MaxFileBytes);
        return TextFileReader.Read(reader, path, display, diagnostics) is { } file ? Load(file, diagnostics) : null;
    }

    internal static Framework? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlMap.Parse(file, diagnostics);
        if (root is null) return null;
        var errorsBefore = diagnostics.ErrorCount;
        var id = root.String("id", expected: "the framework's id, such as hmip-youth-2021");
        var name = root.String("name", expected: "the framework's name as printed");
        var bands = ReadBands(root);
        var items = new List<(FrameworkStandard Standard, YamlMap Map)>();
        if (root.Sequence("standards") is { } list)
            foreach (var node in list.Children)
            {
                if (node is not YamlMappingNode mapping)
                {
                    diagnostics.Error(root.SpanOf(node), DiagnosticCodes.YamlBadValue, "'standards': each item is a mapping (id, domain, name, judged_on, scored)");
                    continue;
                }
                var map = new YamlMap(mapping, file, diagnostics, "standards[].");
                if (ReadStandard(map) is { } standard) items.Add((standard, map));
            }
        root.ReportUnknownKeys();
        if (id is null || name is null || bands is null || diagnostics.ErrorCount > errorsBefore) return null;

        var framework = new Framework(id, name, items.Select(i => i.Standard).ToList()) { Bands = bands };
        var problems = FrameworkRules.Validate(framework);
        foreach (var problem in problems)
            diagnostics.Error(problem.StandardIndex is { } i ? items[i].Map.Span : root.Span, DiagnosticCodes.FrameworkInvalid, problem.Message);
        return problems.Count == 0 ? framework : null;
    }

    private static FrameworkStandard? ReadStandard(YamlMap map)
    {
        var id = map.String("id", expected: "the standard's number, such as \"2.1\"");
        var domain = map.Int("domain", 1, 9);
        var name = map.String("name");
        var statement = map.String("statement", required: false);
        var judgedOn = map.String("judged_on", expected: "cases or evidence") switch
        {
            null => (JudgedOn?)null,
            "cases" => JudgedOn.Cases,
            "evidence" => JudgedOn.Evidence,
            var other => Bad<JudgedOn>(map, "judged_on", $"'{other}' is neither 'cases' nor 'evidence'"),
        };
        var scored = Boolean(map, "scored", required: true);
        var mayBeNotRated = Boolean(map, "may_be_not_rated", required: false) ?? false;
        map.ReportUnknownKeys();
        if (id is null || domain is null || name is null || judgedOn is null || scored is null) return null;
        return new FrameworkStandard(id, domain.Value, name, judgedOn.Value, scored.Value, mayBeNotRated) { Statement = statement };
    }

    /// <summary><c>bands:</c> <c>key_questions</c> (lowest % 'Yes' of each band) and <c>overall</c> (lowest total of 36 of each band).</summary>
    private static RatingBands? ReadBands(YamlMap root)
    {
        if (root.Map("bands") is not { } bands) return null;
        var percent = bands.Map("key_questions");
        var overall = bands.Map("overall");
        bands.ReportUnknownKeys();
        if (percent is null || overall is null) return null;
        decimal? P(Rating rating) => Decimal(percent, BandKey(percent, rating));
        int? T(Rating rating) => overall.Int(BandKey(overall, rating), 0, 36);
        var (po, pg, pr) = (P(Rating.Outstanding), P(Rating.Good), P(Rating.RequiresImprovement));
        var (to, tg, tr) = (T(Rating.Outstanding), T(Rating.Good), T(Rating.RequiresImprovement));
        percent.ReportUnknownKeys();
        overall.ReportUnknownKeys();
        if (po is null || pg is null || pr is null || to is null || tg is null || tr is null) return null;
        return new RatingBands(po.Value, pg.Value, pr.Value, to.Value, tg.Value, tr.Value);
    }

    /// <summary>
    /// The key of <paramref name="rating"/>'s band: its one key (<see cref="RatingKeys"/>, <c>requires-improvement</c>),
    /// or <see cref="RatingKeys.OldRequiresImprovement"/> where a framework file written before still spells it so.
    /// </summary>
    private static string BandKey(YamlMap bands, Rating rating)
    {
        var key = RatingKeys.Key(rating);
        return rating == Rating.RequiresImprovement && !bands.Has(key) && bands.Has(RatingKeys.OldRequiresImprovement)
            ? RatingKeys.OldRequiresImprovement
            : key;
    }

    private static decimal? Decimal(YamlMap map, string key)
    {
        var text = map.String(key, expected: "a percentage from 0 to 100");
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100) return value;
        return Bad<decimal>(map, key, $"'{text}' is not a percentage from 0 to 100");
    }

    private static bool? Boolean(YamlMap map, string key, bool required) => map.String(key, required, "true or false") switch
    {
        null => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => Bad<bool>(map, key, $"'{other}' is neither true nor false"),
    };

    private static T? Bad<T>(YamlMap map, string key, string message) where T : struct
    {
        map.Diagnostics.Error(map.SpanOf(map.Raw(key)!), DiagnosticCodes.YamlBadValue, $"'{map.Path}{key}': {message}");
        return null;
    }
}
