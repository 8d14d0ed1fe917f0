using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Importing;

/// <summary>
/// The headers of label columns as budget systems print them, and the row field each holds. Every other header is a
/// column of figures, whose meaning the layout gives.
/// </summary>
public static class StubLabels
{
    private static readonly Dictionary<string, StubField> Known = new(HeaderText.Comparer)
    {
        ["类"] = StubField.Lei,
        ["款"] = StubField.Kuan,
        ["项"] = StubField.Xiang,
        ["项目"] = StubField.Name,
        ["科目名称"] = StubField.Name,
        ["功能分类科目名称"] = StubField.Name,
        ["经济分类科目名称"] = StubField.Name,
        ["部门预算支出经济科目名称"] = StubField.Name,
        ["政府预算支出经济科目名称"] = StubField.Class,
        ["单位名称"] = StubField.Name,
        ["项目名称"] = StubField.Name,
        ["科目编码"] = StubField.Code,
        ["科目代码"] = StubField.Code,
        ["功能分类科目编码"] = StubField.Code,
        ["经济分类科目编码"] = StubField.Code,
        ["收入科目编码"] = StubField.Code,
        ["支出科目编码"] = StubField.Code,
    };

    public static StubField? FieldOf(string label) => Known.TryGetValue(label, out var field) ? field : null;
}
