// The one ajv runtime helper the generated validators (*-validator.generated.ts) use. A CommonJS
// module's default import is module.exports under Node and its `default` under some bundlers:
// take whichever is the function, so the generated code runs the same from source and bundled.
import ucs2 from 'ajv/dist/runtime/ucs2length.js'

type Ucs2Length = (text: string) => number
const loaded = ucs2 as unknown as Ucs2Length | { default: Ucs2Length }

/** Length of a string in code points, as JSON Schema's minLength/maxLength count it. */
export const ucs2length: Ucs2Length = typeof loaded === 'function' ? loaded : loaded.default
