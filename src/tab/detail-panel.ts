import type { AuditPack } from '../domain/audit-pack.js';
import type { DecisionDetail } from '../domain/tab-api.js';
import { asApiError } from './api.js';
import { renderAuditPack } from './audit-pack.js';
import { renderDetail } from './detail.js';
import { button, fill, h } from './dom.js';
import { writeParams, type Ctx } from './ui.js';

export interface DetailPanel {
  element: HTMLElement;
  /** Loads a record into the panel (the list is hidden meanwhile); the URL names it, so a refresh reopens it. */
  open(recordId: string, reference: string | undefined, trigger?: HTMLElement): Promise<void>;
  /** The record's audit pack in the panel, ready to print (the URL says so too). */
  openPack(recordId: string): Promise<void>;
  close(): void;
}

/**
 * One decision record in place of the list: loading, "Back to list" (and Escape) back to the
 * row it was opened from, and its audit pack. `renderDetail` (detail.ts) draws the record,
 * `renderAuditPack` (audit-pack.ts) the pack.
 */
export function createDetailPanel(ctx: Ctx, list: { element: HTMLElement; focusRow(recordId: string): boolean }, focusWhenNoRow: () => void): DetailPanel {
  const element = h('section', { class: 'detail', 'aria-labelledby': 'detail-heading', hidden: true });
  let openRecord: string | undefined;

  async function open(recordId: string, reference: string | undefined, trigger?: HTMLElement): Promise<void> {
    openRecord = recordId;
    const heading = h('h2', { id: 'detail-heading', tabindex: -1 }, reference ? `Decision record ${reference}` : 'Decision record');
    const body = h('div', { class: 'detail-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading the record…'));
    const packButton = button('Audit pack (print or save as PDF)', () => void openPack(recordId), { class: 'pack-open' });
    fill(element, h('div', { class: 'detail-bar' }, button('Back to list', () => close(), { class: 'back' }), packButton), heading, body);
    element.setAttribute('aria-labelledby', 'detail-heading');
    list.element.hidden = true;
    element.hidden = false;
    heading.focus();
    writeParams({ record: recordId, pack: undefined });
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

  async function openPack(recordId: string): Promise<void> {
    openRecord = recordId;
    const body = h('div', { class: 'pack-body', 'aria-busy': 'true' }, h('p', { class: 'loading', id: 'pack-loading', tabindex: -1 }, 'Loading the audit pack…'));
    const print = button('Print or save as PDF', () => window.print(), { class: 'primary', disabled: true });
    fill(element, h('div', { class: 'detail-bar pack-bar' }, button('Back to the record', () => void open(recordId, undefined)), print), body);
    // Named by the pack's title once it is drawn; until then by the loading line.
    element.setAttribute('aria-labelledby', 'pack-loading');
    list.element.hidden = true;
    element.hidden = false;
    body.querySelector<HTMLElement>('.loading')?.focus();
    writeParams({ record: recordId, pack: '1' });
    ctx.status('Loading the audit pack…');
    try {
      const pack = await ctx.api.get<AuditPack>(`decisions/${encodeURIComponent(recordId)}/pack`);
      if (openRecord !== recordId) return;
      fill(body, renderAuditPack(pack));
      element.setAttribute('aria-labelledby', 'pack-title');
      print.disabled = false;
      body.querySelector<HTMLElement>('#pack-title')?.focus();
      ctx.clearAlert();
      ctx.status(`Audit pack for ${pack.reference} ready to print.`);
    } catch (e) {
      if (openRecord !== recordId) return;
      fill(body, h('p', { id: 'pack-loading' }, 'The audit pack could not be loaded.'));
      ctx.status('');
      ctx.failed(asApiError(e), () => void openPack(recordId));
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
    writeParams({ record: undefined, pack: undefined });
    ctx.clearAlert();
    if (!recordId || !list.focusRow(recordId)) focusWhenNoRow();
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && openRecord && !element.hidden) {
      e.preventDefault();
      close();
    }
  });

  return { element, open, openPack, close };
}
