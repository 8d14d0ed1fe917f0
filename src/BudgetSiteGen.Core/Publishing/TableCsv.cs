using System.Globalization;
using System.Text;
using BudgetSiteGen.Model;
using CsvHelper;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// One table as CSV for journalists and spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese
/// correctly), columns section, code, level, name, class, then one per amount column named with its label
/// and role. Amounts are written exactly as in the data (42.00 stays 42.00); a blank cell stays empty.
/// </summary>
public static class TableCsv
{
    public static byte[] Write(BudgetTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true))
        {
            var columns = table.Sections.SelectMany(s => s.Columns).Select(Header).Distinct().ToList();
            foreach (var header in new[] { "section", "code", "level", "name", "class" }.Concat(columns))
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
                    foreach (var header in columns)
                    {
                        var index = section.Columns.ToList().FindIndex(c => Header(c) == header);
                        csv.WriteField(index >= 0 && row.Values[index] is { } value ? value.ToString(CultureInfo.InvariantCulture) : string.Empty);
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
