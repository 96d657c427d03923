import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasuresPage } from './page-models/measures-page';
import { SettingsPage } from './page-models/settings-page';
import { setUpOffice } from './page-models/setup-page';
import { fixToday } from './today';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
});

test('English is chosen in the header and remembered', async ({ page }) => {
  const shell = new AppShell(page);
  const list = new MeasuresPage(page);
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ 2568');
  // The document's language (what screen readers pronounce by) has no role.
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'th');

  await shell.languageButton('English').click();
  await expect(list.heading).toHaveText('Measures, fiscal year 2568');
  await expect(page.getByRole('link', { name: 'Add a measure' })).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(list.heading).toHaveText('Measures, fiscal year 2568');
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link'),
  ).toHaveText(['Overview', 'Measures', 'Report', 'Exchange', 'Settings']);

  await shell.languageButton('ภาษาไทย').click();
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ 2568');
  await expect(shell.languageButton('English')).toBeVisible();
  await page.reload();
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ 2568');
});

test('Thai digits in Settings show in the measures list and are remembered', async ({
  page,
}) => {
  await new MeasureForm(page).create({
    title: 'มาตรการเผยแพร่ข้อมูล',
    period: { from: '2024-10', to: '2025-03' },
    units: 'all',
  });
  const shell = new AppShell(page);
  await shell.openSettings();
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  await expect(settings.arabicDigits).toBeChecked();
  await settings.thaiDigits.check();
  await expect(settings.thaiDigits).toBeChecked();

  await shell.openMeasures();
  const list = new MeasuresPage(page);
  const row = list.row('มาตรการเผยแพร่ข้อมูล');
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ ๒๕๖๘');
  await expect(list.cell(row, 'number')).toHaveText('๑');
  await expect(list.cell(row, 'period')).toHaveText('ต.ค.๖๗ - มี.ค.๖๘');
  await expect(list.moveButton('๑')).toBeVisible();
  await expect(page.getByText('แสดง ๑ จาก ๑ มาตรการ')).toBeVisible();

  await page.reload();
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ ๒๕๖๘');
  await expect(list.cell(row, 'number')).toHaveText('๑');
  await shell.openSettings();
  await expect(settings.thaiDigits).toBeChecked();
});
