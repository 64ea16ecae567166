using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Evaluation;

/// <summary>
/// Runs evaluation questions through search (retrieval metrics) and, when a draft service is registered,
/// through drafting (referral and distress triage metrics).
/// </summary>
public sealed class Evaluator(IKnowledgeSearch search, IEnumerable<IDraftService> draftServices)
{
    private const int Depth = 10;

    public EvalReport Run(IReadOnlyList<EvalQuestion> questions)
    {
        var drafts = draftServices.FirstOrDefault();
        var results = questions.Select(question => Evaluate(question, drafts)).ToList();
        var ranked = results.Where(r => r.Question.Relevant.Values.Any(grade => grade > 0)).ToList();
        var drafted = results.Where(r => r.Triage is not null).ToList();
        var located = drafted.Where(r => r.Question.Department is not null).ToList();
        var unlocated = drafted.Where(r => r.Question.Department is null).ToList();
        var distress = drafted.Where(r => r.Question.Triage == TriageLabel.Distress).ToList();
        var flagged = drafted.Where(r => r.Triage == TriageLabel.Distress).ToList();

        return new EvalReport(
        [
            Mean("recall@5", ranked, r => r.RecallAt5!.Value),
            Mean("recall@10", ranked, r => RetrievalMetrics.RecallAt(Depth, r.Returned, r.Question.Relevant), inSummary: false),
            Mean("mrr@10", ranked, r => r.ReciprocalRank!.Value),
            Mean("ndcg@10", ranked, r => r.Ndcg!.Value),
            Mean("referral", located, r => r.ReferredDepartment == r.Question.Department ? 1 : 0),
            Mean("wrong_referral", unlocated, r => r.ReferredDepartment is not null ? 1 : 0),
            Mean("triage_recall", distress, r => r.Triage == TriageLabel.Distress ? 1 : 0),
            Mean("triage_precision", flagged, r => r.Question.Triage == TriageLabel.Distress ? 1 : 0),
        ], results);
    }

    private EvalQuestionResult Evaluate(EvalQuestion question, IDraftService? drafts)
    {
        var excluded = question.Exclude ?? new HashSet<string>();
        var hits = search.Search(new SearchRequest(question.Question, Depth + excluded.Count)).Where(hit => !excluded.Contains(hit.Id)).Take(Depth).ToList();
        var ids = hits.Select(hit => hit.Id).ToList();
        var graded = question.Relevant.Values.Any(grade => grade > 0);
        var suggestion = drafts?.Suggest(new IncomingMessage(question.Question));
        var committee = suggestion is null ? null : suggestion.Drafts.FirstOrDefault()?.Committee ?? suggestion.Committee;
        return new EvalQuestionResult(
            question,
            ids,
            hits.Select(hit => hit.Title).ToList(),
            graded ? RetrievalMetrics.RecallAt(5, ids, question.Relevant) : null,
            graded ? RetrievalMetrics.ReciprocalRankAt(Depth, ids, question.Relevant) : null,
            graded ? RetrievalMetrics.NdcgAt(Depth, ids, question.Relevant) : null,
            committee?.Code,
            suggestion?.Triage);
    }

    private static EvalMetric Mean(string name, IReadOnlyList<EvalQuestionResult> counted, Func<EvalQuestionResult, double> value, bool inSummary = true) =>
        new(name, counted.Count == 0 ? null : counted.Average(value), counted.Count, inSummary);
}
