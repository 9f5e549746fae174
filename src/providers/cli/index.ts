// Public surface of the cli provider: real processes and command lookup.
export { NodeCommandResolver } from './command-resolver.js'
