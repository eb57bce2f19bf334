import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function runScan(input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ['scripts/scan.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): unknown[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('scan CLI', () => {
  it('writes one findings line per input line, in order, skipping blank lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "Kacper's mum rang" }),
      '',
      JSON.stringify({ id: 'b', text: 'nothing to see here' }),
      JSON.stringify({ id: 'c', text: 'dob 12/03/2019 tel 07700 900123' }),
    ].join('\n');
    const r = runScan(input + '\n');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { id: 'a', findings: [{ start: 0, end: 6, kind: 'NAME' }] },
      { id: 'b', findings: [] },
      {
        id: 'c',
        findings: [
          { start: 4, end: 14, kind: 'DATE' },
          { start: 19, end: 31, kind: 'PHONE' },
        ],
      },
    ]);
  });

  it('reports malformed lines in order with the line number, names the line on stderr and exits 1', () => {
    const input = [
      JSON.stringify({ id: 'ok1', text: 'hello' }),
      '{not json',
      JSON.stringify({ id: 'x', text: 42 }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'ok2', text: 'Mr Okafor' }),
    ].join('\n');
    const r = runScan(input);
    expect(r.status).toBe(1);
    const out = lines(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ id: 'ok1', findings: [] });
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(typeof out[1]?.error).toBe('string');
    expect(out[2]).toMatchObject({ id: 'x', line: 3 });
    expect(out[3]).toMatchObject({ id: null, line: 4 });
    expect(out[4]).toEqual({ id: 'ok2', findings: [{ start: 3, end: 9, kind: 'NAME' }] });
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 3/);
    expect(r.stderr).toMatch(/line 4/);
  });

  it('accepts empty input and exits 0', () => {
    const r = runScan('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
