import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn';

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('999999990')).toBe(true);
  });

  it('refuses a number with one digit changed', () => {
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('123456781')).toBe(false);
  });

  it('refuses the wrong length, non-digits and all zeros', () => {
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn(' 123456782')).toBe(false);
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
});
