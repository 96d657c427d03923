import { readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { bundleJsonSchema } from './json-schema';

const file = new URL('../../docs/bundle.schema.json', import.meta.url);
const generated = JSON.stringify(bundleJsonSchema(), null, 2) + '\n';

// After a deliberate format change: UPDATE_BUNDLE_SCHEMA=1 npx vitest run src/bundle/json-schema.test.ts
if (process.env.UPDATE_BUNDLE_SCHEMA) writeFileSync(file, generated);

describe('docs/bundle.schema.json', () => {
  it('is what the validating code generates (no drift)', () => {
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes records by their fields', () => {
    const schema = JSON.parse(generated) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'type',
        'version',
        'offices',
        'measures',
        'updates',
        'sha256',
      ]),
    );
    expect(JSON.stringify(schema.properties.measures)).toContain(
      '"fiscalYear"',
    );
  });
});
