using System.CommandLine;
using System.Text.Json;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb draft "MESSAGE" [--channel twitter|facebook|email|forum|widget] [--json]</c>: the best draft reply;
/// <c>kb draft --questions F</c>: one JSON object per line of an evaluation file, the draft fields and the line's id.
/// </summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var message = new Argument<string?>("message") { Description = "The incoming message, as the person wrote it", Arity = ArgumentArity.ZeroOrOne };
        var questions = new Option<string?>("--questions") { Description = "Evaluation file (JSON Lines): a draft for every line, one JSON object per line with its id" };
        var channel = new Option<Channel>("--channel") { Description = "Where the message came from: " + string.Join(", ", Enum.GetNames<Channel>().Select(n => n.ToLowerInvariant())), DefaultValueFactory = _ => Channel.Email };
        var json = new Option<bool>("--json") { Description = "JSON output: {text, sources, committee, triage, confidence}" };
        var all = new Option<bool>("--all") { Description = "Also print the alternative drafts" };
        var command = new Command("draft", "Draft a reply with sources and the committee referral") { message, channel, json, all, questions };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, token) =>
        {
            if (parseResult.GetValue(questions) is { } file)
            {
                var lines = EvalFileReader.Read(Path.GetFullPath(file));
                SearchCommand.EnsureIndexExists(services);
                var draftService = services.GetRequiredService<IDraftService>();
                foreach (var line in lines)
                {
                    token.ThrowIfCancellationRequested();
                    var best = draftService.Suggest(new IncomingMessage(line.Question, parseResult.GetValue(channel))).Best;
                    Console.Out.WriteLine(JsonSerializer.Serialize(ToJson(best, line.Id), OneLine));
                }
                return Task.FromResult(0);
            }
            if (parseResult.GetValue(message) is not { } text)
                throw new UserInputException("donnez un message entre guillemets, ou --questions FICHIER (kb draft --help)");
            SearchCommand.EnsureIndexExists(services);
            var suggestion = services.GetRequiredService<IDraftService>().Suggest(new IncomingMessage(text, parseResult.GetValue(channel)));
            var drafts = parseResult.GetValue(all) ? suggestion.Drafts : [suggestion.Best];
            if (parseResult.GetValue(json))
            {
                if (drafts.Count == 1)
                    CliJson.Write(ToJson(suggestion.Best));
                else
                    CliJson.Write(drafts.Select(ToJson));
            }
            else
                Print(suggestion, drafts);
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    /// <summary>The contract's shape; <c>sources</c> lists each source's URL, or its id for a past answer (no public page).</summary>
    private static readonly JsonSerializerOptions OneLine = new(CliJson.Options) { WriteIndented = false };

    private static object ToJson(Draft draft, string id) => new
    {
        Id = id,
        draft.Text,
        Sources = draft.Sources.Select(s => s.Url ?? s.Id),
        Committee = draft.Committee is null ? null : new { draft.Committee.Code, draft.Committee.Name },
        Triage = TriageLabels.Name(draft.Triage),
        draft.Confidence,
    };

    private static object ToJson(Draft draft) => new
    {
        draft.Text,
        Sources = draft.Sources.Select(s => s.Url ?? s.Id),
        Committee = draft.Committee is null ? null : new { draft.Committee.Code, draft.Committee.Name },
        Triage = TriageLabels.Name(draft.Triage),
        draft.Confidence,
        SourceDetails = draft.Sources.Select(s => new { s.Id, s.Url, s.Title, Kind = s.Kind.ToString().ToLowerInvariant(), Date = s.Date?.ToString("yyyy-MM-dd"), Stale = s.IsStale }),
    };

    private static void Print(DraftSuggestion suggestion, IReadOnlyList<Draft> drafts)
    {
        Console.Out.WriteLine($"triage : {TriageLabels.Name(suggestion.Triage)}   comité : {suggestion.Committee?.Name ?? "aucun"}   confiance : {suggestion.Best.Confidence:0.00}{(suggestion.IsLowConfidence ? " (faible)" : "")}");
        for (var i = 0; i < drafts.Count; i++)
        {
            Console.Out.WriteLine($"--- brouillon {i + 1} ---");
            Console.Out.WriteLine(drafts[i].Text);
            foreach (var source in drafts[i].Sources)
                Console.Out.WriteLine($"  [{source.Kind.ToString().ToLowerInvariant()}] {source.Url ?? source.Id}  {source.Date:yyyy-MM-dd}{(source.IsStale ? "  ANCIENNE" : "")}");
        }
    }
}
