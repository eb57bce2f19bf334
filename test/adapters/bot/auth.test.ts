import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthServer } from '../../kit/auth.js';
import { FakeConnector } from '../../kit/connector.js';
import { startTestApp, type TestApp } from '../../kit/app.js';
import { personalMessage } from '../../kit/activities.js';
import { allowConsoleError } from '../../setup/no-console-error.js';

describe('the bot endpoint with Bot Framework authentication on', () => {
  const auth = new AuthServer();
  const connector = new FakeConnector();
  let app: TestApp;

  beforeAll(async () => {
    // botframework-connector logs these itself when it rejects a token; we answer 401 regardless.
    allowConsoleError(/jwt expired|jwt not active|invalid signature|Error finding key for token|jwt signature is required|invalid algorithm/i);
    await auth.start();
    await connector.start();
    // Like Teams, the connector only accepts the bot's messages with a token from the token service.
    connector.acceptToken = (token) => auth.isOutboundToken(token);
    app = await startTestApp(auth.env());
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await auth.stop();
  });
  beforeEach(() => connector.reset());

  it('accepts a valid channel token, runs the turn and replies through the connector with an outbound token', async () => {
    const activity = personalMessage(connector.url, { text: 'hello' });
    const token = await auth.mint({ serviceUrl: connector.url });
    const res = await app.post(activity, token);
    expect(res.status).toBe(200);
    const reply = await connector.waitFor((c) => c.kind === 'reply' || c.kind === 'send');
    expect(reply.authorization).toMatch(/^Bearer /);
    expect(auth.tokensIssued).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body)).toContain('Call 999');
  });

  const rejected: [string, () => Promise<string | undefined>][] = [
    ['no token', () => Promise.resolve(undefined)],
    ['a garbage token', () => Promise.resolve('not-a-jwt')],
    ['an unknown key id', () => auth.mint({ serviceUrl: connector.url, kid: 'unknown-kid' })],
    ['an expired token', () => auth.mint({ serviceUrl: connector.url, expiresInSeconds: -3600, notBeforeOffsetSeconds: -7200 })],
    ['the wrong audience', () => auth.mint({ serviceUrl: connector.url, audience: '00000000-0000-4000-8000-000000000000' })],
    ['the wrong issuer', () => auth.mint({ serviceUrl: connector.url, issuer: 'https://evil.example' })],
    ['a forged signature', () => auth.mint({ serviceUrl: connector.url, signWithUnpublishedKey: true })],
    ['alg none', () => auth.mintUnsigned(connector.url)],
    ['a serviceurl claim for another service', () => auth.mint({ serviceUrl: 'https://other.example/' })],
    ['a token not valid yet', () => auth.mint({ serviceUrl: connector.url, notBeforeOffsetSeconds: 3600 })],
    ['a token with no expiry', () => auth.mint({ serviceUrl: connector.url, omitExpiry: true })],
    ['a token with an unknown critical header', () => auth.mint({ serviceUrl: connector.url, header: { crit: ['x-unknown'], 'x-unknown': 1 } })],
    // Signed by the channel's own key, but shaped like an emulator token: the SDK would validate it on
    // its emulator path and reply (with the bot's outbound token) to any service URL it names.
    [
      'an emulator-shaped token signed with the channel key',
      () =>
        auth.mint({
          serviceUrl: connector.url,
          issuer: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
          extraClaims: { ver: '1.0', appid: auth.appId },
        }),
    ],
  ];

  it.each(rejected)('answers 401, never 500, and runs no bot logic for %s', async (_name, token) => {
    const before = app.logs.events().filter((e) => e === 'turn.handled').length;
    const res = await app.post(personalMessage(connector.url, { text: 'hello' }), await token());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    await new Promise((r) => setTimeout(r, 50));
    expect(connector.calls).toHaveLength(0);
    expect(app.logs.events().filter((e) => e === 'turn.handled').length).toBe(before);
  });

  it('refuses, with 403 and no bot logic, an activity whose conversation and channel data name different tenants', async () => {
    const activity = personalMessage(connector.url, { text: 'hello' });
    activity.channelData = { tenant: { id: '0b7e3a52-9c1d-4e8f-a6b2-3d4c5e6f7a80' } };
    const res = await app.post(activity, await auth.mint({ serviceUrl: connector.url }));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'TENANT_MISMATCH' });
    await new Promise((r) => setTimeout(r, 50));
    expect(connector.calls).toHaveLength(0);
  });
});
