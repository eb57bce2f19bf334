import { z } from 'zod';
import { PersonSchema } from './person.js';

/**
 * A setting: one school, nursery, health team or children's centre in an organisation (a
 * multi-academy trust, a council, an NHS trust), with its own designated safeguarding leads. A
 * request goes to its setting's leads' queue and is seen and acted on by that setting's leads only.
 * Managed by the organisation's administrators (`npm run tenant -- setting-…`), never from Teams.
 */

/** The channel where a setting's new requests are posted; its team's members are that setting's leads. */
export const LeadsQueueSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  serviceUrl: z.url(),
  botId: z.string(),
  setBy: PersonSchema,
  setAt: z.iso.datetime(),
});
export type LeadsQueue = z.infer<typeof LeadsQueueSchema>;

/** Setting ids are short slugs chosen by the administrator (`oakfield-primary`); `main` is the organisation's own. */
export const SettingIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a short id: lower-case letters, digits and dashes (e.g. oakfield-primary)');

/** The setting every request belongs to before an organisation has settings (and after migration, its first one). */
export const MAIN_SETTING_ID = 'main';

const Phone = z.string().regex(/^[0-9 +()-]{3,40}$/);

export const SettingSchema = z.object({
  id: SettingIdSchema,
  name: z.string().min(1).max(120),
  leadsQueue: LeadsQueueSchema.optional(),
  /** Teams teams an administrator has granted to hold this setting's leads' queue (`npm run tenant -- allow-leads-team`). */
  leadsTeamIds: z.array(z.string().min(1).max(256)).max(20).optional(),
  /** Entra object ids told first when this setting's deadline is missed (then the organisation's). */
  escalationContacts: z.array(z.string()).max(20).optional(),
  /** This setting's front door, where it differs from the organisation's (a trust across two councils). */
  frontDoorPhone: Phone.optional(),
  frontDoorName: z.string().max(120).optional(),
  /** The Local Authority Designated Officer for concerns about someone who works with children. */
  ladoPhone: Phone.optional(),
  ladoName: z.string().max(120).optional(),
  /** When the leads answer, as text shown to staff (e.g. "Mon–Fri 8:00–16:30, term time"). */
  hours: z.string().max(120).optional(),
  /** Rule 7: working days after the advice when the asker is reminded to record their decision. */
  decisionReminderDays: z.array(z.number().int().min(1).max(60)).min(1).max(5).optional(),
});
export type Setting = z.infer<typeof SettingSchema>;
