import { z } from 'zod';

import { BUNDLE_TYPE, BUNDLE_VERSION, bundleSchema } from './envelope';

/**
 * The JSON Schema of a bundle for people who build other tools, generated
 * from the very schema that validates bundles (docs/bundle.schema.json).
 * Rules a JSON Schema cannot say (the checksum, rev format, a period that
 * ends before it starts) are described in docs/bundle-format.md.
 */
export function bundleJsonSchema(): object {
  return {
    $id: `https://ita-tracker.invalid/schema/${BUNDLE_TYPE}/v${BUNDLE_VERSION}.json`,
    title: `ITA Tracker bundle, version ${BUNDLE_VERSION}`,
    ...z.toJSONSchema(bundleSchema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
    }),
  };
}
