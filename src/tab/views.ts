import { createDetailPanel } from './detail-panel.js';
import { byId, fill, h } from './dom.js';
import { createListView } from './list.js';
import { createTrendsView } from './trends.js';
import { readParams, writeParams, type Ctx } from './ui.js';

type View = 'list' | 'trends';
const VIEWS: View[] = ['list', 'trends'];

/**
 * The signed-in page: two views as ARIA tabs (the Decisions list, with a record's detail in
 * its place, and Trends), the view and the open record kept in the URL so a refresh keeps them.
 */
export function showViews(content: HTMLElement, ctx: Ctx): void {
  const list = createListView(ctx, (row, trigger) => void detail.open(row.recordId, row.reference, trigger));
  const detail = createDetailPanel(ctx, list, () => byId('filters-heading').focus());
  const trends = createTrendsView(ctx);

  const tabs: Record<View, HTMLButtonElement> = {
    list: h('button', { type: 'button', role: 'tab', id: 'tab-list', 'aria-controls': 'panel-list' }, 'Decisions list'),
    trends: h('button', { type: 'button', role: 'tab', id: 'tab-trends', 'aria-controls': 'panel-trends' }, 'Trends'),
  };
  const panels: Record<View, HTMLElement> = {
    list: h('section', { role: 'tabpanel', id: 'panel-list', 'aria-labelledby': 'tab-list' }, list.element, detail.element),
    trends: h('section', { role: 'tabpanel', id: 'panel-trends', 'aria-labelledby': 'tab-trends' }, trends.element),
  };

  function select(view: View, focus = false): void {
    for (const v of VIEWS) {
      const on = v === view;
      tabs[v].setAttribute('aria-selected', String(on));
      tabs[v].tabIndex = on ? 0 : -1;
      panels[v].hidden = !on;
    }
    if (focus) tabs[view].focus();
    writeParams({ view: view === 'list' ? undefined : view });
    if (view === 'trends') trends.shown();
  }

  for (const v of VIEWS) {
    tabs[v].addEventListener('click', () => select(v));
    tabs[v].addEventListener('keydown', (e) => {
      const next = nextView(v, e.key);
      if (next) {
        e.preventDefault();
        select(next, true);
      }
    });
  }

  fill(content, h('div', { role: 'tablist', 'aria-label': 'Decisions views', class: 'tabs' }, tabs.list, tabs.trends), panels.list, panels.trends);
  content.setAttribute('aria-busy', 'false');
  const params = readParams();
  select(params.get('view') === 'trends' ? 'trends' : 'list');
  void list.reload();
  const record = params.get('record');
  if (record) void (params.get('pack') === '1' ? detail.openPack(record) : detail.open(record, undefined));
}

/** Arrow keys, Home and End move between the view tabs. */
function nextView(current: View, key: string): View | undefined {
  const i = VIEWS.indexOf(current);
  if (key === 'ArrowRight') return VIEWS[(i + 1) % VIEWS.length];
  if (key === 'ArrowLeft') return VIEWS[(i - 1 + VIEWS.length) % VIEWS.length];
  if (key === 'Home') return VIEWS[0];
  if (key === 'End') return VIEWS[VIEWS.length - 1];
  return undefined;
}
