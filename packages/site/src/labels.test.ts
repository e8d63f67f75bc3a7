import { describe, expect, it } from 'vitest';
import { baselines, labels, labelWidth, wrapLabel } from './labels.js';

describe('org chart labels', () => {
  it('wraps a title in lines no wider than a box allows, every character kept', () => {
    const title =
      'Principal Staff Site Reliability Engineer / Operations Lead for Payments and Risk Platforms';
    const lines = wrapLabel(title);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(200);
  });

  it('breaks a word longer than a line between characters, and a grapheme never in two', () => {
    const lines = wrapLabel(`${'W'.repeat(40)} ${'👩🏽‍💻'.repeat(20)}`);
    expect(lines.join('')).toBe(`${'W'.repeat(40)}${'👩🏽‍💻'.repeat(20)}`);
    for (const line of lines) {
      expect(labelWidth(line)).toBeLessThanOrEqual(200);
      expect(line).not.toMatch(/^\u200d|\ud83c$|\u200d$/);
    }
  });

  it('measures wide characters on the wide side of any font, and marks as nothing', () => {
    expect(labelWidth('首')).toBeCloseTo(13 * 1.3);
    expect(labelWidth('🚀')).toBeCloseTo(13 * 1.3);
    expect(labelWidth('e\u0301')).toBe(labelWidth('e'));
    expect(labelWidth('WW')).toBeGreaterThan(labelWidth('ii') * 2);
  });

  it('gives every box one width, a height for its lines, and centres the lines in it', () => {
    const boxes = labels(
      new Map([
        ['a', 'QA'],
        ['b', 'Principal Staff Site Reliability Engineer / Operations Lead for Payments'],
      ]),
    );
    const a = boxes.get('a')!;
    const b = boxes.get('b')!;
    expect(a.width).toBe(b.width);
    expect(b.height).toBeGreaterThan(a.height);
    expect(a.lines).toEqual(['QA']);
    const ys = baselines(b, 100);
    expect(ys.length).toBe(b.lines.length);
    // The lines' baselines centred in the box, shifted down by half a line's ascent over its descent.
    expect(ys[0]! - 100 - (100 + b.height - ys.at(-1)!)).toBe(10);
  });
});
