using KnowledgeBot.Core.Indexing;

namespace KnowledgeBot.Cli.Commands;

/// <summary>Prints indexing speed (documents and passages per second) as the index reports it.</summary>
internal sealed class IndexingProgress(TextWriter output) : IProgress<IndexProgress>
{
    public void Report(IndexProgress value)
    {
        var seconds = Math.Max(value.Elapsed.TotalSeconds, 0.001);
        output.WriteLine(
            $"  {value.Documents} documents ({value.Documents / seconds:0}/s), {value.Passages} passages written ({value.Passages / seconds:0}/s)");
    }
}
