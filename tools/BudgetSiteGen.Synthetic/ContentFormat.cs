namespace BudgetSiteGen.Synthetic;

/// <summary>How the department-year files are written; both are the project's own data format.</summary>
public enum ContentFormat
{
    Yaml,
    Json,
}
