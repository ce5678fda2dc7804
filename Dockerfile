# The buerogewitter executable in a container; used by docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Buerogewitter.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The priority scorer reads Debian's German–English dictionary; chart fonts are embedded in the app.
RUN apt-get update && apt-get install -y --no-install-recommends trans-de-en && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "buerogewitter.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
