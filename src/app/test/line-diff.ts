// A unified diff of two small texts (a runbook and its recompiled form): the longest common
// subsequence of lines, shown with three lines of context. Quadratic, so it refuses texts past
// MAX_LINES lines and says so instead of hanging.
const MAX_LINES = 4000
const CONTEXT = 3

/** `--- a` / `+++ b` and `@@` hunks; '' when the texts are equal. */
export function lineDiff(a: string, b: string, nameA: string, nameB: string): string {
  if (a === b) return ''
  const x = a.split('\n')
  const y = b.split('\n')
  if (x.length > MAX_LINES || y.length > MAX_LINES)
    return `--- ${nameA}\n+++ ${nameB}\n(the files differ; too long to diff here: ${x.length} and ${y.length} lines)\n`
  // lcs[i][j]: length of the LCS of x[i..] and y[j..]
  const lcs: Uint16Array[] = Array.from(
    { length: x.length + 1 },
    () => new Uint16Array(y.length + 1)
  )
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      (lcs[i] as Uint16Array)[j] =
        x[i] === y[j]
          ? ((lcs[i + 1] as Uint16Array)[j + 1] as number) + 1
          : Math.max(
              (lcs[i + 1] as Uint16Array)[j] as number,
              (lcs[i] as Uint16Array)[j + 1] as number
            )
  const ops: { op: ' ' | '-' | '+'; line: string; i: number; j: number }[] = []
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ op: ' ', line: x[i] as string, i: i++, j: j++ })
    } else if (
      i < x.length &&
      (j >= y.length ||
        ((lcs[i + 1] as Uint16Array)[j] as number) >= ((lcs[i] as Uint16Array)[j + 1] as number))
    ) {
      ops.push({ op: '-', line: x[i] as string, i: i++, j })
    } else {
      ops.push({ op: '+', line: y[j] as string, i, j: j++ })
    }
  }
  const out = [`--- ${nameA}`, `+++ ${nameB}`]
  let k = 0
  while (k < ops.length) {
    if ((ops[k] as (typeof ops)[number]).op === ' ') {
      k++
      continue
    }
    let start = Math.max(0, k - CONTEXT)
    let end = k
    // extend the hunk while changes are within 2*CONTEXT lines of each other
    for (;;) {
      while (end < ops.length && (ops[end] as (typeof ops)[number]).op !== ' ') end++
      let next = end
      while (next < ops.length && (ops[next] as (typeof ops)[number]).op === ' ') next++
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next
      else break
    }
    const stop = Math.min(ops.length, end + CONTEXT)
    const hunk = ops.slice(start, stop)
    const first = hunk[0] as (typeof ops)[number]
    const aLen = hunk.filter((o) => o.op !== '+').length
    const bLen = hunk.filter((o) => o.op !== '-').length
    out.push(`@@ -${first.i + 1},${aLen} +${first.j + 1},${bLen} @@`)
    for (const o of hunk) out.push(`${o.op}${o.line}`)
    k = stop
    start = stop
  }
  return `${out.join('\n')}\n`
}
