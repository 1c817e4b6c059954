using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Fluent;

/// <summary>A slot for exactly one element; decorators return a new slot inside them.</summary>
/// <remarks>Extension methods in <see cref="ElementExtensions"/> fill it; a second fill throws <see cref="DocumentComposeException"/>.</remarks>
public interface IContainer
{
}

internal sealed class Container : IContainer
{
    private readonly Action<Element> attach;
    private string? filledBy;

    public Container(ComposeState state, Action<Element> attach)
    {
        State = state;
        this.attach = attach;
    }

    public ComposeState State { get; }

    public void Set(Element element, string what)
    {
        if (filledBy is not null)
            throw new DocumentComposeException(
                $"This container already holds {filledBy}; it cannot also hold {what}. A container takes one child: use Column(...) to stack several, or Row(...) to set them side by side.");
        filledBy = what;
        attach(element);
    }

    /// <summary>Puts <paramref name="decorator"/> here and returns the slot inside it.</summary>
    public IContainer Decorate(ContainerElement decorator, string what)
    {
        Set(decorator, what);
        return new Container(State, e => decorator.Child = e);
    }
}
