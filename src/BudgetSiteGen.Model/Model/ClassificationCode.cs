namespace BudgetSiteGen.Model;

/// <summary>
/// A 政府收支分类科目 code: 3 digits for a 类, 5 for a 款, 7 for a 项. The hierarchy follows from
/// the code itself, so totals can be checked and jurisdictions compared code by code.
/// </summary>
public readonly record struct ClassificationCode(string Value)
{
    public int Level => Value.Length switch
    {
        3 => 1,
        5 => 2,
        _ => 3,
    };

    public ClassificationCode? Parent => Value.Length > 3 ? new ClassificationCode(Value[..^2]) : null;

    public bool IsParentOf(ClassificationCode other) =>
        other.Value.Length == Value.Length + 2 && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public static bool IsValid(string text) =>
        text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit);

    public override string ToString() => Value;
}
