# syntax=docker/dockerfile:1
# Build: the SDK image restores and publishes the web app and the mrt command.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/ src/
RUN dotnet publish src/MaliRussiaTracker.Web/MaliRussiaTracker.Web.csproj -c Release -o /out/web -p:UseAppHost=false \
 && dotnet publish src/MaliRussiaTracker.Cli/MaliRussiaTracker.Cli.csproj -c Release -o /out/cli -p:UseAppHost=false

# Run: the ASP.NET runtime only, as the image's non-root "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /app/data /app/logs \
 && chown -R "$APP_UID" /app/data /app/logs
WORKDIR /app
COPY --from=build /out/web ./
COPY --from=build /out/cli ./cli/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__DataFolder=/app/data
USER $APP_UID
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD curl --fail --silent --show-error http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "MaliRussiaTracker.Web.dll"]
