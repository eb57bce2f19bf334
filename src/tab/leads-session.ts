import type { TabConfig } from '../domain/tab-api.js';
import { showForbidden, showOutsideTeams, showProblem, showSignInProblem } from './access-panels.js';
import { ApiError, asApiError, createApi, publicApi, type TokenSource } from './api.js';
import { button, fill, h } from './dom.js';
import { showLeadsView, type LeadsCtx } from './leads-view.js';
import { teamsTokens } from './session.js';
import type { PageShell } from './shell.js';
import { connectToTeams, type TeamsSession } from './teams.js';

const TAB_NAME = "Leads' queue";

/**
 * The leads' view (`/tabs/leads`): the same sign-in as the Decisions tab (Teams SSO, or the local
 * sign-in outside Teams), then the queue. Whether someone is a lead is the server's answer (from
 * Teams' rosters): "not a lead", "Teams did not answer" and sign-in problems replace the page.
 */
export function startLeadsSession(page: PageShell): void {
  let teams: TeamsSession | undefined;
  let config: TabConfig | undefined;
  document.title = `${TAB_NAME} – Safeguarding information sharing`;
  fill(document.querySelector('.app-header h1') ?? h('span'), TAB_NAME);
  fill(document.querySelector('.app-header .subtitle') ?? h('span'), "Your settings' open requests: unclaimed, yours, waiting on the asker, and their deadlines");

  async function begin(): Promise<void> {
    page.loading('Loading…');
    const [configResult, session] = await Promise.all([publicApi.get<TabConfig>('config').catch(() => undefined), connectToTeams().catch(() => undefined)]);
    teams = session;
    if (teams) {
      page.theme.set(teams.theme);
      teams.onThemeChange((t) => page.theme.set(t));
      signIn(teamsTokens(teams));
      return;
    }
    config = configResult;
    outsideTeams();
  }

  function outsideTeams(): void {
    showOutsideTeams(page, Boolean(config?.devSignIn), (token) => signIn({ token: () => Promise.resolve(token) }), TAB_NAME);
  }

  function signIn(tokens: TokenSource): void {
    page.loading('Signing in…');
    const api = createApi(tokens);
    const ctx: LeadsCtx = {
      api,
      page,
      openLink: teams ? (url) => teams?.openLink(url) ?? Promise.resolve() : undefined,
      failed(err, retry) {
        if (err.code === 'unauthenticated') showSignInProblem(page, Boolean(teams), teams ? () => signIn(tokens) : () => outsideTeams());
        else if (err.code === 'forbidden') refused(err);
        else if (err.code === 'directory_unavailable') teamsDidNotAnswer(err, retry);
        else page.alert(err.message, retry ? { label: 'Try again', action: retry } : undefined);
      },
    };
    showLeadsView(ctx);
  }

  function refused(err: ApiError): void {
    if (err.reason !== 'not_lead') {
      showForbidden(page, err.message, { ...(err.reason ? { reason: err.reason } : {}), ...(teams ? {} : { signInAgain: () => outsideTeams() }) });
      return;
    }
    page.signedIn.hidden = true;
    showProblem(
      page,
      "You are not a member of any setting's leads' team",
      // The server's words: it knows how leads are decided.
      h('p', {}, err.message),
      h('p', {}, "Staff can see their own requests in the app's chat."),
      teams ? null : button('Sign in as someone else', () => outsideTeams()),
    );
  }

  function teamsDidNotAnswer(err: ApiError, retry: (() => void) | undefined): void {
    showProblem(
      page,
      'Teams did not answer',
      h('p', {}, err.message),
      h('p', {}, 'Nothing is wrong with your queue: it cannot be shown until Teams confirms you are one of the leads.'),
      retry ? button('Try again', retry, { class: 'primary' }) : null,
    );
  }

  begin().catch((e: unknown) => {
    page.panel(h('p', {}, 'The page could not start.'));
    page.alert(asApiError(e).message, { label: 'Try again', action: () => window.location.reload() });
  });
}
