namespace BudgetSiteGen.Publishing;

/// <summary>
/// Checks a BagIt bag the way an archivist's tool would: the declaration, that every payload file is in the
/// manifest and every manifest line matches its file's SHA-256, the tag manifest, and the Payload-Oxum.
/// Returns the problems found; none means the bag is complete and unaltered.
/// </summary>
public static class BagVerifier
{
    public static IReadOnlyList<string> Verify(string bag)
    {
        var problems = new List<string>();
        var declaration = Path.Combine(bag, "bagit.txt");
        if (!File.Exists(declaration) || !File.ReadAllText(declaration).StartsWith("BagIt-Version: 1.0\n", StringComparison.Ordinal))
        {
            problems.Add("bagit.txt is missing or does not declare BagIt 1.0");
        }

        var payload = Directory.Exists(Path.Combine(bag, "data"))
            ? Directory.EnumerateFiles(Path.Combine(bag, "data"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(bag, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : [];
        var listed = CheckManifest(bag, "manifest-sha256.txt", problems);
        problems.AddRange(payload.Where(f => !listed.Contains(f)).Order(StringComparer.Ordinal).Select(f => $"{f} is in the payload but not in the manifest"));
        CheckManifest(bag, "tagmanifest-sha256.txt", problems);

        var info = Path.Combine(bag, "bag-info.txt");
        var oxum = File.Exists(info) ? File.ReadAllLines(info).FirstOrDefault(l => l.StartsWith("Payload-Oxum: ", StringComparison.Ordinal)) : null;
        var actual = $"Payload-Oxum: {payload.Sum(f => new FileInfo(Path.Combine(bag, f)).Length)}.{payload.Count}";
        if (oxum != actual)
        {
            problems.Add($"bag-info.txt says '{oxum}', the payload is '{actual}'");
        }

        return problems;
    }

    private static HashSet<string> CheckManifest(string bag, string name, List<string> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(bag, name);
        if (!File.Exists(path))
        {
            problems.Add($"{name} is missing");
            return listed;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            var hash = line[..64];
            var file = line[66..];
            listed.Add(file);
            var full = Path.Combine(bag, file);
            if (!File.Exists(full))
            {
                problems.Add($"{file} is listed in {name} but missing");
            }
            else if (BagWriter.Hash(full) != hash)
            {
                problems.Add($"{file} does not match its checksum in {name}");
            }
        }

        return listed;
    }
}
