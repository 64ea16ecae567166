using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Core.Tests.Committees;

/// <summary>The real locator over the shipped corpus (committees.json, communes.tsv, corpus/locator/), loaded once.</summary>
public sealed class LocatorFixture
{
    public LocatorFixture()
    {
        Committees = CommitteeDirectory.Load(KnowledgeBotHome.Resolve("corpus/committees.json"));
        Communes = CommuneDirectory.Load(KnowledgeBotHome.Resolve("corpus/communes.tsv"));
        Vocabulary = PlaceVocabulary.Load(KnowledgeBotHome.Resolve("corpus/locator"), Committees);
        Locator = new CommitteeLocator(Committees, Communes,
        [
            new PostalCodeRecognizer(Communes),
            new DepartmentNumberRecognizer(Committees, Communes),
            new AreaNameRecognizer(Vocabulary, Communes),
            new CommuneNameRecognizer(Communes, Vocabulary),
        ]);
    }

    public CommitteeDirectory Committees { get; }
    public CommuneDirectory Communes { get; }
    public PlaceVocabulary Vocabulary { get; }
    public ICommitteeLocator Locator { get; }

    public string? CommitteeFor(string message) => Locator.Locate(message)?.Committee.Code;
}
