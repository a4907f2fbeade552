import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { resolverFromMapping, type NodeResolver } from '../../../shared/growth';
import { readRetiredNodeMapping } from '../db/repositories/evidence';

/** The mapping as JSON: a string compares by value, so an unchanged mapping keeps its resolver. */
async function readMappingJson(): Promise<string> {
  return JSON.stringify([...(await readRetiredNodeMapping())]);
}

/**
 * Maps goals recorded on a retired framework version to the same goal in the current version
 * (see nodeResolverOf), live: importing a new version re-maps existing evidence at once.
 * Undefined during the first read, so a screen never shows evidence under the wrong goal for
 * a moment. The function keeps its identity while the mapping stays the same (editing a
 * node's text does not make every screen recompute its evidence).
 */
export function useNodeResolver(): NodeResolver | undefined {
  const json = useLiveQuery(readMappingJson);
  return useMemo(() => (json === undefined ? undefined : resolverFromMapping(new Map(JSON.parse(json) as [string, string][]))), [json]);
}
