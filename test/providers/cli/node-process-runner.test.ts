// NodeProcessRunner starting commands with Node's own spawn (runner-suite.ts).
import { runnerSuite } from './runner-suite.js'

runnerSuite('direct')
