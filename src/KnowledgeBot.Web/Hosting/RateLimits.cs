using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// Per-client (IP address, behind a configured proxy the forwarded one) limits on the public routes, one bucket per
/// route family so that a patient's posts never lock the CM out of the login; over the limit the client gets 429 with
/// <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public const string Messages = "messages";
    public const string BotMessages = "bot-messages";
    public const string Polling = "polling";
    public const string Login = "login";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Messages, context => PerClient(context, Messages, o => o.MessagesPerMinute));
            limiter.AddPolicy(BotMessages, context => PerClient(context, BotMessages, o => o.BotMessagesPerMinute));
            limiter.AddPolicy(Polling, context => PerClient(context, Polling, o => o.PollsPerMinute));
            limiter.AddPolicy(Login, context => PerClient(context, Login, o => o.LoginsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, Func<WebOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = Window,
            QueueLimit = 0,
        });
    }
}
