import { describe, expect, it } from 'vitest';
import { requestStatusCard } from '../../src/flow/request-status.js';
import { TALKING } from '../fixtures/card-data.js';

describe("the asker's view of a request", () => {
  const sent = { ...TALKING, status: 'sent' as const, lead: undefined, conversation: [], channelPost: undefined };

  it('does not say "sent to the safeguarding leads" while the organisation has no leads\' queue', () => {
    const waiting = requestStatusCard({ ...sent, outbox: [{ id: 'route-1', kind: 'route', createdAt: sent.createdAt, attempts: 1 }] }, { hasLeadsQueue: false });
    expect(waiting.data.statusText).toMatch(/not yet with the safeguarding leads/);
    // With a queue, it is sent (its post follows straight after the reply).
    expect(requestStatusCard(sent, { hasLeadsQueue: true }).data.statusText).toBe('Sent to the safeguarding leads');
    const posted = requestStatusCard({ ...sent, channelPost: { conversationId: '19:leads', activityId: 'a1' } }, { hasLeadsQueue: false });
    expect(posted.data.statusText).toBe('Sent to the safeguarding leads');
  });
});
