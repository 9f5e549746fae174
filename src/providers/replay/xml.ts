// XML 1.0 text and attribute escaping for the JUnit report. Characters XML 1.0 cannot carry at
// all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD instead of breaking it.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;'
}

/** Escapes text for element content (`attribute` false) or a double-quoted attribute value. */
export function xmlEscape(text: string, attribute = false): string {
  const special = attribute ? /[&<>"'\n\r\t]/g : /[&<>]/g
  return validXml(text).replace(special, (c) => ENTITIES[c] ?? c)
}

function validXml(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000
    out += ok ? ch : '\uFFFD'
  }
  return out
}
