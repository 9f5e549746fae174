// List items as units. An item is one unit with everything it nests, unless a sub-list holds
// commands (code blocks or multi-word inline code): then the item's own text is one unit and each
// sub-item is a unit of its own, so that the instruction of every sub-item ("Check the logs",
// "Remove /var/lib/rook/mon-a") becomes a step or a checklist item rather than a lead-in.
import type { List, ListItem, Nodes } from 'mdast'
import type { IrUnit } from '../ir.js'
import { hasMore, ownText, unit } from './unit.js'

/**
 * The units of the items of `list`; `lines` is the whole source. `context` is the text of the
 * items it was split from (`If the pod is not healthy:`), kept with each sub-item.
 */
export function listUnits(list: List, lines: string[], context = ''): IrUnit[] {
  const out: IrUnit[] = []
  for (const item of list.children) {
    if (!item.children.some(splits)) {
      out.push(itemUnit(item, item.children, list, lines, { lead: true, context }))
      continue
    }
    let group: Nodes[] = []
    let lead = true
    let inner = context
    const flush = (): void => {
      if (group.length > 0) {
        const u = itemUnit(item, group, list, lines, { lead, context })
        // The item's own text introduces its sub-items: it is not a field to fill in.
        u.nested = true
        if (lead) inner = [context, u.lead].filter((t) => t !== '').join(' ')
        out.push(u)
      }
      group = []
      lead = false
    }
    for (const child of item.children) {
      if (!splits(child)) {
        group.push(child)
        continue
      }
      flush()
      lead = false
      out.push(...listUnits(child as List, lines, inner))
    }
    flush()
  }
  return out
}

function itemUnit(
  item: ListItem,
  nodes: Nodes[],
  list: List,
  lines: string[],
  opts: { lead: boolean; context: string }
): IrUnit {
  const whole = nodes.length === item.children.length
  const u = unit('list-item', whole ? item : nodes, lines, {
    ...(opts.lead ? { line: item.position?.start.line ?? 1 } : {})
  })
  u.lead = ownText(nodes)
  u.checked = opts.lead ? (item.checked ?? null) : null
  u.ordered = list.ordered === true
  u.nested = whole ? hasMore(item) : u.codes.length > 0 || u.entries.length > 0
  u.context = opts.context
  return u
}

function splits(node: Nodes): boolean {
  return node.type === 'list' && node.children.some((li) => li.children.some(holdsCommand))
}

function holdsCommand(node: Nodes): boolean {
  if (node.type === 'code') return true
  if (node.type === 'inlineCode') return /^[a-z][\w.-]*\s+\S/.test(node.value.trim())
  return 'children' in node && (node.children as Nodes[]).some(holdsCommand)
}
