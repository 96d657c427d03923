import type { Locator, Page } from '@playwright/test';

import { officeIndex, searchOffices } from '../src/domain/office-search';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { SettingsPage } from './page-models/settings-page';
import { TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { nationOffices, storeOffices } from './support/many-offices';
import { fixToday } from './today';

const NONGSAENG = 'องค์การบริหารส่วนตำบลหนองแสง';
const NONGSAENG_TOWN = 'เทศบาลตำบลหนองแสง';
const NONGSAENG_BIG = 'องค์การบริหารส่วนตำบลหนองแสงใหญ่';
const PATTAYA = 'เมืองพัทยา (Pattaya City)';
/** With TEST_OFFICE, a nation's worth: 8,000 offices. */
const OFFICES = [
  ...nationOffices(7_995),
  { name: NONGSAENG, district: 'วาปีปทุม', province: 'มหาสารคาม' },
  { name: NONGSAENG_TOWN, district: 'วาปีปทุม', province: 'มหาสารคาม' },
  { name: NONGSAENG_BIG, district: 'โขงเจียม', province: 'อุบลราชธานี' },
  { name: PATTAYA, district: 'บางละมุง', province: 'ชลบุรี' },
];
/** Where an office is in the whole list, in the app's own Thai order. */
const positionOf = (name: string) =>
  String(
    searchOffices(
      officeIndex(
        [...OFFICES, TEST_OFFICE].map((o, i) => ({ ...o, id: `${i}` })),
      ),
      '',
    ).findIndex((o) => o.name === name) + 1,
  );

/** Whether the page has fetched the picker's code (downshift, the row virtualiser). */
function watchPickerCode(page: Page): () => boolean {
  let fetched = false;
  page.on('request', (request) => {
    if (/\/office-switcher-[^/]*\.js$/.test(request.url())) fetched = true;
  });
  return () => fetched;
}

/** Every part of the header sits on the menu's row: it has not wrapped. */
async function expectOneRow(shell: AppShell, parts: Locator[]) {
  // The menu in either language.
  const nav = (await shell.banner.getByRole('navigation').boundingBox())!;
  for (const part of parts) {
    const box = (await part.boundingBox())!;
    const middle = box.y + box.height / 2;
    expect(middle).toBeGreaterThan(nav.y);
    expect(middle).toBeLessThan(nav.y + nav.height);
  }
}

test('the office picker: 8,000 offices found by part of a name or district, chosen by keyboard, on one header row', async ({
  page,
}) => {
  await fixToday(page);
  const pickerLoaded = watchPickerCode(page);
  await setUpOffice(page);
  // One office: the name, and none of the picker's code in the download.
  await expect(page.getByRole('banner')).toContainText(TEST_OFFICE.name);
  expect(pickerLoaded()).toBe(false);
  await storeOffices(page, OFFICES);
  const shell = new AppShell(page);
  const picker = new OfficePicker(page);
  const language = shell.languageButton('English');
  // Closed, it shows the office the app works on.
  await expect(picker.input).toHaveValue(TEST_OFFICE.name);
  await expect(picker.input).toHaveAttribute('aria-expanded', 'false');
  expect(pickerLoaded()).toBe(true);
  await expectOneRow(shell, [picker.input, shell.fiscalYear, language]);
  await picker.input.focus();
  await picker.expectFocusRing();

  // Opened, it lists every office at the current one, but draws only the
  // rows in view.
  await picker.input.press('ArrowDown');
  await expect(picker.input).toHaveAttribute('aria-expanded', 'true');
  await expect(picker.status).toHaveText('ทั้งหมด 8,000 หน่วยงาน');
  await expect(picker.options.first()).toHaveAttribute('aria-setsize', '8000');
  expect(await picker.options.count()).toBeLessThan(30);
  const current = await picker.activeOption();
  await expect(current).toContainText(TEST_OFFICE.name);
  await expect(current).toContainText('กำลังใช้งาน');
  await expect(current).toHaveAttribute('aria-selected', 'true');
  // End, Home and the page keys move through rows never drawn before.
  await picker.input.press('End');
  await picker.expectActiveAt('8000');
  await picker.input.press('Home');
  await picker.expectActiveAt('1');
  await picker.input.press('PageDown');
  await picker.input.press('PageDown');
  await picker.expectActiveAt('21');
  await picker.input.press('PageUp');
  await picker.expectActiveAt('11');
  expect(await picker.options.count()).toBeLessThan(30);

  // Part of a name, a space typed inside it: the matches in Thai order.
  await picker.input.fill('หนอง แสง');
  await expect(picker.names()).toHaveText([
    NONGSAENG_TOWN,
    NONGSAENG,
    NONGSAENG_BIG,
  ]);
  await expect(picker.status).toHaveText('พบ 3 หน่วยงาน');
  await expect(picker.option(NONGSAENG)).toContainText(
    'อำเภอวาปีปทุม จังหวัดมหาสารคาม',
  );
  // Part of a district; the first match is where the arrow keys start.
  await picker.input.fill('วาปี');
  await expect(picker.names()).toHaveText([NONGSAENG_TOWN, NONGSAENG]);
  await expect(await picker.activeOption()).toContainText(NONGSAENG_TOWN);
  await picker.input.press('ArrowDown');
  await expect(await picker.activeOption()).toContainText(NONGSAENG);
  await picker.input.press('Enter');
  await expect(picker.input).toHaveValue(NONGSAENG);
  await expect(picker.listbox).toHaveCount(0);
  await expect(new MeasuresPage(page).emptyMessage).toBeVisible();

  // Opened again, far down the list: at the office now chosen, in view.
  await picker.input.press('ArrowDown');
  await picker.expectActiveAt(positionOf(NONGSAENG));
  await expect(await picker.activeOption()).toContainText('กำลังใช้งาน');
  expect(Number(positionOf(NONGSAENG))).toBeGreaterThan(1_000);

  // Escape closes and keeps the office; so does leaving without a choice.
  await picker.input.fill('ขุน');
  await expect(picker.status).toHaveText('ไม่พบหน่วยงานที่ตรงกับ “ขุน”');
  await expect(picker.input).toHaveAttribute('aria-expanded', 'false');
  await expect(picker.input).not.toHaveAttribute('aria-activedescendant', /./);
  await picker.input.press('Escape');
  await expect(picker.popup).toBeHidden();
  await expect(picker.input).toHaveValue(NONGSAENG);
  await picker.input.fill('บ้าน');
  await expect(await picker.activeOption()).toContainText('บ้าน');
  await picker.input.press('Tab');
  await expect(picker.input).not.toBeFocused();
  await expect(picker.input).toHaveValue(NONGSAENG);
  await page.reload();
  await expect(picker.input).toHaveValue(NONGSAENG);

  // Latin letters in any case; a click chooses too.
  await picker.input.fill('PATTAYA');
  await expect(picker.names()).toHaveText([PATTAYA]);
  await picker.option(PATTAYA).click();
  await expect(picker.input).toHaveValue(PATTAYA);

  // Thai digits, and English, still on one row.
  await new AppShell(page).openSettings();
  await new SettingsPage(page).thaiDigits.check();
  await picker.input.fill('หนองแสง');
  await expect(picker.status).toHaveText('พบ ๓ หน่วยงาน');
  await picker.input.press('Escape');
  await picker.input.press('ArrowDown');
  await expect(picker.status).toHaveText('ทั้งหมด ๘,๐๐๐ หน่วยงาน');
  await picker.input.press('Escape');
  await language.click();
  const english = new OfficePicker(page, 'Office');
  await english.input.fill('หนองแสง');
  await expect(english.status).toHaveText('๓ offices found');
  await expect(english.option(NONGSAENG)).toContainText(
    'วาปีปทุม district, มหาสารคาม',
  );
  await english.input.press('Escape');
  await english.input.press('ArrowDown');
  await expect(await english.activeOption()).toContainText('current');
  await english.input.press('Escape');
  await expectOneRow(shell, [
    english.input,
    shell.banner.getByRole('combobox', { name: 'Fiscal year' }),
    shell.languageButton('ภาษาไทย'),
  ]);
});
