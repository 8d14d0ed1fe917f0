using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>
/// The 类, 款 and 项 parts of a joined code, as layouts that print them in separate columns show them:
/// 2010301 is 201 | 03 | 01, 20103 is 201 | 03, and 30101 (an economic class) is 301 | 01.
/// </summary>
public static class CodeParts
{
    public static string Of(ClassificationCode? code, StubField field)
    {
        if (code is not { } c)
        {
            return string.Empty;
        }

        var value = c.Value;
        return field switch
        {
            StubField.Lei => value.Length >= 3 ? value[..3] : value,
            StubField.Kuan => value.Length >= 5 ? value[3..5] : string.Empty,
            StubField.Xiang => value.Length >= 7 ? value[5..7] : string.Empty,
            _ => value,
        };
    }

    public static bool IsPart(StubField field) => field is StubField.Lei or StubField.Kuan or StubField.Xiang;
}
