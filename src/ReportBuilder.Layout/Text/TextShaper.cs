using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Text;

/// <summary>Where a line may end after an atom.</summary>
internal enum BreakKind : byte
{
    /// <summary>No break: the next atom is glued on (another style or face inside one word).</summary>
    None,
    /// <summary>Spaces follow: break there, dropping them.</summary>
    Space,
    /// <summary>After a hyphen, dash, slash or zero-width space.</summary>
    After,
    /// <summary>A soft hyphen: invisible unless the line breaks here, when it prints as '-'.</summary>
    SoftHyphen,
    /// <summary>A line feed in the text.</summary>
    Mandatory,
    /// <summary>A word too wide for the line, cut where it had to be.</summary>
    Emergency,
}

/// <summary>What the atoms of one run in one face share: kept once per run rather than in every word.</summary>
internal sealed class AtomLook
{
    public required FontFace Face { get; init; }
    public required double FontSize { get; init; }
    /// <summary>The size the line box is built from (a superscript's base size).</summary>
    public required double BaseSize { get; init; }
    /// <summary>How far the baseline is raised (superscripts).</summary>
    public double Rise { get; init; }
    public Color Color { get; init; }
    public bool Underline { get; init; }
    public LinkSpec? Link { get; init; }
    public string? Language { get; init; }
    public double? LineHeight { get; init; }
    public double HyphenWidth { get; init; }
    public FootnoteInline? Footnote { get; init; }
    /// <summary>From <see cref="Inline.Artifact"/>: drawn outside the structure tree.</summary>
    public bool Artifact { get; init; }
    /// <summary>A <see cref="SymbolInline"/>'s shape, drawn instead of the atom's text.</summary>
    public SymbolShape? Symbol { get; init; }

    /// <summary>The Span element of text in another language, made once (see <see cref="Language"/>).</summary>
    public StructureElement? SpanStructure { get; set; }
}

/// <summary>The smallest unit line breaking deals with: text in one face and style with no break inside.</summary>
/// <remarks>
/// A long document holds hundreds of thousands of atoms, so an atom is a 40-byte struct in its paragraph's list
/// (no object, no string of its own): where its text is in the paragraph's <see cref="ShapedText.Source"/>, its
/// widths and its break; the style is a shared <see cref="AtomLook"/>.
/// </remarks>
internal struct Atom
{
    public required AtomLook Look { get; init; }
    /// <summary>Where the atom's text starts in <see cref="ShapedText.Source"/>.</summary>
    public int Start { get; init; }
    public int Length { get; set; }
    /// <summary>How many spaces follow the text in the source (drawn unless the line ends here).</summary>
    public int SpacesLength { get; set; }
    public double Width { get; set; }
    public double SpaceWidth { get; set; }
    public BreakKind Break { get; set; }
    /// <summary>The width includes a kerning adjustment after the last character: the next atom is drawn apart.</summary>
    public bool KernedEnd { get; set; }

    /// <summary>Where the text ends in the source (the spaces start there).</summary>
    public readonly int End => Start + Length;

    public readonly FontFace Face => Look.Face;
    public readonly double FontSize => Look.FontSize;
    public readonly double BaseSize => Look.BaseSize;
    public readonly double Rise => Look.Rise;
    public readonly Color Color => Look.Color;
    public readonly bool Underline => Look.Underline;
    public readonly LinkSpec? Link => Look.Link;
    public readonly string? Language => Look.Language;
    public readonly double? LineHeight => Look.LineHeight;
    public readonly double HyphenWidth => Look.HyphenWidth;
    public readonly FootnoteInline? Footnote => Look.Footnote;
    public readonly bool Artifact => Look.Artifact;

    public readonly Atom CloneWith(int start, int length, double width, BreakKind breakKind, int spacesLength, double spaceWidth) => new()
    {
        Look = Look, Start = start, Length = length, Width = width, Break = breakKind, SpacesLength = spacesLength, SpaceWidth = spaceWidth,
    };
}

/// <summary>A paragraph's text as drawn (soft hyphens, zero-width spaces and line feeds left out) and its atoms, ranges of it.</summary>
/// <remarks>
/// Atoms follow each other in the source with their spaces between them, so a run of atoms on one line
/// is one range of it: drawing needs no string per word, and a line is recorded as the source with a range.
/// </remarks>
internal sealed record ShapedText(string Source, List<Atom> Atoms)
{
    public string TextOf(Atom atom) => Source.Substring(atom.Start, atom.Length);

    public string SpacesOf(Atom atom) => Source.Substring(atom.End, atom.SpacesLength);
}

