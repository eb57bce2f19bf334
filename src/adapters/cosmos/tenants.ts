import type { Container } from '@azure/cosmos';
import { TenantSettingsSchema, type TenantSettings } from '../../domain/tenant.js';
import type { TenantSettingsRepository } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { readModifyWrite } from './etag.js';
import { timeout } from './timeouts.js';

const SETTINGS_ID = 'settings';

export class CosmosTenantSettingsRepository implements TenantSettingsRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string): Promise<TenantSettings> {
    try {
      const { resource } = await this.container.item(SETTINGS_ID, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      return resource ? TenantSettingsSchema.parse(resource) : { tenantId };
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
