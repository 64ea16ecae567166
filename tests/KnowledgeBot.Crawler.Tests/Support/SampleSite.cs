using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Crawler.Tests.Support;

/// <summary>The sample website shipped in <c>corpus/site/</c> and its ground truth, <c>PAGES.tsv</c>.</summary>
public static class SampleSite
{
    public const string Origin = "https://asso.example.org";

    public static string Directory { get; } = Path.Combine(KnowledgeBotHome.Locate(), "corpus", "site");

    public static IReadOnlyList<PageRow> Pages { get; } = File.ReadLines(Path.Combine(Directory, "PAGES.tsv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(f => new PageRow(f[0], f[1], f[2], f[3], f[4]))
        .ToList();

    public static IReadOnlySet<string> VettedCanonicalUrls { get; } =
        Pages.Where(p => p.Status == "vetted").Select(p => p.CanonicalUrl).ToHashSet();

    public static byte[] Bytes(string relativeFile) => File.ReadAllBytes(Path.Combine(Directory, relativeFile));

    public static Uri UrlOf(string path) => new(Origin + path);
}

public sealed record PageRow(string Path, string File, string CanonicalUrl, string Status, string Title);
