using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>A content file after reading and parsing: its text, its node tree (null if unusable) and its diagnostics.</summary>
public sealed record ParsedFile(string DisplayName, SourceText? Text, DataNode? Root, DiagnosticSink Sink);
