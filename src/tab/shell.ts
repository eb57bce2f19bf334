import { button, byId, fill, h, type Child } from './dom.js';
import type { Theme } from './teams.js';

/**
 * The page's fixed regions (index.html) and what every part of the page does with them: the
 * polite status, the alert with its "Try again", a whole-page panel, and the theme.
 */
export interface PageShell {
  content: HTMLElement;
  signedIn: HTMLElement;
  status: (message: string) => void;
  alert: (message: string, retry?: { label: string; action: () => void }) => void;
  clearAlert: () => void;
  /** Replaces the page content with one panel (loading, sign-in, a problem); nothing else is on screen then. */
  panel: (...children: Child[]) => void;
  loading: (message: string) => void;
  theme: ThemeController;
}

export interface ThemeController {
  set(theme: Theme): void;
  on(handler: (theme: Theme) => void): void;
}

function themeController(initial: Theme): ThemeController {
  const handlers: ((t: Theme) => void)[] = [];
  let current = initial;
  const apply = (t: Theme) => {
    current = t;
    document.documentElement.dataset.theme = t;
  };
  apply(initial);
  return {
    set(t) {
      if (t === current) return;
      apply(t);
      for (const handler of handlers) handler(t);
    },
    on(handler) {
      handlers.push(handler);
    },
  };
}

export function createShell(initialTheme: Theme): PageShell {
  const content = byId('content');
  const alertRegion = byId('alert');
  const statusRegion = byId('status');
  const status = (message: string) => {
    statusRegion.textContent = message;
  };
  const clearAlert = () => fill(alertRegion);
  return {
    content,
    signedIn: byId('signed-in'),
    status,
    clearAlert,
    alert(message, retry) {
      // After "Try again", focus goes back to what the user was on when the action failed (Load more, Export CSV…).
      const active = document.activeElement;
      const returnTo = active instanceof HTMLElement && active !== document.body && !alertRegion.contains(active) ? active : undefined;
      fill(
        alertRegion,
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
    },
    panel(...children) {
      content.setAttribute('aria-busy', 'false');
      fill(content, ...children);
    },
    loading(message) {
      fill(content, h('p', { class: 'loading' }, message));
      content.setAttribute('aria-busy', 'true');
      status(message);
    },
    theme: themeController(initialTheme),
  };
}
