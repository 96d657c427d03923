// A consolidator's device without importing hundreds of bundles: offices made
// with the app's own createRecord (real revs, keys sorted as stored) and
// written straight into IndexedDB, then the page reloaded so the app reads
// them (Dexie's live queries do not see writes made around Dexie).
import { randomUUID } from 'node:crypto';

import type { Page } from '@playwright/test';

import { createRecord } from '../../src/domain/revision';
import type { Office, OfficeKind } from '../../src/domain/types';

export interface OfficeName {
  name: string;
  district: string;
  province: string;
  kind?: OfficeKind;
}

// Place names as villages are named: a landform and a word, 10 × 30 of them.
const LANDFORMS = [
  'บ้าน',
  'หนอง',
  'ดอน',
  'โนน',
  'ท่า',
  'ห้วย',
  'บาง',
  'ทุ่ง',
  'ป่า',
  'สัน',
];
const WORDS = [
  'ใหม่',
  'แก้ว',
  'ทอง',
  'สูง',
  'ยาง',
  'บัว',
  'งาม',
  'ไผ่',
  'คำ',
  'หลวง',
  'น้อย',
  'ใหญ่',
  'เหนือ',
  'ใต้',
  'กลาง',
  'ตะเคียน',
  'จิก',
  'ขาม',
  'ม่วง',
  'มะค่า',
  'โพธิ์',
  'ไทร',
  'กุง',
  'เต็น',
  'ผึ้ง',
  'แดง',
  'ขาว',
  'เขียว',
  'เจริญ',
  'พัฒนา',
];
// Six districts in each of five provinces, in turn.
const PLACES = [
  ['ขอนแก่น', ['เมืองขอนแก่น', 'บ้านไผ่', 'ชุมแพ', 'น้ำพอง', 'พล', 'หนองเรือ']],
  ['อุดรธานี', ['เมืองอุดรธานี', 'กุดจับ', 'บ้านดุง', 'เพ็ญ', 'หนองหาน', 'บ้านผือ']],
  ['นครราชสีมา', ['เมืองนครราชสีมา', 'ปากช่อง', 'สีคิ้ว', 'พิมาย', 'โชคชัย', 'บัวใหญ่']],
  ['สุรินทร์', ['เมืองสุรินทร์', 'ท่าตูม', 'ปราสาท', 'รัตนบุรี', 'ศีขรภูมิ', 'สังขะ']],
  [
    'ร้อยเอ็ด',
    ['เมืองร้อยเอ็ด', 'เสลภูมิ', 'สุวรรณภูมิ', 'พนมไพร', 'โพนทอง', 'จตุรพักตรพิมาน'],
  ],
] as const;

/**
 * Up to 9,300 อบต., each a place of its own: a landform and one or two
 * words (องค์การบริหารส่วนตำบลบ้านใหม่, …หนองใหม่, …, then …บ้านใหม่แก้ว),
 * spread over 30 districts of five provinces, as at the nation scale.
 */
export function nationOffices(count: number): OfficeName[] {
  const most = LANDFORMS.length * WORDS.length * (WORDS.length + 1);
  if (count > most)
    throw new Error(
      `nationOffices makes at most ${most} offices, not ${count}`,
    );
  return Array.from({ length: count }, (_, i) => {
    const pair = LANDFORMS.length * WORDS.length;
    const third = Math.floor(i / pair);
    const [province, districts] = PLACES[Math.floor(i / 6) % PLACES.length]!;
    return {
      name: `องค์การบริหารส่วนตำบล${LANDFORMS[i % LANDFORMS.length]}${WORDS[Math.floor(i / LANDFORMS.length) % WORDS.length]}${third === 0 ? '' : WORDS[third - 1]}`,
      district: districts[i % 6]!,
      province,
      kind: 'sao',
    };
  });
}

function officeRecord(office: OfficeName): Office {
  return createRecord<Office>(
    {
      name: office.name,
      kind: office.kind ?? 'sao',
      district: office.district,
      province: office.province,
      website: '',
      units: [{ id: randomUUID(), name: 'สำนักปลัด' }],
      preparedBy: { name: '', position: '' },
      endorsedBy: { name: '', position: '' },
      approvedBy: { name: '', position: '' },
    },
    randomUUID(),
    '2025-01-10T03:00:00.000Z',
  );
}

/** Writes the offices into the app's database in one transaction, then reloads. */
export async function storeOffices(
  page: Page,
  offices: readonly OfficeName[],
): Promise<void> {
  const records = offices.map(officeRecord);
  // As one string: Playwright's own serialising of 8,000 objects takes seconds.
  await page.evaluate(async (json) => {
    const rows = JSON.parse(json) as unknown[];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ita-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open'));
    });
    try {
      const tx = db.transaction('offices', 'readwrite');
      for (const row of rows) tx.objectStore('offices').put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('offices'));
      });
    } finally {
      db.close();
    }
  }, JSON.stringify(records));
  await page.reload();
}
