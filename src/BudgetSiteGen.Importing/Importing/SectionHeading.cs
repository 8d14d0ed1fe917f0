namespace BudgetSiteGen.Importing;

/// <summary>
/// What the heading printed over one block of a side-by-side table makes of it: the 收入 and 支出 sides of a summary
/// table are sections with those titles; the 人员经费 and 公用经费 blocks of a 决算 basic-expenditure table split its
/// figures, so they carry a role instead.
/// </summary>
public sealed record SectionHeading(string Id, string? Title, string? RoleName)
{
    public static SectionHeading Of(string? heading, int index)
    {
        if (heading is null)
        {
            return new SectionHeading($"section-{index + 1}", null, null);
        }

        if (heading.Contains("人员经费", StringComparison.Ordinal))
        {
            return new SectionHeading("personnel", null, "personnel");
        }

        if (heading.Contains("公用经费", StringComparison.Ordinal))
        {
            return new SectionHeading("public", null, "public");
        }

        if (heading.Contains("收入", StringComparison.Ordinal))
        {
            return new SectionHeading("income", heading, null);
        }

        return heading.Contains("支出", StringComparison.Ordinal)
            ? new SectionHeading("expenditure", heading, null)
            : new SectionHeading($"section-{index + 1}", heading, null);
    }
}
