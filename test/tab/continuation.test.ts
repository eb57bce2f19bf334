import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntraKeys } from '../kit/entra.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { reportDecision } from '../../src/jobs/reporting.js';
import { viewQuery } from '../../src/adapters/cosmos/reporting.js';
import { fnv1a36 } from '../../src/domain/codes.js';
import { DecisionFilterSchema, type DecisionPage } from '../../src/domain/reporting.js';
import { type TabError } from '../../src/domain/tab-api.js';
import type { DecisionRecord } from '../../src/domain/decision.js';
import { getFrom } from '../kit/http.js';

/**
 * The list's continuation tokens carry a keyed MAC (HMAC-SHA256 with the server's key): a token
 * recomputed or edited by hand is a 400, and one survives a restart only with TAB_CURSOR_KEY set.
 */

const CURSOR_KEY = 'a-test-cursor-key-that-is-long-enough-0123456789';

function errorOf(body: unknown): TabError {
  return body as TabError;
}

const get = (app: TestApp, path: string, token?: string) => getFrom(app.url, path, token);

/** Three decision records of the test tenant, written through the repositories. */
async function seedRecords(app: TestApp): Promise<void> {
  for (const n of [1, 2, 3]) {
    const at = new Date(Date.UTC(2026, 10, 20 + n, 10)).toISOString();
    const record: DecisionRecord = {
      id: `rec-sec-${n}:v1`,
      recordId: `rec-sec-${n}`,
      version: 1,
      tenantId: TEST_TENANT_ID,
      reference: `DEC-SEC${n}`,
      content: { decision: 'share', reasons: 'Reasons.', whatShared: 'x', recipients: ['police'], purpose: 'y', lawfulBasis: 'public_task', consent: 'given', personTold: 'yes', sharedHow: ['phone'], sharedOn: '2026-11-20' },
      decisionMaker: { id: `maker-${n}`, displayName: `Maker ${n}` },
      decidedAt: at,
      identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
      createdAt: at,
    };
    await app.app.store.decisions.createVersion(record);
    await reportDecision(TEST_TENANT_ID, record.recordId, app.app.deps);
  }
}

describe('continuation tokens', () => {
  const entra = new EntraKeys();

  beforeAll(async () => {
    await entra.start();
  });
  afterAll(async () => {
    await entra.stop();
  });

  async function firstPage(app: TestApp, manager: string): Promise<string> {
    const page = (await get(app, '/api/tab/decisions?pageSize=1', manager)).body as DecisionPage;
    expect(page.items).toHaveLength(1);
    expect(page.continuation).toEqual(expect.any(String));
    return page.continuation!;
  }

  it('refuses a token whose tag was recomputed by hand (the old unkeyed tag) with 400, and an edited MAC with 400', async () => {
    const app = await startTestApp({ ...entra.env() });
    try {
      await seedRecords(app);
      const manager = await entra.manager(TEST_TENANT_ID);
      const genuine = await firstPage(app, manager);
      expect((await get(app, `/api/tab/decisions?pageSize=1&continuation=${encodeURIComponent(genuine)}`, manager)).status).toBe(200);

      // What anyone can compute: the store's own wrapping of its continuation, tagged with an unkeyed hash of the query.
      const inner = JSON.parse(Buffer.from(genuine.split('.')[0]!, 'base64url').toString('utf8')) as { t: string };
      const tag = fnv1a36(JSON.stringify([viewQuery(TEST_TENANT_ID, DecisionFilterSchema.parse({})), 1]));
      const forged = Buffer.from(JSON.stringify({ t: inner.t, q: tag })).toString('base64url');
      const mac = genuine.split('.')[1] ?? '';
      const flipped = `${genuine.slice(0, -2)}${genuine.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const token of [forged, `${forged}.${mac}`, flipped, `${genuine}x`, `${genuine.split('.')[0]!}.`]) {
        const res = await get(app, `/api/tab/decisions?pageSize=1&continuation=${encodeURIComponent(token)}`, manager);
        expect(res.status, token).toBe(400);
        expect(errorOf(res.body).message).toMatch(/from the start/);
      }
    } finally {
      await app.stop();
    }
  });

  it('keeps a token valid across a restart only when TAB_CURSOR_KEY is set', async () => {
    for (const [env, after] of [
      [{ TAB_CURSOR_KEY: CURSOR_KEY }, 200],
      [{}, 400],
    ] as const) {
      const app = await startTestApp({ ...entra.env(), ...env });
      try {
        await seedRecords(app);
        const manager = await entra.manager(TEST_TENANT_ID);
        const token = await firstPage(app, manager);
        await app.restart();
        expect((await get(app, `/api/tab/decisions?pageSize=1&continuation=${encodeURIComponent(token)}`, manager)).status, JSON.stringify(env)).toBe(after);
      } finally {
        await app.stop();
      }
    }
  });
});

