namespace ReportBuilder.Templating.Scriban.Functions;

/// <summary>Numbers as house style writes them in prose: "four", "twenty-one".</summary>
public static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>0-999 in words; larger numbers as digits (prose does not spell them out).</summary>
    /// <example>4 → "four"; 21 → "twenty-one"; 100 → "one hundred"; 145 → "one hundred and forty-five".</example>
    public static string ToWords(long n)
    {
        if (n < 0) return "minus " + ToWords(-n);
        if (n < 20) return Units[n];
        if (n < 100) return Tens[n / 10] + (n % 10 == 0 ? "" : "-" + Units[n % 10]);
        if (n < 1000) return Units[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + ToWords(n % 100));
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
