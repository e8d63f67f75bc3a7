import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  dueDates,
  formatDate,
  isBusinessDay,
  onOrAfterBusinessDay,
  PHASES,
  parseIsoDate,
  previousBusinessDay,
} from './dates.js';

describe('parseIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2026-12-01')).toBe('2026-12-01');
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-1-5')).toBeUndefined();
    expect(parseIsoDate('tomorrow')).toBeUndefined();
    expect(parseIsoDate('2026-12-01T00:00:00Z')).toBeUndefined();
  });
});

describe('business days', () => {
  it('skips Saturday and Sunday', () => {
    expect(isBusinessDay('2026-12-04')).toBe(true); // Friday
    expect(isBusinessDay('2026-12-05')).toBe(false);
    expect(isBusinessDay('2026-12-06')).toBe(false);
    expect(onOrAfterBusinessDay('2026-12-05')).toBe('2026-12-07');
    expect(onOrAfterBusinessDay('2026-12-07')).toBe('2026-12-07');
    expect(previousBusinessDay('2026-12-07')).toBe('2026-12-04');
    expect(addBusinessDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addBusinessDays('2026-12-04', 0)).toBe('2026-12-04');
  });

  it('crosses months and years in UTC, whatever the local time zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29'); // a daylight-saving change in Europe
  });
});

describe('dueDates', () => {
  it('pins every phase for a Friday start (2026-12-04)', () => {
    expect(dueDates('2026-12-04')).toEqual({
      'before-day-1': '2026-12-03', // Thursday
      'day-1': '2026-12-04',
      'week-1': '2026-12-10', // 5th business day: Fri, Mon, Tue, Wed, Thu
      'day-30': '2027-01-04', // 2027-01-03 is a Sunday
      'day-60': '2027-02-02',
      'day-90': '2027-03-04',
    });
  });

  it('pins every phase for a Monday start (2026-12-07)', () => {
    expect(dueDates('2026-12-07')).toEqual({
      'before-day-1': '2026-12-04', // the Friday before
      'day-1': '2026-12-07',
      'week-1': '2026-12-11',
      'day-30': '2027-01-06',
      'day-60': '2027-02-05',
      'day-90': '2027-03-08', // 2027-03-07 is a Sunday
    });
  });

  it('counts a weekend start from the Monday after', () => {
    const dates = dueDates('2026-12-05');
    expect(dates['day-1']).toBe('2026-12-07');
    expect(dates['before-day-1']).toBe('2026-12-04');
  });

  it('puts every due date on a weekday, in phase order, for two years of start dates', () => {
    for (let day = 0; day < 730; day++) {
      const start = addDays('2026-01-01', day);
      const dates = dueDates(start);
      const list = PHASES.map((p) => dates[p]);
      for (const date of list) expect(isBusinessDay(date), `${start}: ${date}`).toBe(true);
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('formatDate', () => {
  it('shows the weekday', () => {
    expect(formatDate('2026-12-04')).toBe('Fri 4 Dec 2026');
    expect(formatDate('2027-01-04')).toBe('Mon 4 Jan 2027');
  });
});
