// The run's captured values as a persistent map, so that a step that captures costs O(log n)
// however many values earlier steps captured: the reducer never copies the whole map, and every
// state keeps its own version (states are never mutated; a new version shares almost all of the
// old one). Snapshots and the debugger see the values as a plain object (toObject, toJSON).
//
// The map is a treap whose priorities are a hash of the key, so its shape depends only on what it
// holds, never on the order values were captured: two versions holding the same values are the same
// tree, and deep equality (tests, a snapshot against the fold) compares content.

interface Node {
  readonly key: string
  readonly value: string
  readonly priority: number
  readonly left: Node | undefined
  readonly right: Node | undefined
}

/** 32-bit FNV-1a of the key's UTF-16 code units. */
function priorityOf(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Does node a belong above node b? Higher priority first; equal priorities by key. */
function above(a: Node, b: Node): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.key < b.key
}

function insert(node: Node | undefined, key: string, value: string, priority: number): Node {
  if (node === undefined) return { key, value, priority, left: undefined, right: undefined }
  if (key === node.key) return node.value === value ? node : { ...node, value }
  if (key < node.key) {
    const left = insert(node.left, key, value, priority)
    // Rotate right when the new child belongs above this node.
    return above(left, node) ? { ...left, right: { ...node, left: left.right } } : { ...node, left }
  }
  const right = insert(node.right, key, value, priority)
  return above(right, node)
    ? { ...right, left: { ...node, right: right.left } }
    : { ...node, right }
}

function inOrder(node: Node | undefined, out: [string, string][]): void {
  if (node === undefined) return
  inOrder(node.left, out)
  out.push([node.key, node.value])
  inOrder(node.right, out)
}

export class Captures {
  static readonly empty = new Captures(undefined)
  #plain: Readonly<Record<string, string>> | undefined

  private constructor(private readonly root: Node | undefined) {}

  /** The map holding `values`. */
  static from(values: Readonly<Record<string, string>>): Captures {
    return Captures.empty.with(values)
  }

  /** The captured value of `name`, or undefined. */
  get(name: string): string | undefined {
    let node = this.root
    while (node !== undefined) {
      if (name === node.key) return node.value
      node = name < node.key ? node.left : node.right
    }
    return undefined
  }

  /** A new version with `values` added (replacing values of the same names); this one is unchanged. */
  with(values: Readonly<Record<string, string>>): Captures {
    let root = this.root
    for (const [key, value] of Object.entries(values))
      root = insert(root, key, value, priorityOf(key))
    return root === this.root ? this : new Captures(root)
  }

  /** The values as a plain object, names in order (built once per version). */
  toObject(): Readonly<Record<string, string>> {
    if (this.#plain === undefined) {
      const entries: [string, string][] = []
      inOrder(this.root, entries)
      this.#plain = Object.fromEntries(entries) // own data properties, even for a name like __proto__
    }
    return this.#plain
  }

  toJSON(): Readonly<Record<string, string>> {
    return this.toObject()
  }
}
