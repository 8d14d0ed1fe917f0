using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// The workbook's cell formats, numbered in the order the sheets first ask for them so the same report always
/// gives the same style table. Amounts get "#,##0.00" with the table's decimals; codes the text format "@", so
/// a spreadsheet never reads 2080101 as a number or drops a leading zero when the cell is edited.
/// </summary>
public sealed class StyleBook
{
    /// <summary>Excel's built-in number format for text.</summary>
    private const uint TextFormat = 49;

    /// <summary>Excel numbers custom number formats from 164.</summary>
    private const uint FirstCustomFormat = 164;

    private readonly Dictionary<CellStyle, uint> _styles = [];
    private readonly List<CellStyle> _order = [];
    private readonly Dictionary<string, uint> _formats = new(StringComparer.Ordinal);

    public uint IndexOf(CellStyle style)
    {
        if (!_styles.TryGetValue(style, out var index))
        {
            // Index 0 is Excel's default format, which every unstyled cell has.
            index = (uint)_order.Count + 1;
            _styles.Add(style, index);
            _order.Add(style);
        }

        return index;
    }

    public Stylesheet Build()
    {
        var formats = new List<CellFormat> { new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 } };
        formats.AddRange(_order.Select(Format));
        var numberFormats = _formats.OrderBy(f => f.Value)
            .Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }).ToList();
        return new Stylesheet(
            new NumberingFormats(numberFormats) { Count = (uint)numberFormats.Count },
            new Fonts(Font(bold: false, size: 11), Font(bold: true, size: 11), Font(bold: true, size: 14)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private CellFormat Format(CellStyle style)
    {
        var (numberFormat, horizontal, bordered) = style.Look switch
        {
            CellLook.Title => (0u, HorizontalAlignmentValues.Center, false),
            CellLook.UnitLine => (0u, HorizontalAlignmentValues.Right, false),
            CellLook.Header => (0u, HorizontalAlignmentValues.Center, true),
            CellLook.Code => (TextFormat, HorizontalAlignmentValues.Left, true),
            CellLook.Name or CellLook.Text => (TextFormat, HorizontalAlignmentValues.Left, true),
            CellLook.Amount or CellLook.Blank => (Custom(AmountFormat(style.Decimals)), HorizontalAlignmentValues.Right, true),
            CellLook.Percent => (Custom(AmountFormat(style.Decimals) + "\"%\""), HorizontalAlignmentValues.Right, true),
            CellLook.Unreadable => (TextFormat, HorizontalAlignmentValues.Right, true),
            _ => (0u, HorizontalAlignmentValues.Left, false),
        };
        var font = style.Look == CellLook.Title ? 2u : style.Bold || style.Look == CellLook.Header ? 1u : 0u;
        var alignment = new Alignment
        {
            Horizontal = horizontal,
            Vertical = VerticalAlignmentValues.Center,
            WrapText = style.Look is CellLook.Header or CellLook.Note ? true : null,
            Indent = style.Indent > 0 ? (uint)style.Indent : null,
        };
        return new CellFormat(alignment)
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = 0,
            BorderId = bordered ? 1u : 0u,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyBorder = bordered ? true : null,
            ApplyAlignment = true,
        };
    }

    /// <summary>"#,##0" for whole amounts, "#,##0.00" for two places: the table's printed decimals.</summary>
    private static string AmountFormat(int decimals) =>
        decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";

    private uint Custom(string code)
    {
        if (!_formats.TryGetValue(code, out var id))
        {
            id = FirstCustomFormat + (uint)_formats.Count;
            _formats.Add(code, id);
        }

        return id;
    }

    private static Font Font(bool bold, int size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "宋体" });
        return font;
    }

    private static Border Thin() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
