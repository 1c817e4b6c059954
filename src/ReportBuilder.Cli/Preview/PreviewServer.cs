using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBuilder.Cli.Preview;

/// <summary>
/// The live preview of <c>watch --serve</c>: a page showing the draft's pages beside its problems, told of each rebuild
/// by server-sent events. Kestrel (the shared framework's, slim builder) listens on 127.0.0.1 only; one request
/// delegate routes every path (the page, its script and style, the state, the events, the PDF, the PNG pages and the HTML
/// edition under <c>/html/</c>), with no reflection-based binding, so the server is as AOT-safe as the rest of the tool.
/// </summary>
/// <remarks>
/// A page on the reader's own machine is still reachable by any site the reader visits (DNS rebinding): requests whose
/// Host is not this server's loopback address are refused, and the page's Content-Security-Policy allows only itself.
/// Problems come from the report folder, so they are sent as JSON and placed with <c>textContent</c>, never as HTML.
/// </remarks>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The HTML edition's own policy (its meta tag says the same), sent as a header too: no script at all, nothing from
    /// elsewhere, and only this preview may frame it.
    /// </summary>
    private const string EditionPolicy =
        "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>Where the HTML edition is served from memory: <c>/html/</c> is its <c>index.html</c>.</summary>
    private const string EditionPrefix = "/html/";

    private readonly WebApplication _app;
    private readonly PreviewState _state;
    private readonly string _title;

    private PreviewServer(WebApplication app, PreviewState state, string title, Uri address)
    {
        _app = app;
        _state = state;
        _title = title;
        Address = address;
    }

    /// <summary>Where the preview is, such as <c>http://127.0.0.1:5173/</c>.</summary>
    public Uri Address { get; }

    /// <param name="port">0 for any free port.</param>
    /// <param name="title">The report folder's name, for the page's title.</param>
    public static async Task<PreviewServer> StartAsync(PreviewState state, int port, string title, CancellationToken cancellationToken)
    {
        // No settings from the current directory or the environment: the server listens where this code says only.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        // The port is known only once Kestrel listens: a request that comes sooner waits for the server to exist.
        var ready = new TaskCompletionSource<PreviewServer>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Run(async context => await (await ready.Task).HandleAsync(context));
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new PreviewServer(app, state, title, new Uri($"http://127.0.0.1:{new Uri(bound).Port}/"));
        ready.SetResult(server);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        if (!IsOwnHost(request.Host))
        {
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        var snapshot = _state.Current;
        switch (path)
        {
            case "/":
                response.Headers.ContentSecurityPolicy = Policy;
                await Send(response, "text/html; charset=utf-8",
                    Encoding.UTF8.GetBytes(PreviewAssets.Page.Replace("{{title}}", WebUtility.HtmlEncode(_title), StringComparison.Ordinal)));
                return;
            case "/preview.js":
                await Send(response, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
                return;
            case "/preview.css":
                await Send(response, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Style));
                return;
            case "/state":
                await Send(response, "application/json; charset=utf-8", StateJson(snapshot));
                return;
            case "/draft.pdf" when snapshot.Pdf is { } pdf:
                await Send(response, "application/pdf", pdf);
                return;
            case "/events":
                await StreamEvents(context);
                return;
        }
        if (path.StartsWith(EditionPrefix, StringComparison.Ordinal)
            && snapshot.Html.TryGetValue(path.Length == EditionPrefix.Length ? "index.html" : path[EditionPrefix.Length..], out var file))
        {
            response.Headers.ContentSecurityPolicy = EditionPolicy;
            await Send(response, EditionContentType(path), file);
            return;
        }
        if (path.StartsWith("/pages/", StringComparison.Ordinal) && path.EndsWith(".png", StringComparison.Ordinal)
            && int.TryParse(path["/pages/".Length..^".png".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= snapshot.Pages.Count)
        {
            await Send(response, "image/png", snapshot.Pages[number - 1]);
            return;
        }
        response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>The edition holds a page, its style sheet and SVG charts; anything else is sent as bytes to download, never run.</summary>
    private static string EditionContentType(string path) => Path.GetExtension(path == EditionPrefix ? "index.html" : path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private bool IsOwnHost(HostString host) =>
        host.Port == Address.Port && host.Host is "127.0.0.1" or "localhost";

    private static async Task Send(HttpResponse response, string contentType, byte[] body)
    {
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    /// <summary>One <c>build</c> event per rebuild carrying its number, and a comment now and then to keep proxies and the browser from closing the stream.</summary>
    private async Task StreamEvents(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        using var subscription = _state.Subscribe();
        var aborted = context.RequestAborted;
        await WriteEvent(response, $"retry: 1000\nevent: build\ndata: {_state.Current.Build}\n\n", aborted);
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(KeepAlive);
                try
                {
                    if (!await subscription.Builds.WaitToReadAsync(wait.Token)) return;
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await WriteEvent(response, ": still watching\n\n", aborted);
                    continue;
                }
                while (subscription.Builds.TryRead(out var build))
                    await WriteEvent(response, $"event: build\ndata: {build}\n\n", aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the watch ended.
        }
    }

    private static async Task WriteEvent(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The page's view of a snapshot; the problems' words go out as JSON strings, never as markup.</summary>
    internal static byte[] StateJson(PreviewSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("build", snapshot.Build);
            json.WriteNumber("pagesBuild", snapshot.PagesBuild);
            json.WriteNumber("pages", snapshot.Pages.Count);
            json.WriteBoolean("html", snapshot.Html.ContainsKey("index.html"));
            json.WriteBoolean("written", snapshot.Written);
            json.WriteNumber("errors", snapshot.Problems.Count(p => p.IsError));
            json.WriteNumber("warnings", snapshot.Problems.Count(p => !p.IsError));
            json.WriteNumber("elapsedMs", (long)snapshot.Elapsed.TotalMilliseconds);
            if (snapshot.Changed is null) json.WriteNull("changed");
            else json.WriteString("changed", snapshot.Changed);
            json.WriteStartArray("problems");
            foreach (var problem in snapshot.Problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.Span.File);
                json.WriteNumber("line", problem.Span.Line);
                json.WriteNumber("column", problem.Span.Column);
                json.WriteString("severity", problem.IsError ? "error" : "warning");
                json.WriteString("code", problem.Code);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        // Open event streams end when the server stops; two seconds is plenty for them to notice.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }
}
