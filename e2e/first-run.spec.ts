import type { Locator } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasuresPage } from './page-models/measures-page';
import { SettingsPage } from './page-models/settings-page';
import { SetupPage, TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { fixToday } from './today';

const REQUIRED = 'กรุณากรอกช่องนี้';
const NOT_HTTP =
  'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th';
const DUPLICATE_UNIT = 'ชื่อส่วนราชการนี้ซ้ำกับรายการก่อนหน้า กรุณาใช้ชื่อที่ไม่ซ้ำ';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('a fresh visit goes to the office setup', async ({ page }) => {
  await page.goto('/measures');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(new SetupPage(page).heading).toBeVisible();
});

test('an empty office form shows errors at its fields and keeps what was typed', async ({
  page,
}) => {
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.website.fill('https://www.example.go.th');
  await setup.preparedByName.fill('นางสาวสมใจ ใจดี');
  await setup.save();

  for (const field of [setup.name, setup.district, setup.province]) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(REQUIRED));
  }
  await expect(setup.website).not.toHaveAttribute('aria-invalid');
  await expect(setup.website).toHaveValue('https://www.example.go.th');
  await expect(setup.preparedByName).toHaveValue('นางสาวสมใจ ใจดี');
  await expect(page).toHaveURL(/\/setup$/);
});

for (const website of ['javascript:alert(1)', 'www.x.go.th']) {
  test(`a website "${website}" is refused`, async ({ page }) => {
    const setup = new SetupPage(page);
    await setup.goto();
    await setup.fillOffice(TEST_OFFICE);
    await setup.website.fill(website);
    await setup.save();

    await expect(setup.website).toHaveAccessibleDescription(
      new RegExp(NOT_HTTP.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')),
    );
    await expect(setup.website).toHaveValue(website);
    await expect(setup.name).toHaveValue(TEST_OFFICE.name);
    await expect(page).toHaveURL(/\/setup$/);
  });
}

test('a unit name that repeats an earlier one is refused', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.fillOffice(TEST_OFFICE);
  await expect(setup.unit(1)).toHaveValue('สำนักปลัดเทศบาล');
  await setup.unit(3).fill(' สำนักปลัดเทศบาล ');
  await setup.save();

  await expect(setup.unit(3)).toHaveAccessibleDescription(DUPLICATE_UNIT);
  await expect(setup.unit(1)).not.toHaveAttribute('aria-invalid');
  await expect(page).toHaveURL(/\/setup$/);
});

test('changing the kind of office proposes its usual units', async ({
  page,
}) => {
  const setup = new SetupPage(page);
  await setup.goto();
  await expect(setup.unit(1)).toHaveValue('สำนักปลัดเทศบาล');
  await expect(setup.unit(2)).toHaveValue('กองคลัง');

  await setup.kind.selectOption({ label: 'องค์การบริหารส่วนตำบล (อบต.)' });
  await expect(setup.unit(1)).toHaveValue('สำนักปลัด');
  await expect(setup.unit(4)).toHaveValue('กองการศึกษา ศาสนาและวัฒนธรรม');

  await setup.kind.selectOption({ label: 'เทศบาลเมือง' });
  await expect(setup.unit(2)).toHaveValue('กองยุทธศาสตร์และงบประมาณ');
});

test('saving the office opens its empty measures list', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.fillOffice(TEST_OFFICE);
  await setup.save();

  const measures = new MeasuresPage(page);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(measures.heading).toContainText('มาตรการ ปีงบประมาณ 2568');
  await expect(measures.emptyMessage).toBeVisible();
  await expect(new AppShell(page).banner).toContainText(TEST_OFFICE.name);
});

/** The note sits on the button's row, just after it, where the person looks. */
async function expectBeside(note: Locator, button: Locator): Promise<void> {
  await expect(note).toBeInViewport();
  const n = (await note.boundingBox())!;
  const b = (await button.boundingBox())!;
  const middle = n.y + n.height / 2;
  expect(middle).toBeGreaterThan(b.y);
  expect(middle).toBeLessThan(b.y + b.height);
  const gap = n.x - (b.x + b.width);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(40);
}

test('Settings says "saved" beside the Save button pressed, and each Save button says what it saves', async ({
  page,
}) => {
  await setUpOffice(page);
  await new AppShell(page).openSettings();
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  // Two forms, two names: no bare "บันทึก" that a screen reader lists twice.
  await expect(
    page.getByRole('button', { name: 'บันทึก', exact: true }),
  ).toHaveCount(0);
  await expect(settings.saveOfficeButton).toHaveCount(1);
  await expect(settings.saveItaButton).toHaveCount(1);

  await settings.district.fill('บางเลน');
  await settings.saveOfficeButton.click();
  await expectBeside(settings.officeSaved, settings.saveOfficeButton);
  await expect(settings.itaSaved).toHaveCount(0);
  // Typing again: the note no longer claims the form is saved.
  await settings.district.fill('บางเลนใหม่');
  await expect(settings.officeSaved).toHaveCount(0);
  await settings.district.fill('บางเลน');

  await settings.addItaYearButton.click();
  await settings.itaField('ปีงบประมาณ', 1).fill('2567');
  await settings.itaField('ระดับ', 1).fill('A');
  await settings.itaField('คะแนน', 1).fill('88.5');
  await settings.saveItaButton.click();
  await expectBeside(settings.itaSaved, settings.saveItaButton);

  await page.reload();
  await expect(settings.district).toHaveValue('บางเลน');
  await expect(settings.itaField('คะแนน', 1)).toHaveValue('88.5');
});
