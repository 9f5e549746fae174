// NodeProcessRunner with its default launcher on Linux: the spawn helper (runner-suite.ts).
import { runnerSuite } from './runner-suite.js'

runnerSuite('helper')
