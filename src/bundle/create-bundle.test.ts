import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { createBundle, createBundleFile } from './create-bundle';
import { parseJson, readBundle } from './read-bundle';

const content = {
  exportedAt: '2025-10-05T03:12:00.000Z',
  source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'ทดสอบ' },
  scope: { offices: ['office-1'], fiscalYears: [2568] },
  records: {
    offices: [makeOffice()],
    measures: [
      makeMeasure('measure-1', 'office-1', 'มาตรการ "ทดสอบ"\nบรรทัดสอง'),
    ],
    updates: [makeUpdate()],
  },
  conflicts: [],
};

describe('createBundleFile', () => {
  it('makes the same bundle as createBundle, checksum included', async () => {
    const { bundle } = await createBundleFile(content);
    expect(bundle).toEqual(createBundle(content));
  });

  it('writes a file the app reads back whole, its checksum right', async () => {
    const { bundle, file } = await createBundleFile(content);
    const text = await file.text();
    expect(JSON.parse(text)).toEqual(bundle);
    const read = readBundle(parseJson(text));
    expect(read.invalid).toEqual([]);
    expect(read.records).toEqual({
      ...content.records,
      deadlines: [],
      roundReports: [],
      approvals: [],
      oitItems: [],
    });
  });
});
