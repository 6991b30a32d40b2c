/** Who reads a report, a guide or a plan: the leader it is about, or the manager or HR reading about the leader. */
export type Relation = 'OWN' | 'MANAGER' | 'HR';

/**
 * The i18next context for texts that address the reader: the leader is "du", everyone else reads about "lederen".
 * Keys for the leader have no suffix; keys for the others end in `_about`.
 */
export function readerContext(relation: Relation | undefined): 'about' | undefined {
  return relation === undefined || relation === 'OWN' ? undefined : 'about';
}
