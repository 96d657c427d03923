import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The office picker in the header (a combobox), shown when the device holds
 * more than one office: type part of a name or a district, pick a match.
 */
export class OfficePicker {
  readonly input: Locator;
  readonly listbox: Locator;
  /** What opens under the box: the list and how many it holds. */
  readonly popup: Locator;
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
    this.popup = banner.locator('.combobox-popup');
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
    // The option the keys are on (downshift marks it aria-selected, and the
    // box points at it by aria-activedescendant). A live locator, not the id
    // read once: under load the attribute may not have moved yet.
    const active = this.listbox.locator(
      '[role="option"][aria-selected="true"]',
    );
    await expect(this.input).toHaveAttribute(
      'aria-activedescendant',
      (await active.getAttribute('id')) ?? '',
    );
    return active;
  }

  /** The active option is the one at `position` of the list, and in full view. */
  async expectActiveAt(position: string): Promise<void> {
    const active = await this.activeOption();
    await expect(active).toHaveAttribute('aria-posinset', position);
    await expect(active).toBeInViewport({ ratio: 1 });
  }

  /** The focused box draws the app's focus ring. */
  async expectFocusRing(): Promise<void> {
    await expect(this.input).toBeFocused();
    await expect(this.input).toHaveCSS('outline-style', 'solid');
    await expect(this.input).toHaveCSS('outline-width', '3px');
  }

  /** Types part of the name, then picks the office with the mouse. */
  async choose(name: string): Promise<void> {
    await this.input.fill(name);
    await this.option(name).click();
  }
}
