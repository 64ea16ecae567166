using System.Globalization;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Triage.Model;

/// <summary>
/// The statistical model beside the concepts (<c>corpus/triage/model.tsv</c>, written by <c>kb triage --train</c>):
/// one logistic regression per label over word stems and pairs. It only ever adds a label the concepts missed, and says
/// which words weighed most, so that the label stays explainable.
/// </summary>
/// <param name="Danger">Among distress messages, how likely the danger level is (null when not trained).</param>
public sealed class TriageModel(IReadOnlyList<LabelModel> labels, LabelModel? danger = null)
{
    public const string FileName = "model.tsv";

    private const string DangerName = "danger";

    public IReadOnlyList<LabelModel> Labels { get; } = labels;

    public LabelModel? Danger { get; } = danger;

    public LabelModel? For(TriageLabel label) => Labels.FirstOrDefault(l => l.Label == label);

    /// <summary>Format: <c>label&lt;TAB&gt;threshold&lt;TAB&gt;value</c>, <c>label&lt;TAB&gt;bias&lt;TAB&gt;value</c>, then <c>label&lt;TAB&gt;feature&lt;TAB&gt;weight</c> lines.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            writer.WriteLine("# Triage model: one logistic regression per label (kb triage --train). label<TAB>feature<TAB>weight");
            foreach (var (name, label) in Labels.Select(l => (TriageLabels.Name(l.Label), l)).Concat(Danger is null ? [] : [(DangerName, Danger)]))
            {
                writer.WriteLine($"{name}\t#threshold\t{label.Threshold.ToString("R", CultureInfo.InvariantCulture)}");
                writer.WriteLine($"{name}\t#bias\t{label.Bias.ToString("R", CultureInfo.InvariantCulture)}");
                foreach (var (feature, weight) in label.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
                    writer.WriteLine($"{name}\t{feature}\t{weight.ToString("0.#####", CultureInfo.InvariantCulture)}");
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static TriageModel Read(string path)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>();
        var thresholds = new Dictionary<string, double>();
        var biases = new Dictionary<string, double>();
        const string expected = "label<TAB>feature<TAB>weight";
        foreach (var (line, fields) in TabSeparatedFile.Read(path, 3, expected))
        {
            if ((TriageLabels.TryParse(fields[0]) is null && fields[0] != DangerName)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new SourceFormatException(path, line, $"expected '{expected}'");
            var name = fields[0];
            switch (fields[1])
            {
                case "#threshold": thresholds[name] = value; break;
                case "#bias": biases[name] = value; break;
                default:
                    if (!weights.TryGetValue(name, out var map))
                        weights[name] = map = [];
                    map[fields[1]] = value;
                    break;
            }
        }
        LabelModel Model(string name) => new(TriageLabels.TryParse(name) ?? TriageLabel.Distress, biases.GetValueOrDefault(name),
            weights.GetValueOrDefault(name) ?? [], thresholds[name]);
        return new TriageModel([.. thresholds.Keys.Where(n => n != DangerName).Select(Model)],
            thresholds.ContainsKey(DangerName) ? Model(DangerName) : null);
    }
}
