using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Demo;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Reports;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Demo;
using Buerogewitter.Web.Pulses;
using Buerogewitter.Web.Reports;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Buerogewitter.Web.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything Buerogewitter needs, for the web host and the command-line verbs alike.</summary>
    public static IServiceCollection AddBuerogewitter(this IServiceCollection services, IConfiguration configuration)
    {
        // Tried, so a test host can put a fake clock in first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Db.FromSettings(
            configuration["Database:Provider"], configuration.GetConnectionString("Buerogewitter")));
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<OrganisationStore>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<StrategyAdminStore>();
        services.AddSingleton<TemplateAdminStore>();
        services.AddSingleton<AdminUserStore>();
        services.AddSingleton<IPasswordHasher<AdminUser>, PasswordHasher<AdminUser>>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoAccounts>();
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<AnalysisStore>();
        services.AddSingleton<WaveAnalysis>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportDeliveryStore>();
        services.AddSingleton<ReportMail>();
        services.AddSingleton<WorkshopStore>();
        services.AddSingleton<WorkshopRecordStore>();
        services.AddSingleton<WorkshopComparison>();
        services.AddSingleton<MeasureOwnerMail>();
        services.AddPulses(configuration);
        return services;
    }

    /// <summary>appsettings.json in the working directory, then environment variables (e.g. <c>Database__Provider</c>).</summary>
    public static IConfigurationRoot BuildConfiguration() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
