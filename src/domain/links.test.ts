import { describe, it, expect } from 'vitest';

import { isHttpUrl } from './links';

describe('isHttpUrl', () => {
  it.each<[string, boolean]>([
    ['http://www.khunkaew.go.th', true],
    ['https://www.khunkaew.go.th/news/123?x=1#top', true],
    ['HTTPS://EXAMPLE.GO.TH', true],
    ['https://ขุนแก้ว.go.th/', true],
    ['http://192.168.1.10:8080/file.pdf', true],
    ['', false],
    ['   ', false],
    ['www.khunkaew.go.th', false],
    ['/relative/path', false],
    ['khunkaew.go.th/news', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/file', false],
    ['mailto:someone@example.com', false],
    ['http://', false],
    ['https://', false],
    [' https://example.com', false],
    ['https://example.com/a b', false],
    ['https://example.com https://example.org', false],
  ])('%j → %s', (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});
