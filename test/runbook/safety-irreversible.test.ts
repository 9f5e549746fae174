import { classifyCommand } from '../../src/runbook/safety/index.js'

// Programs and subcommands the tables do not know are unknown; when the subcommand's own word says
// it formats, wipes, destroys, purges, prunes, resets or erases, they are destructive.
describe('unknown subcommands that name an irreversible act', () => {
  it.each([
    [['cryptsetup', 'luksFormat', '/dev/sdb']],
    [['vault', 'secrets', 'destroy', 'kv/app']],
    [['gitlab-rake', 'cache:clear', 'wipe']],
    [['rabbitmqctl', 'reset']],
    [['nvme', 'format', '/dev/nvme0n1']],
    [['mc', 'admin', 'bucket', 'purge']],
    [['weird-cli', 'erase', '--all']],
    [['git', 'gc', '--prune=now']],
    [['git', 'prune']]
  ])('%j is destructive', (argv) => {
    const c = classifyCommand(argv)
    expect(c.level).toBe('destructive')
  })

  it.each([
    [['cryptsetup', 'status', 'data']],
    [['rabbitmqctl', 'list_queues']],
    [['weird-cli', 'show', 'format']]
  ])('%j stays unknown', (argv) => {
    expect(classifyCommand(argv).level).toBe('unknown')
  })

  it('leaves what the tables know alone', () => {
    expect(classifyCommand(['kubectl', 'get', 'pods']).level).toBe('read-only')
    expect(classifyCommand(['git', 'reset', '--soft', 'HEAD~1']).level).not.toBe('unknown')
  })
})
