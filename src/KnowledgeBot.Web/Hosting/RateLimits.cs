using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Hosting;

/// <summary>Per-client (IP address) limits on the public routes; over the limit the client gets 429.</summary>
public static class RateLimits
{
    public const string Messages = "messages";
    public const string Polling = "polling";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Messages, context => PerClient(context, o => o.MessagesPerMinute));
            limiter.AddPolicy(Polling, context => PerClient(context, o => o.PollsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<WebOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
