/** The ids in a new order with the item at `index` moved one step up (-1) or down (+1); null at the ends. */
export function moved(ids: readonly string[], index: number, step: -1 | 1): string[] | null {
  const target = index + step;
  if (target < 0 || target >= ids.length) return null;
  const next = [...ids];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Puts focus back on a control after a re-render moved its list item (React may re-insert the node). */
export function refocus(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
