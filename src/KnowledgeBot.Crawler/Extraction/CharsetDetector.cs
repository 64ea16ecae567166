using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBot.Crawler.Extraction;

/// <summary>
/// Picks the encoding of an HTML byte stream the way browsers do: byte order mark, then the charset of the
/// HTTP Content-Type header, then a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration near the top,
/// then UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// </summary>
public static partial class CharsetDetector
{
    // Browsers only prescan the start of the document for a meta declaration; 1024 bytes in the HTML
    // standard. We look a little further for pages with long comments before <head>.
    private const int PrescanBytes = 4096;

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(ReadOnlySpan<byte> content, string? headerCharset)
    {
        if (FromByteOrderMark(content) is { } bom)
            return bom;
        if (FromLabel(headerCharset) is { } header)
            return header;
        if (FromMetaDeclaration(content) is { } meta)
            return meta;
        return IsValidUtf8(content) ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
    }

    public static string Decode(ReadOnlySpan<byte> content, string? headerCharset)
    {
        var encoding = Detect(content, headerCharset);
        var preamble = encoding.Preamble;
        if (preamble.Length > 0 && content.StartsWith(preamble))
            content = content[preamble.Length..];
        return encoding.GetString(content);
    }

    /// <summary>Maps a charset label to an encoding, with the WHATWG aliases (latin1 means windows-1252); null when unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return new UTF8Encoding(false);
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252":
                return Encoding.GetEncoding(1252);
            // A meta declaration cannot really mean UTF-16 (it was read as ASCII); browsers use UTF-8.
            case "utf-16" or "utf-16le" or "utf-16be":
                return new UTF8Encoding(false);
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(true);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static Encoding? FromMetaDeclaration(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (MetaCharset().Match(meta.Value) is { Success: true } charset && FromLabel(charset.Groups[1].Value) is { } encoding)
                return encoding;
        }
        return null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> content) => System.Text.Unicode.Utf8.IsValid(content);

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
