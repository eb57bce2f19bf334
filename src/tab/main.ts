import type { DecisionDetail, TabConfig, TabMe, TabRole } from '../domain/tab-api.js';
import { ApiError, asApiError, createApi, publicApi, type TokenSource } from './api.js';
import { renderDetail } from './detail.js';
import { button, byId, fill, h, markInvalid, type Child } from './dom.js';
import { labels as makeLabels, type AllOptions } from './labels.js';
import { createListView } from './list.js';
import { asTheme, connectToTeams, type TeamsSession, type Theme } from './teams.js';
import { createTrendsView } from './trends.js';
import { readParams, writeParams, type Ctx } from './ui.js';

/** The page's fixed regions (index.html). */
interface Shell {
  content: HTMLElement;
  alert: HTMLElement;
  status: HTMLElement;
  signedIn: HTMLElement;
}

type View = 'list' | 'trends';

function createShell(): Shell {
  return { content: byId('content'), alert: byId('alert'), status: byId('status'), signedIn: byId('signed-in') };
}

function themeController(initial: Theme) {
  const handlers: ((t: Theme) => void)[] = [];
  let current = initial;
  const apply = (t: Theme) => {
    current = t;
    document.documentElement.dataset.theme = t;
  };
  apply(initial);
  return {
    set(t: Theme) {
      if (t === current) return;
      apply(t);
      for (const handler of handlers) handler(t);
    },
    on(handler: (t: Theme) => void) {
      handlers.push(handler);
    },
  };
}

