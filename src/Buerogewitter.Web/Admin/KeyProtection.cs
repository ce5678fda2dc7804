using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// The key ring that signs sign-in cookies and antiforgery tokens lives in the database, so that every
/// instance shares it. Whoever could read those keys could forge an administrator's cookie, so with
/// <c>DataProtection:Certificate:Path</c> (a PFX file with an RSA key) and <c>DataProtection:Certificate:Password</c>
/// each key is stored encrypted to that certificate, and keys stored in clear before are no longer trusted.
/// </summary>
public static partial class KeyProtection
{
    public const string PathSetting = "DataProtection:Certificate:Path";
    public const string PasswordSetting = "DataProtection:Certificate:Password";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var certificate = Certificate(configuration);
        var builder = services.AddDataProtection().SetApplicationName("buerogewitter");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeyStore>((options, store) => options.XmlRepository = new DatabaseXmlRepository(store, encryptedOnly: certificate is not null));
        if (certificate is null)
        {
            services.AddHostedService<UnprotectedKeysWarning>();
        }
        else
        {
            // Decryption names the certificate itself: on Linux it is in no certificate store to be found.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }

    private static X509Certificate2? Certificate(IConfiguration configuration)
    {
        var path = configuration[PathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting]);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{PathSetting} '{path}' cannot be loaded: {ex.Message.Split('\n')[0].Trim()}");
        }

        using var rsa = certificate.GetRSAPrivateKey();
        return rsa is not null
            ? certificate
            : throw new InvalidOperationException($"{PathSetting} '{path}' holds no RSA private key; the key ring needs one to be encrypted");
    }

    private sealed partial class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnprotected(logger, PathSetting, PasswordSetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "The keys that sign sign-in cookies are stored unencrypted in the database (data_protection_key): "
            + "anyone who can read it can forge an administrator's sign-in. Set {PathSetting} to a PFX file with an RSA key and {PasswordSetting} to its password.")]
        private static partial void LogUnprotected(ILogger logger, string pathSetting, string passwordSetting);
    }
}
