namespace BudgetSiteGen.Model;

/// <summary>
/// What a Chinese government website shows at the foot of every page: its organiser (主办单位), its website
/// identification code (网站标识码), its ICP filing number (ICP备案号) and its public-security filing number
/// (公安机关备案号). Each is optional; the footer shows those given, as written.
/// </summary>
public sealed record SiteRegistration(string? Organiser, string? SiteCode, string? IcpNumber, string? PublicSecurityNumber)
{
    /// <summary>The fourteen digits of the public-security number, by which its record is found on beian.mps.gov.cn.</summary>
    public string? PublicSecurityRecordCode =>
        PublicSecurityNumber is null ? null : string.Concat(PublicSecurityNumber.Where(char.IsAsciiDigit));
}
