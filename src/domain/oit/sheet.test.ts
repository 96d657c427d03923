import { describe, expect, it } from 'vitest';

import { makeMeasure, makeUpdate } from '@/testing/records';

import type { OitItem } from '../types';
import { answerSheet, checkableUrls } from './sheet';

const item = (fields: Partial<OitItem>): OitItem => ({
  id: fields.number ?? 'i',
  rev: `1-${'0'.repeat(32)}`,
  revs: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  officeId: 'o1',
  fiscalYear: 2568,
  number: 'O36',
  title: 'มาตรการส่งเสริมคุณธรรม',
  asks: '',
  documents: [],
  links: [],
  allMeasures: false,
  measureIds: [],
  withUpdates: false,
  ...fields,
});

describe('answerSheet', () => {
  const one = { ...makeMeasure('m1'), evidence: ['https://a.go.th/1'] };
  const two = {
    ...makeMeasure('m2'),
    evidence: ['https://a.go.th/2', 'ftp://a.go.th/x', 'ดูที่สำนักปลัด'],
  };
  const late = {
    ...makeUpdate('u2', 'm1'),
    date: '2025-03-01',
    evidence: ['https://a.go.th/u2'],
  };
  const early = {
    ...makeUpdate('u1', 'm1'),
    date: '2024-12-01',
    evidence: ['https://a.go.th/u1', 'https://a.go.th/1'],
  };

  it('lists documents, links, measures and updates in that order, each address once', () => {
    const [row] = answerSheet(
      [
        item({
          documents: [
            { kind: 'announcement', url: 'https://a.go.th/ann' },
            { kind: 'annual-report', url: '' },
          ],
          links: ['https://a.go.th/extra'],
          allMeasures: true,
          withUpdates: true,
        }),
      ],
      [one, two],
      [late, early],
    );
    expect(row!.links.map((l) => [l.url, l.source.kind])).toEqual([
      ['https://a.go.th/ann', 'document'],
      ['https://a.go.th/extra', 'link'],
      ['https://a.go.th/1', 'measure'],
      ['https://a.go.th/2', 'measure'],
      ['ftp://a.go.th/x', 'measure'],
      ['ดูที่สำนักปลัด', 'measure'],
      ['https://a.go.th/u1', 'update'],
      ['https://a.go.th/u2', 'update'],
    ]);
    expect(row!.links.map((l) => l.problem)).toEqual([
      null,
      null,
      null,
      null,
      'not-http',
      'malformed',
      null,
      null,
    ]);
    expect(row!.unpublished).toEqual(['annual-report']);
    expect(row!.missing).toBe(false);
  });

  it('takes only the measures picked, and their updates only when asked', () => {
    const [row] = answerSheet(
      [item({ measureIds: ['m2'] })],
      [one, two],
      [early],
    );
    expect(row!.links.map((l) => l.url)).toEqual([
      'https://a.go.th/2',
      'ftp://a.go.th/x',
      'ดูที่สำนักปลัด',
    ]);
    expect(row!.links[0]!.source).toMatchObject({ position: 2 });
  });

  it('shows an item with no evidence, or only broken links, as missing, not hidden', () => {
    const sheet = answerSheet(
      [
        item({
          number: 'O37',
          documents: [{ kind: 'annual-report', url: '' }],
        }),
        item({ number: 'O36', links: ['www.a.go.th'] }),
      ],
      [one],
      [],
    );
    expect(sheet.map((r) => [r.item.number, r.missing])).toEqual([
      ['O36', true],
      ['O37', true],
    ]);
  });

  it('flags both items that use one number in a year, and leaves deleted ones out', () => {
    const sheet = answerSheet(
      [
        item({ id: 'a', number: 'O36' }),
        item({ id: 'b', number: 'o๓๖' }),
        item({ id: 'c', number: 'O37' }),
        item({ id: 'd', number: 'O37', deleted: true }),
      ],
      [],
      [],
    );
    expect(sheet.map((r) => [r.item.id, r.duplicate])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('checks each pasteable address once', () => {
    const sheet = answerSheet(
      [
        item({ id: 'a', allMeasures: true }),
        item({ id: 'b', number: 'O37', measureIds: ['m1'] }),
      ],
      [one, two],
      [],
    );
    expect(checkableUrls(sheet)).toEqual([
      'https://a.go.th/1',
      'https://a.go.th/2',
    ]);
  });
});
