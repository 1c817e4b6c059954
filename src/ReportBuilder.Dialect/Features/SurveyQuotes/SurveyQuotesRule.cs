using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Dialect.Features.SurveyQuotes;

/// <summary><c>:::survey-quotes group</c> naming a quote group of the report's survey: there must be a survey, and the group.</summary>
public static class SurveyQuotesRule
{
    /// <param name="survey">The report's survey; null when the report folder has no <c>survey.yaml</c>.</param>
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, Survey? survey, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<SurveyQuotesBlock>())
        {
            var span = origin.SpanOf(container);
            var where = origin.Describe(container);
            var group = container.GroupName;
            if (survey is null)
            {
                diagnostics.Error(span, DiagnosticCodes.SurveyContainerWithoutSurvey,
                    $"':::{SurveyQuotesExtension.Name}' places part of the children's survey, but the report folder has no survey.yaml{where}");
                continue;
            }
            var names = survey.Quotes.Select(q => q.Name).ToList();
            if (group.Length == 0)
                diagnostics.Error(span, DiagnosticCodes.UnknownQuoteGroup,
                    $"':::{SurveyQuotesExtension.Name}' needs the name of a quote group from survey.yaml ({string.Join(", ", names)}){where}");
            else if (survey.Group(group) is null)
                diagnostics.Error(span, DiagnosticCodes.UnknownQuoteGroup,
                    $"quote group '{group}' does not exist in survey.yaml{Suggestions.DidYouMean(group, names)}; the groups are {string.Join(", ", names)}{where}");
        }
    }
}
