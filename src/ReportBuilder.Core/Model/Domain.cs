namespace ReportBuilder.Core.Model;

/// <summary>A domain of the framework (1 Organisational delivery … 4 Resettlement), with its introduction if it has one.</summary>
public sealed record Domain(int Number, string Name, MarkdownSource? Introduction);
