// What Chromium really draws, asked through the DevTools protocol: the font a
// node's text is rendered in (a CSS font-family list only names wishes), and
// the list markers it shows and announces (they are not in the DOM's text).
import type { CDPSession, Locator } from '@playwright/test';

const MARK = 'data-e2e-probe';

/** Runs `ask` with the DevTools id of the element `locator` points at. */
async function withNodeId<T>(
  locator: Locator,
  ask: (cdp: CDPSession, nodeId: number) => Promise<T>,
): Promise<T> {
  const page = locator.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    await locator.evaluate((el, mark) => el.setAttribute(mark, ''), MARK);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[${MARK}]`,
    });
    return await ask(cdp, nodeId);
  } finally {
    await locator.evaluate((el, mark) => el.removeAttribute(mark), MARK);
    await cdp.detach();
  }
}

/** The font families the element's own text is drawn with, e.g. ['Sarabun']. */
export function renderedFonts(locator: Locator): Promise<string[]> {
  return withNodeId(locator, async (cdp, nodeId) => {
    await cdp.send('CSS.enable');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', {
      nodeId,
    });
    return fonts.map((font) => font.familyName);
  });
}

/** The markers a list shows before its items, e.g. ['๑. ', '๒. ']. */
export function listMarkers(list: Locator): Promise<string[]> {
  return withNodeId(list, async (cdp, nodeId) => {
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      nodeId,
      role: 'ListMarker',
    });
    return nodes.map((node) => String(node.name?.value ?? ''));
  });
}
