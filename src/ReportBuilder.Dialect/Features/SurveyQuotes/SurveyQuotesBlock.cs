using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.SurveyQuotes;

/// <summary><c>:::survey-quotes positive</c>: the quotes of one group of the survey, each set as a quotation.</summary>
public sealed class SurveyQuotesBlock() : CustomContainer(null!)
{
    public string GroupName => (Arguments ?? "").Trim();
}
