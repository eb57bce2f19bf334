import type { TabForbiddenReason, TabRole } from '../domain/tab-api.js';
import { asApiError, publicApi } from './api.js';
import { button, byId, h, markInvalid, type Child } from './dom.js';
import type { PageShell } from './shell.js';

/**
 * The whole-page answers before the decisions can be shown: "open this in Teams" (with the
 * local development sign-in when the server offers it), a failed or expired sign-in, and the
 * manager role needed.
 */

/** Outside Teams: how to open the tab in Teams; with `devSignIn`, the local sign-in form too. `tab`: which of the app's tabs this page is. */
export function showOutsideTeams(page: PageShell, devSignIn: boolean, onToken: (token: string) => void, tab = 'Decisions'): void {
  page.signedIn.hidden = true;
  page.status('');
  page.panel(
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'outside-heading' },
      h('h2', { id: 'outside-heading' }, 'Open this in Microsoft Teams'),
      h('p', {}, `The ${tab} tab is part of the Safeguarding information sharing app in Microsoft Teams. It signs you in with your Teams account, so it works only inside Teams.`),
      h(
        'ol',
        {},
        h('li', {}, 'Open Microsoft Teams (the desktop app or teams.microsoft.com).'),
        h('li', {}, 'Select ', h('strong', {}, 'Apps'), ' (or ', h('strong', {}, 'View more apps'), ') and open ', h('strong', {}, 'Safeguarding advice'), '.'),
        h('li', {}, 'Choose the ', h('strong', {}, tab), ' tab at the top of the app.'),
      ),
      h('p', {}, 'If the app is not there, ask your IT team to add it for you.'),
    ),
    devSignIn ? devSignInPanel(page, onToken) : null,
  );
}

function devSignInPanel(page: PageShell, onToken: (token: string) => void): HTMLElement {
  const name = h('input', { type: 'text', id: 'dev-name', name: 'displayName', autocomplete: 'name', required: true, maxlength: 80 });
  const role = h(
    'select',
    { id: 'dev-role', name: 'role' },
    (['manager', 'lead', 'staff'] satisfies TabRole[]).map((r) => h('option', { value: r }, r === 'manager' ? 'Manager' : r === 'lead' ? 'Safeguarding lead' : 'Staff')),
  );
  const userId = h('input', { type: 'text', id: 'dev-user-id', name: 'userId', autocomplete: 'off', maxlength: 64, spellcheck: false, 'aria-describedby': 'dev-user-id-hint' });
  const error = h('p', { class: 'field-error', id: 'dev-name-error', hidden: true });
  const form = h(
    'form',
    { class: 'dev-signin', novalidate: true, 'aria-labelledby': 'dev-heading' },
    h('div', { class: 'field' }, h('label', { for: 'dev-name' }, 'Display name'), name, error),
    h('div', { class: 'field' }, h('label', { for: 'dev-role' }, 'Role'), role),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'dev-user-id' }, 'Entra object id (optional)'),
      h('p', { class: 'hint', id: 'dev-user-id-hint' }, "Sign in as this person: for the leads' queue, a member of a setting's leads' team (in the playground, Priya Shah is 3e2c7d4f-9a5b-4c8e-8d3f-2b4c6d8e0f12)."),
      userId,
    ),
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
    page.status('Signing in…');
    const id = userId.value.trim();
    publicApi.post<{ token: string }>('dev-signin', { role: role.value, displayName, ...(id ? { userId: id } : {}) }).then(
      ({ token }) => {
        busy = false;
        page.clearAlert();
        onToken(token);
      },
      (err: unknown) => {
        busy = false;
        page.status('');
        page.alert(asApiError(err).message);
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

/** A problem page: its heading (focused, for screen readers) and what to do; replaces whatever the panel showed. */
export function showProblem(page: PageShell, heading: string, ...content: Child[]): void {
  page.status('');
  page.clearAlert();
  page.panel(
    h(
      'section',
      { class: 'panel problem', 'aria-labelledby': 'problem-heading' },
      h('h2', { id: 'problem-heading', tabindex: -1 }, heading),
      ...content,
    ),
  );
  byId('problem-heading').focus();
}

/** The API refused the sign-in (401): try again in Teams, or sign in again outside it. */
export function showSignInProblem(page: PageShell, inTeams: boolean, again: () => void): void {
  page.signedIn.hidden = true;
  showProblem(
    page,
    'Sign-in failed or expired',
    h('p', {}, inTeams ? 'Microsoft Teams could not confirm who you are to this app, or your sign-in has expired. Try again; if it keeps failing, close and reopen the tab.' : 'Your sign-in was not accepted or has expired. Sign in again.'),
    button(inTeams ? 'Try again' : 'Sign in again', again, { class: 'primary' }),
  );
}

/** The API refused the caller (403): only managers may see decisions, and only in an organisation the app serves. */
export function showForbidden(page: PageShell, message: string, options: { who?: string; reason?: TabForbiddenReason; signInAgain?: () => void }): void {
  page.signedIn.hidden = !options.who;
  const again = options.signInAgain ? button('Sign in as someone else', options.signInAgain) : null;
  if (options.reason === 'tenant') {
    showProblem(
      page,
      'Your organisation is not set up to use this app',
      h('p', {}, 'Whoever runs the app for your organisation adds it to the organisations the app serves; a role in Microsoft Entra ID does not change this. Ask your IT team.'),
      again,
    );
    return;
  }
  showProblem(
    page,
    'You need the safeguarding manager role to see decisions',
    h('p', {}, 'The Decisions tab shows every information-sharing decision recorded in your organisation.'),
    // Who gives the role is the server's to say (it knows the role's name and whether a managers' group is set); the same words when it did not say.
    h('p', { class: 'role-help' }, message || "An administrator of your organisation's Microsoft Entra ID (or an owner of this app there) gives the role, by assigning you this app's safeguarding manager app role. Ask them, or ask your designated safeguarding lead to."),
    h('p', {}, "Staff and safeguarding leads can see their own requests and decisions in the app's chat."),
    again,
  );
}
