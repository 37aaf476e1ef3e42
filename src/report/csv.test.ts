import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell neutralises anything a spreadsheet could run as a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =HYPERLINK("x")', `"' =HYPERLINK(""x"")"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u0000=1', "'\u0000=1"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['\u3000＋1', "'\u3000＋1"],
  ])('%j becomes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Wijk Noord')).toBe('Wijk Noord');
    expect(csvCell('e-mail')).toBe('e-mail');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a; b')).toBe('"a; b"');
  });
});
