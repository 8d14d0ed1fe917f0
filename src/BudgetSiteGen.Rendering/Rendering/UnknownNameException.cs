using Scriban.Parsing;
using Scriban.Syntax;

namespace BudgetSiteGen.Rendering;

/// <summary>A template named a variable, member or partial that does not exist: a typo, stopped where it is.</summary>
internal sealed class UnknownNameException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
