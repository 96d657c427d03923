/**
 * The published JSON Schema (docs/bundle.schema.json) as another tool would
 * use it: read from the file and compiled by Ajv (draft 2020-12, formats
 * checked), so the tests judge what readers get, not the code behind it.
 */
import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaFile = new URL('../../docs/bundle.schema.json', import.meta.url);
const sampleFile = new URL('../../docs/sample-bundle.json', import.meta.url);

/** A validator of docs/bundle.schema.json; its `errors` after a refusal. */
export function docsSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

/** docs/sample-bundle.json as the app exported it, byte for byte. */
export function sampleBundleText(): string {
  return readFileSync(sampleFile, 'utf8');
}
