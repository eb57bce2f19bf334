import type { TabConfig, TabMe } from '../domain/tab-api.js';
import { showForbidden, showOutsideTeams, showSignInProblem } from './access-panels.js';
import { ApiError, asApiError, createApi, publicApi, type TokenSource } from './api.js';
import { fill, h } from './dom.js';
import { labels as makeLabels, type AllOptions } from './labels.js';
import type { PageShell } from './shell.js';
import { connectToTeams, type TeamsSession } from './teams.js';
import type { Ctx } from './ui.js';

/**
 * Sign-in: inside Teams a token from Teams single sign-on, outside it the "open this in Teams"
 * page (with the local sign-in when the server offers it); then who the API says we are and the
 * option lists, and the views get a `Ctx`. Sign-in and permission problems replace the page.
 */
export function startSession(page: PageShell, showViews: (ctx: Ctx) => void): void {
  let teams: TeamsSession | undefined;
  let config: TabConfig | undefined;

  async function begin(): Promise<void> {
    page.loading('Loading…');
    const [configResult, session] = await Promise.all([
      publicApi.get<TabConfig>('config').then(
        (c) => ({ ok: true as const, c }),
        (e: unknown) => ({ ok: false as const, e: asApiError(e) }),
      ),
      connectToTeams().catch(() => undefined),
    ]);
    teams = session;
    if (teams) {
      page.theme.set(teams.theme);
      teams.onThemeChange((t) => page.theme.set(t));
      await signIn(teamsTokens(teams));
      return;
    }
    if (configResult.ok) config = configResult.c;
    outsideTeams(configResult.ok ? undefined : configResult.e);
  }

  function outsideTeams(configError?: ApiError): void {
    // Kept in memory only: a refresh asks again.
    showOutsideTeams(page, Boolean(config?.devSignIn), (token) => void signIn({ token: () => Promise.resolve(token) }));
    if (configError) page.alert(`Local sign-in could not be checked. ${configError.message}`, { label: 'Try again', action: () => void begin() });
  }

  const forbidden = (err: ApiError, who?: string) =>
    showForbidden(page, err.message, { ...(who ? { who } : {}), ...(err.reason ? { reason: err.reason } : {}), ...(teams ? {} : { signInAgain: () => outsideTeams() }) });

  async function signIn(tokens: TokenSource): Promise<void> {
    page.loading('Signing in…');
    const api = createApi(tokens);
    let me: TabMe;
    let options: AllOptions;
    try {
      me = await api.get<TabMe>('me');
      page.loading('Loading decisions…');
      options = await api.get<AllOptions>('options');
    } catch (e) {
      const err = asApiError(e);
      if (err.code === 'unauthenticated') showSignInProblem(page, Boolean(teams), teams ? () => void signIn(tokens) : () => outsideTeams());
      else if (err.code === 'forbidden') forbidden(err);
      else {
        page.panel(h('p', {}, 'The decisions could not be loaded.'));
        page.status('');
        page.alert(err.message, { label: 'Try again', action: () => void signIn(tokens) });
      }
      return;
    }
    fill(page.signedIn, 'Signed in as ', h('strong', {}, me.user.displayName));
    page.signedIn.hidden = false;

    showViews({
      api,
      labels: makeLabels(options),
      status: page.status,
      alert: page.alert,
      clearAlert: page.clearAlert,
      failed(err, retry) {
        if (err.code === 'forbidden') forbidden(err, me.user.displayName);
        else if (err.code === 'unauthenticated' && !teams) page.alert(`${err.message} Sign in again to carry on.`, { label: 'Sign in again', action: () => outsideTeams() });
        else page.alert(err.message, retry ? { label: 'Try again', action: retry } : undefined);
      },
      onThemeChange: (handler) => page.theme.on(handler),
    });
  }

  begin().catch(() => {
    page.panel(h('p', {}, 'The page could not start.'));
    page.alert('Something went wrong while starting this page; try again.', { label: 'Try again', action: () => window.location.reload() });
  });
}

/** One token from Teams until the API refuses it (Teams renews it before it expires); never stored beyond this page. */
export function teamsTokens(teams: TeamsSession): TokenSource {
  const fromTeams = async () => {
    try {
      return await teams.token();
    } catch {
      throw new ApiError(401, 'unauthenticated', 'Microsoft Teams could not sign you in to this app.');
    }
  };
  let current: Promise<string> | undefined;
  const fresh = () => {
    current = fromTeams();
    current.catch(() => {
      current = undefined;
    });
    return current;
  };
  return { token: () => current ?? fresh(), refresh: fresh };
}
