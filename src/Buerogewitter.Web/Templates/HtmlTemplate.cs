using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Buerogewitter.Web.Templates;

/// <summary>
/// Renders a Razor component to a whole HTML document outside any request: the report, the before/after page,
/// the mails and the 429 page are written as markup and encoded by the renderer, the same in the web app, the
/// jobs and the verbs.
/// </summary>
public static class HtmlTemplate
{
    // The renderer's own services: only its encoder and logging. Umlauts and dashes stay characters, as on the
    // app's pages, so a report file or mail stays readable (and searchable) as text; markup is still encoded.
    private static readonly Lazy<HtmlRenderer> Renderer = new(() =>
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        return new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
    });

    /// <summary>The component's HTML; <typeparamref name="TComponent"/> takes its data as one <c>Model</c> parameter.</summary>
    public static Task<string> RenderAsync<TComponent, TModel>(TModel model)
        where TComponent : IComponent
    {
        var renderer = Renderer.Value;
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
        return renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>(parameters)).ToHtmlString());
    }
}
