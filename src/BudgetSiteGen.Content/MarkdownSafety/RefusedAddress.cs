namespace BudgetSiteGen.MarkdownSafety;

/// <summary>
/// An address in a Markdown text that will not become a link or an image. Line and column are 1-based and
/// count within the text itself, not the file it came from.
/// </summary>
public sealed record RefusedAddress(AddressUse Use, string Address, int Line, int Column);
