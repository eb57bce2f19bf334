import { z } from 'zod';

/** Per-organisation settings, kept in the `tenants` container. */
export const TenantSettingsSchema = z.object({
  tenantId: z.string(),
  /** The children's services front door (MASH) number shown with the emergency guidance. */
  frontDoorPhone: z.string().max(40).optional(),
  frontDoorName: z.string().max(120).optional(),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
