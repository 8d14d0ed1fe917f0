using System.Globalization;
using System.Text;
using BudgetSiteGen.Model;
using CsvHelper;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// One table as CSV for journalists and spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese
/// correctly), columns section, code, level, name, class, unit, then one per amount column named with its label
/// and role. Amounts are written exactly as printed, in the table's own unit, which the unit column names on every
/// row (a percentage column is in %, as its header and the data package say); 42.00 stays 42.00. A blank cell stays
/// empty; a cell that could not be read from the source is "?", never empty, so it is not mistaken for a blank.
/// </summary>
public static class TableCsv
{
    /// <summary>What a cell that could not be read is written as; the data package declares it a missing value.</summary>
    public const string Unreadable = "?";

    /// <summary>The columns before the amounts.</summary>
    public static readonly IReadOnlyList<string> StubHeaders = ["section", "code", "level", "name", "class", "unit"];

    public static byte[] Write(BudgetTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true))
        {
            var columns = table.Sections.SelectMany(s => s.Columns).Select(Header).Distinct().ToList();
            foreach (var header in StubHeaders.Concat(columns))
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var section in table.Sections)
            {
                foreach (var row in section.Rows)
                {
                    csv.WriteField(section.Id ?? string.Empty);
                    csv.WriteField(row.Code?.Value ?? string.Empty);
                    csv.WriteField(row.Level.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(row.Name);
                    csv.WriteField(row.Class ?? string.Empty);
                    csv.WriteField(table.Unit.Symbol());
                    foreach (var header in columns)
                    {
                        var index = section.Columns.ToList().FindIndex(c => Header(c) == header);
                        csv.WriteField(index < 0 ? string.Empty
                            : row.IsUnreadable(index) ? Unreadable
                            : row.Values[index] is { } value ? value.ToString(CultureInfo.InvariantCulture) : string.Empty);
                    }

                    csv.EndRecord();
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>"本年收入/一般公共预算 [general_public_budget]": the printed header path and the role.</summary>
    public static string Header(AmountColumn column) =>
        $"{string.Join("/", column.Groups.Append(column.Label))} [{column.RoleName}]";
}
