import fc from 'fast-check'
import { isGitHubAttachment, parseComment } from '../../../src/action/answer/comment-grammar.js'

describe('parseComment', () => {
  it('reads one command per line and leaves prose, quotes and code blocks alone', () => {
    const body = [
      'Checked the dashboard, all green.',
      '/evidence ticket INC-123 and more words',
      '  /check criteria error_rate < 1%',
      '> /approve quoted from someone else',
      '```',
      '/deny inside a code block',
      '```',
      '/APPROVE looks good',
      '/confirm drain-node'
    ].join('\r\n')
    expect(parseComment(body)).toEqual({
      commands: [
        { kind: 'evidence', line: 2, name: 'ticket', value: 'INC-123 and more words' },
        { kind: 'check', line: 3, name: 'criteria', item: 'error_rate < 1%' },
        { kind: 'approve', line: 8, reason: 'looks good' },
        { kind: 'confirm', line: 9, step: 'drain-node' }
      ],
      problems: []
    })
  })

  it('names the line and the expected form of each malformed command', () => {
    const { commands, problems } = parseComment(
      '/evidence ticket\n/check 9bad item\n/deny\n/aprove\n/confirm a b\n/cancel   \n/approve'
    )
    expect(commands).toEqual([{ kind: 'approve', line: 7 }])
    expect(problems).toEqual([
      { line: 1, message: '/evidence NAME VALUE: the value is missing' },
      { line: 2, message: "/check NAME ITEM: '9bad' is not a name (letters, digits, _ and -)" },
      { line: 3, message: '/deny REASON: say why' },
      {
        line: 4,
        message:
          "'/aprove' is not a command; the commands are /evidence, /check, /choose, /attach, /approve, /confirm, /deny, /cancel"
      },
      { line: 5, message: '/confirm STEP: name the one step to confirm' },
      { line: 6, message: '/cancel REASON: say why' }
    ])
  })

  it('pairs /attach with the link on its line or the next line, never a later command', () => {
    const url = 'https://github.com/user-attachments/files/123/log.txt'
    expect(parseComment(`/attach log [log.txt](${url})`).commands).toEqual([
      { kind: 'attach', line: 1, name: 'log', url }
    ])
    expect(parseComment(`/attach log\n\n[log.txt](${url})`).commands).toEqual([
      { kind: 'attach', line: 1, name: 'log', url }
    ])
    expect(parseComment(`/attach log\n/evidence x ${url}`).problems[0]).toEqual({
      line: 1,
      message:
        '/attach NAME (with the file attached to the same comment): no attached file follows; drag the file into this comment'
    })
  })

  it('never throws, and a quoted reply of any comment holds no command', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseComment(s)
        const quoted = s
          .split(/\r?\n/)
          .map((l) => `> ${l}`)
          .join('\n')
        expect(parseComment(quoted)).toEqual({ commands: [], problems: [] })
      })
    )
  })
})

describe('isGitHubAttachment', () => {
  const server = 'https://github.com'
  it.each([
    ['https://github.com/user-attachments/files/17/report.pdf', true],
    ['https://github.com/user-attachments/assets/0b5f7e52-7c3e-4d1c-9a53-3f2d6b8a1e11', true],
    ['https://github.com/octo-org/ops/files/9/x.log', true],
    ['https://github.com/other/repo/files/9/x.log', false],
    ['https://evil.example/user-attachments/files/1/x', false],
    ['https://github.com.evil.example/user-attachments/files/1/x', false],
    ['https://github.com/user-attachments/files/1/x?redirect=https://evil', false],
    ['https://user:pw@github.com/user-attachments/files/1/x', false],
    ['http://github.com/user-attachments/files/1/x', false],
    ['https://github.com/user-attachments/files/1/../../octo-org/ops/raw/x', false],
    ['not a url', false]
  ])('%s -> %s', (url, ok) => {
    expect(isGitHubAttachment(url, server, 'octo-org/ops')).toBe(ok)
  })
})
