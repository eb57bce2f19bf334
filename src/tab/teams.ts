export type Theme = 'default' | 'dark' | 'contrast';

export function asTheme(value: string | null | undefined): Theme | undefined {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : undefined;
}

export interface TeamsSession {
  theme: Theme;
  userId: string;
  tenantId: string | undefined;
  /** A token for this app's API from Teams single sign-on. */
  token(): Promise<string>;
  onThemeChange(handler: (theme: Theme) => void): void;
  /** Opens a Teams deep link the way Teams wants a tab to (a channel message, say). */
  openLink(url: string): Promise<void>;
}

/**
 * How long to wait for a host to answer `app.initialize`. Outside any frame we do not ask at all;
 * in a frame that is not Teams the SDK would wait 60 s, and `getAuthToken` after a failed
 * initialize never settles, so a page in a foreign frame falls back to "not in Teams" quickly.
 */
export const TEAMS_INIT_TIMEOUT_MS = 5_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the host within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Connects to the Teams host, or resolves `undefined` when the page is not running inside Teams. */
export async function connectToTeams(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<TeamsSession | undefined> {
  if (window.parent === window) return undefined;
  const { app, authentication } = await import('./teams-sdk.js');
  try {
    await within(app.initialize(), timeoutMs);
  } catch {
    return undefined;
  }
  const context = await within(app.getContext(), timeoutMs);
  // Tells Teams the tab has loaded (it hides its own loading indicator); the page shows its own progress from here.
  void app.notifySuccess().catch(() => undefined);
  return {
    theme: asTheme(context.app.theme) ?? 'default',
    userId: context.user?.id ?? '',
    tenantId: context.user?.tenant?.id,
    token: () => authentication.getAuthToken(),
    onThemeChange(handler) {
      app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme) ?? 'default'));
    },
    openLink: (url) => app.openLink(url),
  };
}
