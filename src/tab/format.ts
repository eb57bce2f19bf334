/** Dates, times and durations in UK English (times in the UK time zone, as the records are). */

const UK = 'Europe/London';
const DAY_MS = 86_400_000;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: UK,
});
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: UK, year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2026-11-21` → `21 Nov 2026`. */
export function formatDate(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : dateFormat.format(t);
}

/** An ISO instant → `21 Nov 2026, 14:05` (UK time). */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateTimeFormat.format(t);
}

/** `2026-11-13` → `13/11/2026`: how a date is written in a date field, whatever the browser's language. */
export function formatDateNumeric(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** What a date field shows as its example, and how its problems are put. */
export const DATE_HINT = 'Day, month and year, such as 27/11/2026.';

/**
 * A date typed the UK way — day, month, year (`13/11/2026`, `13-11-2026`, `13.11.26`) — or pasted
 * as `2026-11-13`, as YYYY-MM-DD; `undefined` when empty, `null` when it is not a real date.
 */
export function parseUkDate(text: string): string | undefined | null {
  const t = text.trim();
  if (!t) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3]!.length === 2 ? `20${uk[3]}` : uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

/** Today's UK calendar date, YYYY-MM-DD. */
export function ukToday(now = new Date()): string {
  return isoDay.format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Minutes as `45 min`, `3 h 20 min` or `2 d 4 h`; `undefined` (no data) as `No data`. */
export function formatMinutes(minutes: number | undefined): string {
  if (minutes === undefined || Number.isNaN(minutes)) return 'No data';
  const whole = Math.round(minutes);
  if (whole < 1) return 'under 1 min';
  if (whole < 60) return `${whole} min`;
  if (whole < 24 * 60) {
    const h = Math.floor(whole / 60);
    const m = whole % 60;
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(whole / (24 * 60));
  const h = Math.round((whole - d * 24 * 60) / 60);
  if (h === 24) return `${d + 1} d`;
  return h ? `${d} d ${h} h` : `${d} d`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `followUp` or `not_yet_asked` → `Follow up` / `Not yet asked`, for values the server sends no label for. */
export function humanise(value: string): string {
  const words = value
    .replace(/(\d)_(\d)/g, '$1–$2')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
