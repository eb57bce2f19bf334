import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../../kit/connector.js';
import { startTestApp, type TestApp } from '../../kit/app.js';
import { channelMessage, personalMessage } from '../../kit/activities.js';

describe('the HTTP edge', () => {
  const connector = new FakeConnector();
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ MAX_BODY_BYTES: '65536' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => connector.reset());

  it('reports the process alive on /healthz and the store reachable on /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready while the store is unreachable, and ready again when it is back', async () => {
    app.app.store.local?.setAvailable(false);
    try {
      const res = await fetch(`${app.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'store-unreachable' });
    } finally {
      app.app.store.local?.setAvailable(true);
    }
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await app.post('{"type": "message", ');
    expect(res.status).toBe(400);
  });

  it('answers a body that is not an activity with 400 and a code', async () => {
    const res = await app.post({ hello: 'world' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_ACTIVITY' });
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const res = await app.post(personalMessage(connector.url, { text: 'x'.repeat(100_000) }));
    expect(res.status).toBe(413);
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await app.post('type=message', undefined, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('gives a tenant not on the allow-list no service and logs only its id', async () => {
    const stranger = '9e9e9e9e-1111-4222-8333-444455556666';
    const res = await app.post(personalMessage(connector.url, { text: 'Jayden is being hurt at home', tenantId: stranger }));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'TENANT_NOT_ALLOWED' });
    expect(connector.calls).toHaveLength(0);
    const refused = app.logs.lines.find((l) => l.event === 'tenant.refused');
    expect(refused?.tenantId).toBe(stranger);
    expect(app.logs.raw).not.toContain('Jayden');
  });

  it('answers a 1:1 message with the welcome card and an @mention in a channel with a pointer to the 1:1 chat', async () => {
    expect((await app.post(personalMessage(connector.url, { text: 'hi' }))).status).toBe(200);
    expect((await app.post(channelMessage(connector.url))).status).toBe(200);
    const [personal, channel] = connector.activitiesTo();
    expect(JSON.stringify(personal)).toContain('Call 999');
    expect(channel?.text).toMatch(/1:1 chat/);
  });

  it('never writes message text to the logs', async () => {
    const secret = 'Kacper Nowak DOB 12/03/2017 lives at 4 Elm Road';
    await app.post(personalMessage(connector.url, { text: secret }));
    expect(app.logs.raw).not.toContain('Kacper');
    expect(app.logs.raw).not.toContain('Elm Road');
    expect(app.logs.lines.some((l) => l.event === 'turn.handled' && typeof l.turnId === 'string')).toBe(true);
  });
});
