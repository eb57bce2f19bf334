import { z } from 'zod';
import { GuidancePackSchema } from './guidance-pack.js';
import { PersonSchema } from './person.js';

/** Per-organisation settings, kept in the `tenants` container. */
export const TenantSettingsSchema = z.object({
  tenantId: z.string(),
  /** The children's services front door (MASH) number shown with the emergency guidance. */
  frontDoorPhone: z.string().max(40).optional(),
  frontDoorName: z.string().max(120).optional(),
  /** The channel where new requests are posted; its team's members are the tenant's safeguarding leads. */
  leadsQueue: z
    .object({
      teamId: z.string(),
      channelId: z.string(),
      serviceUrl: z.url(),
      botId: z.string(),
      setBy: PersonSchema,
      setAt: z.iso.datetime(),
    })
    .optional(),
  /**
   * Teams teams this organisation's administrators have granted to host its leads' queue
   * (`npm run tenant -- allow-leads-team`); `set leads queue` works only in one of these (or in a
   * team on the deployment's LEADS_TEAM_IDS).
   */
  leadsTeamIds: z.array(z.string().min(1).max(256)).max(50).optional(),
  /** Entra object ids of the deputy/manager told (in their 1:1 chat with the bot) when a deadline is missed. */
  escalationContacts: z.array(z.string()).max(20).optional(),
  /** How long requests and decision records are kept, in days (default from RETENTION_DAYS). */
  retentionDays: z.number().int().min(1).max(36_500).optional(),
  /** Hide the asker's name and role from the leads' channel (they still reach the asker through the bot). */
  hideAskerIdentity: z.boolean().optional(),
  /**
   * The organisation's own guidance pack (validated when loaded with `npm run tenant -- guidance-load`);
   * absent: the default pack. One that no longer validates is ignored rather than stopping the bot.
   */
  guidancePack: GuidancePackSchema.optional().catch(undefined),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
