using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BudgetSiteGen.Publishing;

namespace BudgetSiteGen.Synthetic;

/// <summary>
/// Generates a content folder for benchmarks: many provinces, cities and counties, each county's
/// federation reporting for several years. Each department-year is one of the two real reports (so all
/// thirteen tables with real classification codes, the cards with their indicators and the Chinese
/// narrative are there) with its place, department and year replaced. The same seed gives the same bytes.
/// </summary>
public sealed partial class SyntheticContent(int seed, string from, ContentFormat format = ContentFormat.Yaml)
{
    private const int CountiesPerCity = 20;
    private const int CitiesPerProvince = 10;
    private static readonly int[] Years = [2024, 2023, 2022];
    private static readonly string Syllables = "安宁平阳和丰泰昌华兴永康庆明德清源河山川林溪泉湖海东西南北中新长乐远福寿春秋武文定嘉祥瑞";

    private readonly string[] _templates =
    [
        Template(Path.Combine(from, "reports/zezhou/dpf/2024-budget.yaml"), format),
        Template(Path.Combine(from, "reports/changzhi/dpf/2024-budget.yaml"), format),
    ];

    private static readonly (string Name, string Code)[] TemplatePlaces = [("泽州县", "140525"), ("长治市", "140400")];

    public int Write(string folder, int count)
    {
        var random = new Random(seed);
        var departments = (count + Years.Length - 1) / Years.Length;
        var places = Places(departments, random);
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "site.yaml"), "title: 残疾人事业预算公开（合成数据）\nlanguage: zh-CN\ntheme: default\n");
        File.WriteAllText(Path.Combine(folder, "department-kinds.yaml"), "department_kinds:\n  - id: dpf\n    name: 残疾人联合会\n");
        var list = new StringBuilder("jurisdictions:\n");
        foreach (var place in places)
        {
            list.Append(CultureInfo.InvariantCulture, $"  - {{ code: \"{place.Code}\", name: {place.Name}, level: {place.Level}, slug: {place.Slug}")
                .Append(place.Parent is null ? " }\n" : $", parent: \"{place.Parent}\" }}\n");
        }

        File.WriteAllText(Path.Combine(folder, "jurisdictions.yaml"), list.ToString());
        var counties = places.Where(p => p.Level == "county").ToList();
        var written = 0;
        for (var d = 0; d < departments && written < count; d++)
        {
            foreach (var year in Years)
            {
                if (written == count)
                {
                    break;
                }

                var template = (d + year) % _templates.Length;
                var text = Adapt(_templates[template], TemplatePlaces[template], counties[d], year);
                var extension = format == ContentFormat.Json ? "json" : "yaml";
                var path = Path.Combine(folder, "reports", counties[d].Slug, "dpf", $"{year}-budget.{extension}");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                written++;
            }
        }

        return written;
    }

    /// <summary>A real report as text in the wanted format; JSON is the project's own canonical JSON of it.</summary>
    private static string Template(string path, ContentFormat format) =>
        format == ContentFormat.Json ? Encoding.UTF8.GetString(CanonicalJson.Write(path)!) : File.ReadAllText(path);

    /// <summary>Puts the report in another place and year: names, the jurisdiction code, the years in titles and dates.</summary>
    private static string Adapt(string template, (string Name, string Code) original, Place place, int year)
    {
        var text = template.Replace(original.Name, place.Name, StringComparison.Ordinal)
            .Replace($"jurisdiction: \"{original.Code}\"", $"jurisdiction: \"{place.Code}\"", StringComparison.Ordinal)
            .Replace($"\"jurisdiction\": \"{original.Code}\"", $"\"jurisdiction\": \"{place.Code}\"", StringComparison.Ordinal);
        var shift = 2024 - year;
        return shift == 0 ? text : YearPattern().Replace(text, m =>
            (int.Parse(m.Value, CultureInfo.InvariantCulture) - shift).ToString(CultureInfo.InvariantCulture));
    }

    private static List<Place> Places(int counties, Random random)
    {
        var places = new List<Place>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        // Two syllables while they last, then three: a national portal has more counties than two-syllable names.
        string Name(string suffix)
        {
            for (var attempt = 0; ; attempt++)
            {
                var length = attempt < 50 ? 2 : 3;
                var name = new string(Enumerable.Range(0, length).Select(_ => Syllables[random.Next(Syllables.Length)]).ToArray()) + suffix;
                if (names.Add(name))
                {
                    return name;
                }
            }
        }

        var cities = (counties + CountiesPerCity - 1) / CountiesPerCity;
        var provinces = (cities + CitiesPerProvince - 1) / CitiesPerProvince;
        var county = 0;
        for (var p = 0; p < provinces; p++)
        {
            var provinceCode = string.Create(CultureInfo.InvariantCulture, $"{11 + p:D2}0000");
            places.Add(new Place(provinceCode, Name("省"), "province", null, $"p{p + 1}"));
            for (var c = 0; c < CitiesPerProvince && county < counties; c++)
            {
                var cityCode = string.Create(CultureInfo.InvariantCulture, $"{11 + p:D2}{c + 1:D2}00");
                places.Add(new Place(cityCode, Name("市"), "city", provinceCode, $"p{p + 1}-c{c + 1}"));
                for (var k = 0; k < CountiesPerCity && county < counties; k++, county++)
                {
                    places.Add(new Place(string.Create(CultureInfo.InvariantCulture, $"{11 + p:D2}{c + 1:D2}{k + 1:D2}"), Name("县"), "county", cityCode, $"p{p + 1}-c{c + 1}-k{k + 1}"));
                }
            }
        }

        return places;
    }

    [GeneratedRegex(@"(?<![0-9])20(2[0-9])(?=[0-9]{0,10}(?![0-9]))")]
    private static partial Regex YearPattern();
}
