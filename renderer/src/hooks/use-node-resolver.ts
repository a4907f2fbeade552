import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { resolverFromMapping, type NodeResolver } from '../../../shared/growth';
import { readRetiredNodeMapping } from '../db/repositories/evidence';

/** The mapping as one comparable string, so an unchanged mapping keeps the same resolver. */
function signatureOf(mapping: ReadonlyMap<string, string>): string {
  let signature = '';
  for (const [from, to] of mapping) signature += `${from}>${to};`;
  return signature;
}

/**
 * Maps goals recorded on a retired framework version to the same goal in the current version
 * (see nodeResolverOf), live: importing a new version re-maps existing evidence at once.
 * Undefined during the first read, so a screen never shows evidence under the wrong goal for
 * a moment. The function keeps its identity while the mapping stays the same (editing a
 * node's text does not make every screen recompute its evidence).
 */
export function useNodeResolver(): NodeResolver | undefined {
  const mapping = useLiveQuery(readRetiredNodeMapping);
  const last = useRef<{ signature: string; resolver: NodeResolver } | null>(null);
  return useMemo(() => {
    if (!mapping) return undefined;
    const signature = signatureOf(mapping);
    if (last.current?.signature !== signature) last.current = { signature, resolver: resolverFromMapping(mapping) };
    return last.current.resolver;
  }, [mapping]);
}
