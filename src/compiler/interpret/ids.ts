// Step ids: stable slugs of section headings (or Runme `name` hints), de-duplicated in order.

/** `Check VM and VMI status:` -> `check_vm_and_vmi_status`; at most `max` characters. */
export function slug(text: string, max = 48, sep = '_'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
  let out = ''
  for (const w of words) {
    const next = out === '' ? w : `${out}${sep}${w}`
    if (next.length > max && out !== '') break
    out = next.slice(0, max)
  }
  return out
}

// `1) Run cluster.yml`, `3. INCIDENT`, `Step 2: Shadow`, `A) Lockdown`, `2.1 Setup`: the number
// says where the heading stands, which changes when a step is added; the id keeps only the words.
const NUMBERING =
  /^\s*(?:(?:step|part|phase|stage)\s+\d+[a-z]?\s*[:.)-]?|\d+(?:\.\d+)+\.?(?=\s)|\d+[a-z]?[.)]|[A-Za-z][.)](?=\s))\s*/i

/** A heading without its numbering (`2. EMERGENCY RESPONSES` -> `EMERGENCY RESPONSES`). */
export function unnumbered(title: string): string {
  return title.replace(NUMBERING, '')
}

/** Assigns ids to hints in order: the first `x`, then `x_2`, `x_3`; an empty hint becomes `step`. */
export function uniqueIds(hints: readonly string[]): string[] {
  const used = new Set<string>()
  return hints.map((hint) => {
    const base = slug(hint.replace(NUMBERING, '')) || slug(hint) || 'step'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`
    used.add(id)
    return id
  })
}
