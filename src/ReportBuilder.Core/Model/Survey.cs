namespace ReportBuilder.Core.Model;

/// <summary>How many children gave one score out of 10.</summary>
public sealed record ScoreCount(int Score, int Children);

/// <summary>A named group of quotes (<c>positive</c>), placed in the text by <c>:::survey-quotes positive</c>.</summary>
public sealed record QuoteGroup(string Name, IReadOnlyList<string> Quotes);

/// <summary>The children's text survey (<c>survey.yaml</c>).</summary>
/// <param name="Scores">The distribution of scores out of 10, highest score first.</param>
public sealed record Survey(int Invited, int Replied, int Completed, IReadOnlyList<ScoreCount> Scores, IReadOnlyList<QuoteGroup> Quotes)
{
    public QuoteGroup? Group(string name) => Quotes.FirstOrDefault(q => q.Name == name);
}
