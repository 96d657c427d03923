// A bundle over 16 MiB is read in slices (issue 7): the import panel shows
// its progress, with the share done and the records a second, and the
// records all arrive, as from a small file. A long import can be cancelled
// while the file is read and while it is written (issue 11).
import { writeFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { sampleBundle, signed, type SampleRecord } from './bundles';
import { databaseSnapshot } from './database';
import { expect, test } from './fixtures';
import { ImportPanel } from './page-models/exchange-page';
import { MeasuresPage } from './page-models/measures-page';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

const KHUNKAEW = 'เทศบาลตำบลขุนแก้ว';
const EXTRA_UPDATES = 30_000;

/** The sample with 30,000 more progress updates: about 35 MB of JSON. */
function largeBundle() {
  const bundle = sampleBundle();
  const [template] = bundle.updates as [SampleRecord];
  for (let i = 0; i < EXTRA_UPDATES; i++) {
    const id = `7a000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    bundle.updates.push({
      ...template,
      id,
      result: `${template.result} (${i})`,
    });
  }
  return bundle;
}

/** Nothing of the import is in the database: no record, no log entry. */
async function expectNothingStored(page: Page) {
  const { offices, measures, updates, conflicts, imports } =
    await databaseSnapshot(page);
  expect({ offices, measures, updates, conflicts, imports }).toEqual({
    offices: [],
    measures: [],
    updates: [],
    conflicts: [],
    imports: [],
  });
}

test('a bundle of 30,000 updates shows its progress, can be cancelled while read or written, and arrives whole', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await fixToday(page);
  await new SetupPage(page).goto();
  const panel = new ImportPanel(page);
  const progress = page.getByRole('progressbar');
  const rate = page.getByText(/รายการต่อวินาที$/);

  // Too large to hand over in memory: Playwright takes it from a file.
  const path = testInfo.outputPath('large.json');
  await writeFile(path, JSON.stringify(signed(largeBundle())));
  await panel.fileInput.setInputFiles(path);
  await expect(progress).toBeVisible();
  // The panel sits below the office form: its progress is brought into view.
  await expect(panel.progressHeading).toBeFocused();
  await expect(progress).toBeInViewport();

  // Cancelled while the file is read: nothing is written, pick it again.
  await panel.cancelImportButton.click();
  await expect(panel.cancelledMessage).toBeVisible();
  await expect(panel.fileInput).toBeFocused();
  await expectNothingStored(page);

  await panel.fileInput.setInputFiles(path);
  // Reading 35 MB takes seconds, more on a busy machine.
  await expect(panel.fileOutcomes).toHaveText(
    [
      `large.json: อ่านได้ ${(24 + EXTRA_UPDATES).toLocaleString('th-TH')} รายการ · ส่งจาก Chrome on Windows · ไม่มีลายมือชื่อดิจิทัล`,
    ],
    { timeout: 60_000 },
  );
  await expect(panel.previewHeading).toBeFocused();
  await expect(panel.previewHeading).toBeInViewport();
  // New, updated, unchanged, stale, conflict: as the page writes them.
  await expect(panel.officeRow(KHUNKAEW).getByRole('cell')).toHaveText([
    (24 + EXTRA_UPDATES).toLocaleString('th-TH'),
    '0',
    '0',
    '0',
    '1',
  ]);

  // Cancelled while it writes: the one transaction is aborted, nothing is
  // written, and the preview is back to confirm again.
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(panel.progressHeading).toBeFocused();
  await panel.cancelImportButton.click();
  await expect(panel.writeCancelledMessage).toBeVisible();
  await expect(panel.previewHeading).toBeFocused();
  await expectNothingStored(page);

  await panel.knowWhereFilesCameFrom();

  await panel.confirmButton.click();
  await expect(rate).toBeVisible();
  await expect(progress).toBeVisible();
  await expect(page).toHaveURL(/\/measures$/, { timeout: 120_000 });
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
});
