namespace KnowledgeBot.Core.Committees;

/// <summary>One way people write where they live (postal code, commune, department...).</summary>
public interface IPlaceRecognizer
{
    IEnumerable<PlaceMatch> Recognize(PlaceText text);
}
