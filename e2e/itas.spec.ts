// The ITAS answer sheet (issue 16): items from the framework's data, the
// links to paste with their checks (answered, refused, offline), copying,
// bad input told at the field, printing, and the two documents.
import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { readPdf } from './pdf-text';
import { fixToday } from './today';

// Link checks are fetches from the page: the service worker would hide
// them from the routes below.
test.use({ serviceWorkers: 'block' });

const SITE = 'http://www.khunkaew.go.th';
const GONE = 'https://gone.khunkaew.go.th/report-2568';

test('the ITAS sheet: items from the framework, links checked and copied, bad input refused, printed', async ({
  page,
  context,
}) => {
  await fixToday(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.route(`${SITE}/**`, (route) =>
    route.fulfill({ status: 200, body: 'ok' }),
  );
  await page.route(`${GONE}`, (route) => route.abort('connectionrefused'));
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(page).toHaveURL(/\/measures$/);

  await page.goto('/itas');
  await expect(page.getByText('ยังไม่มีข้อ OIT ของปีนี้')).toBeVisible();
  await page.getByRole('button', { name: 'เริ่มจากข้อของเกณฑ์ ITA 2568' }).click();
  const o36 = page.getByRole('region', { name: /^O36 / });
  const o37 = page.getByRole('region', { name: /^O37 / });
  await expect(o36).toBeVisible();
  await expect(o36).toContainText('ยังไม่ได้ใส่ลิงก์ที่เผยแพร่: ประกาศมาตรการ');
  // The example's measures give their website as evidence: checked, answered.
  const siteRow = o36.getByRole('row').filter({ hasText: SITE });
  await expect(siteRow).toContainText('เว็บไซต์ตอบ');
  await expect(
    page.getByRole('status').filter({ hasText: 'ตอบ 1' }),
  ).toBeVisible();

  await siteRow.getByRole('button', { name: `คัดลอกลิงก์ ${SITE}` }).click();
  await expect(siteRow.getByText('คัดลอกแล้ว')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SITE);

  // Renumbering onto a number taken, and a link ITAS cannot open, are refused at the field.
  await o37.getByRole('link', { name: 'แก้ไขข้อ O37' }).click();
  const number = page.getByRole('textbox', { name: 'เลขข้อ' });
  await number.fill('o36');
  await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
  const link = page.getByRole('textbox', { name: 'ลิงก์ที่ 1' });
  await link.fill('ftp://www.khunkaew.go.th/report.pdf');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(
    page.getByText('เลขข้อ o36 มีอยู่แล้วในปีนี้ กรุณาใช้เลขอื่น'),
  ).toBeVisible();
  await expect(page.getByText('ต้องเป็นลิงก์เว็บ (http หรือ https)')).toBeVisible();
  await link.fill('www.khunkaew.go.th');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByText(/^ไม่ใช่ลิงก์ที่ถูกต้อง/)).toBeVisible();
  await number.fill('O37');
  await link.fill(GONE);
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page).toHaveURL(/\/itas$/);
  // The new link is checked at once: the site refuses.
  await expect(o37.getByRole('row').filter({ hasText: GONE })).toContainText(
    'เปิดไม่ได้ (ไม่พบเว็บไซต์หรือถูกปฏิเสธ)',
  );

  await context.setOffline(true);
  await expect(
    page.getByText('ออฟไลน์อยู่: ตรวจลิงก์ไม่ได้ จะตรวจเมื่อกลับมาออนไลน์'),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'ตรวจลิงก์อีกครั้ง' }),
  ).toBeDisabled();
  await context.setOffline(false);

  // Printed: the items and their links, without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(
    siteRow.getByRole('button', { name: `คัดลอกลิงก์ ${SITE}` }),
  ).toBeHidden();
  const pages = await readPdf(
    await page.pdf({ format: 'A4', printBackground: true }),
  );
  const text = pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, '');
  expect(text).toContain('O36');
  expect(text).toContain(GONE.replace(/\s+/g, ''));
  await page.emulateMedia({ media: 'screen' });

  // The documents, in Thai digits and the official date.
  await page.getByRole('link', { name: 'ประกาศมาตรการ' }).click();
  await page.getByRole('checkbox', { name: 'ใช้เลขไทย' }).check();
  const paper = page.locator('.itas-paper');
  await expect(
    paper.getByRole('heading', { name: 'ประกาศเทศบาลตำบลขุนแก้ว' }),
  ).toBeVisible();
  await expect(paper).toContainText(
    'เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
  );
  await expect(paper).toContainText('ประกาศ ณ วันที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๖๘');
  await expect(paper.getByRole('listitem')).toHaveCount(11);
  // The date is typed in the Buddhist era, as every date of the app.
  const dateBox = page.getByRole('textbox', { name: 'วันที่ในเอกสาร' });
  await dateBox.fill('1/3/2568');
  await dateBox.blur();
  await expect(paper).toContainText('ประกาศ ณ วันที่ ๑ มีนาคม พ.ศ. ๒๕๖๘');

  await page.goto('/itas/publication-request');
  await page
    .getByRole('combobox', { name: 'เอกสารที่ขอเผยแพร่' })
    .selectOption('annual-report');
  await expect(page.locator('.itas-paper')).toContainText(
    'หัวข้อ: รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี ประจำปีงบประมาณ พ.ศ. 2568',
  );
  await expect(page.locator('.itas-paper')).toContainText(
    'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่',
  );
});
