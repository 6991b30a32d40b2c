import { describe, expect, it } from 'vitest';
import { formatFor } from '@/lib/format';

describe('the one formatter', () => {
  const da = formatFor('da');
  const en = formatFor('en');

  it('writes figures the Danish and the British way, and a dash for a missing one', () => {
    expect(da.decimal(3.84)).toBe('3,8');
    expect(en.decimal(3.84)).toBe('3.8');
    expect(da.decimal(0.8123, 2)).toBe('0,81');
    expect(da.signed(0.4)).toBe('+0,4');
    expect(en.signed(-0.25)).toMatch(/^[-−]0\.3$/);
    expect(da.signed(0)).toBe('0,0');
    expect(da.signed(-1.25)).toBe('\u22121,3');
    expect(da.decimal(-0.5)).toBe('\u22120,5');
    expect(da.integer(1024)).toBe('1.024');
    expect(en.integer(1024)).toBe('1,024');
    expect(da.decimal(null)).toBe('–');
    expect(en.signed(undefined)).toBe('–');
  });

  it('shows instants in Danish time, winter and summer, wherever the browser is', () => {
    // 11:00 UTC is 12.00 in Copenhagen in winter (CET), 10:00 UTC is 12.00 in summer (CEST).
    expect(da.dateTime('2026-03-01T11:00:00Z')).toBe('1. mar. 2026, 12.00');
    expect(da.dateTime('2026-07-01T10:00:00Z')).toBe('1. jul. 2026, 12.00');
    expect(en.dateTime('2026-03-01T11:00:00Z')).toBe('1 Mar 2026, 12:00');
    // 23:30 UTC on the last day of February is already 1 March in Copenhagen.
    expect(da.date('2026-02-28T23:30:00Z', 'long')).toBe('1. marts 2026');
    expect(en.date('2026-02-28T23:30:00Z', 'long')).toBe('1 March 2026');
    expect(da.time(new Date('2026-07-01T12:32:00Z'))).toBe('14.32');
    expect(da.date(undefined)).toBe('');
  });

  it('shows a calendar day as that day, not shifted by any time zone', () => {
    expect(da.localDate('2027-03-01')).toBe('1. marts 2027');
    expect(en.localDate('2027-03-01')).toBe('1 March 2027');
  });

  it('knows whether the UI is English', () => {
    expect(da.english).toBe(false);
    expect(en.english).toBe(true);
    expect(formatFor('en-US').locale).toBe('en-GB');
    expect(formatFor(undefined).locale).toBe('da-DK');
  });
});
