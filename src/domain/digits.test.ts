import { describe, it, expect } from 'vitest';

import { parseNumber, toArabicDigits, toThaiDigits } from './digits';

describe('toThaiDigits', () => {
  it.each([
    ['0123456789', '๐๑๒๓๔๕๖๗๘๙'],
    ['ต.ค.67 - ก.ย.68', 'ต.ค.๖๗ - ก.ย.๖๘'],
    ['', ''],
    ['๒๕๖๘ and 2568', '๒๕๖๘ and ๒๕๖๘'],
  ])('%j → %j', (input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });
});

describe('toArabicDigits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['ธันวาคม ๒๕๖๖', 'ธันวาคม 2566'],
    ['', ''],
    ['no digits', 'no digits'],
  ])('%j → %j', (input, expected) => {
    expect(toArabicDigits(input)).toBe(expected);
  });

  it.each(['0123456789', 'ปี 2568', '12.5%'])('round-trips %j', (text) => {
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
  });
});

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    ['42', 42],
    ['๔๒', 42],
    ['  ๙๖.๗๓ ', 96.73],
    ['-5', -5],
    ['+5', 5],
    ['-๐.๕', -0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1,234.5', 1234.5],
    ['๑,๒๓๔', 1234],
    ['0', 0],
    ['100', 100],
    ['', null],
    ['   ', null],
    ['-', null],
    ['.', null],
    ['abc', null],
    ['12abc', null],
    ['1 2', null],
    ['1,5', null],
    ['1.2.3', null],
    ['--1', null],
    ['Infinity', null],
    ['NaN', null],
    ['1e3', null],
    ['0x10', null],
  ])('%j → %s', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});
