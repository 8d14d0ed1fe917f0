using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Reads typed values out of nodes, reporting what was expected when a node does not fit.
/// Every reader returns null after reporting, so binding goes on and all problems are found in one run.
/// </summary>
public sealed partial class Scalars(DiagnosticSink sink)
{
    public DiagnosticSink Sink => sink;

    public string? Text(DataNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar)
        {
            return scalar.IsNull ? null : scalar.Text;
        }

        Shape(node, what, "text");
        return null;
    }

    /// <summary>Text written as Markdown; a link or image address the site will not make live is reported as a warning.</summary>
    public string? Markdown(DataNode? node, string what)
    {
        var text = Text(node, what);
        if (text is not null)
        {
            MarkdownAddresses.Report(sink, node!, text, what);
        }

        return text;
    }

    public MappingNode? Mapping(DataNode? node, string what)
    {
        if (node is null or MappingNode)
        {
            return node as MappingNode;
        }

        Shape(node, what, "a mapping of fields (name: value)");
        return null;
    }

    public SequenceNode? Sequence(DataNode? node, string what)
    {
        if (node is null or SequenceNode)
        {
            return node as SequenceNode;
        }

        Shape(node, what, "a list (lines starting with '- ', or [ … ])");
        return null;
    }

    public int? Integer(DataNode? node, string what, int min = 0, int max = int.MaxValue)
    {
        if (Scalar(node, what, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (scalar.IsQuoted || !int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            sink.Error(DiagnosticCodes.NotAnInteger, scalar.Line, scalar.Column,
                $"{what} must be a whole number, found {scalar.Describe()}.", "a whole number such as 20");
            return null;
        }

        if (value < min || value > max)
        {
            sink.Error(DiagnosticCodes.InvalidValue, scalar.Line, scalar.Column,
                $"{what} is {value}, outside the allowed range.", max == int.MaxValue ? $"at least {min}" : $"{min} to {max}");
            return null;
        }

        return value;
    }

    public bool? Boolean(DataNode? node, string what)
    {
        if (Scalar(node, what, "true or false") is not { } scalar)
        {
            return null;
        }

        if (!scalar.IsQuoted && scalar.Text is "true" or "false")
        {
            return scalar.Text == "true";
        }

        sink.Error(DiagnosticCodes.InvalidValue, scalar.Line, scalar.Column,
            $"{what} must be true or false, found {scalar.Describe()}.", "true or false");
        return null;
    }

    /// <summary>
    /// An exact amount. The node's source text goes straight to <see cref="decimal"/>; a blank stays
    /// null (not 0). More decimal places than <paramref name="decimals"/> is an error, since figures
    /// are printed to a fixed precision and an extra digit is a typing mistake.
    /// </summary>
    public Amount Amount(DataNode? node, string what, int decimals, MoneyUnit unit)
    {
        if (node is null)
        {
            return new Amount(null, true);
        }

        if (node is not ScalarNode scalar)
        {
            Shape(node, what, "an amount such as 1632.76, or ~ for a blank cell");
            return new Amount(null, false);
        }

        if (scalar.IsNull)
        {
            return new Amount(null, true);
        }

        var text = scalar.Text.Trim();
        if (scalar.IsQuoted || !AmountPattern().IsMatch(text))
        {
            var hint = ThousandsPattern().IsMatch(text)
                ? " Write amounts without thousands separators."
                : scalar.IsQuoted && AmountPattern().IsMatch(text) ? " Amounts are numbers: remove the quotes." : string.Empty;
            sink.Error(DiagnosticCodes.NotAnAmount, scalar.Line, scalar.Column,
                $"{what} must be an amount in {unit.Symbol()}, found {scalar.Describe()}.{hint}",
                "a number such as 1632.76 (no quotes, no separators), or ~ for a blank cell");
            return new Amount(null, false);
        }

        var places = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (places > decimals)
        {
            sink.Error(DiagnosticCodes.TooManyDecimals, scalar.Line, scalar.Column,
                $"{what} {text} has {places} decimal places, but amounts in {unit.Symbol()} here are printed to {decimals}.",
                $"at most {decimals} decimal places");
            return new Amount(null, false);
        }

        if (!FigureRange.TryRead(text, out var value))
        {
            OutOfRange(scalar, what, unit.Symbol());
            return new Amount(null, false);
        }

        return new Amount(value, true);
    }

    /// <summary>A plain decimal quantity that is not money (floor area, an indicator's number).</summary>
    public decimal? Quantity(DataNode? node, string what)
    {
        if (Scalar(node, what, "a number") is not { } scalar)
        {
            return null;
        }

        if (scalar.IsQuoted || !AmountPattern().IsMatch(scalar.Text.Trim()))
        {
            sink.Error(DiagnosticCodes.NotAnAmount, scalar.Line, scalar.Column,
                $"{what} must be a number, found {scalar.Describe()}.", "a number such as 13000");
            return null;
        }

        if (!FigureRange.TryRead(scalar.Text.Trim(), out var value))
        {
            OutOfRange(scalar, what, string.Empty);
            return null;
        }

        return value;
    }

    private void OutOfRange(ScalarNode scalar, string what, string unit) =>
        sink.Error(DiagnosticCodes.AmountOutOfRange, scalar.Line, scalar.Column,
            $"{what} is {scalar.Text.Trim()}{unit}, beyond the range of figures that can be added up exactly.",
            $"at most {FigureRange.MaxIntegerDigits} digits before the decimal point and {FigureRange.MaxFractionDigits} after it (below 10^18)");

    public T? Choice<T>(DataNode? node, string what, IReadOnlyDictionary<string, T> choices, string code = DiagnosticCodes.InvalidValue)
        where T : struct
    {
        if (Scalar(node, what, $"one of: {string.Join(", ", choices.Keys)}") is not { } scalar)
        {
            return null;
        }

        if (choices.TryGetValue(scalar.Text, out var value))
        {
            return value;
        }

        var suggestion = Spelling.Closest(scalar.Text, choices.Keys);
        sink.Error(code, scalar.Line, scalar.Column,
            $"{what} '{scalar.Text}' is not known" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
            $"one of: {string.Join(", ", choices.Keys)}");
        return null;
    }

    /// <summary>
    /// Ids and slugs become folder and file names in the site; far above any readable id, and far below the
    /// 255 bytes a file name may have.
    /// </summary>
    public const int MaxIdLength = 100;

    public string? Slug(DataNode? node, string what)
    {
        var text = Text(node, what);
        if (text is not null && text.Length > MaxIdLength)
        {
            sink.Error(DiagnosticCodes.IdTooLong, node!.Line, node.Column,
                $"{what} is {text.Length} characters long, too long for the file or folder name it becomes.", $"at most {MaxIdLength} characters");
            return null;
        }

        if (text is null || SlugPattern().IsMatch(text))
        {
            return text;
        }

        sink.Error(DiagnosticCodes.InvalidSlug, node!.Line, node.Column,
            $"{what} '{text}' cannot be used in a URL.", "lowercase ASCII letters and digits, words joined by '-', such as 'child-rehab'");
        return null;
    }

    /// <summary>A code of digits; YAML may give it unquoted, which is fine because we read the text.</summary>
    public string? DigitCode(DataNode? node, string what, int length)
    {
        var text = Text(node, what);
        if (text is null || (text.Length == length && text.All(char.IsAsciiDigit)))
        {
            return text;
        }

        sink.Error(DiagnosticCodes.InvalidValue, node!.Line, node.Column,
            $"{what} '{text}' is not a {length}-digit code.", $"{length} digits, quoted, such as \"140525\"");
        return null;
    }

    public DateOnly? Date(DataNode? node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        sink.Error(DiagnosticCodes.InvalidDate, node!.Line, node.Column,
            $"{what} '{text}' is not a date.", "a date written yyyy-mm-dd, such as \"2023-12-31\"");
        return null;
    }

    public IReadOnlyList<string> TextList(DataNode? node, string what)
    {
        if (Sequence(node, what) is not { } list)
        {
            return [];
        }

        return list.Items.Select(item => Text(item, what)).OfType<string>().ToList();
    }

    private ScalarNode? Scalar(DataNode? node, string what, string expected)
    {
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar)
        {
            return scalar.IsNull ? null : scalar;
        }

        Shape(node, what, expected);
        return null;
    }

    private void Shape(DataNode node, string what, string expected) =>
        sink.Error(DiagnosticCodes.WrongShape, node.Line, node.Column, $"{what} must be {expected}, found {node.Describe()}.", expected);

    [GeneratedRegex(@"\A-?[0-9]+(\.[0-9]+)?\z")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\A-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?\z")]
    private static partial Regex ThousandsPattern();

    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();
}
