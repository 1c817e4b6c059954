using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.SurveyQuotes;

/// <summary>Turns <c>:::survey-quotes</c> containers into <see cref="SurveyQuotesBlock"/>s.</summary>
public sealed class SurveyQuotesExtension() : ContainerBlockExtension<SurveyQuotesBlock>(Name)
{
    public const string Name = "survey-quotes";
}
