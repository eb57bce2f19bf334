import type { Container, ItemDefinition } from '@azure/cosmos';
import { AlreadyExists, ConcurrencyConflict } from '../../domain/errors.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { timeout } from './timeouts.js';

type Doc = ItemDefinition & { id: string; tenantId: string };

/**
 * Read-modify-write guarded by the item's ETag: `change` sees the current document (or
 * undefined) and returns the next one, or undefined for "no change". A concurrent writer makes
 * the write fail with 412; we re-read and try again a few times, then give up with
 * ConcurrencyConflict so no update is ever lost silently.
 */
export async function readModifyWrite<T extends Record<string, unknown>>(
  container: Container,
  id: string,
  tenantId: string,
  what: string,
  change: (current: (T & { _etag?: string }) | undefined) => (T & { id: string }) | undefined,
  attempts = 5,
): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let current: (T & { _etag?: string }) | undefined;
    try {
      const { resource } = await container.item(id, tenantId).read<T & { _etag?: string }>({ abortSignal: timeout() });
      current = resource;
    } catch (err) {
      if (!isNotFound(err)) throw mapCosmosError(err, `read ${what}`);
    }
    const next = change(current);
    if (!next) return;
    const body = { ...next, tenantId } as unknown as Doc;
    try {
      if (current?._etag) {
        await container.item(id, tenantId).replace(body, {
          accessCondition: { type: 'IfMatch', condition: current._etag },
          abortSignal: timeout(),
        });
      } else {
        await container.items.create(body, { abortSignal: timeout() });
      }
      return;
    } catch (err) {
      const mapped = mapCosmosError(err, `write ${what}`);
      const retryable = mapped instanceof ConcurrencyConflict || mapped instanceof AlreadyExists;
      if (!retryable) throw mapped;
    }
  }
  throw new ConcurrencyConflict(what);
}
