using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BudgetSiteGen.Building;

/// <summary>
/// "K/N": this build renders the K-th of N parts of the site. A department belongs to the part given by a
/// hash of its key, so the split is the same on every machine and does not move when others are added.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec? shard)
    {
        shard = null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && k >= 1 && k <= n)
        {
            shard = new ShardSpec(k, n);
        }

        return shard is not null;
    }

    public bool Includes(DepartmentUnit unit) =>
        BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(unit.Key)), 0) % (uint)Count == (uint)(Index - 1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
