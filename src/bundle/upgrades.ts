/**
 * One named step per shipped bundle version: `upgrades[n]` turns a version-n
 * bundle into version n + 1. A shipped step is never edited; each is tested
 * against a real old file kept in bundle/fixtures/.
 *
 * Version 1 is the first and current version, so there is no step yet. The
 * next format change adds `1: upgradeV1ToV2` here and bumps BUNDLE_VERSION.
 */
export const upgrades: Readonly<Record<number, (old: unknown) => unknown>> = {};
