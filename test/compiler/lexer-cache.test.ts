import { lexShell } from '../../src/compiler/index.js'

// The compiler's stages lex the same command lines many times; lexShell keeps its results and
// hands every caller the same frozen one, so no caller can change what the next one reads.
describe('lexShell results are shared and frozen', () => {
  const text = 'kubectl get pods -n "$NS" | grep -v Running # pods not running'

  it('returns the same result for the same text', () => {
    expect(lexShell(text)).toBe(lexShell(`${text.slice(0, 10)}${text.slice(10)}`))
    expect(lexShell(text)).not.toBe(lexShell(`${text} `))
  })

  it('cannot be changed by a caller, down to the parts of a word', () => {
    const lexed = lexShell(text)
    const word = lexed.tokens.find((t) => t.kind === 'word' && t.word.raw === '"$NS"')
    expect(word?.kind).toBe('word')
    expect(() => lexed.tokens.pop()).toThrow(TypeError)
    expect(() => {
      if (word?.kind === 'word') word.word.parts.length = 0
    }).toThrow(TypeError)
    expect(lexShell(text).tokens).toHaveLength(lexed.tokens.length)
    expect(lexShell(text).comment).toBe('pods not running')
  })
})
