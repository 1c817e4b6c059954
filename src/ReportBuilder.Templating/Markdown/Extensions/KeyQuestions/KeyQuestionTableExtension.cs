using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.KeyQuestions;

/// <summary>Turns <c>:::key-questions</c> containers into <see cref="KeyQuestionTableBlock"/>s.</summary>
public sealed class KeyQuestionTableExtension() : ContainerBlockExtension<KeyQuestionTableBlock, LayoutKeyQuestionTableRenderer>(Name)
{
    public const string Name = "key-questions";
}
