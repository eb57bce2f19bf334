import type { Container } from '@azure/cosmos';
import { TenantSettingsSchema, type TenantSettings } from '../../domain/tenant.js';
import type { TenantSettingsRepository } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { readModifyWrite } from './etag.js';
import { timeout } from './timeouts.js';

const SETTINGS_ID = 'settings';
/**
 * How long settings read by this instance are used without reading them again. Every turn needs
 * them (the guidance pack, the leads' queue), and they change rarely: a change made through this
 * instance is seen at once; one made elsewhere (`npm run tenant`, another instance) within this time.
 */
export const SETTINGS_FRESH_MS = 5_000;

export class CosmosTenantSettingsRepository implements TenantSettingsRepository {
  /**
   * The last parsed settings per tenant, by ETag: settings are read on every turn, and a tenant's
   * own guidance pack takes milliseconds to validate. The same ETag is the same document, so the
   * cached value is exact; within SETTINGS_FRESH_MS it is used without a read.
   */
  private readonly parsed = new Map<string, { etag: string; value: TenantSettings; at: number }>();

  constructor(
    private readonly container: Container,
    private readonly now: () => number = Date.now,
  ) {}

  async get(tenantId: string): Promise<TenantSettings> {
    const fresh = this.parsed.get(tenantId);
    if (fresh && this.now() - fresh.at < SETTINGS_FRESH_MS) return fresh.value;
    try {
      const { resource } = await this.container.item(SETTINGS_ID, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      if (!resource) return { tenantId };
      const etag = typeof resource._etag === 'string' ? resource._etag : undefined;
      const cached = this.parsed.get(tenantId);
      const value = etag && cached?.etag === etag ? cached.value : TenantSettingsSchema.parse(resource);
      if (etag) this.parsed.set(tenantId, { etag, value, at: this.now() });
      return value;
    } catch (err) {
      if (isNotFound(err)) return { tenantId };
      throw mapCosmosError(err, 'read tenant settings');
    }
  }

  async update(tenantId: string, change: (current: TenantSettings) => TenantSettings | undefined): Promise<TenantSettings | undefined> {
    this.parsed.delete(tenantId);
    let written: TenantSettings | undefined;
    await readModifyWrite<TenantSettings & { id: string }>(this.container, SETTINGS_ID, tenantId, 'tenant settings', (current) => {
      // The whole document is the change's answer (parsed: unknown and system fields dropped), so a field taken out stays out.
      const next = change(current ? TenantSettingsSchema.parse(current) : { tenantId });
      written = next ? TenantSettingsSchema.parse({ ...next, tenantId }) : undefined;
      return written ? { ...written, id: SETTINGS_ID } : undefined;
    });
    this.parsed.delete(tenantId);
    return written;
  }

  async put(settings: TenantSettings): Promise<void> {
    this.parsed.delete(settings.tenantId);
    await readModifyWrite<TenantSettings & { id: string }>(this.container, SETTINGS_ID, settings.tenantId, 'tenant settings', (current) => ({
      ...(current ?? {}),
      ...settings,
      id: SETTINGS_ID,
    }));
    this.parsed.delete(settings.tenantId);
  }
}
