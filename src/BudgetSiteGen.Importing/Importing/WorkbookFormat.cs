namespace BudgetSiteGen.Importing;

/// <summary>What a file's first bytes say it is, whatever its name ends with.</summary>
public enum WorkbookFormat
{
    /// <summary>Office Open XML (.xlsx), a zip package.</summary>
    OpenXml,

    /// <summary>A compound document holding an Excel 97–2003 workbook (.xls, BIFF8).</summary>
    Biff8,

    /// <summary>A compound document holding an Excel 5.0/95 workbook (BIFF5), which stores no merged cells.</summary>
    Biff5,

    /// <summary>A bare Excel 2.x–4.0 worksheet (BIFF2–4), one sheet and no merged cells.</summary>
    Biff2To4,

    /// <summary>A workbook encrypted with a password to open.</summary>
    Encrypted,

    /// <summary>Anything else: an HTML page, a CSV or text file saved under a workbook's name, or damaged bytes.</summary>
    NotAWorkbook,
}
