import type { DecisionDetail } from '../domain/tab-api.js';
import { asApiError } from './api.js';
import { renderDetail } from './detail.js';
import { button, fill, h } from './dom.js';
import { writeParams, type Ctx } from './ui.js';

export interface DetailPanel {
  element: HTMLElement;
  /** Loads a record into the panel (the list is hidden meanwhile); the URL names it, so a refresh reopens it. */
  open(recordId: string, reference: string | undefined, trigger?: HTMLElement): Promise<void>;
  close(): void;
}

/**
 * One decision record in place of the list: loading, "Back to list" (and Escape) back to the
 * row it was opened from. `renderDetail` (detail.ts) draws the record itself.
 */
export function createDetailPanel(ctx: Ctx, list: { element: HTMLElement; focusRow(recordId: string): boolean }, focusWhenNoRow: () => void): DetailPanel {
  const element = h('section', { class: 'detail', 'aria-labelledby': 'detail-heading', hidden: true });
  let openRecord: string | undefined;

  async function open(recordId: string, reference: string | undefined, trigger?: HTMLElement): Promise<void> {
    openRecord = recordId;
    const heading = h('h2', { id: 'detail-heading', tabindex: -1 }, reference ? `Decision record ${reference}` : 'Decision record');
    const body = h('div', { class: 'detail-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading the record…'));
    fill(element, h('div', { class: 'detail-bar' }, button('Back to list', () => close(), { class: 'back' })), heading, body);
    list.element.hidden = true;
    element.hidden = false;
    heading.focus();
    writeParams({ record: recordId });
    ctx.status('Loading the record…');
    try {
      const d = await ctx.api.get<DecisionDetail>(`decisions/${encodeURIComponent(recordId)}`);
      if (openRecord !== recordId) return;
      heading.textContent = `Decision record ${d.view.reference}`;
      fill(body, ...renderDetail(ctx.labels, d));
      ctx.clearAlert();
      ctx.status(`Decision record ${d.view.reference} loaded.`);
    } catch (e) {
      if (openRecord !== recordId) return;
      fill(body, h('p', {}, 'The record could not be loaded.'));
      ctx.status('');
      ctx.failed(asApiError(e), () => void open(recordId, reference, trigger));
    } finally {
      if (openRecord === recordId) body.setAttribute('aria-busy', 'false');
    }
  }

  function close(): void {
    const recordId = openRecord;
    openRecord = undefined;
    element.hidden = true;
    fill(element);
    list.element.hidden = false;
    writeParams({ record: undefined });
    ctx.clearAlert();
    if (!recordId || !list.focusRow(recordId)) focusWhenNoRow();
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && openRecord && !element.hidden) {
      e.preventDefault();
      close();
    }
  });

  return { element, open, close };
}
