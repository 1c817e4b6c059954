using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyQuotes;

/// <summary>Turns <c>:::survey-quotes</c> containers into <see cref="SurveyQuotesBlock"/>s.</summary>
public sealed class SurveyQuotesExtension() : ContainerBlockExtension<SurveyQuotesBlock, LayoutSurveyQuotesRenderer>(Name)
{
    public const string Name = "survey-quotes";
}
