using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>Binds the shared files of a content folder: site settings, jurisdictions, department kinds.</summary>
public sealed class SharedListBinder(DiagnosticSink sink)
{
    private readonly Scalars _scalars = new(sink);

    public SiteSettings? BindSite(DataNode root)
    {
        if (_scalars.Mapping(root, "site settings") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "site settings", sink, "$schema", "title", "description", "language", "languages", "theme", "base_url", "registration");
        var title = _scalars.Text(f.Required("title", "the site's name"), "title");
        var baseUrl = _scalars.Text(f.Optional("base_url"), "base_url");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            var at = f.Optional("base_url")!;
            sink.Error(DiagnosticCodes.InvalidValue, at.Line, at.Column, $"base_url '{baseUrl}' is not an absolute web address.", "an address such as https://budget.example.gov.cn/");
            baseUrl = null;
        }

        var languageNode = f.Optional("language");
        var language = _scalars.Text(languageNode, "language");
        if (language is not null && !LanguageTag.IsValid(language))
        {
            sink.Error(DiagnosticCodes.InvalidLanguage, languageNode!.Line, languageNode.Column,
                $"language '{language}' is not a language tag.", "a language tag such as zh-CN, naming the theme's strings file (strings/zh-CN.yaml)");
            return null;
        }

        var languages = BindLanguages(f.Optional("languages"), language, languageNode);
        if (languages is null)
        {
            return null;
        }

