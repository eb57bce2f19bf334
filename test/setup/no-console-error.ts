import { afterEach, beforeEach, vi } from 'vitest';

/**
 * An unexpected console.error is a defect: it fails the test that caused it. The Bot Framework
 * SDK writes some rejected-token diagnostics with console.error itself; a test that provokes
 * those on purpose names them with `allowConsoleError`.
 */
const ALLOWED = Symbol.for('test.allowedConsoleErrors');
type Registry = { [ALLOWED]?: RegExp[] };

export function allowConsoleError(...patterns: RegExp[]): void {
  const g = globalThis as Registry;
  g[ALLOWED] = [...(g[ALLOWED] ?? []), ...patterns];
}

let calls: string[] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  const allowed = (globalThis as Registry)[ALLOWED] ?? [];
  const unexpected = calls.filter((c) => !allowed.some((p) => p.test(c)));
  if (unexpected.length > 0) throw new Error(`unexpected console.error: ${unexpected.join('\n')}`);
});
