import { z } from 'zod';

/** Where the bot can reach a person (1:1 chat) or a channel again, without them writing first. */
export const ChatAddressSchema = z.object({
  tenantId: z.string().min(1),
  /** For a personal chat: the user's Entra object id; for a channel: the channel id. */
  key: z.string().min(1),
  scope: z.enum(['personal', 'channel']),
  conversationId: z.string().min(1),
  serviceUrl: z.url(),
  channelId: z.string().min(1),
  botId: z.string().min(1),
  updatedAt: z.iso.datetime(),
});
export type ChatAddress = z.infer<typeof ChatAddressSchema>;

/** Tenants not on the allow-list get no service at all. */
export function isTenantAllowed(tenantId: string | undefined, allowed: readonly string[]): tenantId is string {
  return tenantId !== undefined && allowed.includes(tenantId.toLowerCase());
}
