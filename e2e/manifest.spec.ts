// The web manifest makes the app installable: Thai name, theme colours and
// icons (192, 512 and a maskable one), each of which is really there.
import { expect, test } from './fixtures';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

test('the manifest has the Thai name, theme colours and 192, 512 and maskable icons that load', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');

  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Manifest;
  expect(manifest.name).toBe('ITA Tracker — ติดตามมาตรการ ITA');
  expect(manifest.short_name).toBe('ITA Tracker');
  expect(manifest.lang).toBe('th');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBe('#1f4e79');
  expect(manifest.background_color).toBe('#f4f6f8');
  expect(
    await page.locator('meta[name="theme-color"]').getAttribute('content'),
  ).toBe(manifest.theme_color);

  const any = (size: string) =>
    manifest.icons.find(
      (icon) => icon.sizes === size && (icon.purpose ?? 'any') === 'any',
    );
  expect(any('192x192')).toBeDefined();
  expect(any('512x512')).toBeDefined();
  expect(
    manifest.icons.some((icon) =>
      icon.purpose?.split(' ').includes('maskable'),
    ),
  ).toBe(true);

  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
    // A PNG of the size the manifest claims.
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
    const [width, height] = icon.sizes.split('x').map(Number);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], icon.src).toEqual([
      width,
      height,
    ]);
  }
});
