namespace BudgetSiteGen.Model;

/// <summary>One department's published report for one year: the unit everything else reads.</summary>
public sealed record DepartmentYear(
    string SourceFile,
    ReportInfo Report,
    string JurisdictionCode,
    Department Department,
    Overview Overview,
    IReadOnlyList<BudgetTable> Tables,
    IReadOnlyList<NarrativeItem> Narrative,
    Performance Performance,
    StateAssets? Assets,
    IReadOnlyList<GlossaryTerm> Glossary,
    SourceCitation? Source,
    IReadOnlyList<TranscriptionFix> Fixes)
{
    public BudgetTable? Table(TableType type) => Tables.FirstOrDefault(table => table.Type == type);

    /// <summary>The highest edition published of this report (set when the content is loaded).</summary>
    public int LatestEdition { get; init; } = 1;

    /// <summary>The units the report covers (所属单位), where it lists them.</summary>
    public IReadOnlyList<SubordinateUnit> Units { get; init; } = [];

    /// <summary>A corrected later edition replaces this one; it stays published at its own address.</summary>
    public bool IsSuperseded => Report.Edition < LatestEdition;
}
