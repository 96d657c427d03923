import type { Locator, Page } from '@playwright/test';

/**
 * The office picker in the header (a combobox), shown when the device holds
 * more than one office: type part of a name or a district, pick a match.
 */
export class OfficePicker {
  readonly input: Locator;
  readonly listbox: Locator;
  /** The options drawn: the matches in view, not every match. */
  readonly options: Locator;
  /** What a screen reader is told: how many offices match. */
  readonly status: Locator;

  constructor(
    readonly page: Page,
    label = 'หน่วยงาน',
  ) {
    const banner = page.getByRole('banner');
    this.input = banner.getByRole('combobox', { name: label, exact: true });
    this.listbox = banner.getByRole('listbox', { name: label, exact: true });
    this.options = this.listbox.getByRole('option');
    this.status = banner
      .getByRole('status')
      .filter({ hasText: /หน่วยงาน|office/ });
  }

  /** The names of the options drawn, in order (without their district). */
  names(): Locator {
    return this.options.locator('.office-option-name');
  }

  option(name: string): Locator {
    return this.options.filter({
      has: this.page.getByText(name, { exact: true }),
    });
  }

  /** The option the arrow keys are on (aria-activedescendant). */
  async activeOption(): Promise<Locator> {
    const id = await this.input.getAttribute('aria-activedescendant');
    return this.listbox.locator(`[id="${id}"]`);
  }

  /** Types part of the name, then picks the office with the mouse. */
  async choose(name: string): Promise<void> {
    await this.input.fill(name);
    await this.option(name).click();
  }
}