function start(): void {
  const shell = createShell();
  const theme = themeController(asTheme(readParams().get('theme')) ?? 'default');

  const status = (message: string) => {
    shell.status.textContent = message;
  };
  const clearAlert = () => fill(shell.alert);
  const alert = (message: string, retry?: { label: string; action: () => void }) => {
    // After "Try again", focus goes back to what the user was on when the action failed (Load more, Export CSV…).
    const active = document.activeElement;
    const returnTo = active instanceof HTMLElement && active !== document.body && !shell.alert.contains(active) ? active : undefined;
    fill(
      shell.alert,
      h(
        'div',
        { class: 'alert-box' },
        h('p', {}, message),
        retry
          ? button(retry.label, () => {
              clearAlert();
              (returnTo?.isConnected && !returnTo.closest('[hidden]') ? returnTo : byId('main')).focus();
              retry.action();
            })
          : null,
      ),
    );
  };

  /** Replaces the page content with one panel (loading, sign-in, a problem); nothing else is on screen then. */
  const panel = (...children: Child[]) => {
    shell.content.setAttribute('aria-busy', 'false');
    fill(shell.content, ...children);
  };
  const loading = (message: string) => {
    fill(shell.content, h('p', { class: 'loading' }, message));
    shell.content.setAttribute('aria-busy', 'true');
    status(message);
  };

  let teams: TeamsSession | undefined;
  let config: TabConfig | undefined;

  async function begin(): Promise<void> {
    loading('Loading…');
    const [configResult, session] = await Promise.all([
      publicApi.get<TabConfig>('config').then(
        (c) => ({ ok: true as const, c }),
        (e: unknown) => ({ ok: false as const, e: asApiError(e) }),
      ),
      connectToTeams().catch(() => undefined),
    ]);
    teams = session;
    if (teams) {
      theme.set(teams.theme);
      teams.onThemeChange((t) => theme.set(t));
      const t = teams;
      const fromTeams = async () => {
        try {
          return await t.token();
        } catch {
          throw new ApiError(401, 'unauthenticated', 'Microsoft Teams could not sign you in to this app.');
        }
      };
      // One token until the API refuses it (Teams renews it before it expires); never stored beyond this page.
      let current: Promise<string> | undefined;
      const fresh = () => {
        current = fromTeams();
        current.catch(() => {
          current = undefined;
        });
        return current;
      };
      await signIn({ token: () => current ?? fresh(), refresh: fresh });
      return;
    }
    if (configResult.ok) config = configResult.c;
    outsideTeams(configResult.ok ? undefined : configResult.e);
  }

  function outsideTeams(configError?: ApiError): void {
    shell.signedIn.hidden = true;
    status('');
    panel(
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'outside-heading' },
        h('h2', { id: 'outside-heading' }, 'Open this in Microsoft Teams'),
        h('p', {}, 'The Decisions tab is part of the Safeguarding information sharing app in Microsoft Teams. It signs you in with your Teams account, so it works only inside Teams.'),
        h(
          'ol',
          {},
          h('li', {}, 'Open Microsoft Teams (the desktop app or teams.microsoft.com).'),
          h('li', {}, 'Select ', h('strong', {}, 'Apps'), ' (or ', h('strong', {}, 'View more apps'), ') and open ', h('strong', {}, 'Safeguarding info sharing'), '.'),
          h('li', {}, 'Choose the ', h('strong', {}, 'Decisions'), ' tab at the top of the app.'),
        ),
        h('p', {}, 'If the app is not there, ask your IT team to add it for you.'),
      ),
      config?.devSignIn ? devSignInPanel() : null,
    );
    if (configError) alert(`Local sign-in could not be checked. ${configError.message}`, { label: 'Try again', action: () => void begin() });
  }

  function devSignInPanel(): HTMLElement {
    const name = h('input', { type: 'text', id: 'dev-name', name: 'displayName', autocomplete: 'name', required: true, maxlength: 80 });
    const role = h(
      'select',
      { id: 'dev-role', name: 'role' },
      (['manager', 'lead', 'staff'] satisfies TabRole[]).map((r) => h('option', { value: r }, r === 'manager' ? 'Manager' : r === 'lead' ? 'Safeguarding lead' : 'Staff')),
    );
    const error = h('p', { class: 'field-error', id: 'dev-name-error', hidden: true });
    const form = h(
      'form',
      { class: 'dev-signin', novalidate: true, 'aria-labelledby': 'dev-heading' },
      h('div', { class: 'field' }, h('label', { for: 'dev-name' }, 'Display name'), name, error),
      h('div', { class: 'field' }, h('label', { for: 'dev-role' }, 'Role'), role),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in')),
    );
    let busy = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (busy) return;
      const displayName = name.value.trim();
      error.textContent = displayName ? '' : 'Enter a display name.';
      error.hidden = Boolean(displayName);
      markInvalid(name, error.id, !displayName);
      if (!displayName) {
        name.focus();
        return;
      }
      busy = true;
      status('Signing in…');
      publicApi.post<{ token: string }>('dev-signin', { role: role.value, displayName }).then(
        ({ token }) => {
          busy = false;
          clearAlert();
          // Kept in memory only: a refresh asks again.
          void signIn({ token: () => Promise.resolve(token) });
        },
        (err: unknown) => {
          busy = false;
          status('');
          alert(asApiError(err).message);
        },
      );
    });
    return h(
      'section',
      { class: 'panel dev', 'aria-labelledby': 'dev-heading' },
      h('h2', { id: 'dev-heading' }, 'Local development sign-in'),
      h('p', {}, 'For running the app on your own computer only; it is never available in production.'),
      form,
    );
  }

  function signInProblem(tokens: TokenSource): void {
    shell.signedIn.hidden = true;
    status('');
    clearAlert();
    const again = teams ? button('Try again', () => void signIn(tokens), { class: 'primary' }) : button('Sign in again', () => outsideTeams(), { class: 'primary' });
    panel(
      h(
        'section',
        { class: 'panel problem', 'aria-labelledby': 'problem-heading' },
        h('h2', { id: 'problem-heading', tabindex: -1 }, 'Sign-in failed or expired'),
        h('p', {}, teams ? 'Microsoft Teams could not confirm who you are to this app, or your sign-in has expired. Try again; if it keeps failing, close and reopen the tab.' : 'Your sign-in was not accepted or has expired. Sign in again.'),
        again,
      ),
    );
    byId('problem-heading').focus();
  }

  function forbidden(message: string, who?: string): void {
    shell.signedIn.hidden = !who;
    status('');
    clearAlert();
    panel(
      h(
        'section',
        { class: 'panel problem', 'aria-labelledby': 'problem-heading' },
        h('h2', { id: 'problem-heading', tabindex: -1 }, 'You need the safeguarding manager role to see decisions'),
        h('p', {}, 'The Decisions tab shows every information-sharing decision recorded in your organisation, so only safeguarding managers can open it.'),
        h(
          'p',
          {},
          "Your Microsoft 365 administrator gives it in Microsoft Entra ID, by assigning you the app's Safeguarding manager role or adding you to the managers' group set up for the app, usually at the request of your designated safeguarding lead. If you think you should have it, ask them. Staff and safeguarding leads can see their own requests and decisions in the app's chat.",
        ),
        message ? h('p', { class: 'server-message' }, message) : null,
        teams ? null : button('Sign in as someone else', () => outsideTeams()),
      ),
    );
    byId('problem-heading').focus();
  }

  async function signIn(tokens: TokenSource): Promise<void> {
    loading('Signing in…');
    const api = createApi(tokens);
    let me: TabMe;
    let options: AllOptions;
    try {
      me = await api.get<TabMe>('me');
      loading('Loading decisions…');
      options = await api.get<AllOptions>('options');
    } catch (e) {
      const err = asApiError(e);
      if (err.code === 'unauthenticated') signInProblem(tokens);
      else if (err.code === 'forbidden') forbidden(err.message);
      else {
        panel(h('p', {}, 'The decisions could not be loaded.'));
        status('');
        alert(err.message, { label: 'Try again', action: () => void signIn(tokens) });
      }
      return;
    }
    fill(shell.signedIn, 'Signed in as ', h('strong', {}, me.user.displayName));
    shell.signedIn.hidden = false;

    const ctx: Ctx = {
      api,
      labels: makeLabels(options),
      status,
      alert,
      clearAlert,
      failed(err, retry) {
        if (err.code === 'forbidden') forbidden(err.message, me.user.displayName);
        else if (err.code === 'unauthenticated' && !teams) alert(`${err.message} Sign in again to carry on.`, { label: 'Sign in again', action: () => outsideTeams() });
        else alert(err.message, retry ? { label: 'Try again', action: retry } : undefined);
      },
      onThemeChange: (handler) => theme.on(handler),
    };
    app(ctx);
  }

  function app(ctx: Ctx): void {
    const detail = h('section', { class: 'detail', 'aria-labelledby': 'detail-heading', hidden: true });
    let openRecord: string | undefined;
    const list = createListView(ctx, (row, trigger) => void openDetail(row.recordId, row.reference, trigger));
    const trends = createTrendsView(ctx);

    const tabs: Record<View, HTMLButtonElement> = {
      list: h('button', { type: 'button', role: 'tab', id: 'tab-list', 'aria-controls': 'panel-list' }, 'Decisions list'),
      trends: h('button', { type: 'button', role: 'tab', id: 'tab-trends', 'aria-controls': 'panel-trends' }, 'Trends'),
    };
    const panels: Record<View, HTMLElement> = {
      list: h('section', { role: 'tabpanel', id: 'panel-list', 'aria-labelledby': 'tab-list' }, list.element, detail),
      trends: h('section', { role: 'tabpanel', id: 'panel-trends', 'aria-labelledby': 'tab-trends' }, trends.element),
    };
    const views: View[] = ['list', 'trends'];

    function select(view: View, focus = false): void {
      for (const v of views) {
        const on = v === view;
        tabs[v].setAttribute('aria-selected', String(on));
        tabs[v].tabIndex = on ? 0 : -1;
        panels[v].hidden = !on;
      }
      if (focus) tabs[view].focus();
      writeParams({ view: view === 'list' ? undefined : view });
      if (view === 'trends') trends.shown();
    }

    for (const v of views) {
      tabs[v].addEventListener('click', () => select(v));
      tabs[v].addEventListener('keydown', (e) => {
        const i = views.indexOf(v);
        const next = e.key === 'ArrowRight' ? views[(i + 1) % views.length] : e.key === 'ArrowLeft' ? views[(i - 1 + views.length) % views.length] : e.key === 'Home' ? views[0] : e.key === 'End' ? views[views.length - 1] : undefined;
        if (next) {
          e.preventDefault();
          select(next, true);
        }
      });
    }

    async function openDetail(recordId: string, reference: string | undefined, trigger?: HTMLElement): Promise<void> {
      openRecord = recordId;
      const heading = h('h2', { id: 'detail-heading', tabindex: -1 }, reference ? `Decision record ${reference}` : 'Decision record');
      const body = h('div', { class: 'detail-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading the record…'));
      fill(detail, h('div', { class: 'detail-bar' }, button('Back to list', () => closeDetail(), { class: 'back' })), heading, body);
      list.element.hidden = true;
      detail.hidden = false;
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
        ctx.failed(asApiError(e), () => void openDetail(recordId, reference, trigger));
      } finally {
        if (openRecord === recordId) body.setAttribute('aria-busy', 'false');
      }
    }

    function closeDetail(): void {
      const recordId = openRecord;
      openRecord = undefined;
      detail.hidden = true;
      fill(detail);
      list.element.hidden = false;
      writeParams({ record: undefined });
      ctx.clearAlert();
      if (!recordId || !list.focusRow(recordId)) byId('filters-heading').focus();
    }

    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !e.defaultPrevented && openRecord && !detail.hidden) {
        e.preventDefault();
        closeDetail();
      }
    });

    fill(shell.content, h('div', { role: 'tablist', 'aria-label': 'Decisions views', class: 'tabs' }, tabs.list, tabs.trends), panels.list, panels.trends);
    shell.content.setAttribute('aria-busy', 'false');
    const params = readParams();
    select(params.get('view') === 'trends' ? 'trends' : 'list');
    void list.reload();
    const record = params.get('record');
    if (record) void openDetail(record, undefined);
  }

  begin().catch(() => {
    panel(h('p', {}, 'The page could not start.'));
    alert('Something went wrong while starting this page; try again.', { label: 'Try again', action: () => window.location.reload() });
  });
}

start();
