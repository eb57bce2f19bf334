import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../../src/config.js';
import { CONTAINERS } from '../../src/adapters/cosmos/containers.js';

/**
 * Bicep cannot be compiled here (infra/README.md), so what the templates must agree on with the code is
 * checked as text: the containers and their partition keys, the app settings (each a key the app reads),
 * and the identity choices (managed identity for the bot and Cosmos DB, no keys).
 */

const read = (path: string): string => readFileSync(new URL(`../../infra/${path}`, import.meta.url), 'utf8');
const cosmos = read('modules/cosmos.bicep');
const app = read('modules/app.bicep');
const bot = read('modules/bot.bicep');

/** Settings App Service or the Azure SDK read, not src/config.ts. */
const PLATFORM_SETTINGS = ['AZURE_CLIENT_ID', 'NODE_ENV', 'SCM_DO_BUILD_DURING_DEPLOYMENT'];

describe('infra/ agrees with the code', () => {
  it('creates every container the app uses, each partitioned by /tenantId', () => {
    const listed = /var containerNames = \[([^\]]*)\]/.exec(cosmos)?.[1]?.match(/'([^']+)'/g)?.map((s) => s.slice(1, -1)) ?? [];
    expect(listed.sort()).toEqual(Object.values(CONTAINERS).map((c) => c.id).sort());
    expect(new Set(Object.values(CONTAINERS).map((c) => c.partitionKey))).toEqual(new Set(['/tenantId']));
    expect(cosmos).toMatch(/paths: \[\s*'\/tenantId'\s*\]/);
  });

  it('gives the managed identity Cosmos DB Built-in Data Contributor and turns keys off', () => {
    expect(cosmos).toContain("'00000000-0000-0000-0000-000000000002'");
    expect(cosmos).toMatch(/sqlRoleAssignments@/);
    expect(cosmos).toMatch(/disableLocalAuth: true/);
    expect(app).not.toMatch(/COSMOS_KEY|MicrosoftAppPassword/);
  });

  it('sets only app settings the app reads (src/config.ts), plus the platform\'s own', () => {
    const names = [...app.matchAll(/\{ name: '([^']+)', value:/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    const known = new Set([...Object.keys(EnvSchema.shape), ...PLATFORM_SETTINGS]);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
    for (const required of ['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'COSMOS_ENDPOINT', 'ALLOWED_TENANT_IDS']) expect(names).toContain(required);
  });

  it('registers the bot with the user-assigned managed identity and the Teams channel', () => {
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    for (const p of ['msaAppId:', 'msaAppMSIResourceId:', 'msaAppTenantId:']) expect(bot).toContain(p);
    expect(bot).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(app).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(app).toMatch(/appCommandLine: 'node dist\/main\.js'/);
  });
});
