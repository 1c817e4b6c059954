using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Data.Loading;

/// <summary>Reads <c>survey.yaml</c>: invited, replied, completed; the 0-10 score distribution; named groups of quotes.</summary>
internal static partial class SurveyLoader
{
    public static Survey? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlMap.Parse(file, diagnostics);
        if (root is null) return null;
        var errors = diagnostics.ErrorCount;

        var invited = root.Int("invited", 0, 100_000);
        var replied = root.Int("replied", 0, 100_000);
        var completed = root.Int("completed", 0, 100_000);
        if (invited is not null && replied is not null && replied > invited)
            diagnostics.Error(root.SpanOf(root.Raw("replied")!), DiagnosticCodes.SurveyCounts, $"'replied' ({replied}) is more than 'invited' ({invited})");
        if (replied is not null && completed is not null && completed > replied)
            diagnostics.Error(root.SpanOf(root.Raw("completed")!), DiagnosticCodes.SurveyCounts, $"'completed' ({completed}) is more than 'replied' ({replied})");

        var scores = new List<ScoreCount>();
        if (root.Map("scores") is { } map)
        {
            foreach (var (key, name) in map.Keys())
            {
                var score = map.ParseInt(key, name, name, 0, 10);
                var children = map.Int(name, 0, 100_000);
                if (score is null || children is null) continue;
                if (scores.Any(s => s.Score == score))
                {
                    diagnostics.Error(map.SpanOf(key), DiagnosticCodes.SurveyScores, $"score {score} is given twice");
                    continue;
                }
                scores.Add(new ScoreCount(score.Value, children.Value));
            }
            var total = scores.Sum(s => s.Children);
            if (replied is not null && total > replied)
                diagnostics.Error(map.Span, DiagnosticCodes.SurveyScores,
                    $"the scores add up to {total} children but only {replied} replied");
            scores.Sort((a, b) => b.Score.CompareTo(a.Score));
        }

        var groups = new List<QuoteGroup>();
        if (root.Map("quotes", required: false) is { } quotes)
        {
            foreach (var (key, name) in quotes.Keys())
            {
                if (!GroupName().IsMatch(name))
                    diagnostics.Error(quotes.SpanOf(key), DiagnosticCodes.YamlBadValue,
                        $"quote group '{name}': use lower-case letters, digits and hyphens (it is written after ':::survey-quotes')");
                if (quotes.Sequence(name) is not { } list) continue;
                var texts = new List<string>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0) texts.Add(v.Trim());
                    else diagnostics.Error(quotes.SpanOf(item), DiagnosticCodes.EmptyQuoteGroup, $"quote group '{name}': each item must be a quote (text)");
                }
                if (list.Children.Count == 0)
                    diagnostics.Error(quotes.SpanOf(key), DiagnosticCodes.EmptyQuoteGroup, $"quote group '{name}' has no quotes");
                groups.Add(new QuoteGroup(name, texts));
            }
        }
        root.ReportUnknownKeys();

        if (diagnostics.ErrorCount > errors || invited is null || replied is null || completed is null) return null;
        return new Survey(invited.Value, replied.Value, completed.Value, scores, groups);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex GroupName();
}
