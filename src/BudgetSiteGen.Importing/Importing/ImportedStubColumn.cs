using BudgetSiteGen.Model;

namespace BudgetSiteGen.Importing;

/// <summary>A label column read from a sheet's header (科目编码, 类, 科目名称 …) and the row field it holds.</summary>
public sealed record ImportedStubColumn(string Label, StubField Field, IReadOnlyList<string> Groups, int SheetColumn);