/// <summary>Turns styled runs into atoms: picks a face per character (with fallback), measures, finds break opportunities.</summary>
/// <remarks>
/// Break opportunities are a subset of UAX #14: spaces; after a hyphen between letters; after an en
/// or em dash; after a slash not followed by another slash or a digit; at a zero-width space or a
/// soft hyphen. Never at a no-break space (U+00A0, U+202F) or a word joiner.
/// </remarks>
internal sealed class TextShaper
{
    private readonly FontCollection fonts;
    private readonly Action<LayoutWarning> warn;

    // One per thread: a document shapes tens of thousands of paragraphs, and a builder and a list of their own for
    // each grew step by step (for 1,000 pages, 12 MB of builder chunks and 40 MB of list arrays thrown away, and lists
    // up to twice as long as their atoms kept). Shape never runs inside itself (resolving text shapes nothing).
    [ThreadStatic] private static StringBuilder? scratch;
    [ThreadStatic] private static List<Atom>? scratchAtoms;

    public TextShaper(FontCollection fonts, Action<LayoutWarning> warn)
    {
        this.fonts = fonts;
        this.warn = warn;
    }

    /// <param name="resolveText">The text of an inline (page numbers and note numbers depend on <paramref name="state"/>);
    /// a static method with its state rather than a closure, so that shaping a paragraph makes no delegate.</param>
    public ShapedText Shape<TState>(IReadOnlyList<Inline> inlines, TextStyle paragraphStyle, TState state, Func<TState, Inline, string> resolveText)
    {
        var atoms = scratchAtoms ??= [];
        atoms.Clear();
        var source = (scratch ??= new StringBuilder()).Clear();
        Atom open = default; // the atom being filled, if isOpen: its text runs from its start to the end of `source`
        bool isOpen = false;
        HashSet<int>? missing = null;
        int previous = -1; // the last character of the open atom, for kerning

        void Close(BreakKind kind)
        {
            if (!isOpen) return;
            open.Length = source.Length - open.Start;
            open.Break = kind;
            atoms.Add(open);
            isOpen = false;
            previous = -1;
        }

        foreach (var inline in inlines)
        {
            var style = inline.Style.InheritFrom(paragraphStyle);
            bool super = style.Superscript == true || inline is FootnoteInline;
            double baseSize = style.FontSize ?? 11;
            double size = super ? style.SuperscriptSize ?? baseSize * 0.62 : baseSize;
            var primary = fonts.Resolve(style.FontFamily ?? "Liberation Sans", style.Bold == true, style.Italic == true);
            var fallbacks = fonts.FallbacksFor(primary);
            string s = resolveText(state, inline);
            // A footnote reference is one atom, never cut at a kerned pair: its line lists the note once per atom,
            // and a reference "11" cut in two set its note twice and reserved room for it twice.
            bool kerning = style.Kerning == true && inline is not FootnoteInline;
            // Read once per inline, not per character: the loop below runs for every letter of a document.
            var metrics = primary.Metrics;
            double spaceAdvance = metrics.Advance(' ');

            AtomLook? look = null; // the run's look in the face used last (a fallback face gets its own)
            Atom NewAtom(FontFace face)
            {
                if (look?.Face != face)
                    look = new AtomLook
                    {
                        Face = face, FontSize = size, BaseSize = baseSize, Rise = super ? baseSize * 0.33 : 0,
                        Color = style.Color ?? Color.Black, Underline = style.Underline == true, Link = inline.Link, Artifact = inline.Artifact,
                        Language = style.Language, LineHeight = style.LineHeight, Footnote = inline as FootnoteInline,
                        HyphenWidth = primary.Metrics.Advance('-') * size,
                    };
                return new Atom { Look = look, Start = source.Length };
            }

            // A new inline never continues the previous atom: glue it on if no space came between.
            if (isOpen) Close(BreakKind.None);
            else if (atoms.Count > 0 && atoms[^1].Break == BreakKind.None) { /* already glued */ }

            if (inline is SymbolInline symbol)
            {
                // One atom glued to the word before it, as wide as its gap and box; its look says what to draw.
                look = new AtomLook
                {
                    Face = primary, FontSize = size, BaseSize = baseSize, Color = style.Color ?? Color.Black, Link = inline.Link,
                    Artifact = true, Language = style.Language, LineHeight = style.LineHeight, Symbol = symbol.Shape,
                    HyphenWidth = primary.Metrics.Advance('-') * size,
                };
                open = new Atom { Look = look, Start = source.Length, Width = (SymbolInline.Gap + SymbolInline.Box) * size };
                source.Append(SymbolInline.Text);
                isOpen = true;
                Close(BreakKind.None);
                continue;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(c, s[i + 1]);
                int length = cp > 0xFFFF ? 2 : 1;

                if (c == '\n')
                {
                    if (isOpen) Close(BreakKind.Mandatory);
                    else if (atoms.Count == 0 || atoms[^1].Break == BreakKind.Mandatory)
                    {
                        (open, isOpen) = (NewAtom(primary), true); // an empty line still has a height
                        Close(BreakKind.Mandatory);
                    }
                    else
                    {
                        // The spaces before a line feed are dropped; they are the last thing in the source.
                        ref var last = ref CollectionsMarshal.AsSpan(atoms)[^1];
                        last.Break = BreakKind.Mandatory;
                        source.Length -= last.SpacesLength;
                        last.SpacesLength = 0;
                        last.SpaceWidth = 0;
                    }
                    continue;
                }
                if (c is ' ' or '\t' or '\r')
                {
                    if (isOpen) Close(BreakKind.Space);
                    if (atoms.Count == 0 || atoms[^1].Break == BreakKind.Mandatory) continue; // leading spaces
                    ref var last = ref CollectionsMarshal.AsSpan(atoms)[^1];
                    if (last.Break is BreakKind.None or BreakKind.After or BreakKind.SoftHyphen) last.Break = BreakKind.Space;
                    if (last.Break != BreakKind.Space) continue;
                    // Nothing was added to the source since this atom closed, so its spaces follow it there.
                    source.Append(' ');
                    last.SpacesLength++;
                    last.SpaceWidth += spaceAdvance * size;
                    continue;
                }
                if (c == '\u00AD')
                {
                    if (isOpen) Close(BreakKind.SoftHyphen);
                    continue;
                }
                if (c == '\u200B')
                {
                    if (isOpen) Close(BreakKind.After);
                    continue;
                }

                var face = primary;
                double advance = metrics.Advance(cp);
                if (double.IsNaN(advance))
                {
                    face = null!;
                    foreach (var f in fallbacks)
                    {
                        advance = f.Metrics.Advance(cp);
                        if (!double.IsNaN(advance)) { face = f; break; }
                    }
                    if (face is null)
                    {
                        if ((missing ??= []).Add(cp)) warn(new LayoutWarning(MissingMessage(cp, s, i)));
                        i += length - 1;
                        continue;
                    }
                }

                if (isOpen && open.Face != face) Close(BreakKind.None);
                if (!isOpen) (open, isOpen) = (NewAtom(face), true);
                else if (kerning && previous >= 0 && face.Metrics.Kerning(previous, cp) is var k && k != 0)
                {
                    // A kerned pair ends the atom, glued to the next: its width takes the adjustment, so every backend
                    // draws the rest of the word from the kerned position (none of them kerns by itself).
                    open.Width += k * size;
                    open.KernedEnd = true;
                    Close(BreakKind.None);
                    (open, isOpen) = (NewAtom(face), true);
                }
                if (length == 1) source.Append(c);
                else source.Append(s, i, length);
                open.Width += advance * size;
                previous = cp;
                i += length - 1;

                if (MayBreakAfter(cp) && BreaksAfter(s, i, cp)) Close(BreakKind.After);
            }
            if (isOpen) Close(BreakKind.None);
        }
        // The paragraph's last atom ends the text: no break kind to honour there except a trailing line feed.
        return new ShapedText(source.ToString(), [.. atoms]); // exactly as long as it needs to be
    }

