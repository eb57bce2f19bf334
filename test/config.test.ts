import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, EnvSchema, LOCAL_DEV_TENANT_ID, parseConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('configuration', () => {
  it('runs on the embedded store with defaults when nothing is configured', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3978);
    expect(config.store.kind).toBe('local');
    expect(config.bot.appId).toBeUndefined();
    expect(config.allowedTenantIds).toEqual([LOCAL_DEV_TENANT_ID]);
  });

  it('documents every key it reads in .env.example', () => {
    const documented = new Set([...readFileSync('.env.example', 'utf8').matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]));
    const keys = Object.keys(EnvSchema.shape);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !documented.has(k))).toEqual([]);
  });

  it('names the key when a value is wrong', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT:/)]);
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual([expect.stringMatching(/^LOG_LEVEL:/)]);
    expect(problemsOf({ ALLOWED_TENANT_IDS: 'contoso' })[0]).toMatch(/^ALLOWED_TENANT_IDS/);
    expect(problemsOf({ COSMOS_ENDPOINT: 'not a url' })[0]).toMatch(/^COSMOS_ENDPOINT/);
  });

  it('requires the app password and tenant with a single-tenant app id', () => {
    const problems = problemsOf({ MicrosoftAppId: '8c5f2d7e-4b1a-4f3e-9d2c-1a2b3c4d5e6f' });
    expect(problems.some((p) => p.startsWith('MicrosoftAppPassword'))).toBe(true);
    expect(problems.some((p) => p.startsWith('MicrosoftAppTenantId'))).toBe(true);
  });

  it('refuses a real Cosmos DB without bot authentication and without a tenant allow-list', () => {
    const problems = problemsOf({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' });
    expect(problems.some((p) => p.startsWith('MicrosoftAppId'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ALLOWED_TENANT_IDS'))).toBe(true);
  });

  it("allows the tab's local sign-in only on a loopback address", () => {
    expect(problemsOf({ TAB_DEV_SIGNIN: 'true' })[0]).toMatch(/^TAB_DEV_SIGNIN: needs HOST=127.0.0.1/);
    expect(parseConfig({ TAB_DEV_SIGNIN: 'true', HOST: '127.0.0.1' }).tab.devSignIn).toBe(true);
    expect(parseConfig({}).tab.devSignIn).toBe(false);
  });

  it("takes the tab's SSO audience from the app id and public host name, and has no audience without an app id", () => {
    const appId = '8c5f2d7e-4b1a-4f3e-9d2c-1a2b3c4d5e6f';
    const config = parseConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: appId, PUBLIC_HOSTNAME: 'advice.example.org' });
    expect(config.tab.audiences).toEqual([appId, `api://advice.example.org/${appId}`]);
    expect(parseConfig({}).tab.audiences).toEqual([]);
  });

  it('uses managed identity for Cosmos DB when no key is given', () => {
    const config = parseConfig({
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      MicrosoftAppId: '8c5f2d7e-4b1a-4f3e-9d2c-1a2b3c4d5e6f',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '0f1e2d3c-4b5a-4697-8877-665544332211',
      ALLOWED_TENANT_IDS: '0F1E2D3C-4B5A-4697-8877-665544332211, 1f1e2d3c-4b5a-4697-8877-665544332211',
    });
    expect(config.store).toMatchObject({ kind: 'cosmos', key: undefined });
    expect(config.allowedTenantIds).toEqual(['0f1e2d3c-4b5a-4697-8877-665544332211', '1f1e2d3c-4b5a-4697-8877-665544332211']);
  });

  it('takes the authentication endpoint overrides all together or not at all', () => {
    const problems = problemsOf({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/openid' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ToBotFromChannelTokenIssuer/),
        expect.stringMatching(/^ToChannelFromBotLoginUrl/),
        expect.stringMatching(/^ToChannelFromBotOAuthScope/),
      ]),
    );
  });

  it('refuses a login CA file that does not exist (it is read only on the first turn)', () => {
    expect(problemsOf({ BOT_LOGIN_CA_FILE: '/nonexistent/login-ca.pem' })).toEqual([expect.stringMatching(/^BOT_LOGIN_CA_FILE: names a file that does not exist/)]);
  });
});
