using Markdig.Extensions.SmartyPants;

namespace ReportBuilder.Dialect.Features.Quotes;

/// <summary>
/// The report's one quote style: the data's straight quotes and apostrophes printed curly (‘ ’ “ ”), in both editions,
/// through Markdig's SmartyPants, as Unicode characters rather than HTML entities so the PDF draws the same.
/// </summary>
/// <remarks>
/// A quote SmartyPants cannot pair (a lone <c>'</c>) is an apostrophe, so it is printed ’; a lone <c>"</c> stays straight.
/// Dashes, ellipses and angle quotes keep the characters the data wrote: the published reports type "–" and "..."
/// themselves. Text extraction gives the curly characters; readers' searches fold them in most viewers.
/// </remarks>
public static class TypographicQuotes
{
    public static SmartyPantOptions Options { get; } = CreateOptions();

    private static SmartyPantOptions CreateOptions()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = "\u2018";
        options.Mapping[SmartyPantType.RightQuote] = "\u2019";
        options.Mapping[SmartyPantType.Quote] = "\u2019";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "\u201C";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "\u201D";
        options.Mapping[SmartyPantType.DoubleQuote] = "\"";
        // What the HTML renderer writes for the rest: the data's own characters (escaped, as HTML text must be).
        options.Mapping[SmartyPantType.Dash2] = "--";
        options.Mapping[SmartyPantType.Dash3] = "---";
        options.Mapping[SmartyPantType.Ellipsis] = "...";
        options.Mapping[SmartyPantType.LeftAngleQuote] = "&lt;&lt;";
        options.Mapping[SmartyPantType.RightAngleQuote] = "&gt;&gt;";
        return options;
    }

    /// <summary>
    /// Curls the quotes of plain text that never passes through Markdown (the survey's quotes): a quote after a letter,
    /// a digit or a closing mark closes (or is an apostrophe: "don't"), any other opens.
    /// </summary>
    public static string Curl(string text)
    {
        if (text.AsSpan().IndexOfAny('\'', '"') < 0) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is not ('\'' or '"')) continue;
            bool closes = i > 0 && (char.IsLetterOrDigit(chars[i - 1]) || char.IsPunctuation(chars[i - 1]) && chars[i - 1] is not ('(' or '[' or '\u2018' or '\u201C'));
            chars[i] = (chars[i], closes) switch
            {
                ('\'', true) => '\u2019',
                ('\'', false) => '\u2018',
                ('"', true) => '\u201D',
                _ => '\u201C',
            };
        }
        return new string(chars);
    }

    /// <summary>What a SmartyPants inline prints: the curly quote, or for anything else the text the data wrote.</summary>
    public static string Text(SmartyPant pant) =>
        pant.Type is SmartyPantType.LeftQuote or SmartyPantType.RightQuote or SmartyPantType.Quote
            or SmartyPantType.LeftDoubleQuote or SmartyPantType.RightDoubleQuote or SmartyPantType.DoubleQuote
            ? Options.Mapping[pant.Type]
            : pant.ToString();
}
