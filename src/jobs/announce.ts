import { escapeMarkdown } from '../domain/text.js';
import type { AdviceRequest } from '../domain/request.js';
import { queueFor, type TenantSettings } from '../domain/tenant.js';
import { askerUpdateCard, leadRequestCard } from '../flow/lead-views.js';
import type { LeadEvent } from '../flow/leads.js';
import type { HandlerDeps } from '../handlers/context.js';

/** Updates the channel card for everyone and tells the asker, after the reply has gone (best effort). */
export function announce(r: AdviceRequest, event: LeadEvent, deps: HandlerDeps, options: { channelOnly?: boolean } = {}): void {
  deps.later(`announce.${event}`, () => announceNow(r, event, deps, options));
}

/** Updates the channel card and tells the asker; throws if Teams refuses, so an outbox item stays owed. */
export async function announceNow(r: AdviceRequest, event: LeadEvent, deps: HandlerDeps, options: { channelOnly?: boolean } = {}): Promise<void> {
  {
    const settings = await deps.store.tenants.get(r.tenantId);
    const queue = queueFor(settings, r);
    const base = leadRequestCard(r, { viewer: 'everyone', hideAsker: settings.hideAskerIdentity === true });
    if (queue && r.channelPost) {
      const target = { address: channelAddress(r.tenantId, queue) };
      await deps.outbound.update(target, r.channelPost.activityId, base, { summary: `${r.reference}: ${base.data.statusText}` });
      if (event === 'askerReplied') {
        const last = r.conversation.at(-1);
        await deps.outbound.post({ ...target, threadId: r.channelPost.activityId }, {
          name: 'notice',
          // The notice's text renders Markdown in Teams: what the asker typed is escaped.
          data: { title: `The asker replied (${r.reference})`, text: escapeMarkdown(last?.text ?? ''), style: 'default', actions: [] },
        });
      }
    }
    if (options.channelOnly) return;
    const kind = event === 'claimed' || event === 'assigned' ? 'claimed' : event;
    if (kind === 'claimed' || kind === 'released' || kind === 'followUp' || kind === 'answered' || kind === 'closed') {
      const address = await deps.store.chatAddresses.find(r.tenantId, 'personal', r.asker.id);
      if (address) await deps.outbound.post({ address }, askerUpdateCard(r, kind), { summary: `Update on ${r.reference}` });
    }
  }
}

export function channelAddress(tenantId: string, queue: NonNullable<TenantSettings['leadsQueue']>) {
  return {
    tenantId,
    key: queue.channelId,
    scope: 'channel' as const,
    conversationId: queue.channelId,
    serviceUrl: queue.serviceUrl,
    channelId: 'msteams',
    botId: queue.botId,
    updatedAt: queue.setAt,
  };
}

