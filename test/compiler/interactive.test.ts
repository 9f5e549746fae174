import { compileTsg } from '../../src/compiler/index.js'
import { interactiveReason, sessionOpener } from '../../src/compiler/interpret/interactive.js'

describe('interactiveReason', () => {
  it('reads -owide as -o wide, not as a cluster holding -w (watch)', () => {
    expect(interactiveReason(['kubectl', 'get', 'pod', '-owide'])).toBeUndefined()
    expect(interactiveReason(['oc', 'get', 'pods', '-nkube-system'])).toBeUndefined()
    expect(interactiveReason(['kubectl', 'get', 'pod', '-w'])).toBe(
      'kubectl follows output until stopped (-f/-w)'
    )
    expect(interactiveReason(['kubectl', 'get', 'pod', '-Aw'])).toBe(
      'kubectl follows output until stopped (-f/-w)'
    )
  })

  it('automates kubectl get pod -owide in a TSG', () => {
    const r = compileTsg('# T\n\n```sh\nkubectl get pod -owide\n```\n', { file: 't.md' })
    expect(r.runbook.steps.map((s) => [s.type, s.with?.argv])).toEqual([
      ['cli', ['kubectl', 'get', 'pod', '-owide']]
    ])
  })
})

describe('sessions opened through a cloud CLI', () => {
  it('runs the commands after gcloud compute ssh VM inside its session, the opener itself outside', () => {
    const r = compileTsg(
      '# T\n\n```bash\ngcloud compute ssh vm1 --zone z\nsudo growpart /dev/sda 1\nexit\n```\n',
      { file: 't.md' }
    )
    expect(r.interpretation.accounts.map((a) => [a.line, a.note])).toEqual([
      [4, 'opens a session (line 4)'],
      [5, 'inside a session'],
      [6, 'exit: ends the session opened at line 4']
    ])
    expect(r.runbook.steps[1]?.instructions).toContain(
      'runs inside the session opened by `gcloud compute ssh vm1 --zone z` (line 4)'
    )
  })

  it('knows az ssh vm and aws ssm start-session, but not a remote --command', () => {
    expect(interactiveReason(['az', 'ssh', 'vm', '-n', 'vm1', '-g', 'rg'])).toBe(
      'az ssh opens a shell on the VM'
    )
    expect(interactiveReason(['aws', 'ssm', 'start-session', '--target', 'i-1'])).toBe(
      'aws ssm start-session opens a shell on the instance'
    )
    expect(
      interactiveReason(['gcloud', 'compute', 'ssh', 'vm1', '--command', 'df -h'])
    ).toBeUndefined()
  })
})

describe('redis-cli sessions and streams', () => {
  it('knows redis-cli without a command, MONITOR, SUBSCRIBE and the --stat/--latency modes', () => {
    expect(interactiveReason(['redis-cli', '-h', 'cache-1', '-p', '6380'])).toBe(
      'redis-cli without a command opens an interactive session'
    )
    expect(interactiveReason(['redis-cli', 'monitor'])).toBe('redis-cli MONITOR runs until stopped')
    expect(interactiveReason(['redis-cli', 'SUBSCRIBE', 'events'])).toBe(
      'redis-cli SUBSCRIBE runs until stopped'
    )
    expect(interactiveReason(['redis-cli', '--stat'])).toBe('redis-cli --stat runs until stopped')
    expect(interactiveReason(['redis-cli', '-r', '-1', 'INFO'])).toBe(
      'redis-cli -r -1 repeats the command until stopped'
    )
    expect(interactiveReason(['redis-cli', '--scan', '--pattern', 'a*'])).toBeUndefined()
    expect(interactiveReason(['redis-cli', '-r', '3', 'INFO'])).toBeUndefined()
  })

  it('looks at the command kubectl exec runs in the container', () => {
    expect(
      interactiveReason(['kubectl', '-n', 'cache', 'exec', 'redis-0', '--', 'redis-cli', 'MONITOR'])
    ).toBe('redis-cli MONITOR runs until stopped (in the container)')
    expect(
      interactiveReason(['kubectl', 'exec', 'redis-0', '--', 'redis-cli', 'INFO'])
    ).toBeUndefined()
  })

  it('automates a read-only redis-cli command run in a pod, and keeps FLUSHALL manual', () => {
    const r = compileTsg(
      '# T\n\n```sh\nkubectl -n cache exec redis-0 -- redis-cli INFO memory\nkubectl -n cache exec redis-0 -- redis-cli CONFIG SET maxmemory 5gb\nkubectl -n cache exec redis-0 -- redis-cli FLUSHALL\n```\n',
      { file: 't.md' }
    )
    expect(r.runbook.steps.map((s) => [s.type, s.confirm ?? false])).toEqual([
      ['cli', false],
      ['cli', true],
      ['manual', false]
    ])
    expect(r.runbook.steps[2]?.instructions).toContain(
      'FLUSHALL deletes every key of every database'
    )
  })
})

