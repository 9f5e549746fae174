// NodeProcessRunner starting commands with Node's own spawn: where the spawn helper cannot run,
// the same guarantees hold (runner-suite.ts).
import { runnerSuite } from './runner-suite.js'

runnerSuite('direct')
