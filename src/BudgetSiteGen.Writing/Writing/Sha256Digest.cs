using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BudgetSiteGen.Writing;

/// <summary>
/// A file's SHA-256 as four numbers rather than 64 characters of hex: the writer keeps one for every file of
/// the site until the manifest is written, so at a portal's size (a million files) this saves a hundred MB.
/// </summary>
public readonly record struct Sha256Digest(ulong A, ulong B, ulong C, ulong D)
{
    public static Sha256Digest Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return FromBytes(hash);
    }

    public static Sha256Digest Of(Stream content) => FromBytes(SHA256.HashData(content));

    /// <summary>The digest of a manifest line's hex; null when it is not 64 hex digits.</summary>
    public static Sha256Digest? Parse(string hex)
    {
        if (hex.Length != 64)
        {
            return null;
        }

        try
        {
            return FromBytes(Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Lower-case hex, as manifests and datapackage.json print it.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], D);
        return Convert.ToHexStringLower(bytes);
    }

    private static Sha256Digest FromBytes(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadUInt64BigEndian(hash),
        BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
}
