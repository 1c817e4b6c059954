using System.Text.RegularExpressions;

namespace ReportBuilder.Conformance.Rules;

/// <summary>Well-formedness of BCP 47 (RFC 5646) language tags: syntax only, not registry validity.</summary>
internal static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Pattern().IsMatch(tag);

    // language (2-3 letters, optional extlang, or 4-8 letters), script, region, variants, extensions, private use;
    // or a private-use tag alone (x-...). Grandfathered tags such as i-klingon are not accepted.
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?|x(?:-[A-Za-z0-9]{1,8})+)$")]
    private static partial Regex Pattern();
}
