namespace BudgetSiteGen.Model;

public sealed record ReportInfo(ReportKind Kind, int Year, string Title, MoneyUnit MoneyUnit, int Edition);
