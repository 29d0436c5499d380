import { describe, expect, it } from 'vitest';
import { neutraliseFormula, numericCell, spreadsheetSafeCell, spreadsheetSafeRow } from './spreadsheet-safety';

describe('spreadsheet safety', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")']) {
      expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['', 'Deventer', "'s-Hertogenbosch", 'a=b', ' =1', '1-2']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('keeps numbers, also negative ones, as numbers but neutralises the same text', () => {
    expect(spreadsheetSafeCell(-3)).toBe('-3');
    expect(spreadsheetSafeCell(numericCell('-3,5'))).toBe('-3,5');
    expect(spreadsheetSafeCell('-3')).toBe("'-3");
    expect(spreadsheetSafeRow(['=x', -1.5, numericCell('-2'), null, undefined, 'ok'])).toEqual([
      "'=x",
      '-1.5',
      '-2',
      '',
      '',
      'ok',
    ]);
  });
});
