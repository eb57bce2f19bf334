import type { Container } from '@azure/cosmos';
import { TenantSettingsSchema, type TenantSettings } from '../../domain/tenant.js';
import type { TenantSettingsRepository } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { readModifyWrite } from './etag.js';
import { timeout } from './timeouts.js';

const SETTINGS_ID = 'settings';

export class CosmosTenantSettingsRepository implements TenantSettingsRepository {
  /**
   * The last parsed settings per tenant, by ETag: settings are read on every turn, and a tenant's
   * own guidance pack takes milliseconds to validate. The same ETag is the same document, so the
   * cached value is exact; the read itself still happens every time.
   */
  private readonly parsed = new Map<string, { etag: string; value: TenantSettings }>();

  constructor(private readonly container: Container) {}

  async get(tenantId: string): Promise<TenantSettings> {
    try {
      const { resource } = await this.container.item(SETTINGS_ID, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      if (!resource) return { tenantId };
      const etag = typeof resource._etag === 'string' ? resource._etag : undefined;
      const cached = this.parsed.get(tenantId);
      if (etag && cached?.etag === etag) return cached.value;
      const value = TenantSettingsSchema.parse(resource);
      if (etag) this.parsed.set(tenantId, { etag, value });
      return value;
    } catch (err) {
      if (isNotFound(err)) return { tenantId };
      throw mapCosmosError(err, 'read tenant settings');
    }
  }

  async put(settings: TenantSettings): Promise<void> {
    await readModifyWrite<TenantSettings & { id: string }>(this.container, SETTINGS_ID, settings.tenantId, 'tenant settings', (current) => ({
      ...(current ?? {}),
      ...settings,
      id: SETTINGS_ID,
    }));
  }
}
