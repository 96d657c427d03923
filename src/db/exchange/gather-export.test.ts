import { beforeEach, describe, expect, it } from 'vitest';

import { textSink, type TextSink } from '@/bundle/bundle-file';
import { parseJson, readBundle } from '@/bundle/read-bundle';
import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { deviceKey } from '../keys/device-key';
import { putUpdates } from '../update-groups';
import { gatherExport, gatherExportFile } from './gather-export';

const source = {
  exportedAt: '2025-10-05T03:12:00.000Z',
  appVersion: '0.1.0',
  device: 'ทดสอบ',
};

/** A sink that counts what it is given, around the real one. */
function countingSink(): TextSink & { writes: number } {
  const inner = textSink();
  const sink = {
    writes: 0,
    write(text: string) {
      sink.writes++;
      inner.write(text);
    },
    finish: () => inner.finish(),
    abort: () => inner.abort(),
  };
  return sink;
}

describe('export of everything, the updates a page of rows at a time', () => {
  beforeEach(resetDb);

  it('writes the bundle gatherExport makes, over several pages', async () => {
    // 1,000 measures with updates: more rows than one page reads.
    const measures = Array.from({ length: 1000 }, (_, i) =>
      makeMeasure(`m${String(i).padStart(4, '0')}`),
    );
    await db.offices.put(makeOffice());
    await db.measures.bulkPut(measures);
    await putUpdates(
      measures.flatMap((m, i) => [
        makeUpdate(`u${i}-b`, m.id),
        makeUpdate(`u${i}-a`, m.id),
      ]),
    );
    const sink = countingSink();
    const { file } = await gatherExportFile({ kind: 'all' }, source, sink);
    const text = await file.text();
    const bundle = await gatherExport({ kind: 'all' }, source);
    // The file is signed by the device's key; the rest is the bundle.
    const { signature, ...unsigned } = JSON.parse(text) as Record<
      string,
      unknown
    >;
    expect(unsigned).toEqual(bundle);
    expect(signature).toMatchObject({
      algorithm: 'ECDSA-P256-SHA256',
      publicKey: (await deviceKey()).publicKey,
    });
    expect(bundle.updates).toHaveLength(2000);
    // The head, three pages (400, 400, 200 rows) and the tail.
    expect(sink.writes).toBe(5);
    const read = readBundle(parseJson(text));
    expect(read.invalid).toEqual([]);
    expect(read.records.updates).toEqual(bundle.updates);
  });

  it('writes an empty database as a bundle with no records', async () => {
    const { file } = await gatherExportFile({ kind: 'all' }, source);
    const read = readBundle(parseJson(await file.text()));
    expect(read.records).toEqual({
      offices: [],
      measures: [],
      updates: [],
      deadlines: [],
      roundReports: [],
      approvals: [],
      oitItems: [],
    });
  });

  it('drops what it wrote when the export fails midway', async () => {
    const sink = countingSink();
    let aborted = false;
    const failing: TextSink = {
      write: () => {
        throw new Error('out of memory');
      },
      finish: () => sink.finish(),
      abort: () => {
        aborted = true;
      },
    };
    await expect(
      gatherExportFile({ kind: 'all' }, source, failing),
    ).rejects.toThrow('out of memory');
    expect(aborted).toBe(true);
  });
});
