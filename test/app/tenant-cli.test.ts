import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run tenant -- …` as an administrator uses it to set up settings, against a local store file of
 * its own: what it prints, what it refuses (exit 1, nothing written) and what it leaves in the store.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const TENANT = '6f2a9c1e-0d4b-4c8e-9a57-3b1d2e4f5a60';
const TEAM_A = '19:oakfield-leads@thread.tacv2';
const dir = mkdtempSync(join(tmpdir(), 'tenant-cli-'));

function tenant(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ['scripts/tenant.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LOCAL_STORE_FILE: join(dir, 'store.json'), COSMOS_ENDPOINT: '', LOG_LEVEL: 'warn' },
  });
  // The store's own warning ("LOCAL STORE … not for production") is a JSON log line; the command's output is the rest.
  const stdout = r.stdout.split('\n').filter((l) => !l.startsWith('{')).join('\n');
  return { status: r.status, stdout, stderr: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run tenant: settings', () => {
  it('adds settings, grants a leads team to one of them, sets a field, and lists them', () => {
    expect(tenant('setting-add', TENANT, 'oakfield', 'Oakfield Primary').status).toBe(0);
    expect(tenant('setting-add', TENANT, 'riverside', 'Riverside Nursery').status).toBe(0);
    expect(tenant('allow-leads-team', TENANT, TEAM_A, 'oakfield').status).toBe(0);
    expect(tenant('setting-set', TENANT, 'riverside', 'lado', '0113 222 3333').status).toBe(0);
    const listed = tenant('settings', TENANT);
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual([
      `oakfield\tOakfield Primary\tqueue: not set\tgranted teams: ${TEAM_A}`,
      'riverside\tRiverside Nursery\tqueue: not set\tgranted teams: none',
    ]);
  }, 120_000);

  it('refuses, naming the problem and changing nothing: a team granted elsewhere, a grant without a setting, a bad value, an unknown setting', () => {
    const before = tenant('settings', TENANT).stdout;
    const refusals: [string[], RegExp][] = [
      [['allow-leads-team', TENANT, TEAM_A, 'riverside'], /already granted to the setting oakfield/],
      [['allow-leads-team', TENANT, '19:another@thread.tacv2'], /2 settings: say which one/],
      [['setting-set', TENANT, 'riverside', 'front-door', 'call the office'], /front-door/],
      [['setting-set', TENANT, 'nowhere', 'hours', '9-5'], /no setting with id nowhere/],
      [['setting-add', TENANT, 'oakfield', 'Again'], /already exists/],
    ];
    for (const [args, problem] of refusals) {
      const r = tenant(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(problem);
    }
    expect(tenant('settings', TENANT).stdout).toBe(before);
  }, 180_000);
});
