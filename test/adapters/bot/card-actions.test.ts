import { describe, expect, it } from 'vitest';
import { SUBMIT_VERB_KEY, submittedAction, withSubmitFallbacks } from '../../../src/adapters/bot/card-actions.js';

const execute = (verb: string, data?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'Action.Execute',
  title: `Do ${verb}`,
  verb,
  ...(data ? { data } : {}),
  ...extra,
});
const submitFor = (verb: string, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  type: 'Action.Submit',
  title: `Do ${verb}`,
  data: { ...data, [SUBMIT_VERB_KEY]: verb },
  ...extra,
});

describe('Action.Submit fallbacks for every Action.Execute', () => {
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    refresh: { action: execute('lead.refresh', { requestId: 'ISA-2345' }), userIds: ['u1'] },
    body: [
      { type: 'ActionSet', actions: [execute('emergency.show', undefined, { associatedInputs: 'none', tooltip: 'Emergency' })] },
      {
        type: 'Container',
        selectAction: execute('request.view', { requestId: 'ISA-2345' }),
        items: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'ActionSet', actions: [execute('lead.claim', { requestId: 'ISA-2345' })] }] }] }],
      },
    ],
    actions: [
      execute('advice.send', { draftId: 'd1', rev: 3, conv: 'c1' }, { style: 'positive' }),
      {
        type: 'Action.ShowCard',
        title: 'Start again',
        card: { type: 'AdaptiveCard', actions: [execute('advice.restart', { draftId: 'd1', rev: 3, conv: 'c1' })] },
      },
      { type: 'Action.OpenUrl', title: 'Read more', url: 'https://example.org' },
      execute('decisions.mine', undefined, { fallback: 'drop' }),
    ],
  };
  const out = withSubmitFallbacks(card);
  /** The value at a path of keys and indexes in the transformed card. */
  const at = (...path: (string | number)[]): unknown =>
    path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], out);

  it('adds one to actions in ActionSets, nested containers and columns, selectActions, the card actions and Action.ShowCard cards', () => {
    expect(at('body', 0, 'actions', 0, 'fallback')).toEqual(submitFor('emergency.show', {}, { associatedInputs: 'none' }));
    expect(at('body', 1, 'selectAction', 'fallback')).toEqual(submitFor('request.view', { requestId: 'ISA-2345' }));
    expect(at('body', 1, 'items', 0, 'columns', 0, 'items', 0, 'actions', 0, 'fallback')).toEqual(submitFor('lead.claim', { requestId: 'ISA-2345' }));
    expect(at('actions', 0, 'fallback')).toEqual(submitFor('advice.send', { draftId: 'd1', rev: 3, conv: 'c1' }));
    expect(at('actions', 1, 'card', 'actions', 0, 'fallback')).toEqual(submitFor('advice.restart', { draftId: 'd1', rev: 3, conv: 'c1' }));
  });

  it('says associatedInputs only when it is not the default, and leaves out hover hints and styling', () => {
    const [submit] = (withSubmitFallbacks({ actions: [execute('lead.answer', { requestId: 'r' }, { associatedInputs: 'auto', tooltip: 't', style: 'positive' })] }).actions as { fallback: unknown }[]);
    expect(submit?.fallback).toEqual(submitFor('lead.answer', { requestId: 'r' }));
  });

  it('leaves the refresh action, other action types and an author’s own fallback alone', () => {
    expect(at('refresh')).toEqual(card.refresh);
    expect(at('actions', 2)).toEqual(card.actions[2]);
    expect(at('actions', 3, 'fallback')).toBe('drop');
  });

  it('does not change the card it was given, and copies action data rather than walking it', () => {
    expect(JSON.stringify(card)).not.toContain('Action.Submit');
    const odd = withSubmitFallbacks({ actions: [execute('request.view', { requestId: 'r', type: 'Action.Execute', verb: 'x' })] }) as { actions: Record<string, unknown>[] };
    expect((odd.actions[0]!.data as Record<string, unknown>).fallback).toBeUndefined();
  });
});

describe('reading a submitted card', () => {
  it('takes the verb out of the value and leaves the rest as the action data', () => {
    const value = { requestId: 'ISA-2345', [SUBMIT_VERB_KEY]: 'lead.claim' };
    expect(submittedAction(value)).toEqual({ verb: 'lead.claim', data: { requestId: 'ISA-2345' } });
    expect(value).toEqual({ requestId: 'ISA-2345', [SUBMIT_VERB_KEY]: 'lead.claim' });
  });

  it('reads a value without a verb as an action with none (dispatch explains), and anything but an object as no submit', () => {
    expect(submittedAction({ a: 1 })).toEqual({ verb: undefined, data: { a: 1 } });
    for (const value of [undefined, null, 'text', 3, ['verb']]) expect(submittedAction(value)).toBeUndefined();
  });
});
