/**
 * PouchDB's own merge, as the tests' oracle: one document's rev tree, built
 * as CouchDB builds it when a replication writes a version with
 * `new_edits: false` (the path its `_revisions` give, merged into the tree;
 * pouchdb-adapter-utils parseDoc and updateDoc do the same).
 */
import {
  collectConflicts,
  collectLeaves,
  merge,
  revExists,
  winningRev,
  type RevNode,
  type RevPath,
} from 'pouchdb-merge';

import { toCouchDoc, type CouchDoc } from '@/bundle/couch-doc';
import type { RecordKind } from '@/bundle/record-schemas';
import type { Revisioned } from '@/domain/types';

/** CouchDB's default revs_limit: no generated history comes near it. */
const DEPTH = 1000;

/** The path a document's `_revisions` describe, its own rev as the leaf. */
function pathOf(doc: CouchDoc): RevPath {
  const { start, ids } = doc._revisions;
  const [own, ...older] = ids;
  let node: RevNode = [
    own as string,
    { status: 'available', ...(doc._deleted ? { deleted: true } : {}) },
    [],
  ];
  for (const hash of older) node = [hash, { status: 'missing' }, [node]];
  return { pos: start - ids.length + 1, ids: node };
}

export class PouchTree {
  private tree: RevPath[] = [];

  constructor(private readonly kind: RecordKind = 'measures') {}

  /** Writes a version as a replication does; a rev already known is skipped. */
  add(version: Revisioned): this {
    if (revExists(this.tree, version.rev)) return this;
    const doc = toCouchDoc(this.kind, version);
    this.tree = merge(this.tree, pathOf(doc), DEPTH).tree;
    return this;
  }

  addAll(versions: readonly Revisioned[]): this {
    for (const version of versions) this.add(version);
    return this;
  }

  winner(): string {
    return winningRev({ rev_tree: this.tree });
  }

  /** Every leaf's rev, sorted. */
  leaves(): string[] {
    return collectLeaves(this.tree)
      .map((leaf) => leaf.rev)
      .sort();
  }

  /** The live leaves other than the winner (CouchDB's `_conflicts`), sorted. */
  conflicts(): string[] {
    return collectConflicts({ rev_tree: this.tree }).sort();
  }
}
