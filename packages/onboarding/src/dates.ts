import type { Phase } from '@rolekit/model';

/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), pure and time-zone free: every date is handled
 * as midnight UTC, so the result never depends on where or when rolekit runs.
 *
 * Business days are Monday to Friday. There is no holiday calendar (the model has none).
 */

export const PHASES: readonly Phase[] = ['before-day-1', 'day-1', 'week-1', 'day-30', 'day-60', 'day-90'];

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function toTime(iso: string): number {
  const parsed = parseIsoDate(iso);
  if (parsed === undefined) throw new Error(`not an ISO date: '${iso}'`);
  return Date.parse(`${parsed}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date itself when `text` is a real calendar date written YYYY-MM-DD; undefined otherwise (2026-02-30, 2026-1-5). */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? text : undefined;
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

export function isBusinessDay(iso: string): boolean {
  const d = dayOfWeek(iso);
  return d !== 0 && d !== 6;
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** The date itself if it is a business day, else the next business day. */
export function onOrAfterBusinessDay(iso: string): string {
  let date = iso;
  while (!isBusinessDay(date)) date = addDays(date, 1);
  return date;
}

/** The last business day strictly before the date. */
export function previousBusinessDay(iso: string): string {
  let date = addDays(iso, -1);
  while (!isBusinessDay(date)) date = addDays(date, -1);
  return date;
}

/** Moves `count` business days forward (count >= 0) from a business day. */
export function addBusinessDays(iso: string, count: number): string {
  let date = iso;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    if (isBusinessDay(date)) left--;
  }
  return date;
}

/**
 * When each phase is due for someone starting on `start`:
 *
 * - day-1: the start date; a start on a weekend counts from the Monday after.
 * - before-day-1: the last business day before day 1.
 * - week-1: the 5th business day, counting day 1 as the first (day 1 + 4 business days).
 * - day-30, day-60, day-90: 30, 60 or 90 calendar days after day 1, moved forward to a Monday when
 *   that falls on a weekend.
 */
export function dueDates(start: string): Record<Phase, string> {
  const day1 = onOrAfterBusinessDay(start);
  const calendar = (days: number) => onOrAfterBusinessDay(addDays(day1, days));
  return {
    'before-day-1': previousBusinessDay(day1),
    'day-1': day1,
    'week-1': addBusinessDays(day1, 4),
    'day-30': calendar(30),
    'day-60': calendar(60),
    'day-90': calendar(90),
  };
}

/** 'Fri 4 Dec 2026': short, unambiguous in every locale, and the weekday shows the rules at work. */
export function formatDate(iso: string): string {
  const date = new Date(toTime(iso));
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
