import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntraKeys, MANAGER_ROLE, TEAMS_DESKTOP_CLIENT, TEAMS_WEB_CLIENT, TEST_APP_ID } from '../kit/entra.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import type { TabError } from '../../src/domain/tab-api.js';
import { getFrom } from '../kit/http.js';

/**
 * Which Entra tokens count as a manager's Teams sign-in: a delegated (user) token for the tab's
 * scope, issued to a Teams client or an allow-listed one. App-only tokens, other scopes and other
 * client apps are refused before the role is looked at.
 */

const EXTRA_CLIENT = 'cccccccc-1111-4222-8333-cccccccccccc';

function errorOf(body: unknown): TabError {
  return body as TabError;
}

const get = (app: TestApp, path: string, token?: string) => getFrom(app.url, path, token);

describe('Teams SSO tokens for the tab', () => {
  const entra = new EntraKeys();
  let app: TestApp;

  beforeAll(async () => {
    await entra.start();
    app = await startTestApp({ ...entra.env(), TAB_ALLOWED_CLIENT_IDS: EXTRA_CLIENT });
  });
  afterAll(async () => {
    await app.stop();
    await entra.stop();
  });

  it('accepts a manager signed in through Teams desktop, mobile or web, in a v2.0 or a v1 token, and an allow-listed client', async () => {
    for (const token of [
      await entra.manager(TEST_TENANT_ID, { clientId: TEAMS_DESKTOP_CLIENT }),
      await entra.manager(TEST_TENANT_ID, { clientId: TEAMS_WEB_CLIENT }),
      await entra.manager(TEST_TENANT_ID, { clientId: TEAMS_DESKTOP_CLIENT, issuer: `https://sts.windows.net/${TEST_TENANT_ID}/` }),
      await entra.manager(TEST_TENANT_ID, { clientId: EXTRA_CLIENT }),
      await entra.manager(TEST_TENANT_ID, { scp: 'User.Read access_as_user', idtyp: 'user' }),
    ]) {
      expect((await get(app, '/api/tab/me', token)).status).toBe(200);
    }
  });

  const refused: [string, () => Promise<string>][] = [
    ['app-only: no scp, the manager role in roles, idtyp app', () => entra.manager(TEST_TENANT_ID, { omit: ['scp'], idtyp: 'app', clientId: 'dddddddd-1111-4222-8333-dddddddddddd' })],
    ['app-only by idtyp, even with a scope', () => entra.manager(TEST_TENANT_ID, { idtyp: 'app' })],
    ['without a scope (no scp)', () => entra.manager(TEST_TENANT_ID, { omit: ['scp'] })],
    ['for another scope of the app', () => entra.manager(TEST_TENANT_ID, { scp: 'User.Read access_as_admin' })],
    ['with the scope only as part of another word', () => entra.manager(TEST_TENANT_ID, { scp: 'access_as_user_extra' })],
    ['issued to another client app (azp)', () => entra.manager(TEST_TENANT_ID, { clientId: 'dddddddd-1111-4222-8333-dddddddddddd' })],
    ['naming no client app at all', () => entra.manager(TEST_TENANT_ID, { omit: ['azp'] })],
    ['in v1 form, issued to another client app (appid)', () => entra.manager(TEST_TENANT_ID, { issuer: `https://sts.windows.net/${TEST_TENANT_ID}/`, clientId: 'dddddddd-1111-4222-8333-dddddddddddd' })],
  ];
  it.each(refused)('refuses a token %s with 401, before any record is read', async (_name, token) => {
    const res = await get(app, '/api/tab/decisions', await token());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(errorOf(res.body).code).toBe('unauthenticated');
    expect(JSON.stringify(res.body)).not.toContain('items');
    const denied = app.logs.lines.filter((l) => l.event === 'tab.denied').at(-1);
    expect(denied?.reason).toMatch(/^(app_only|scope|client)$/);
  });

  it('logs which check refused a token, by code only', async () => {
    await get(app, '/api/tab/me', await entra.manager(TEST_TENANT_ID, { clientId: 'dddddddd-1111-4222-8333-dddddddddddd' }));
    const denied = app.logs.lines.filter((l) => l.event === 'tab.denied').at(-1);
    expect(denied).toMatchObject({ reason: 'client', status: 401 });
    expect(JSON.stringify(denied)).not.toContain('dddddddd');
  });

  it('still refuses a staff member with the right scope and client with 403, and a wrong audience with 401', async () => {
    expect((await get(app, '/api/tab/me', await entra.mint({ tenantId: TEST_TENANT_ID }))).status).toBe(403);
    expect((await get(app, '/api/tab/me', await entra.manager(TEST_TENANT_ID, { audience: `api://elsewhere/${TEST_APP_ID}` }))).status).toBe(401);
    expect(MANAGER_ROLE).toBe('Safeguarding.Manager');
  });
});

