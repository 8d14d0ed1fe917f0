using System.Text.RegularExpressions;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Binds site.yaml's registration: the numbers a government site must show, each checked against the form it
/// is issued in, since a mistyped one published on every page points readers at someone else's record.
/// </summary>
public sealed partial class RegistrationBinder(Scalars scalars)
{
    // The one-character abbreviations of the provinces, autonomous regions and municipalities that issue
    // filing numbers, with the alternative forms in use (川 and 蜀, 贵 and 黔, 云 and 滇, 陕 and 秦, 甘 and 陇).
    private const string Provinces = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新";

    public SiteRegistration? Bind(DataNode? node)
    {
        if (scalars.Mapping(node, "registration") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "registration", scalars.Sink, "organiser", "site_code", "icp_number", "public_security_number");
        var registration = new SiteRegistration(
            scalars.Text(f.Optional("organiser"), "registration.organiser"),
            Number(f.Optional("site_code"), "registration.site_code", SiteCodePattern(), "a website identification code (网站标识码)",
                "ten digits (the six-digit division code and four more), or bm and eight digits, quoted, such as \"1405250001\""),
            Number(f.Optional("icp_number"), "registration.icp_number", IcpPattern(), "an ICP filing number (ICP备案号)",
                "the number as issued, such as 晋ICP备12345678号 or 晋ICP备2024012345号-1"),
            Number(f.Optional("public_security_number"), "registration.public_security_number", PublicSecurityPattern(), "a public-security filing number (公安机关备案号)",
                "the number as issued, such as 晋公网安备14052502000001号 (fourteen digits)"));
        return registration is { Organiser: null, SiteCode: null, IcpNumber: null, PublicSecurityNumber: null } ? null : registration;
    }

    private string? Number(DataNode? node, string what, Regex pattern, string kind, string expected)
    {
        var text = scalars.Text(node, what)?.Trim();
        if (text is null || pattern.IsMatch(text))
        {
            return text;
        }

        scalars.Sink.Error(DiagnosticCodes.InvalidRegistrationNumber, node!.Line, node.Column, $"{what} '{text}' is not {kind}.", expected);
        return null;
    }

    [GeneratedRegex(@"^(?:[0-9]{10}|bm[0-9]{8})$")]
    private static partial Regex SiteCodePattern();

    [GeneratedRegex("^[" + Provinces + "]ICP备[0-9]{6,10}号(?:-[0-9]{1,3})?$")]
    private static partial Regex IcpPattern();

    [GeneratedRegex("^[" + Provinces + "]公网安备 ?[0-9]{14}号$")]
    private static partial Regex PublicSecurityPattern();
}
