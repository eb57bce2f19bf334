import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf as cardIn, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, TEAM_ID, channelInvoke, channelMessage, type Person } from '../kit/activities.js';

/**
 * The full loop: a staff member's anonymised request reaches the leads' channel, a lead claims
 * and answers it, and the staff member sees the answer — through the real endpoint, the real
 * store and the fake Teams connector (which also serves the leads team's roster).
 */

const LEAD_A: Person = { id: '29:lead-a', aadObjectId: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Priya Shah' };
const LEAD_B: Person = { id: '29:lead-b', aadObjectId: 'bbbbbbbb-0000-4000-8000-00000000000b', name: 'Tom Okafor' };
const OUTSIDER: Person = { id: '29:outsider', aadObjectId: 'cccccccc-0000-4000-8000-00000000000c', name: 'Not A Lead' };

const FORM = {
  askerRole: 'school_nurse',
  area: 'neglect',
  involved: 'child,parent_or_carer',
  ageBand: '1_4',
  urgency: 'today',
  informationKinds: 'concern_observed',
  recipients: 'health',
  consent: 'not_yet_asked',
  question: 'A toddler often arrives hungry and in the same clothes all week. Can I share my worries with the health visitor before speaking to mum?',
};

function isChannelPost(c: OutboundCall): boolean {
  return c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID;
}

describe('safeguarding leads receive, claim and answer anonymised requests', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let n = 0;
  let staff: Person;
  let chat: Chat;

  async function lead(person: Person, verb: string, data: Record<string, unknown>): Promise<{ status: number; card: Card }> {
    const res = await app.post(channelInvoke(connector.url, person, verb, data));
    return { status: res.status, card: ((res.body as { value?: Card } | undefined)?.value ?? {}) };
  }

  async function submitRequest(form: Record<string, string> = FORM): Promise<{ reference: string; post: OutboundCall }> {
    const { reference } = await askAndSend(chat, form);
    const post = await connector.waitFor((c) => isChannelPost(c) && textOf(cardIn(c)).includes(reference));
    return { reference, post };
  }

  beforeAll(async () => {
    await connector.start();
    connector.members = [LEAD_A, LEAD_B].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' });
    const res = await app.post(channelMessage(connector.url, { from: LEAD_A, text: '<at>Safeguarding advice</at> set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    staff = { ...STAFF, id: `29:asker-${n}`, aadObjectId: `dddddddd-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Asker ${n}` };
    chat = new Chat(app, connector, staff);
  });

  it('confirms the leads queue in the channel and says who the leads are', () => {
    const confirmation = connector.calls.find((c) => c.kind === 'reply' && String(c.body.text).includes("leads' queue"));
    expect(confirmation?.body.text).toMatch(/members of this team are the safeguarding leads/);
  });

  it('posts only the approved anonymised content to the leads channel', async () => {
    const { reference, post } = await submitRequest({ ...FORM, question: 'Kacper (DOB 12/03/2023) arrives hungry. Can I share with the health visitor?' });
    const text = textOf(cardIn(post));
    expect(text).toContain(reference);
    expect(text).toContain('[name]');
    expect(text).not.toContain('Kacper');
    expect(text).not.toContain('12/03/2023');
    expect(text).toContain('School nurse');
    expect(text).toMatch(/Not yet claimed/);
    expect(actionsOf(cardIn(post)).map((a) => a.verb)).toContain('lead.claim');
  });

  it('runs the whole loop: claim, answer (identifier check again), and the asker sees the answer', async () => {
    const { reference, post } = await submitRequest();
    const claimed = await lead(LEAD_A, 'lead.claim', { requestId: reference });
    expect(claimed.status).toBe(200);
    expect(actionsOf(claimed.card).map((a) => a.verb)).toEqual(expect.arrayContaining(['lead.answer', 'lead.followUp', 'lead.release', 'lead.close']));
    const toldClaimed = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardIn(c)).includes('is looking at your request'));
    expect(textOf(cardIn(toldClaimed))).toContain(reference);
    await connector.waitFor((c) => c.kind === 'update' && c.activityId === post.assignedId && textOf(cardIn(c)).includes('Claimed by Priya Shah'));

    const checked = await lead(LEAD_A, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Yes — tell Kacper\'s health visitor today and record why.', replace: 'false' });
    expect(textOf(checked.card)).toMatch(/could identify someone/);
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(stored?.answer).toBeUndefined();

    const answered = await lead(LEAD_A, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Yes — tell Kacper\'s health visitor today and record why.', replace: 'true' });
    expect(textOf(answered.card)).toMatch(/Advice: Share the information/);
    const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardIn(c)).includes('advice from your safeguarding lead'));
    expect(textOf(cardIn(advice))).toContain('Share the information');
    expect(textOf(cardIn(advice))).not.toContain('Kacper');
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.status).toBe('answered');
  });

  it('records how many flagged details a lead kept, and their kinds, never the text', async () => {
    const { reference } = await submitRequest();
    await lead(LEAD_A, 'lead.claim', { requestId: reference });
    const text = 'Ask Kacper to come to the office with the health visitor.';
    const checked = await lead(LEAD_A, 'lead.followUp', { requestId: reference, leadText: text, replace: 'false' });
    const toggles = new Set(JSON.stringify(checked.card).match(/keep\.[A-Z_]+-[0-9a-z]+/g) ?? []);
    const keep = Object.fromEntries([...toggles].map((k) => [k, 'true']));
    expect(Object.keys(keep)).toHaveLength(1);
    await lead(LEAD_A, 'lead.followUp', { requestId: reference, leadText: text, replace: 'false', ...keep });
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(stored?.conversation.at(-1)?.identifierCheck).toEqual({ found: 1, replaced: 0, keptAsNotIdentifying: 1, keptKinds: ['NAME'] });
    await app.app.scheduler.runOnce();
    const followUp = (await app.app.store.audit.listFor(TEST_TENANT_ID, reference)).find((e) => e.action === 'followUp');
    expect(followUp?.details).toMatchObject({ keptAsNotIdentifying: 1, keptKinds: 'NAME' });
    expect(JSON.stringify(followUp)).not.toContain('Kacper');
  });

  it('lets exactly one of two leads claiming at the same moment win; the other sees who has it', async () => {
    const { reference } = await submitRequest();
    const [a, b] = await Promise.all([lead(LEAD_A, 'lead.claim', { requestId: reference }), lead(LEAD_B, 'lead.claim', { requestId: reference })]);
    const winners = [a, b].filter((r) => actionsOf(r.card).some((x) => x.verb === 'lead.answer'));
    expect(winners).toHaveLength(1);
    const loser = winners[0] === a ? b : a;
    expect(textOf(loser.card)).toMatch(/has already claimed/);
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect([LEAD_A.aadObjectId, LEAD_B.aadObjectId]).toContain(stored?.lead?.id);
  });

  it('refuses lead actions from someone who is not in the leads team', async () => {
    const { reference } = await submitRequest();
    const res = await lead(OUTSIDER, 'lead.claim', { requestId: reference });
    expect(textOf(res.card)).toMatch(/Only members of your organisation's safeguarding leads team/);
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.status).toBe('sent');
  });

  it('carries follow-up questions both ways, still anonymous, and tells the lead in the channel thread', async () => {
    const { reference, post } = await submitRequest();
    await lead(LEAD_A, 'lead.claim', { requestId: reference });
    await lead(LEAD_A, 'lead.followUp', { requestId: reference, leadText: 'Has the child been seen by a GP recently?', replace: 'false' });
    const question = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardIn(c)).includes('the lead has a question'));
    const card = cardIn(question);
    expect(textOf(card)).toContain('Has the child been seen by a GP recently?');
    const check = await chat.click(card, 'request.reply', { replyText: 'Yes, Dr Patel saw her on 3rd November.' });
    expect(textOf(check)).toMatch(/could identify someone/);
    const sent = await chat.click(check, 'Replace the details and send');
    expect(textOf(sent)).toMatch(/your reply was sent/);
    // A reply in a channel thread goes to "<channel>;messageid=<root activity id>".
    const thread = await connector.waitFor((c) => c.conversationId === `${LEADS_CHANNEL_ID};messageid=${post.assignedId}`);
    expect(textOf(cardIn(thread))).toMatch(/The asker replied/);
    expect(textOf(cardIn(thread))).not.toContain('Patel');
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(stored?.conversation.map((e) => e.from)).toEqual(['lead', 'asker']);
    expect(JSON.stringify(stored)).not.toContain('Patel');
  });

  it('hands a request to a colleague, who can then release it back to the queue; closing ends it', async () => {
    const { reference } = await submitRequest();
    await lead(LEAD_A, 'lead.claim', { requestId: reference });
    const assigned = await lead(LEAD_A, 'lead.assign', { requestId: reference, assignee: LEAD_B.aadObjectId });
    expect(textOf(assigned.card)).toMatch(/Claimed by Tom Okafor/);
    const notMine = await lead(LEAD_A, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share it.', replace: 'false' });
    expect(textOf(notMine.card)).toMatch(/Only Tom Okafor/);
    const released = await lead(LEAD_B, 'lead.release', { requestId: reference });
    expect(textOf(released.card)).toMatch(/Not yet claimed/);
    await lead(LEAD_B, 'lead.claim', { requestId: reference });
    // Closing without advice needs a reason: without one nothing changes.
    const unexplained = await lead(LEAD_B, 'lead.close', { requestId: reference });
    expect(textOf(unexplained.card)).toContain('Choose why you are closing it');
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.status).toBe('claimed');
    const closed = await lead(LEAD_B, 'lead.close', { requestId: reference, closeReason: 'referred_on' });
    expect(textOf(closed.card)).toContain("Why: Referred straight to children's social care or the police");
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect([stored?.status, stored?.closeReason]).toEqual(['closed', 'referred_on']);
    await app.app.scheduler.runOnce();
    const trail = await app.app.store.audit.listFor(TEST_TENANT_ID, reference);
    expect(trail.filter((e) => e.action === 'closed').map((e) => e.details)).toEqual([{ status: 'closed', reason: 'referred_on' }]);
  });

  it('shows the holder their controls on refresh and everyone else the shared view', async () => {
    const { reference } = await submitRequest();
    await lead(LEAD_A, 'lead.claim', { requestId: reference });
    const holder = await app.post(channelInvoke(connector.url, LEAD_A, 'lead.refresh', { requestId: reference }, 'automatic'));
    const other = await app.post(channelInvoke(connector.url, LEAD_B, 'lead.refresh', { requestId: reference }, 'automatic'));
    const verbs = (res: { body: unknown }) => actionsOf(((res.body as { value?: Card }).value ?? {})).map((a) => a.verb);
    expect(verbs(holder)).toContain('lead.answer');
    expect(verbs(other)).not.toContain('lead.answer');
  });
});
