using System.Text;
using System.Text.Json;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Bench.Scenarios;

namespace KnowledgeBot.Bench.Reporting;

/// <summary>
/// Writes <c>&lt;date&gt;.md</c> (with its charts and the raw <c>&lt;date&gt;.json</c>) in the results folder,
/// and the same report as <c>latest.md</c>, which the README links to.
/// </summary>
public static class ReportWriter
{
    public const string LatestName = "latest.md";

    /// <param name="analysis">Hand-written analysis (Markdown) appended to the report, if any.</param>
    public static string Write(BenchResults results, string folder, string? analysis)
    {
        Directory.CreateDirectory(folder);
        var name = results.Started.ToString("yyyy-MM-dd");
        var figures = new Figures(results);
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(results, new JsonSerializerOptions(Json.Options) { WriteIndented = true }));
        Charts.IndexingRate(figures, Path.Combine(folder, $"{name}-indexing-rate.png"));
        Charts.PeakMemory(figures, Path.Combine(folder, $"{name}-peak-memory.png"));
        Charts.SearchLatency(figures, Path.Combine(folder, $"{name}-search-latency.png"));

        var markdown = Render(figures, name, analysis);
        var report = Path.Combine(folder, name + ".md");
        File.WriteAllText(report, markdown);
        File.WriteAllText(Path.Combine(folder, LatestName), markdown);
        return report;
    }

    private static string Render(Figures figures, string name, string? analysis)
    {
        var results = figures.Results;
        var md = new StringBuilder();
        md.AppendLine($"# KnowledgeBot benchmarks, {name}").AppendLine();
        md.AppendLine($"Produced by `./bench.sh` from {results.Started:yyyy-MM-dd HH:mm} to {results.Finished:HH:mm} UTC ({results.Settings}). ");
        md.AppendLine($"Every figure is the median of the runs, with the lowest and highest run in brackets. Raw figures: [`{name}.json`]({name}.json).").AppendLine();

        Machine(md, results.Machine);
        Targets(md, figures);
        Indexing(md, figures, name);
        Search(md, figures, name);
        SideBySide(md, figures);
        Crawl(md, results.Crawls);
        BotLoad(md, results.BotLoad);

        md.AppendLine("## Noise").AppendLine();
        foreach (var note in results.Notes)
            md.AppendLine($"- {note}");
        md.AppendLine();
        if (!string.IsNullOrWhiteSpace(analysis))
            md.AppendLine("## Analysis").AppendLine().AppendLine(analysis.Trim()).AppendLine();
        return md.ToString();
    }

    private static void Machine(StringBuilder md, MachineDescription machine)
    {
        md.AppendLine("## Machine").AppendLine();
        md.AppendLine("| CPU | cores | memory | OS | .NET | GC |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        md.AppendLine($"| {machine.Cpu} | {machine.Cores} | {machine.MemoryBytes / 1073741824.0:N1} GiB | {machine.Os} | {machine.Runtime} | {machine.GcMode} |").AppendLine();
    }

    private static void Targets(StringBuilder md, Figures figures)
    {
        md.AppendLine("## Targets").AppendLine();
        md.AppendLine("| target | measured (our index) | status |").AppendLine("| --- | --- | --- |");
        foreach (var check in TargetCheck.All(figures))
        {
            var status = check.Status switch { TargetStatus.Met => "met", TargetStatus.Missed => "**missed**", _ => "not measured" };
            md.AppendLine($"| {check.Target} | {check.Measured} | {status} |");
        }
        md.AppendLine().AppendLine("Why a target is missed or not measured: see [Analysis](#analysis).").AppendLine();
    }

    private static void Indexing(StringBuilder md, Figures figures, string name)
    {
        md.AppendLine("## Indexing (cold build, one fresh process per run)").AppendLine();
        md.AppendLine("The corpus is read by the product's own sources (sample corpus and the service-public `particuliers` publications); ");
        md.AppendLine("synthetic sizes add fiche-like documents drawn from a word bigram model of the real fiches (vocabulary, sentence and section lengths), seeded. ");
        md.AppendLine("Baselines index whole documents: their *corpus passages/s* is the corpus's passage count (as our index cuts it) over their build time, so rates compare the same text.").AppendLine();
        md.AppendLine("*CPU (s)* is the process's CPU time, background merges included; *per CPU s* divides the corpus passages by it, which other processes sharing the cores do not slow down.").AppendLine();
        md.AppendLine("| size | engine | documents | passages indexed | time (s) | corpus passages/s | documents/s | CPU (s) | corpus passages per CPU s | index size | peak memory |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var size in figures.Sizes)
        {
            foreach (var engine in figures.Engines)
            {
                if (figures.IndexRuns(engine, size) is not { Count: > 0 } runs)
                    continue;
                md.AppendLine($"| {size} | {engine} | {runs[0].Documents:N0} | {runs[0].Passages:N0} | {Format.Of(figures.Index(engine, size, r => r.WallSeconds), "N1")} " +
                    $"| {Format.Of(figures.CorpusPassagesPerSecond(engine, size))} | {Format.Of(figures.Index(engine, size, r => r.DocumentsPerSecond))} " +
                    $"| {Format.Of(figures.Index(engine, size, r => r.CpuSeconds), "N1")} | {Format.Of(figures.CorpusPassagesPerCpuSecond(engine, size))} | {Format.Mebibytes(figures.Index(engine, size, r => r.IndexBytes))} " +
                    $"| {Format.Mebibytes(figures.Index(engine, size, r => r.PeakWorkingSetBytes))} |");
            }
        }
        md.AppendLine();
        md.AppendLine($"![Indexing rate vs corpus size]({name}-indexing-rate.png)").AppendLine();
        md.AppendLine($"![Peak memory while indexing]({name}-peak-memory.png)").AppendLine();
    }

    private static void Search(StringBuilder md, Figures figures, string name)
    {
        md.AppendLine("## Search and drafting (warm)").AppendLine();
        md.AppendLine("Each run opens the index in a fresh process for each evaluation file and warms up: it asks the file's questions in whole passes until 1,500 have been asked ");
        md.AppendLine("(Recall@5 and MRR@10 come from the first pass), so that the runtime has compiled the code optimized, as in a host that has served a while; ");
        md.AppendLine("then it times every question over the timed passes (fewer for a large file: at least 1,200 timed questions). Drafts are timed on the first file, the messages. ");
        md.AppendLine("Latencies are per question, top 10, in milliseconds.").AppendLine();
        md.AppendLine("*CPU* columns are the CPU time of the asking thread for the same calls: the service time, which other processes sharing the cores do not inflate.").AppendLine();
        md.AppendLine("| questions | size | engine | search p50 | search p95 | search p99 | search CPU p50 | search CPU p99 | draft p50 | draft p95 | draft p99 | draft CPU p99 | Recall@5 | MRR@10 |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var set in figures.QuestionSets)
        {
            foreach (var size in figures.Sizes)
            {
                foreach (var engine in figures.Engines)
                {
                    if (figures.QueryRuns(engine, size, set).Count == 0)
                        continue;
                    Spread? Of(Func<QueryRun, double?> figure) => figures.Query(engine, size, figure, set);
                    md.AppendLine($"| {set} | {size} | {engine} | {Ms(Of(q => q.Search.P50))} | {Ms(Of(q => q.Search.P95))} " +
                        $"| {Ms(Of(q => q.Search.P99))} | {Ms(Of(q => q.SearchCpu?.P50))} | {Ms(Of(q => q.SearchCpu?.P99))} " +
                        $"| {Ms(Of(q => q.Draft?.P50))} | {Ms(Of(q => q.Draft?.P95))} | {Ms(Of(q => q.Draft?.P99))} | {Ms(Of(q => q.DraftCpu?.P99))} " +
                        $"| {Format.Of(Of(q => q.RecallAt5), "0.000")} | {Format.Of(Of(q => q.MrrAt10), "0.000")} |");
                }
            }
        }
        md.AppendLine();
        md.AppendLine($"![Search latency vs corpus size]({name}-search-latency.png)").AppendLine();
    }

    private static void SideBySide(StringBuilder md, Figures figures)
    {
        const string ours = EngineCatalog.Ours;
        if (!figures.Engines.Contains(ours))
            return;
        md.AppendLine("## Side by side: the alternatives as ratios to our index").AppendLine();
        md.AppendLine("Time ratios above 1× mean the alternative takes longer than ours; quality ratios below 1× mean it finds less.").AppendLine();
        md.AppendLine("| questions | size | engine | build time | search p50 | search p99 | Recall@5 | MRR@10 |").AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var set in figures.QuestionSets)
        {
            foreach (var size in figures.Sizes)
            {
                foreach (var engine in figures.Engines.Where(e => e != ours))
                {
                    double? Ratio(Spread? theirs, Spread? our) => theirs is null || our is null || our.Median == 0 ? null : theirs.Median / our.Median;
                    double? QueryRatio(Func<QueryRun, double?> figure) => Ratio(figures.Query(engine, size, figure, set), figures.Query(ours, size, figure, set));
                    md.AppendLine($"| {set} | {size} | {engine} | {Format.Ratio(Ratio(figures.Index(engine, size, r => r.WallSeconds), figures.Index(ours, size, r => r.WallSeconds)))} " +
                        $"| {Format.Ratio(QueryRatio(q => q.Search.P50))} | {Format.Ratio(QueryRatio(q => q.Search.P99))} " +
                        $"| {Format.Ratio(QueryRatio(q => q.RecallAt5))} | {Format.Ratio(QueryRatio(q => q.MrrAt10))} |");
                }
            }
        }
        md.AppendLine();
        foreach (var engine in figures.Engines)
            md.AppendLine($"- `{engine}`: {EngineCatalog.Describe(engine)}");
        md.AppendLine();
    }

    private static void Crawl(StringBuilder md, IReadOnlyList<CrawlRun> crawls)
    {
        md.AppendLine("## Crawl on loopback").AppendLine();
        if (crawls.Count == 0)
        {
            md.AppendLine("Not measured in this run.").AppendLine();
            return;
        }
        md.AppendLine("The service-public publications rendered to static HTML, served on 127.0.0.1 by `scripts/serve-site.py`, crawled by `kb crawl` ");
        md.AppendLine($"with the politeness delay set to 0 (the crawler's `{CrawlScenario.Script}`, one fresh data folder per run). Target of the crawler issue: ≥ 200 pages/s.").AppendLine();
        md.AppendLine("| pages fetched | time (s) | pages/s | crawler peak memory |").AppendLine("| --- | --- | --- | --- |");
        md.AppendLine($"| {crawls[0].Pages:N0} | {Format.Of(Spread.Of(crawls.Select(c => c.WallSeconds)), "N1")} | {Format.Of(Spread.Of(crawls.Select(c => c.PagesPerSecond)))} | {Format.Mebibytes(Spread.Of(crawls.Select(c => (double)c.PeakWorkingSetBytes)))} |");
        md.AppendLine();
    }

    private static void BotLoad(StringBuilder md, IReadOnlyList<BotLoadRun> load)
    {
        md.AppendLine("## /api/messages under load").AppendLine();
        if (load.Count == 0)
        {
            md.AppendLine("Not measured in this run.").AppendLine();
            return;
        }
        md.AppendLine("The real web host started on 127.0.0.1; each conversation sends its turns one after the other (`deliveryMode: expectReplies`, so a turn's latency includes the bot's reply).").AppendLine();
        md.AppendLine("Turns/s and latencies count the turns the bot answered.").AppendLine();
        md.AppendLine("| concurrent conversations | turns | errors | turns/s | p50 | p99 | host peak memory |").AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var group in load.GroupBy(b => b.Concurrency).OrderBy(g => g.Key))
        {
            md.AppendLine($"| {group.Key} | {group.Sum(b => b.Turns):N0} | {group.Sum(b => b.Errors):N0} | {Format.Of(Spread.Of(group.Select(b => b.TurnsPerSecond)))} " +
                $"| {Ms(Spread.Of(group.Select(b => b.Latency.P50)))} | {Ms(Spread.Of(group.Select(b => b.Latency.P99)))} | {Format.Mebibytes(Spread.Of(group.Select(b => (double)b.HostPeakWorkingSetBytes)))} |");
        }
        md.AppendLine();
    }

    private static string Ms(Spread? spread) => Format.Of(spread, "0.00");
}
