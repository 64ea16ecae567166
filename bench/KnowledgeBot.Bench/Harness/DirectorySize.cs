namespace KnowledgeBot.Bench.Harness;

public static class DirectorySize
{
    public static long Of(string path) =>
        Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;
}
