using System.Globalization;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>
/// The days the dashboard and the export cover: whole calendar days in the CM's time zone, from <see cref="FirstDay"/>
/// to <see cref="LastDay"/> included, either the last 7, 30 or 90 days (today included) or dates the CM chose.
/// </summary>
/// <param name="Preset">The number of days chosen in the list; null for dates chosen one by one.</param>
public sealed record DashboardPeriod(DateOnly FirstDay, DateOnly LastDay, TimeZoneInfo Zone, int? Preset = null)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public static IReadOnlyList<int> Presets { get; } = [7, 30, 90];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => Midnight(FirstDay);

    /// <summary>The instant after the period (the next day's midnight).</summary>
    public DateTimeOffset End => Midnight(LastDay.AddDays(1));

    public int DayCount => LastDay.DayNumber - FirstDay.DayNumber + 1;

    public IEnumerable<DateOnly> Days() => Enumerable.Range(0, DayCount).Select(FirstDay.AddDays);

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>The calendar day an instant falls on in the CM's time zone.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The query string that asks for this period again (for the export link).</summary>
    public string Query() => Preset is { } days
        ? $"periode={days}"
        : $"du={FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&au={LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The period the CM asked for, or what is wrong with the request, in French.</summary>
    /// <param name="days">« 7 », « 30 » or « 90 »; empty: <see cref="DefaultDays"/>. Ignored when dates are given.</param>
    /// <param name="from">The first day, AAAA-MM-JJ (as a date field sends it) or JJ/MM/AAAA.</param>
    /// <param name="to">The last day, included.</param>
    public static (DashboardPeriod? Period, string? Problem) Read(string? days, string? from, string? to, DateOnly today, TimeZoneInfo zone)
    {
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
            return Between(from, to, zone);
        if (string.IsNullOrWhiteSpace(days))
            return (Last(DefaultDays, today, zone), null);
        return int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && Presets.Contains(count)
            ? (Last(count, today, zone), null)
            : (null, "La période doit être de 7, 30 ou 90 jours, ou aller d'une date à une autre.");
    }

    private static DashboardPeriod Last(int days, DateOnly today, TimeZoneInfo zone) => new(today.AddDays(1 - days), today, zone, days);

    private static (DashboardPeriod? Period, string? Problem) Between(string? from, string? to, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            return (null, "Indiquez les deux dates de la période : la date de début et la date de fin.");
        if (ParseDay(from) is not { } first)
            return (null, NotADate(from));
        if (ParseDay(to) is not { } last)
            return (null, NotADate(to));
        if (first.Year < 2000 || last.Year > 2100)
            return (null, "Choisissez des dates entre l'an 2000 et l'an 2100.");
        if (first > last)
            return (null, $"La date de début ({Show(first)}) est après la date de fin ({Show(last)}).");
        var period = new DashboardPeriod(first, last, zone);
        return period.DayCount > MaxDays
            ? (null, $"La période ne peut pas dépasser {MaxDays} jours (ici {period.DayCount} jours) : choisissez des dates plus proches.")
            : (period, null);
    }

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string NotADate(string text)
    {
        var shown = text.Trim();
        if (shown.Length > 20)
            shown = shown[..20] + "…";
        return $"« {shown} » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ (par exemple 2026-12-01).";
    }

    private static string Show(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    private DateTimeOffset Midnight(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone));
}
