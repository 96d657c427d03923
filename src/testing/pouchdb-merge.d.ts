/**
 * The part of pouchdb-merge (a dev dependency: the merge oracle of the
 * tests) that pouch-oracle.ts uses. A rev tree is a list of paths, each a
 * start position and a nested node [hash, options, children].
 */
declare module 'pouchdb-merge' {
  export interface RevNodeOptions {
    status?: 'available' | 'missing';
    deleted?: boolean;
  }
  export type RevNode = [string, RevNodeOptions, RevNode[]];
  export interface RevPath {
    pos: number;
    ids: RevNode;
  }
  export function merge(
    tree: RevPath[],
    path: RevPath,
    depth: number,
  ): { tree: RevPath[]; stemmedRevs: string[]; conflicts: string };
  export function winningRev(metadata: { rev_tree: RevPath[] }): string;
  export function collectLeaves(
    tree: RevPath[],
  ): { rev: string; opts: RevNodeOptions }[];
  export function collectConflicts(metadata: { rev_tree: RevPath[] }): string[];
  export function revExists(tree: RevPath[], rev: string): boolean;
}
