namespace CoachBot.Content;

/// <summary>Registers the content reload (<see cref="ContentReloader"/>), its options checked at start-up.</summary>
public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotContentReload(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ContentReloadOptions, ContentReloadOptionsValidator>()
            .Bind(configuration.GetSection(ContentReloadOptions.SectionName));
        services.AddHostedService<ContentReloader>();
        return services;
    }
}
