import { describe, expect, it } from 'vitest';

import {
  byItemNumber,
  duplicateNumbers,
  linkProblem,
  numberKey,
} from './checks';

describe('linkProblem', () => {
  it('takes http and https addresses', () => {
    expect(linkProblem('https://www.khunkaew.go.th/ita/o36')).toBeNull();
    expect(linkProblem(' http://www.khunkaew.go.th ')).toBeNull();
  });

  it('calls an address without a scheme, with spaces or unparsable malformed', () => {
    expect(linkProblem('www.khunkaew.go.th')).toBe('malformed');
    expect(linkProblem('https://a.go.th https://b.go.th')).toBe('malformed');
    expect(linkProblem('http://')).toBe('malformed');
    expect(linkProblem('ดูที่เว็บไซต์')).toBe('malformed');
  });

  it('refuses a link that is not http(s)', () => {
    expect(linkProblem('ftp://files.khunkaew.go.th/a.pdf')).toBe('not-http');
    expect(linkProblem('javascript:alert(1)')).toBe('not-http');
    expect(linkProblem('file:///C:/ITA/o36.pdf')).toBe('not-http');
  });

  it('tells an empty link apart', () => {
    expect(linkProblem('  ')).toBe('empty');
  });
});

describe('item numbers', () => {
  it('compares numbers as typed in either digits, case or spacing', () => {
    expect(numberKey('o ๓๖')).toBe('O36');
    expect(duplicateNumbers([{ number: 'O36' }, { number: 'o๓๖' }])).toEqual(
      new Set(['O36']),
    );
    expect(duplicateNumbers([{ number: 'O36' }, { number: 'O37' }])).toEqual(
      new Set(),
    );
  });

  it('orders O9 before O10', () => {
    const sorted = [{ number: 'O10' }, { number: 'O9' }, { number: 'O36' }]
      .sort(byItemNumber)
      .map((i) => i.number);
    expect(sorted).toEqual(['O9', 'O10', 'O36']);
  });
});