        return title is null
            ? null
            : new SiteSettings(title, _scalars.Text(f.Optional("description"), "description"),
                languages.Count > 0 ? languages[0].Tag : language ?? "zh-CN",
                _scalars.Slug(f.Optional("theme"), "theme") ?? "default",
                baseUrl is null ? null : baseUrl.TrimEnd('/') + "/",
                new RegistrationBinder(_scalars).Bind(f.Optional("registration")))
            {
                LanguageAt = languageNode is null ? null : new SourceLocation(sink.File, languageNode.Line, languageNode.Column),
                Languages = languages.Count > 0 ? languages.Select(l => l.Tag).ToList() : [language ?? "zh-CN"],
                LanguagesAt = languages.Select(l => (SourceLocation?)l.At).ToList(),
            };
    }

    /// <summary>
    /// <c>languages: [zh-CN, en]</c>: language tags, each once, the first published at the root. When <c>language</c>
    /// is set too it must be the first, so that the two never disagree about which language the root speaks.
    /// </summary>
    private List<(string Tag, SourceLocation At)>? BindLanguages(DataNode? node, string? language, DataNode? languageNode)
    {
        var result = new List<(string Tag, SourceLocation At)>();
        if (node is null)
        {
            return result;
        }

        if (_scalars.Sequence(node, "languages") is not { } list)
        {
            return null;
        }

        if (list.Items.Count == 0)
        {
            sink.Error(DiagnosticCodes.InvalidLanguages, node.Line, node.Column,
                "languages is an empty list.", "the languages the site is published in, the first at the root, such as [zh-CN, en]");
            return null;
        }

        var valid = true;
        foreach (var item in list.Items)
        {
            if (_scalars.Text(item, "a language") is not { } tag)
            {
                valid = false;
                continue;
            }

            if (!LanguageTag.IsValid(tag))
            {
                sink.Error(DiagnosticCodes.InvalidLanguage, item.Line, item.Column,
                    $"language '{tag}' is not a language tag.", "a language tag such as zh-CN or en, naming the theme's strings file (strings/en.yaml)");
                valid = false;
            }
            else if (result.Any(l => l.Tag == tag))
            {
                sink.Error(DiagnosticCodes.InvalidLanguages, item.Line, item.Column,
                    $"the language '{tag}' is listed twice.", "each language once in languages");
                valid = false;
            }
            else
            {
                result.Add((tag, new SourceLocation(sink.File, item.Line, item.Column)));
            }
        }

        if (valid && language is not null && result.Count > 0 && result[0].Tag != language)
        {
            sink.Error(DiagnosticCodes.InvalidLanguages, languageNode!.Line, languageNode.Column,
                $"language '{language}' is not the first of languages ({string.Join(", ", result.Select(l => l.Tag))}).",
                "language left out (the first of languages is the site's language), or the same tag as the first of languages");
            valid = false;
        }

        return valid ? result : null;
    }

    public List<Jurisdiction> BindJurisdictions(DataNode root)
    {
        var result = new List<Jurisdiction>();
        if (_scalars.Mapping(root, "the jurisdictions file") is not { } map)
        {
            return result;
        }

        var f = new Fields(map, "the jurisdictions file", sink, "$schema", "jurisdictions");
        var codes = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        var parents = new List<(string Parent, DataNode Node)>();
        foreach (var item in _scalars.Sequence(f.Required("jurisdictions", "a list of jurisdictions"), "jurisdictions")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "a jurisdiction") is not { } entry)
            {
                continue;
            }

            var j = new Fields(entry, "a jurisdiction", sink, "code", "name", "level", "parent", "slug");
            var codeNode = j.Required("code", "the six-digit administrative-division code");
            var code = _scalars.DigitCode(codeNode, "the jurisdiction code", 6);
            var name = _scalars.Text(j.Required("name", "the name, such as 泽州县"), "the jurisdiction name");
            var level = _scalars.Choice(j.Required("level", "province, city or county"), "the jurisdiction level", WireNames.JurisdictionLevels);
            var parentNode = j.Optional("parent");
            var parent = _scalars.DigitCode(parentNode, "the parent code", 6);
            var slugNode = j.Required("slug", "an ASCII URL name such as zezhou");
            var slug = _scalars.Slug(slugNode, "the jurisdiction slug");
            if (code is null || name is null || level is null || slug is null)
            {
                continue;
            }

            if (!codes.TryAdd(code, codeNode!))
            {
                sink.Error(DiagnosticCodes.DuplicateId, codeNode!.Line, codeNode.Column, $"the jurisdiction code {code} is listed twice (first at line {codes[code].Line}).", "each code once");
                continue;
            }

            if (!slugs.TryAdd(slug, slugNode!))
            {
                sink.Error(DiagnosticCodes.DuplicateId, slugNode!.Line, slugNode.Column, $"the slug '{slug}' is already used at line {slugs[slug].Line}.", "a slug used by one jurisdiction only");
                continue;
            }

            if (parent is not null)
            {
                parents.Add((parent, parentNode!));
            }

            result.Add(new Jurisdiction(code, name, level.Value, parent, slug));
        }

        foreach (var (parent, node) in parents.Where(p => !codes.ContainsKey(p.Parent)))
        {
            sink.Error(DiagnosticCodes.UnknownParentJurisdiction, node.Line, node.Column, $"the parent {parent} is not in the list.", "the code of another jurisdiction in this file");
        }

        return result;
    }

    /// <summary>content/indicator-names.yaml: pairs of indicator names that mean the same, for comparisons.</summary>
    public Dictionary<string, string> BindIndicatorNames(DataNode root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_scalars.Mapping(root, "the indicator names file") is not { } map)
        {
            return result;
        }

        var f = new Fields(map, "the indicator names file", sink, "$schema", "indicator_names");
        foreach (var item in _scalars.Sequence(f.Required("indicator_names", "a list of name and same_as"), "indicator_names")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "an indicator name") is not { } entry)
            {
                continue;
            }

            var n = new Fields(entry, "an indicator name", sink, "name", "same_as");
            var name = _scalars.Text(n.Required("name", "the name as printed in some cards"), "name");
            var same = _scalars.Text(n.Required("same_as", "the name it is compared as"), "same_as");
            if (name is not null && same is not null)
            {
                result[name] = same;
            }
        }

        return result;
    }

    public List<DepartmentKind> BindDepartmentKinds(DataNode root)
    {
        var result = new List<DepartmentKind>();
        if (_scalars.Mapping(root, "the department kinds file") is not { } map)
        {
            return result;
        }

        var f = new Fields(map, "the department kinds file", sink, "$schema", "department_kinds");
        var ids = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        foreach (var item in _scalars.Sequence(f.Required("department_kinds", "a list of department kinds"), "department_kinds")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "a department kind") is not { } entry)
            {
                continue;
            }

            var k = new Fields(entry, "a department kind", sink, "id", "name", "english");
            var idNode = k.Required("id", "an ASCII id such as dpf");
            var id = _scalars.Slug(idNode, "the department kind id");
            var name = _scalars.Text(k.Required("name", "the name, such as 残疾人联合会"), "the department kind name");
            if (id is null || name is null)
            {
                continue;
            }

            if (!ids.TryAdd(id, idNode!))
            {
                sink.Error(DiagnosticCodes.DuplicateId, idNode!.Line, idNode.Column, $"the department kind '{id}' is listed twice (first at line {ids[id].Line}).", "each id once");
                continue;
            }

            result.Add(new DepartmentKind(id, name, _scalars.Text(k.Optional("english"), "english")));
        }

        return result;
    }
}
