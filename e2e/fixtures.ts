// Specs import `test` and `expect` from here: Playwright's, plus an `axe` helper.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeHelper {
  /** Fails when axe finds a WCAG 2.1 A/AA violation of impact serious or critical. */
  expectNoSeriousA11yViolations(page: Page): Promise<void>;
}

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const problems = results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} [${v.impact}] ${node.target.join(' ')}: ${v.help} (${v.helpUrl})`,
      ),
    );
  expect(
    problems,
    `Serious accessibility violations on ${page.url()}:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  ).toEqual([]);
}

export const test = base.extend<{ axe: AxeHelper }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  axe: async ({}, use) => {
    await use({ expectNoSeriousA11yViolations });
  },
});

export { expect };
