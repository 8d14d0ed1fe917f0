using System.CommandLine;
using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Importing;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>
/// `budgetsitegen import`: reads the workbooks a budget system exports for one report and writes the report's data
/// file, its tables filled in and its text left for the person. Problems are reported at their sheet and cell; a run
/// with errors writes nothing.
/// </summary>
public static class ImportCommand
{
    private static readonly Dictionary<string, ReportKind> Kinds = new(StringComparer.Ordinal)
    {
        ["budget"] = ReportKind.Budget,
        ["final-accounts"] = ReportKind.FinalAccounts,
    };

    public static Command Create()
    {
        var workbooks = new Argument<FileInfo[]>("WORKBOOK")
        {
            Description = "The report's workbooks (.xlsx or .xls), one sheet per table; several workbooks are read as one report.",
            Arity = ArgumentArity.OneOrMore,
        };
        var layout = new Option<string>("--layout") { Description = "The report's table layout, such as shanxi-budget (see docs/layouts.md).", Required = true };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The six-digit code of the jurisdiction in jurisdictions.yaml.", Required = true };
        var department = new Option<string>("--department") { Description = "The department's name as printed, such as 泽州县残疾人联合会.", Required = true };
        var departmentKind = new Option<string?>("--department-kind") { Description = "The department's kind from department-kinds.yaml (default: the kind whose name the department's name ends with)." };
        var departmentCode = new Option<string?>("--department-code") { Description = "The department's code, when the report prints one." };
        var kind = new Option<string>("--kind") { Description = "The kind of report: budget or final-accounts.", Required = true };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var year = new Option<int>("--year") { Description = "The year the report is for, such as 2024.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "The unit the report's tables are printed in: 元, 千元, 万元 or 亿元 (default: the layout's)." };
        unit.AcceptOnlyFromAmong([.. WireNames.MoneyUnits.Keys]);
        var title = new Option<string?>("--title") { Description = "The report's printed title (default: the department, year and kind)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The data file to write (default: printed to standard output)." };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists." };
        var content = CommonOptions.Content();
        content.Description = "The content folder whose jurisdictions, department kinds and layouts the report is read against.";
        var command = new Command("import", "Read the tables of a report from the workbooks a budget system exports and write its data file; the narrative and cards are left to fill in.")
        {
            workbooks, layout, jurisdiction, department, departmentKind, departmentCode, kind, year, unit, title, output, force, content,
        };
        command.SetAction(parse => Run(
            parse.GetValue(workbooks)!,
            new Request(parse.GetValue(layout)!, parse.GetValue(jurisdiction)!, parse.GetValue(department)!, parse.GetValue(departmentKind),
                parse.GetValue(departmentCode), Kinds[parse.GetValue(kind)!], parse.GetValue(year), parse.GetValue(unit), parse.GetValue(title)),
            parse.GetValue(output),
            parse.GetValue(force),
            parse.GetValue(content)!));
        return command;
    }

    private static int Run(FileInfo[] workbooks, Request request, FileInfo? output, bool force, DirectoryInfo content)
    {
        var shared = new DiagnosticBag();
        var lists = ContentLoader.LoadShared(content.FullName, shared);
        if (lists is null)
        {
            DiagnosticPrinter.Print(shared.Sorted(), Console.Error);
            Console.Error.WriteLine("import failed: the content folder's shared lists have errors.");
            return ExitCodes.ContentErrors;
        }

        if (!lists.Layouts.TryGetValue(request.Layout, out var layout))
        {
            return Usage($"there is no layout '{request.Layout}'; the layouts are: {string.Join(", ", lists.Layouts.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (layout.Kind != request.Kind)
        {
            return Usage($"layout '{layout.Id}' is for {WireNames.NameOf(layout.Kind)} reports, not {WireNames.NameOf(request.Kind)}.");
        }

        if (lists.Jurisdictions.All(j => j.Code != request.Jurisdiction))
        {
            return Usage($"jurisdiction '{request.Jurisdiction}' is not in jurisdictions.yaml; add it there first.");
        }

        var departmentKind = request.DepartmentKind
            ?? lists.DepartmentKinds.FirstOrDefault(k => request.Department.EndsWith(k.Name, StringComparison.Ordinal))?.Id;
        if (departmentKind is null || lists.DepartmentKinds.All(k => k.Id != departmentKind))
        {
            return Usage($"give the department's kind with --department-kind, one of: {string.Join(", ", lists.DepartmentKinds.Select(k => $"{k.Id} ({k.Name})"))}.");
        }

        var missing = workbooks.Where(file => !file.Exists).ToList();
        if (missing.Count > 0)
        {
            return Usage($"no such workbook: {string.Join(", ", missing.Select(file => file.ToString()))}.");
        }

        if (output is { Exists: true } && !force)
        {
            return Usage($"{output} exists; give --force to replace it.");
        }

        var unit = request.Unit is { } symbol ? WireNames.MoneyUnits[symbol] : layout.Unit ?? MoneyUnit.TenThousandYuan;
        var options = new ImportOptions(request.Jurisdiction, request.Department, departmentKind, request.Kind, request.Year, unit)
        {
            DepartmentCode = request.DepartmentCode,
            Title = request.Title,
        };
        var result = WorkbookImporter.Import(workbooks.Select(file => file.ToString()).ToList(), options, layout);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.DataFile is not { } dataFile)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"import failed: {errors} error(s); nothing was written.");
            return ExitCodes.ContentErrors;
        }

        if (output is null)
        {
            Console.Out.Write(dataFile);
            return ExitCodes.Success;
        }

        try
        {
            output.Directory?.Create();
            File.WriteAllText(output.FullName, dataFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {output}: {exception.Message}");
            return ExitCodes.OutputError;
        }

        var rows = result.Tables.Sum(table => table.Sections.Sum(section => section.Rows.Count));
        Console.Error.WriteLine($"imported {result.Tables.Count} table(s), {rows} row(s) into {output}; write the overview, narrative, cards and source by hand (see docs/import.md).");
        return ExitCodes.Success;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.UsageError;
    }

    private sealed record Request(string Layout, string Jurisdiction, string Department, string? DepartmentKind, string? DepartmentCode,
        ReportKind Kind, int Year, string? Unit, string? Title);
}
