using System.Diagnostics;
using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>Runs in a fresh process: one cold build of one engine's index over one corpus size.</summary>
public static class IndexingMeasurement
{
    public static async Task<IndexRun> MeasureAsync(string engineName, CorpusSize size, int seed, string directory, CancellationToken cancellationToken)
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);

        // The product's own sources read the real corpus, whatever the engine.
        using var product = BenchServices.Build(directory);
        var sources = product.GetServices<IDocumentSource>().ToList();
        var corpus = await BenchCorpus.PrepareAsync(sources, product.GetRequiredService<PassageChunker>(), size, seed, cancellationToken);
        using var engine = EngineCatalog.Create(engineName, directory);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        var baseline = self.WorkingSet64;
        var before = ProcessUsage.Now();
        var load = MachineDescription.ReadLoadAverage();

        var clock = Stopwatch.StartNew();
        var counts = await engine.BuildAsync(corpus.ReadAsync(cancellationToken), cancellationToken);
        clock.Stop();

        var used = ProcessUsage.Now().Since(before);
        return new IndexRun(engineName, size.Name, counts.Documents, counts.Passages, clock.Elapsed.TotalSeconds, used.CpuSeconds,
            DirectorySize.Of(directory), baseline, used.PeakWorkingSetBytes, used.AllocatedBytes, used.Gen2, used.GcPauseSeconds, load);
    }
}
