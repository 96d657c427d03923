/**
 * One named step per shipped bundle version: `upgrades[n]` turns a version-n
 * bundle into version n + 1. A shipped step is never edited; each is tested
 * against a real old file kept in bundle/fixtures/.
 */

/**
 * Version 2 added the optional `itaResults` of an office. A version-1 bundle
 * is a valid version 2 as it is: only its version number changes.
 */
function upgradeV1ToV2(old: unknown): unknown {
  return { ...(old as object), version: 2 };
}

/**
 * Version 3 added the optional `methodsStyle` of a measure (how its steps are
 * listed). A version-2 bundle is a valid version 3 as it is.
 */
function upgradeV2ToV3(old: unknown): unknown {
  return { ...(old as object), version: 3 };
}

export const upgrades: Readonly<Record<number, (old: unknown) => unknown>> = {
  1: upgradeV1ToV2,
  2: upgradeV2ToV3,
};
