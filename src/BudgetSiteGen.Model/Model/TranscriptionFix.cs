namespace BudgetSiteGen.Model;

/// <summary>A correction of an extraction or OCR error: what was printed, what was recorded, and why.</summary>
public sealed record TranscriptionFix(string Location, string Printed, string Recorded, string Reason);
