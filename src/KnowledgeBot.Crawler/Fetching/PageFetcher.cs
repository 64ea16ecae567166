using System.Net;
using System.Net.Http.Headers;
using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Fetching;

/// <summary>
/// GETs one URL politely: per-host throttle, conditional request, redirects followed by hand (limit and loop
/// detection, each hop vetted by the caller), HTML only, body streamed and abandoned past the size limit.
/// Retries and timeouts are the HttpClient's resilience pipeline.
/// </summary>
public sealed class PageFetcher(HttpClient http, HostThrottle throttle, int maxRedirects, long maxBytes)
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    /// <param name="admitRedirect">Checks a redirect target before it is requested; a reason stops the fetch.</param>
    public async Task<FetchResult> FetchPageAsync(
        Uri url, Validators? validators, string userAgent, Func<Uri, ValueTask<SkipReason?>> admitRedirect, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri> { url };
        var current = url;
        for (var hop = 0; hop <= maxRedirects; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
            if (hop == 0 && validators is not null)
            {
                if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                    request.Headers.IfNoneMatch.Add(tag);
                if (validators.LastModified is { } modified)
                    request.Headers.IfModifiedSince = modified;
            }

            using var response = await SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                var next = new Uri(current, location);
                if (!visited.Add(next))
                    return Failed(current, status, SkipReason.RedirectLoop(next));
                if (await admitRedirect(next) is { } refused)
                    return Failed(next, status, refused);
                current = next;
                continue;
            }
            // A 304 we did not ask for carries no page: it falls through to the error case below.
            if (response.StatusCode == HttpStatusCode.NotModified && hop == 0 && validators is not null)
                return new FetchResult(current, status, null, null, validators, [], null);
            if (!response.IsSuccessStatusCode)
                return Failed(current, status, SkipReason.HttpStatus(status));

            var contentType = response.Content.Headers.ContentType;
            if (contentType?.MediaType is { } mediaType && !HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
                return Failed(current, status, SkipReason.NotHtml(mediaType));
            if (response.Content.Headers.ContentLength > maxBytes)
                return Failed(current, status, SkipReason.TooLarge(maxBytes));
            var body = await ReadLimitedAsync(response.Content, cancellationToken);
            if (body is null)
                return Failed(current, status, SkipReason.TooLarge(maxBytes));

            return new FetchResult(
                current, status, body, contentType?.CharSet,
                new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified),
                response.Headers.TryGetValues("X-Robots-Tag", out var tags) ? tags.ToList() : [],
                null);
        }
        return Failed(current, 0, SkipReason.TooManyRedirects(maxRedirects));
    }

    /// <summary>GETs a small resource (robots.txt, sitemap) whatever its type; follows up to <paramref name="redirects"/> redirects.</summary>
    public async Task<(int Status, byte[]? Body)> FetchResourceAsync(Uri url, string userAgent, long limit, int redirects, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; hop <= redirects; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            using var response = await SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                current = new Uri(current, location);
                continue;
            }
            if (!response.IsSuccessStatusCode)
                return (status, null);
            return (status, await ReadLimitedAsync(response.Content, cancellationToken, limit, truncate: true));
        }
        // RFC 9309 2.3.1.2: past the redirect limit, the resource counts as unavailable, like a 404.
        return (404, null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (await throttle.EnterAsync(request.RequestUri!.Authority, cancellationToken))
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken) =>
        ReadLimitedAsync(content, cancellationToken, maxBytes, truncate: false);

    // Reads at most limit bytes; past it, either stops there (truncate) or gives up (null) without reading the rest.
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken, long limit, bool truncate)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                if (!truncate)
                    return null;
                buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                break;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FetchResult Failed(Uri url, int status, SkipReason reason) =>
        new(url, status, null, null, new Validators(null, null), [], reason);
}