describe('clients that ask for a password on the terminal', () => {
  it('knows a bare mysql -p / --password and psql -W / --password', () => {
    const prompt = (tool: string, flag: string) =>
      `${tool} ${flag} asks for the password on the terminal: without one (a CI job) the step would hang or fail`
    expect(interactiveReason(['mysql', '-u', 'root', '-p', '-e', 'SELECT 1'])).toBe(
      prompt('mysql', '-p')
    )
    expect(interactiveReason(['mysqldump', '--password', '--all-databases'])).toBe(
      prompt('mysqldump', '--password')
    )
    expect(interactiveReason(['psql', '-h', 'db1', '-W', '-c', 'SELECT 1'])).toBe(
      prompt('psql', '-W')
    )
    expect(interactiveReason(['pg_dump', '--password', 'app'])).toBe(
      prompt('pg_dump', '--password')
    )
  })

  it('leaves a password given on the command line, and psql -p (a port), alone', () => {
    expect(interactiveReason(['mysql', '-psecret', '-e', 'SELECT 1'])).toBeUndefined()
    expect(interactiveReason(['mysql', '--password=secret', '-e', 'SELECT 1'])).toBeUndefined()
    expect(interactiveReason(['psql', '-p', '5433', '-c', 'SELECT 1'])).toBeUndefined()
    expect(interactiveReason(['mysql', '-e', 'SELECT 1'])).toBeUndefined()
  })

  it('makes such a command a manual step and says why in mapping.md', () => {
    const r = compileTsg('# T\n\n```sh\nmysql -u root -p -e "SHOW SLAVE STATUS\\G"\n```\n', {
      file: 't.md'
    })
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual'])
    expect(r.mapping).toContain(
      'mysql -p asks for the password on the terminal: without one (a CI job) the step would hang or fail'
    )
  })
})

describe('sudo and su open a session only without a command', () => {
  it('reads -s of the wrapped command as its own flag, not as sudo -s', () => {
    expect(sessionOpener(['sudo', 'truncate', '-s', '0', 'app.log'])).toBeUndefined()
    expect(sessionOpener(['sudo', '-u', 'postgres', 'psql', '-i'])).toBeUndefined()
    expect(sessionOpener(['sudo', '-i', 'systemctl', 'status', 'nginx'])).toBeUndefined()
    expect(sessionOpener(['su', '-', 'postgres', '-c', 'psql -l'])).toBeUndefined()
    expect(sessionOpener(['sudo', '-i'])).toBe('sudo opens a root shell')
    expect(sessionOpener(['sudo', '-u', 'postgres', '-s'])).toBe('sudo opens a root shell')
    expect(sessionOpener(['sudo', '-iu', 'postgres'])).toBe('sudo opens a root shell')
    expect(sessionOpener(['su', '-', 'postgres'])).toBe('su opens a root shell')
  })

  it('does not run the next block inside a session after sudo truncate -s 0', () => {
    const r = compileTsg(
      '# T\n\n```bash\nsudo truncate -s 0 /var/log/app.log\n```\n\nThen:\n\n```bash\nsystemctl status app\n```\n',
      { file: 't.md' }
    )
    expect(r.interpretation.accounts.map((a) => a.note)).not.toContain('inside a session')
    expect(r.runbook.steps.at(-1)?.with?.argv).toEqual(['systemctl', 'status', 'app'])
  })
})
