import { readFileSync } from 'node:fs';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { MsalServiceClientCredentialsFactory, type BotFrameworkAuthentication } from 'botframework-connector';
import type { BotAuthConfig } from '../../config.js';

/**
 * Bot Framework authentication from configuration. With no app id the endpoint is open (local
 * playground only; config refuses that next to a real Cosmos DB). With endpoint overrides, all
 * of them are set together (the SDK switches to "parameterized" mode on any one) and outbound
 * tokens come from the configured login URL through MSAL — loaded only then: botframework-connector has its
 * own copy for the usual clouds, and this one costs start-up time and memory where nothing uses it.
 */
export async function createBotAuthentication(config: BotAuthConfig): Promise<BotFrameworkAuthentication> {
  const base = {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : 'MultiTenant',
    MicrosoftAppTenantId: config.appTenantId ?? '',
  };
  const ep = config.endpoints;
  if (!ep || !config.appId) return new ConfigurationBotFrameworkAuthentication(base);

  const [{ ConfidentialClientApplication }, { networkClientTrusting }] = await Promise.all([import('@azure/msal-node'), import('./msal-network.js')]);
  const loginUrl = new URL(ep.loginUrl);
  const authority = loginUrl.href.replace(/\/$/, '');
  const cca = new ConfidentialClientApplication({
    auth: {
      clientId: config.appId,
      clientSecret: config.appPassword ?? '',
      authority,
      knownAuthorities: [loginUrl.host],
      // Given up front so MSAL does not try Microsoft's discovery hosts for a private login URL.
      authorityMetadata: JSON.stringify({
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        issuer: `${authority}/v2.0`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
      }),
    },
    system: ep.loginCaFile ? { networkClient: networkClientTrusting(readFileSync(ep.loginCaFile, 'utf8')) } : {},
  });
  const credentials = new MsalServiceClientCredentialsFactory(
    config.appId,
    // botframework-connector types its own nested msal-node copy; the method it calls
    // (acquireTokenByClientCredential) is the same in both major versions.
    cca as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1],
  );
  return new ConfigurationBotFrameworkAuthentication(
    {
      ...base,
      ToBotFromChannelOpenIdMetadataUrl: ep.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: ep.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: ep.tokenIssuer,
      ToChannelFromBotLoginUrl: ep.loginUrl,
      ToChannelFromBotOAuthScope: ep.oauthScope,
      OAuthUrl: ep.loginUrl,
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: false,
    },
    credentials,
  );
}
