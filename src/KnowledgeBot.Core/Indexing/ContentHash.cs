using System.Security.Cryptography;
using System.Text;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// A fingerprint of everything indexed about a document (and of the index schema): a document whose hash
/// has not changed is not re-indexed.
/// </summary>
internal static class ContentHash
{
    public static string Of(Document document)
    {
        var text = new StringBuilder()
            .Append(IndexFields.SchemaVersion).Append('\u0001')
            .Append(document.Id).Append('\u0001').Append(document.Url).Append('\u0001')
            .Append(document.Title).Append('\u0001').Append(document.Kind).Append('\u0001')
            .Append(document.Modified?.ToString("O")).Append('\u0001').Append(document.Status).Append('\u0001')
            .Append(document.SupersededBy).Append('\u0001').Append(document.Question).Append('\u0001')
            .Append(document.Description).Append('\u0001').AppendJoin('\u0002', document.Tags).Append('\u0001')
            .AppendJoin('\u0002', document.References).Append('\u0001');
        foreach (var section in document.Sections)
            text.Append(section.Heading).Append('\u0002').Append(section.Text).Append('\u0001');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
