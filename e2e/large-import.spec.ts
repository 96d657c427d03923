// A bundle over 16 MiB is read in slices (issue 7): the import panel shows
// its progress, with the share done and the records a second, and the
// records all arrive, as from a small file.
import { writeFile } from 'node:fs/promises';

import { sampleBundle, signed, type SampleRecord } from './bundles';
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

test('a bundle of 30,000 updates shows its progress and arrives whole', async ({
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
  await expect(panel.fileOutcomes).toHaveText([
    `large.json: อ่านได้ ${(24 + EXTRA_UPDATES).toLocaleString('th-TH')} รายการ`,
  ]);
  // New, updated, unchanged, stale, conflict: as the page writes them.
  await expect(panel.officeRow(KHUNKAEW).getByRole('cell')).toHaveText([
    (24 + EXTRA_UPDATES).toLocaleString('th-TH'),
    '0',
    '0',
    '0',
    '1',
  ]);

  await panel.confirmButton.click();
  await expect(rate).toBeVisible();
  await expect(progress).toBeVisible();
  await expect(page).toHaveURL(/\/measures$/, { timeout: 120_000 });
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
});
