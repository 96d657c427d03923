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

/**
 * Version 4 keeps revisions as CouchDB does: `revs` is one chain, and a
 * conflict is resolved by a child of the winning leaf and a tombstone child
 * of every other live one. A version-3 resolution was one revision of
 * several parents; each record is turned into the chain form (its rev and
 * content kept, a tombstone child of each ancestor its chain leaves off, in
 * `conflicts`) by chainRevisions (chain-form.ts), once every record of the
 * file is checked: a large file is read in slices, never as this object,
 * and a record left out must take its tombstones along. The envelope of a
 * version-3 bundle is a valid version 4 as it is.
 */
function upgradeV3ToV4(old: unknown): unknown {
  return { ...(old as object), version: 4 };
}

/**
 * Version 5 added the optional `deadlines`: the due date of each round's
 * report of a fiscal year (issue 13). A version-4 bundle has none and is a
 * valid version 5 as it is.
 */
function upgradeV4ToV5(old: unknown): unknown {
  return { ...(old as object), version: 5 };
}

/**
 * Version 6 added two optional lists (issue 13): `roundReports`, a round's
 * report text as edited for the printout, and `approvals`, the sign-off of
 * a round's report. A version-5 bundle has neither and is a valid version 6
 * as it is.
 */
function upgradeV5ToV6(old: unknown): unknown {
  return { ...(old as object), version: 6 };
}

/**
 * Version 7 added the optional `oitItems` (issue 16): the OIT items an
 * office answers in ITAS for a fiscal year and what answers each. A
 * version-6 bundle has none and is a valid version 7 as it is.
 */
function upgradeV6ToV7(old: unknown): unknown {
  return { ...(old as object), version: 7 };
}

/**
 * Version 8 added the optional `signature` of the file's checksum by the
 * exporting device's key (issue 17). A version-7 bundle is unsigned and a
 * valid version 8 as it is.
 */
function upgradeV7ToV8(old: unknown): unknown {
  return { ...(old as object), version: 8 };
}

export const upgrades: Readonly<Record<number, (old: unknown) => unknown>> = {
  1: upgradeV1ToV2,
  2: upgradeV2ToV3,
  3: upgradeV3ToV4,
  4: upgradeV4ToV5,
  5: upgradeV5ToV6,
  6: upgradeV6ToV7,
  7: upgradeV7ToV8,
};
