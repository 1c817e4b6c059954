using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.KeyQuestions;

/// <summary><c>:::key-questions</c> around a pipe table of key questions and their % 'Yes' (lowest figures already in bold): sets it as the report's key-question table (question column wide, figures right-aligned, header shaded).</summary>
public sealed class KeyQuestionTableBlock() : CustomContainer(null!)
{
}
