using System.CommandLine;
using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb acronyms --out FILE</c>: reads every configured source (site, past answers, fiches) and writes the acronyms
/// they define, in the synonyms format, both ways (« aah » finds « allocation aux adultes handicapés » and back).
/// </summary>
internal static class AcronymsCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The file to write (e.g. corpus/acronyms.tsv)", Required = true };
        var command = new Command("acronyms", "Mine the acronyms the vetted content defines, as query-time synonyms") { output };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, async (services, token) =>
        {
            var texts = new List<string>();
            foreach (var source in services.GetServices<IDocumentSource>())
                await foreach (var document in source.ReadAsync(token))
                    texts.Add(string.Join("\n", document.Sections.Select(s => s.Text).Prepend(document.Title)));
            var acronyms = AcronymMiner.Mine(texts);
            var lines = new List<string>
            {
                $"# Acronyms the vetted content defines itself (kb acronyms, {texts.Count:N0} documents): acronym<TAB>long form, and back.",
                "# Generated: do not edit by hand; lay terms go to synonyms.tsv.",
            };
            foreach (var (acronym, longForm) in acronyms.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                lines.Add($"{acronym}\t{longForm}");
                lines.Add($"{longForm}\t{acronym}");
            }
            var path = Path.GetFullPath(parseResult.GetValue(output)!);
            await File.WriteAllLinesAsync(path + ".tmp", lines, token);
            File.Move(path + ".tmp", path, overwrite: true);
            Console.Out.WriteLine($"{acronyms.Count} acronyms from {texts.Count:N0} documents written to {path}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
