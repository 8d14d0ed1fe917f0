using System.Diagnostics;
using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Lines and columns are the ones an editor shows: lines end at LF, CR or CRLF in YAML and JSON alike, and a
/// column is one character (code point) whatever its length in bytes or UTF-16 units.
/// </summary>
public sealed class PositionTests
{
    /// <summary>The column of <paramref name="marker"/> in <paramref name="line"/>, counted in characters.</summary>
    private static int Column(string line, string marker) =>
        line[..line.IndexOf(marker, StringComparison.Ordinal)].EnumerateRunes().Count() + 1;

    [Fact]
    public void An_emoji_before_a_yaml_error_counts_as_one_column()
    {
        var line = "      - { code: \"208\", name: 😀社会保障和就业支出, values: [十元, 4.00] }";
        var d = Load.Single("a.yaml", MinimalReport.WithLine(24, line), DiagnosticCodes.NotAnAmount);
        Assert.Equal((24, Column(line, "十元")), (d.Location.Line, d.Location.Column));
        Assert.Equal(line, d.SourceLine);
    }

    [Fact]
    public void An_emoji_before_a_json_error_counts_as_one_column()
    {
        var line = "        { \"code\": \"208\", \"name\": \"😀社会保障和就业支出\", \"values\": [\"十元\", 4.00] }";
        var d = Load.Single("a.json", MinimalReport.WithLine(MinimalReport.Json, 13, line), DiagnosticCodes.NotAnAmount);
        Assert.Equal((13, Column(line, "\"十元\"")), (d.Location.Line, d.Location.Column));
    }

    [Theory]
    [InlineData("\r", "CR")]
    [InlineData("\r\n", "CRLF")]
    public void Yaml_lines_ending_in_carriage_returns_are_counted_as_an_editor_counts_them(string lineEnd, string name)
    {
        var text = MinimalReport.WithLine(7, "jurisdiction: \"999999\"").Replace("\n", lineEnd, StringComparison.Ordinal);
        var d = Load.Single("a.yaml", text, DiagnosticCodes.UnknownJurisdiction);
        Assert.True((7, "jurisdiction: ".Length + 1) == (d.Location.Line, d.Location.Column), $"{name}: {d.Location}");
        Assert.Equal("jurisdiction: \"999999\"", d.SourceLine);
    }

    [Theory]
    [InlineData("\r", "CR")]
    [InlineData("\r\n", "CRLF")]
    public void Json_lines_ending_in_carriage_returns_are_counted_as_an_editor_counts_them(string lineEnd, string name)
    {
        var line = "  \"jurisdiction\": \"999999\",";
        var text = MinimalReport.WithLine(MinimalReport.Json, 4, line).Replace("\n", lineEnd, StringComparison.Ordinal);
        var d = Load.Single("a.json", text, DiagnosticCodes.UnknownJurisdiction);
        Assert.True((4, Column(line, "\"999999\"")) == (d.Location.Line, d.Location.Column), $"{name}: {d.Location}");
    }

    [Fact]
    public void A_json_syntax_error_in_a_file_of_carriage_returns_is_placed_on_its_line()
    {
        // The JSON reader counts lines at LF only; a CR-only file was reported at 1:229.
        var line = "  \"jurisdiction\": \"140525\",,";
        var text = MinimalReport.WithLine(MinimalReport.Json, 4, line).Replace("\n", "\r", StringComparison.Ordinal);
        var d = Load.Single("a.json", text, DiagnosticCodes.MalformedJson);
        Assert.Equal((4, line.Length), (d.Location.Line, d.Location.Column));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void A_line_separator_inside_a_json_string_is_one_character_of_its_line(char separator)
    {
        var line = $"  \"department\": {{ \"code\": \"059\", \"name\": \"泽州{separator}县\", \"kind\": \"dpf\", \"kinds\": 1 }},";
        var d = Load.Single("a.json", MinimalReport.WithLine(MinimalReport.Json, 5, line), DiagnosticCodes.UnknownField);
        Assert.Equal((5, Column(line, "\"kinds\"")), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Positions_are_the_same_asked_in_any_order()
    {
        var text = "ab😀c\r\nd\re\nf" + new string('x', 500) + "😀y";
        var positions = LinePositions.OfText(text);
        var expected = new Dictionary<int, (int, int)>
        {
            [0] = (1, 1), [2] = (1, 3), [4] = (1, 4), [7] = (2, 1), [9] = (3, 1), [11] = (4, 1), [12 + 500] = (4, 502), [12 + 502] = (4, 503),
        };
        foreach (var (offset, position) in expected.Reverse().Concat(expected))
        {
            Assert.Equal(position, positions.Of(offset));
        }
    }

    [Fact]
    public void A_four_megabyte_json_report_on_one_line_loads_as_fast_as_the_same_report_on_many_lines()
    {
        // Columns were once counted from the start of the line for every token: time quadratic in the line's
        // length, over a minute for 4 MB on one line. Here the one-line file may take a few times as long as the
        // same report on many lines (generous, for a busy machine), which a quadratic count could not.
        var entries = Enumerable.Range(0, 5000).Select(i =>
            $"{{ \"term\": \"术语{i}\", \"definition\": \"{string.Concat(Enumerable.Repeat("预算公开 budget 😀 ", 30))}{i}\" }}").ToList();
        var lines = MinimalReport.Json.TrimEnd().TrimEnd('}').TrimEnd() + ",\n  \"glossary\": [\n    " + string.Join(",\n    ", entries) + "\n  ]\n}\n";
        var oneLine = lines.Replace("\n", string.Empty, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(oneLine);
        Assert.InRange(bytes.Length, 3_900_000, ContentFileReader.MaxFileBytes);

        var manyLinesTime = TimeToLoad(Encoding.UTF8.GetBytes(lines));
        var oneLineTime = TimeToLoad(bytes);
        Assert.True(oneLineTime <= (manyLinesTime * 5) + TimeSpan.FromSeconds(3),
            $"one line: {oneLineTime.TotalSeconds:0.00} s; many lines: {manyLinesTime.TotalSeconds:0.00} s");
    }

    private static TimeSpan TimeToLoad(byte[] json)
    {
        var clock = Stopwatch.StartNew();
        var parsed = ContentFileReader.Parse(json, "a.json", isJson: true);
        var elapsed = clock.Elapsed;
        Assert.NotNull(parsed.Root);
        Assert.Empty(parsed.Sink.Items);
        return elapsed;
    }
}
