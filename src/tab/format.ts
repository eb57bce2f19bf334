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
