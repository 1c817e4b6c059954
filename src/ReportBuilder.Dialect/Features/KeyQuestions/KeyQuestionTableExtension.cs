using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.KeyQuestions;

/// <summary>Turns <c>:::key-questions</c> containers into <see cref="KeyQuestionTableBlock"/>s.</summary>
public sealed class KeyQuestionTableExtension() : ContainerBlockExtension<KeyQuestionTableBlock>(Name)
{
    public const string Name = "key-questions";
}
