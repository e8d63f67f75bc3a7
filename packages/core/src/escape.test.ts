import { describe, expect, it } from 'vitest';
import { escapeControl, terminalSafe } from './escape.js';

describe('escapeControl', () => {
  it('makes every control character of a value visible, newlines included', () => {
    expect(escapeControl('a\u001b[2Jb\nc\rd\te\u0085f\u202eg\u2066h\u0000')).toBe(
      'a\\u001b[2Jb\\nc\\rd\\te\\u0085f\\u202eg\\u2066h\\u0000',
    );
    expect(escapeControl('Zoë, 日本, emoji 🎉, Arabic العربية')).toBe('Zoë, 日本, emoji 🎉, Arabic العربية');
  });
});

describe('terminalSafe', () => {
  it('off a terminal (CI logs): no escape sequence at all, and no line that GitHub Actions would run', () => {
    const out = terminalSafe('ok\n\u001b[31mred\u001b[0m\n::error::forged\n  ::warning::also\n', false);
    expect(out).toBe('ok\n\\u001b[31mred\\u001b[0m\n\\::error::forged\n  \\::warning::also\n');
  });

  it('on a terminal: rolekit’s own colours and cursor moves pass, anything else is escaped', () => {
    expect(
      terminalSafe('\u001b[1m\u001b[31merror\u001b[39m\u001b[22m \u001b[2K\u001b[1G\u001b[?25l', true),
    ).toBe('\u001b[1m\u001b[31merror\u001b[39m\u001b[22m \u001b[2K\u001b[1G\u001b[?25l');
    expect(terminalSafe('\u001b[2J\u001b]0;title\u0007\u001b[H\r', true)).toBe(
      '\\u001b[2J\\u001b]0;title\\u0007\\u001b[H\\r',
    );
  });
});
