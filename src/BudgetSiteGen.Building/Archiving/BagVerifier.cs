using System.Globalization;
using System.Security.Cryptography;

namespace BudgetSiteGen.Archiving;

/// <summary>
/// Checks a BagIt bag the way an archivist's tool would, as a folder or as the zip of one: the declaration,
/// that every payload file is in the manifest and every manifest line matches its file's SHA-256, the tag
/// manifest, that no file is missing or added, and the Payload-Oxum. Returns the problems found; none means
/// the bag is complete and unaltered.
/// </summary>
public static class BagVerifier
{
    private const string Declaration = "bagit.txt";
    private const string Manifest = "manifest-sha256.txt";
    private const string TagManifest = "tagmanifest-sha256.txt";
    private const string Info = "bag-info.txt";
    private const string Payload = "data/";

    /// <summary>Verifies the bag at <paramref name="path"/>: a zip file, or a folder.</summary>
    public static IReadOnlyList<string> Verify(string path)
    {
        if (File.Exists(path))
        {
            try
            {
                using var zip = new BagZip(path);
                return Verify(zip);
            }
            catch (InvalidDataException e)
            {
                return [$"{Path.GetFileName(path)} is not a readable zip: {e.Message}"];
            }
        }

        if (!Directory.Exists(path))
        {
            return [$"{path} is neither a bag folder nor a zip of one"];
        }

        using var folder = new BagFolder(path);
        return Verify(folder);
    }

    public static IReadOnlyList<string> Verify(IBagFiles bag)
    {
        var problems = new List<string>(bag.Problems);
        if (!bag.Files.Contains(Declaration) || !ReadText(bag, Declaration).StartsWith("BagIt-Version: 1.0\n", StringComparison.Ordinal))
        {
            problems.Add($"{Declaration} is missing or does not declare BagIt 1.0");
        }

        var payload = bag.Files.Where(f => f.StartsWith(Payload, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var listed = CheckManifest(bag, Manifest, f => f.StartsWith(Payload, StringComparison.Ordinal), problems);
        problems.AddRange(payload.Where(f => !listed.Contains(f)).Order(StringComparer.Ordinal).Select(f => $"{f} is in the payload but not in the manifest"));
        var tags = CheckManifest(bag, TagManifest, f => !f.StartsWith(Payload, StringComparison.Ordinal) && f != TagManifest, problems);
        var unlistedTags = bag.Files.Where(f => !f.StartsWith(Payload, StringComparison.Ordinal) && f is not (Declaration or TagManifest) && !tags.Contains(f));
        problems.AddRange(unlistedTags.Order(StringComparer.Ordinal).Select(f => $"{f} is in the bag but not in {TagManifest}"));

        var oxum = bag.Files.Contains(Info)
            ? ReadText(bag, Info).Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("Payload-Oxum: ", StringComparison.Ordinal))
            : null;
        var actual = string.Create(CultureInfo.InvariantCulture, $"Payload-Oxum: {payload.Sum(bag.Length)}.{payload.Count}");
        if (oxum != actual)
        {
            problems.Add($"{Info} says '{oxum}', the payload is '{actual}'");
        }

        return problems;
    }

    /// <summary>Checks every line of a manifest; returns the files it lists.</summary>
    private static HashSet<string> CheckManifest(IBagFiles bag, string name, Func<string, bool> belongs, List<string> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (!bag.Files.Contains(name))
        {
            problems.Add($"{name} is missing");
            return listed;
        }

        var number = 0;
        foreach (var line in ReadText(bag, name).Split('\n').Select(l => l.TrimEnd('\r')))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            // "HASH PATH": 64 hex digits, whitespace, the path (RFC 8493, section 2.1.3).
            var file = line.Length > 65 && line[..64].All(Uri.IsHexDigit) && line[64] is ' ' or '\t' ? line[64..].TrimStart(' ', '\t') : string.Empty;
            if (file.Length == 0)
            {
                problems.Add($"{name} line {number} is not 'SHA-256  path'");
                continue;
            }

            if (!belongs(file) || file.Split('/').Any(p => p is "" or "." or ".."))
            {
                problems.Add($"{name} line {number} lists '{file}', which is not a file it may list");
                continue;
            }

            listed.Add(file);
            if (!bag.Files.Contains(file))
            {
                problems.Add($"{file} is listed in {name} but missing");
            }
            else if (!string.Equals(Hash(bag, file), line[..64], StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file} does not match its checksum in {name}");
            }
        }

        return listed;
    }

    private static string Hash(IBagFiles bag, string file)
    {
        using var stream = bag.Open(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string ReadText(IBagFiles bag, string file)
    {
        using var reader = new StreamReader(bag.Open(file));
        return reader.ReadToEnd();
    }
}
