using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>Reads the compared figures out of a department-year by table type and role, never by position.</summary>
public static partial class Figures
{
    public static decimal? TotalBudget(DepartmentYear y) => KeyFigures.TotalBudget(y);

    public static decimal? Income(DepartmentYear y, FigureRole role)
    {
        var income = y.Table(TableType.BudgetSummary)?.Sections.FirstOrDefault(s => s.Id == "income");
        var row = income?.Rows.FirstOrDefault(r => r.Role == role && r.Level == 1);
        return row is null || row.Values.Count == 0 ? null : row.Values[0];
    }

    public static decimal? ColumnTotal(DepartmentYear y, TableType type, FigureRole column) =>
        y.Table(type) is { } table ? TableShape.Total(table, column) : null;

    /// <summary>A table-10 item (三公) by its printed name, without the ①② marks.</summary>
    public static decimal? ThreePublic(DepartmentYear y, string name)
    {
        var table = y.Table(TableType.ThreePublic);
        if (table is null)
        {
            return null;
        }

        var section = table.Sections[0];
        var column = TableShape.ColumnOf(section, FigureRole.Total);
        var row = section.Rows.FirstOrDefault(r => r.Name.TrimStart('①', '②', '③') == name);
        return row is null || column < 0 ? null : row.Values[column];
    }

    /// <summary>Each expenditure code with its total, from table 3 (支出总表), for alignment code by code.</summary>
    public static IReadOnlyDictionary<string, (string Name, decimal? Amount)> Functions(DepartmentYear y)
    {
        var result = new Dictionary<string, (string, decimal?)>(StringComparer.Ordinal);
        if (y.Table(TableType.ExpenditureSummary) is not { } table)
        {
            return result;
        }

        var section = table.Sections[0];
        var column = TableShape.ColumnOf(section, FigureRole.Total);
        foreach (var row in section.Rows.Where(r => r.Code is not null && column >= 0))
        {
            result[row.Code!.Value.Value] = (row.Name, row.Values[column]);
        }

        return result;
    }

    /// <summary>政府采购预算总额 as stated in 情况说明 九 (no table prints it).</summary>
    public static decimal? Procurement(DepartmentYear y)
    {
        var text = y.Narrative.FirstOrDefault(n => n.Id == "procurement")?.Body.Replace("\n", string.Empty, StringComparison.Ordinal);
        var match = text is null ? null : ProcurementPattern().Match(text);
        return match is { Success: true } && FigureRange.TryRead(match.Groups[1].Value, out var amount) ? amount : null;
    }

    public static decimal? PerStaff(decimal? amount, int? staff) =>
        amount is { } a && staff is > 0 ? Math.Round(a / staff.Value, 2, MidpointRounding.AwayFromZero) : null;

    public static decimal? ProjectFunds(DepartmentYear y) =>
        y.Performance.Cards.Count == 0 ? null : y.Performance.Cards.Sum(c => c.YearFunds.Total ?? 0m) / 10_000m;

    [GeneratedRegex(@"政府采购预算总额\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*万元")]
    private static partial Regex ProcurementPattern();
}
