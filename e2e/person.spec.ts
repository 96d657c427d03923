// Who makes the changes on this device: asked once, after the first saved
// change, without blocking the page; kept with every change in the journal;
// changed in Settings.
import { journalLines } from './database';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { PersonPanel, PersonPrompt } from './page-models/person';
import { setUpOffice } from './page-models/setup-page';
import { Toast } from './page-models/toast';

const NAME = 'สมศรี ใจดี';
const RENAMED = 'สมศรี ใจดี (กองคลัง)';

test('the name is asked once after the first change, journalled with each change, and changed in Settings', async ({
  page,
  axe,
}) => {
  await setUpOffice(page);
  const prompt = new PersonPrompt(page);
  // The office saved is the first change: the question comes, beside the page.
  await expect(prompt.form).toBeVisible();
  await expect(prompt.name).not.toBeFocused();
  await axe.expectNoSeriousA11yViolations(page);

  // Saving with no name says what to do.
  await prompt.saveButton.click();
  await expect(prompt.form).toContainText('พิมพ์ชื่อของคุณ หรือกด “ไม่ใช่ตอนนี้”');
  await prompt.name.fill(NAME);
  await prompt.saveButton.click();
  await expect(prompt.form).toHaveCount(0);
  await expect(new Toast(page).message).toHaveText(`บันทึกชื่อแล้ว: ${NAME}`);
  await expect(new AppShell(page).main).toBeFocused();

  await new MeasureForm(page).create({
    title: 'มาตรการเผยแพร่ข้อมูล',
    units: 'all',
  });
  await page.reload();
  await expect(new MeasurePage(page).heading).toBeVisible();
  await expect(prompt.form).toHaveCount(0);
  const [office, measure] = await journalLines(page);
  expect(office).toMatchObject({ seq: 1, cause: 'edit', kind: 'o' });
  expect(office?.by).toBeUndefined();
  expect(measure).toMatchObject({ seq: 2, cause: 'edit', kind: 'm', by: NAME });

  await new AppShell(page).openSettings();
  const panel = new PersonPanel(page);
  await expect(panel.name).toHaveValue(NAME);
  await panel.name.fill(RENAMED);
  await panel.saveButton.click();
  await expect(panel.saved).toBeVisible();
  await page.goBack();
  const details = new MeasurePage(page);
  await details.editLink.click();
  const form = new MeasureForm(page);
  await form.title.fill('มาตรการเผยแพร่ข้อมูลสาธารณะ');
  await form.save();
  await expect(details.heading).toContainText('สาธารณะ');
  expect((await journalLines(page)).at(-1)).toMatchObject({
    seq: 3,
    kind: 'm',
    by: RENAMED,
  });
});

test('"not now" is not asked again, and Settings can set the name later', async ({
  page,
}) => {
  await setUpOffice(page);
  const prompt = new PersonPrompt(page);
  await prompt.notNowButton.click();
  await expect(prompt.form).toHaveCount(0);
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  await page.reload();
  await expect(new MeasurePage(page).heading).toBeVisible();
  await expect(prompt.form).toHaveCount(0);
  expect((await journalLines(page)).map((e) => e.by)).toEqual([
    undefined,
    undefined,
  ]);

  await new AppShell(page).openSettings();
  const panel = new PersonPanel(page);
  await expect(panel.name).toHaveValue('');
  await panel.name.fill(NAME);
  await panel.saveButton.click();
  await expect(panel.saved).toBeVisible();
  await page.reload();
  await expect(panel.name).toHaveValue(NAME);
});
