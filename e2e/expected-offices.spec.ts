import { expect, test } from './fixtures';
import { ExpectedOfficesPage } from './page-models/expected-offices-page';
import { TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { nationOffices, storeOffices } from './support/many-offices';

const NONGSAENG = 'เทศบาลตำบลหนองแสง';
const LAMPHUN = 'เทศบาลเมืองลำพูน';

test('expected offices: imported ones added at once, a CSV with a misspelled and a doubled name asked and merged, never doubled', async ({
  page,
}) => {
  await setUpOffice(page);
  await storeOffices(page, [
    { name: NONGSAENG, district: 'วาปีปทุม', province: 'มหาสารคาม' },
  ]);
  await page.goto('/offices');
  await page.getByRole('link', { name: 'รายชื่อหน่วยงานที่ต้องรายงาน' }).click();
  const expected = new ExpectedOfficesPage(page);
  await expect(expected.heading).toBeVisible();
  await expected.addAll.click();
  await expect(expected.names).toHaveText([TEST_OFFICE.name, NONGSAENG]);

  await expected.chooseCsv(
    'อปท.csv',
    [
      'ชื่อ,อำเภอ,นายก',
      // One letter off an office on the list.
      'เทศบาลตำบลหนองแสน,วาปีปทุม,สมชาย',
      `${LAMPHUN},เมืองลำพูน,สมศรี`,
      `ทม. ลำพูน,เมืองลำพูน,`,
    ].join('\n'),
  );
  await expect(page.getByText('ไม่ได้นำเข้าคอลัมน์ที่ไม่รู้จัก: นายก')).toBeVisible();
  await expect(
    page.getByText(`“${LAMPHUN}” อยู่ในไฟล์หลายแถว (แถว 3, 4): นับเป็นหน่วยงานเดียว`),
  ).toBeVisible();
  // Nothing is added until the misspelled name is answered.
  await expect(expected.confirm).toBeDisabled();
  const question = expected.question('เทศบาลตำบลหนองแสน');
  await question
    .getByRole('radio', { name: new RegExp(`^หน่วยงานเดียวกับ “${NONGSAENG}”`) })
    .check();
  await expect(expected.confirm).toHaveText('เพิ่ม 1 หน่วยงานในรายชื่อ');
  await expected.confirm.click();
  await expect(expected.names).toHaveText([
    TEST_OFFICE.name,
    NONGSAENG,
    LAMPHUN,
  ]);

  // The same file again adds nothing: every name is on the list.
  await expected.chooseCsv('อปท.csv', `ชื่อ\n${LAMPHUN}\n`);
  await expect(
    page.getByText(`“${LAMPHUN}” อยู่ในรายชื่อแล้ว (ในชื่อ “${LAMPHUN}”)`),
  ).toBeVisible();
  await expect(expected.confirm).toBeDisabled();

  // A workbook is refused with its reason.
  await expected.csvInput.setInputFiles({
    name: 'อปท.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
  });
  await expect(page.getByRole('alert')).toContainText(
    '“อปท.xlsx” เป็นไฟล์ Excel ไม่ใช่ CSV',
  );
});

// 2,000 offices, not a nation's 8,000: what is drawn is a screenful either
// way, and printing them all is what takes this test's time.
test('thousands of offices: both lists draw a screenful, the keyboard reaches any row, and the list prints whole', async ({
  page,
}) => {
  await setUpOffice(page);
  const offices = nationOffices(2000);
  await storeOffices(page, offices);
  await page.goto('/offices/expected');
  const expected = new ExpectedOfficesPage(page);
  await expect(expected.notListedTable).toHaveAttribute(
    'aria-rowcount',
    '2002',
  );
  expect(
    await expected.notListedTable.locator('tbody tr').count(),
  ).toBeLessThan(60);

  await expected.addAll.click();
  await expect(expected.table).toHaveAttribute('aria-rowcount', '2002');
  const drawn = expected.table.locator('tbody tr');
  expect(await drawn.count()).toBeLessThan(60);

  // The keyboard scrolls the list to its end, then Tab reaches a row's action.
  await expected.tableRegion.scrollIntoViewIfNeeded();
  await expected.tableRegion.focus();
  await page.keyboard.press('End');
  const lastRow = expected.table.locator('tr[aria-rowindex="2002"]');
  await expect(lastRow).toBeInViewport();
  const last = (await lastRow.getByRole('rowheader').textContent()) ?? '';
  await page.keyboard.press('Tab');
  await expect(expected.table.locator(':focus')).toHaveAccessibleName(
    /^นำ .+ ออกจากรายชื่อ$/,
  );
  await page.keyboard.press('Enter');
  await expect(expected.table).toHaveAttribute('aria-rowcount', '2001');

  // Printed, the list is every office, not the screenful drawn.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(drawn).toHaveCount(2000);
  await expect(drawn.last().getByRole('rowheader')).toHaveText(last);
});
