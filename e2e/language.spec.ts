import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { SettingsPage } from './page-models/settings-page';
import { setUpOffice } from './page-models/setup-page';
import { listMarkers, renderedFonts } from './support/rendering';
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
    methods: ['จัดทำประกาศ', 'รายงานผลทุกเดือน'],
    period: { from: '2024-10', to: '2025-03' },
    units: 'all',
  });
  const measure = new MeasurePage(page);
  const methods = measure.detail('วิธีการดำเนินการ').getByRole('list');
  await expect(measure.heading).toHaveText('1. มาตรการเผยแพร่ข้อมูล');
  expect(await listMarkers(methods)).toEqual(['1. ', '2. ']);
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
  // The measure's page numbers its methods the same way.
  await list.row('มาตรการเผยแพร่ข้อมูล').getByRole('link').click();
  await expect(measure.heading).toHaveText('๑. มาตรการเผยแพร่ข้อมูล');
  expect(await listMarkers(methods)).toEqual(['๑. ', '๒. ']);
  await shell.openMeasures();

  await page.reload();
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ ๒๕๖๘');
  await expect(list.cell(row, 'number')).toHaveText('๑');
  await shell.openSettings();
  await expect(settings.thaiDigits).toBeChecked();
});

test('every control is drawn in the bundled Sarabun, the header included', async ({
  page,
}) => {
  const shell = new AppShell(page);
  // The form has every kind of control: inputs, radios, a textarea, buttons.
  await new MeasureForm(page).openNew();
  const families = await page
    .locator('input, select, button, textarea')
    .evaluateAll((controls) =>
      controls.map(
        (c) =>
          `${c.outerHTML.slice(0, 60)} → ${getComputedStyle(c).fontFamily}`,
      ),
    );
  expect(families.length).toBeGreaterThan(10);
  for (const family of families) expect(family).toMatch(/ → Sarabun,/);

  // Sarabun's Thai face is loaded, and the fiscal-year box's Thai is drawn
  // with it: a fallback shows boxes where the system has no Thai font.
  await expect(shell.fiscalYear).toContainText('(ปีปัจจุบัน)');
  expect(
    await page.evaluate(() => document.fonts.check('16px Sarabun', 'ปีปัจจุบัน')),
  ).toBe(true);
  // check() is also true when no face is declared at all: ask for the faces.
  const faces = await page.evaluate(async () =>
    (await document.fonts.load('16px Sarabun', 'ปีปัจจุบัน')).map(
      (face) => `${face.family.replace(/"/g, '')} ${face.status}`,
    ),
  );
  expect(faces.length).toBeGreaterThan(0);
  for (const face of faces) expect(face).toBe('Sarabun loaded');
  expect(await renderedFonts(shell.fiscalYear)).toEqual(['Sarabun']);
});
