/**
 * Teams gives an invoke 5 s. A store call that has not answered in time is abandoned (the SDK
 * would otherwise keep retrying a dead connection for much longer) and reported as an outage,
 * so the user hears "not saved, try again" within the budget.
 */
export const STORE_CALL_TIMEOUT_MS = 3000;

export function timeout(ms = STORE_CALL_TIMEOUT_MS): AbortSignal {
  return AbortSignal.timeout(ms);
}

/**
 * Background work (the scheduler's scans, exports) is not inside a Teams turn, and a scan of a
 * large container on the local server takes seconds: it gets longer before it counts as an outage.
 */
export const BACKGROUND_CALL_TIMEOUT_MS = 15_000;
