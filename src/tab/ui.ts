import type { Api, ApiError } from './api.js';
import type { Labels } from './labels.js';
import type { Theme } from './teams.js';

/** What every view gets from the page: the API, labels, the shared live regions and the theme. */
export interface Ctx {
  api: Api;
  labels: Labels;
  /** A polite status message (loading, counts, finished exports). */
  status(message: string): void;
  /** An error in plain words in the alert region, with an optional way to try again. */
  alert(message: string, retry?: { label: string; action: () => void }): void;
  clearAlert(): void;
  /** Handles an API failure: sign-in and permission problems replace the page; others become alerts. */
  failed(err: ApiError, retry?: () => void): void;
  onThemeChange(handler: (theme: Theme) => void): void;
}

/** The page's query string holds the view and the list filters, so a refresh keeps them. */
export function readParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

export function writeParams(update: Record<string, string | undefined>): void {
  const params = readParams();
  for (const [k, v] of Object.entries(update)) {
    if (v === undefined || v === '') params.delete(k);
    else params.set(k, v);
  }
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}

export const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
