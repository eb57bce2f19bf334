import { readFile } from 'node:fs/promises';
import type { TestApp } from './app.js';

/** Every document of every container of the local store, each container's documents sorted by id. */
export type StoreDocuments = Record<string, Record<string, unknown>[]>;

/**
 * The local store's snapshot file after the work owed so far (background tasks) is done and the
 * store is flushed: exactly what the store holds, as text. Empty when nothing was ever written.
 */
export async function storeText(app: TestApp): Promise<string> {
  await app.app.tasks.drain();
  await app.app.store.flush();
  try {
    return await readFile(app.storeFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** Every document the store holds, by container. */
export async function storeDocuments(app: TestApp): Promise<StoreDocuments> {
  const text = await storeText(app);
  if (!text) return {};
  const snapshot = JSON.parse(text) as { containers: Record<string, { items: Record<string, unknown>[] }> };
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
  return Object.fromEntries(Object.entries(snapshot.containers).map(([name, c]) => [name, [...c.items].sort(byId)]));
}

/** The containers whose documents differ between two snapshots (added, removed or changed documents). */
export function changedContainers(before: StoreDocuments, after: StoreDocuments): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => JSON.stringify(before[n] ?? []) !== JSON.stringify(after[n] ?? []));
}
