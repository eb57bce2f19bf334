import type { TestApp } from './app.js';
import type { FakeConnector } from './connector.js';
import { Chat, askAndSend, cardOf, textOf, type Card } from './chat.js';
import { LEADS_CHANNEL_ID, TEAM_ID, channelInvoke, channelMessage, type Person } from './activities.js';

/**
 * Whole journeys through the real endpoint, for tests that need records made the way users
 * make them: a staff member asks, a lead claims and answers, the staff member records a decision.
 */

export const LEAD: Person = { id: '29:lead-flows', aadObjectId: 'dddd1111-0000-4000-8000-0000000000f1', name: 'Priya Shah' };

export const ASK = {
  askerRole: 'gp',
  area: 'domestic_abuse',
  involved: 'child,parent_or_carer,partner_of_parent',
  ageBand: '5_10',
  urgency: 'this_week',
  informationKinds: 'disclosure',
  recipients: 'childrens_social_care',
  consent: 'refused',
  question: 'A parent disclosed domestic abuse at home and refused consent to share. May I tell the front door?',
};

export const SHARE_WITHOUT_CONSENT = {
  decision: 'share',
  reasons: 'Reasonable cause to believe the child is at risk of significant harm; the front door needs to know today.',
  whatShared: 'The disclosure the child made and what I saw; no health records.',
  recipients: 'childrens_social_care',
  purpose: 'To safeguard the child (section 47 enquiry).',
  lawfulBasis: 'public_task',
  consent: 'refused',
  publicInterestJustification: 'The risk of significant harm outweighs the refusal; telling mum first could increase the risk.',
  personTold: 'no_risk_to_child',
  notToldReason: 'Telling mum now could place the child at increased risk.',
  sharedHow: 'phone',
};

export const NOT_SHARE = {
  decision: 'not_share',
  reasons: 'The worry was about a sibling already known to social care; nothing new to add.',
  lawfulBasis: 'public_task',
  consent: 'not_yet_asked',
  personTold: 'not_yet',
};

/** Makes the lead's channel the leads' queue (once per app). */
export async function setUpQueue(app: TestApp, connector: FakeConnector, lead: Person = LEAD): Promise<void> {
  connector.members = [{ id: lead.id, name: lead.name, aadObjectId: lead.aadObjectId }];
  await app.post(channelMessage(connector.url, { from: lead, text: 'set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
}

/** Ask → claim → answer → decision; returns the reference and the summary card. */
export async function adviseAndDecide(
  app: TestApp,
  connector: FakeConnector,
  chat: Chat,
  decision: Record<string, string>,
  options: { ask?: Partial<typeof ASK>; lead?: Person } = {},
): Promise<{ reference: string; summary: Card }> {
  const lead = options.lead ?? LEAD;
  const { reference } = await askAndSend(chat, { ...ASK, ...options.ask });
  await app.post(channelInvoke(connector.url, lead, 'lead.claim', { requestId: reference }));
  await app.post(channelInvoke(connector.url, lead, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share with the front door today and record why.', replace: 'false' }));
  const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'));
  const form = await chat.click(cardOf(advice), 'decision.start');
  const summary = await chat.click(form, 'decision.submit', decision);
  if (!textOf(summary).includes(`Decision record ${reference}`)) throw new Error(`the decision was not recorded: ${textOf(summary).slice(0, 200)}`);
  return { reference, summary };
}
