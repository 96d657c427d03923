// Renders the app icons (public/icons/*.png) from one SVG with headless
// Chromium, so no image tool is needed. Run once after changing the design:
//   node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';

// A check mark on the app's blue; `inset` keeps the mark inside the 80 % safe
// zone of maskable icons, whose corners the system may cut away.
const svg = (inset) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
  <rect width="100" height="100" rx="${inset ? 0 : 18}" fill="#1f4e79"/>
  <g transform="translate(${inset} ${inset}) scale(${(100 - 2 * inset) / 100})">
    <path d="M26 52l15 15 33-34" fill="none" stroke="#fff" stroke-width="11"
      stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 12 },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0 },
];

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox'],
});
mkdirSync('public/icons', { recursive: true });
for (const { file, size, inset } of icons) {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
  });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg(inset)}</body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to public/icons/`);
