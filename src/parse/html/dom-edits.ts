/**
 * Edits to a parsed page's tree. Each edit relinks the nodes' parent and sibling links
 * in constant time; a parent's list of children is written again once, when asked for
 * or at the end: a page can make thousands of edits among one element's thousands of
 * children. Until then only the links are right.
 */
import type { ChildNode, ParentNode } from 'domhandler';

export class DomEdits {
  /** Parents whose list of children is out of date, with nodes that were in it after an edit. */
  private readonly stale = new Map<ParentNode, ChildNode[]>();

  /**
   * Replaces the siblings from `first` up to `end` (excluded; null: to the last) with
   * `nodes`, which are not in the page (their old parent no longer lists them).
   */
  replaceRun(first: ChildNode, end: ChildNode | null, nodes: readonly ChildNode[]): void {
    const parent = first.parent!;
    const before = first.prev;
    for (let node: ChildNode | null = first; node && node !== end; ) {
      const next: ChildNode | null = node.next;
      node.parent = node.prev = node.next = null;
      node = next;
    }
    let last = before;
    for (const node of nodes) {
      node.parent = parent;
      node.prev = last;
      if (last) last.next = node;
      last = node;
    }
    if (last) last.next = end;
    if (end) end.prev = last;
    this.touch(parent, before, end, nodes[0]);
  }

  remove(node: ChildNode): void {
    const { parent, prev, next } = node;
    if (!parent) return;
    if (prev) prev.next = next;
    if (next) next.prev = prev;
    node.parent = node.prev = node.next = null;
    this.touch(parent, prev, next);
  }

  /** The parent's children, with the edits made so far. */
  childrenOf(parent: ParentNode): ChildNode[] {
    this.write(parent);
    return parent.children;
  }

  /** Writes every list of children the edits changed. */
  finish(): void {
    for (const parent of [...this.stale.keys()]) this.write(parent);
  }

  private touch(parent: ParentNode, ...inside: (ChildNode | null | undefined)[]): void {
    let known = this.stale.get(parent);
    if (!known) this.stale.set(parent, (known = []));
    for (const node of inside) if (node) known.push(node);
  }

  private write(parent: ParentNode): void {
    const known = this.stale.get(parent);
    if (!known) return;
    this.stale.delete(parent);
    // The last edit's neighbours are still there, unless it emptied the list.
    let node: ChildNode | null = null;
    for (let i = known.length - 1; i >= 0 && !node; i--) if (known[i]!.parent === parent) node = known[i]!;
    while (node?.prev) node = node.prev;
    const children: ChildNode[] = [];
    for (; node; node = node.next) children.push(node);
    parent.children = children;
  }
}
