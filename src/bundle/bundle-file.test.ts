import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { bundleFrame, textSink } from './bundle-file';
import { bundleChecksum, checksumText } from './checksum';
import {
  bundleFileWriter,
  createBundle,
  createBundleFile,
} from './create-bundle';
import { BUNDLE_VERSION } from './envelope';
import { parseJson, readBundle } from './read-bundle';

const updates = Array.from({ length: 7 }, (_, i) =>
  makeUpdate(`update-${i}`, 'measure-1'),
);
const content = {
  exportedAt: '2025-10-05T03:12:00.000Z',
  source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'ทดสอบ' },
  scope: { offices: ['office-1'], fiscalYears: [] },
  records: { offices: [makeOffice()], measures: [makeMeasure()], updates },
  conflicts: [],
};

describe('a bundle file written a page at a time', () => {
  it('is the file written at once, whatever the pages', async () => {
    const whole = await (await createBundleFile(content)).file.text();
    for (const cuts of [[], [0], [3], [1, 1, 6], [7]]) {
      const writer = bundleFileWriter(content, textSink());
      let from = 0;
      for (const cut of [...cuts, updates.length]) {
        writer.page(updates.slice(from, cut));
        from = cut;
      }
      expect(await (await writer.end()).file.text(), `${cuts}`).toBe(whole);
    }
  });

  it('carries the checksum of its canonical text, and reads back whole', async () => {
    const { file, bundle } = await createBundleFile(content);
    const text = await file.text();
    expect(bundle.sha256).toBe(bundleChecksum(createBundle(content)));
    expect(text).toBe(
      `${checksumText(bundle).slice(0, -1)},"sha256":"${bundle.sha256}"}`,
    );
    expect(readBundle(parseJson(text)).records).toEqual({
      ...content.records,
      deadlines: [],
      roundReports: [],
      approvals: [],
      oitItems: [],
    });
  });

  it('frames the body around the updates, the last array', () => {
    const version = BUNDLE_VERSION;
    const { head, tail } = bundleFrame({ offices: [], type: 'x', version });
    expect(head).toBe('{"offices":[],"type":"x","updates":[');
    expect(tail).toBe(`],"version":${version}}`);
  });
});

describe('textSink', () => {
  it('encodes Thai text across writes larger than its first buffer', async () => {
    const piece = 'มาตรการส่งเสริมคุณธรรม '.repeat(20_000);
    const sink = textSink();
    for (let i = 0; i < 5; i++) sink.write(piece);
    const { buffer, length, sha256 } = await sink.finish();
    const expected = piece.repeat(5);
    expect(length).toBe(new TextEncoder().encode(expected).length);
    const decoded = new TextDecoder().decode(new Uint8Array(buffer, 0, length));
    // Compared as one boolean: a failing toBe on 2 MB would print all of it.
    expect(decoded === expected).toBe(true);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
