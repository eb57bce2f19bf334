import { describe, expect, it } from 'vitest';
import { DirectoryUnavailable } from '../../src/domain/errors.js';
import type { Setting } from '../../src/domain/setting.js';
import type { LeadDirectory, LeadMember, LeadsQueue } from '../../src/ports/directory.js';
import { createLeadMembership } from '../../src/queries/leads-access.js';

/** Who leads which setting, from the leads' teams (Teams is stood in for by a directory that counts its reads). */

const queue = (teamId: string): LeadsQueue => ({ teamId, channelId: `${teamId}-ch`, serviceUrl: 'https://smba.example/', botId: '28:bot', setBy: { id: 'x', displayName: 'X' }, setAt: '2026-11-01T09:00:00.000Z' });
const setting = (id: string, teamId?: string): Setting => ({ id, name: id, ...(teamId ? { leadsQueue: queue(teamId) } : {}) });

class CountingDirectory implements LeadDirectory {
  reads: string[] = [];
  failing = new Set<string>();
  constructor(private readonly rosters: Record<string, string[]>) {}
  isLead(): Promise<boolean> {
    return Promise.reject(new Error('not used'));
  }
  async leads(_tenantId: string, q: LeadsQueue): Promise<LeadMember[]> {
    this.reads.push(q.teamId);
    await new Promise((r) => setTimeout(r, 5));
    if (this.failing.has(q.teamId)) throw new DirectoryUnavailable();
    return (this.rosters[q.teamId] ?? []).map((id) => ({ id, accountId: `29:${id}`, displayName: id }));
  }
}

describe("leads' view membership", () => {
  const settings = [setting('main'), setting('a', 'team-a'), setting('b', 'team-b')];

  it('is a lead of the settings whose team has them (object ids compared without case); settings with no queue have no leads', async () => {
    const dir = new CountingDirectory({ 'team-a': ['ABC-1'], 'team-b': ['def-2'] });
    const m = createLeadMembership(dir, { cacheMs: 0 });
    expect((await m.settingsLedBy('t', 'abc-1', settings)).led.map((s) => s.id)).toEqual(['a']);
    expect((await m.settingsLedBy('t', 'nobody', settings)).led).toEqual([]);
  });

  it("keeps each team's list for cacheMs, reads it once for callers at the same moment, and forgets it after", async () => {
    let now = 0;
    const dir = new CountingDirectory({ 'team-a': ['u1'], 'team-b': ['u2'] });
    const m = createLeadMembership(dir, { cacheMs: 30_000, now: () => now });
    await Promise.all([m.settingsLedBy('t', 'u1', settings), m.settingsLedBy('t', 'u2', settings)]);
    expect(dir.reads.sort()).toEqual(['team-a', 'team-b']);
    now = 29_000;
    await m.settingsLedBy('t', 'u1', settings);
    expect(dir.reads).toHaveLength(2);
    now = 30_001;
    await m.settingsLedBy('t', 'u1', settings);
    expect(dir.reads).toHaveLength(4);
  });

  it('a team Teams did not answer for is counted, not taken as "not a lead", and not kept', async () => {
    const dir = new CountingDirectory({ 'team-a': ['u1'], 'team-b': ['u1'] });
    dir.failing.add('team-b');
    const m = createLeadMembership(dir, { cacheMs: 30_000, now: () => 0 });
    const first = await m.settingsLedBy('t', 'u1', settings);
    expect(first).toMatchObject({ unreachable: 1 });
    expect(first.led.map((s) => s.id)).toEqual(['a']);
    dir.failing.clear();
    const second = await m.settingsLedBy('t', 'u1', settings);
    expect(second).toMatchObject({ unreachable: 0 });
    expect(second.led.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('reads at most `concurrency` teams at once (50 settings in one organisation)', async () => {
    const many = Array.from({ length: 50 }, (_, i) => setting(`s${i}`, `team-${i}`));
    let inFlight = 0;
    let most = 0;
    const dir: LeadDirectory = {
      isLead: () => Promise.reject(new Error('not used')),
      async leads(_t, q) {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return q.teamId === 'team-49' ? [{ id: 'u', accountId: '29:u', displayName: 'U' }] : [];
      },
    };
    const led = await createLeadMembership(dir, { cacheMs: 0, concurrency: 8 }).settingsLedBy('t', 'u', many);
    expect(led.led.map((s) => s.id)).toEqual(['s49']);
    expect(most).toBeLessThanOrEqual(8);
  });
});
