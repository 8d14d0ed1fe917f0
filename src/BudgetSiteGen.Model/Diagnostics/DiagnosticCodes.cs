namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// Stable diagnostic codes. They are documented in docs/diagnostics.md; never reuse or renumber one,
/// because people search for them.
/// </summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "BSG100";
    public const string EmptyFile = "BSG101";
    public const string MalformedYaml = "BSG102";
    public const string MalformedJson = "BSG103";
    public const string FileTooLarge = "BSG104";
    public const string UnreadableFile = "BSG105";
    public const string MultipleDocuments = "BSG106";
    public const string UnsupportedYamlFeature = "BSG107";
    public const string NotARegularFile = "BSG108";
    public const string LinkLeavesFolder = "BSG109";

    public const string DuplicateKey = "BSG110";
    public const string UnknownField = "BSG111";
    public const string MissingField = "BSG112";
    public const string WrongShape = "BSG113";

    public const string NotAnAmount = "BSG120";
    public const string TooManyDecimals = "BSG121";
    public const string NotAnInteger = "BSG122";
    public const string InvalidValue = "BSG123";
    public const string UnknownTableType = "BSG124";
    public const string UnknownColumnRole = "BSG125";
    public const string InvalidClassificationCode = "BSG126";
    public const string ValueCountMismatch = "BSG127";
    public const string InvalidSlug = "BSG128";
    public const string InvalidDate = "BSG129";
    public const string TableLayoutConflict = "BSG130";
    public const string LevelConflict = "BSG131";
    public const string AmountOutOfRange = "BSG132";
    public const string IdTooLong = "BSG133";
    public const string ReservedId = "BSG134";
    public const string InvalidLanguage = "BSG135";

    public const string DuplicateDepartmentYear = "BSG140";
    public const string UnknownJurisdiction = "BSG141";
    public const string UnknownDepartmentKind = "BSG142";
    public const string DuplicateId = "BSG143";
    public const string UnknownParentJurisdiction = "BSG144";
    public const string DuplicateTableNumber = "BSG145";
    public const string UngroupableFile = "BSG146";

    public const string IncompleteShards = "BSG170";
    public const string OutputWouldReplaceInput = "BSG171";
    public const string OutputNotOwned = "BSG172";
    public const string OutputIsAFile = "BSG173";
    public const string TemplateFailed = "BSG174";
    public const string InvalidLanguages = "BSG175";

    public const string RefusedLinkAddress = "BSG180";
    public const string RefusedImageAddress = "BSG181";
    public const string InvalidRegistrationNumber = "BSG182";

    public const string TemplateDoesNotParse = "BSG187";
    public const string TemplateUnknownName = "BSG188";

    public const string UnknownLayout = "BSG190";
    public const string TableNotInLayout = "BSG191";
    public const string TableTypeDiffersFromLayout = "BSG192";
    public const string UnknownHeader = "BSG193";
    public const string UnknownNarrativeSection = "BSG194";
    public const string DepartmentAddressConflict = "BSG195";
    public const string LayoutKindMismatch = "BSG196";
    public const string InvalidCodeParts = "BSG197";
    public const string MissingRowName = "BSG198";

    public const string PublishedBeforeApproved = "BSG236";

    public const string ContentFolderMissing = "BSG150";
    public const string SharedListMissing = "BSG151";
    public const string NoDepartmentYears = "BSG152";
    public const string ThemeProblem = "BSG160";

    // Importing workbooks (budgetsitegen import); their places are cells: book.xlsx!Sheet!C12.
    public const string WorkbookUnreadable = "BSG240";
    public const string WorkbookOldFormat = "BSG241";
    public const string WorkbookProtected = "BSG242";
    public const string WorkbookTooLarge = "BSG243";
    public const string SheetNotInLayout = "BSG244";
    public const string HeaderMatchesNoRole = "BSG245";
    public const string TextInAmountCell = "BSG246";
    public const string MergedAcrossAmounts = "BSG247";
    public const string TotalRowMissing = "BSG248";
    public const string AmountNotAsShown = "BSG249";
    public const string HiddenCellsSkipped = "BSG250";
    public const string TableInTwoSheets = "BSG251";
    public const string LayoutTableMissing = "BSG252";
    public const string CellNotPlaced = "BSG253";
    public const string ReportStillToWrite = "BSG254";
}
