import { z } from 'zod';

import { BUNDLE_TYPE, BUNDLE_VERSION, bundleSchema } from './envelope';

/** What the app checks of a file beyond what its JSON Schema can say. */
const BEYOND_SCHEMA =
  'Checked by the app beyond this schema (docs/bundle-format.md): the sha256 checksum ' +
  '(of everything but sha256 and signature) and the signature of it; ' +
  'a period from <= to; an id once per list; revs one chain below rev (else put in chain form); ' +
  "the office of a measure, a round's report text and an approval, and an update's measure and office, present; " +
  '2 GiB per file.';

/**
 * The JSON Schema of a bundle for people who build other tools, generated
 * from the very schema that validates bundles (docs/bundle.schema.json):
 * every check of a record's and the envelope's shape that JSON Schema can
 * say (patterns, ranges, lengths, strict objects) is in it, and the rules
 * it cannot say are named in its description and in docs/bundle-format.md.
 */
export function bundleJsonSchema(): object {
  return {
    $id: `https://ita-tracker.invalid/schema/${BUNDLE_TYPE}/v${BUNDLE_VERSION}.json`,
    title: `ITA Tracker bundle, version ${BUNDLE_VERSION}`,
    description: BEYOND_SCHEMA,
    ...z.toJSONSchema(bundleSchema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
    }),
  };
}
