using KnowledgeBot.Web.Dashboard;

namespace KnowledgeBot.Web.Tests.Dashboard;

public sealed class DashboardPeriodTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateOnly Today = new(2026, 12, 10);

    [Fact]
    public void Without_a_choice_the_period_is_the_last_30_days_today_included()
    {
        var (period, problem) = DashboardPeriod.Read(null, null, null, Today, Paris);

        Assert.Null(problem);
        Assert.Equal((new DateOnly(2026, 11, 11), Today, 30), (period!.FirstDay, period.LastDay, period.DayCount));
        Assert.Equal("periode=30", period.Query());
    }

    [Theory]
    [InlineData("7", 2026, 12, 4)]
    [InlineData("90", 2026, 9, 12)]
    public void A_preset_counts_back_from_today(string days, int year, int month, int day)
    {
        var (period, _) = DashboardPeriod.Read(days, "", "", Today, Paris);

        Assert.Equal(new DateOnly(year, month, day), period!.FirstDay);
        Assert.Equal(Today, period.LastDay);
    }

    [Fact]
    public void Dates_win_over_the_preset_and_cover_whole_days_in_Paris_time()
    {
        var (period, _) = DashboardPeriod.Read("7", "2021-03-01", "31/03/2021", Today, Paris);

        Assert.Null(period!.Preset);
        Assert.Equal(DateTimeOffset.Parse("2021-02-28T23:00:00Z"), period.Start);
        // Summer time started on 28 March: the end is midnight at UTC+2.
        Assert.Equal(DateTimeOffset.Parse("2021-03-31T22:00:00Z"), period.End);
        Assert.Equal(31, period.DayCount);
        Assert.Equal(new DateOnly(2021, 3, 1), period.DayOf(DateTimeOffset.Parse("2021-02-28T23:30:00Z")));
        Assert.Equal("du=2021-03-01&au=2021-03-31", period.Query());
    }

    [Theory]
    [InlineData(null, "2021-03-10", "2021-03-01", "La date de début (10/03/2021) est après la date de fin (01/03/2021).")]
    [InlineData(null, "demain", "2021-03-01", "« demain » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ (par exemple 2026-12-01).")]
    [InlineData(null, "2021-02-30", "2021-03-01", "« 2021-02-30 » n'est pas une date")]
    [InlineData(null, "2021-03-01", null, "Indiquez les deux dates")]
    [InlineData(null, "2020-01-01", "2021-03-01", "La période ne peut pas dépasser 366 jours (ici 426 jours)")]
    [InlineData(null, "0001-01-01", "0001-01-02", "Choisissez des dates entre l'an 2000 et l'an 2100.")]
    [InlineData("45", null, null, "La période doit être de 7, 30 ou 90 jours")]
    [InlineData("-7", null, null, "La période doit être de 7, 30 ou 90 jours")]
    public void Bad_input_says_what_is_wrong_in_french(string? days, string? from, string? to, string problem)
    {
        var (period, said) = DashboardPeriod.Read(days, from, to, Today, Paris);

        Assert.Null(period);
        Assert.StartsWith(problem, said);
    }

    [Fact]
    public void A_leap_year_fits_in_the_longest_period()
    {
        var (period, problem) = DashboardPeriod.Read(null, "2024-01-01", "2024-12-31", Today, Paris);

        Assert.Null(problem);
        Assert.Equal(366, period!.DayCount);
    }
}