    /// <summary>The characters <see cref="BreaksAfter"/> may break after: a test cheap enough for every character.</summary>
    private static bool MayBreakAfter(int cp) => cp is '-' or '/' or '\u2010' or '\u2013' or '\u2014';

    private static bool BreaksAfter(string s, int i, int cp)
    {
        char next = i + 1 < s.Length ? s[i + 1] : '\0';
        char prev = i > 0 ? s[i - 1] : '\0';
        return cp switch
        {
            '-' or '\u2010' => char.IsLetterOrDigit(prev) && next != '\0' && !char.IsDigit(next) && !char.IsWhiteSpace(next),
            '\u2013' or '\u2014' => next != '\0' && !char.IsWhiteSpace(next),
            '/' => next != '\0' && next != '/' && !char.IsDigit(next) && !char.IsWhiteSpace(next),
            _ => false,
        };
    }

    private string MissingMessage(int cp, string s, int i)
    {
        int from = Math.Max(0, i - 30), to = Math.Min(s.Length, i + 30);
        string around = s[from..to].Replace('\n', ' ');
        string name = CharUnicodeInfo.GetUnicodeCategory(cp).ToString();
        return $"character U+{cp:X4} ({name}) in \"{around}\" is in none of the fonts ({string.Join(", ", fonts.Faces.Select(f => f.Name))}); it was left out";
    }
}
