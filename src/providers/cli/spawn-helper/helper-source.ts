// The spawn helper's program, run as `python3 -I -S -c HELPER_SOURCE` (isolated: no PYTHON*
// variables, no site packages, no script file anyone could edit). Its only job is to start
// commands with posix_spawn, which on Linux does not copy this process's page tables the way
// fork() from a large Node process does; everything else (governance, timeouts, ending groups,
// redaction) stays in Node.
//
// Wire format, both directions: one type byte, a 4-byte big-endian length, that many bytes.
// Node -> helper:
//   S  start a command: u32 n, then n bytes of NUL-separated fields (executable, cwd, '1' when
//      stdin follows else '0', the number of argv entries, argv..., NAME=VALUE...), then stdin
//   C  stop reading the command's stdout ('1') or stderr ('2'): close that pipe
// Helper -> Node:
//   R  ready            N  cannot work here (why)       F  the command did not start (errno name)
//   P  started (pid, then its start time from /proc when there is one)
//   O/E  stdout/stderr bytes          o/e  that pipe is closed
//   X  exited (the raw wait status, decimal)
// One command at a time: S comes only after the previous command's X, o and e.
// The helper ends on EOF of its stdin (the runbook process is gone, kill -9 included) or when its
// stdout breaks; a command still running then is killed with its whole process group first.
export const HELPER_SOURCE = String.raw`
import errno, os, select, signal, struct, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU):
    signal.signal(s, signal.SIG_IGN)
IN, OUT = 0, 1

def send(t, p=b''):
    # One writev of the header and the payload, as views: no copy, no allocation per chunk.
    parts = [memoryview(t + struct.pack('>I', len(p))), memoryview(p)]
    while parts:
        try:
            n = os.writev(OUT, parts)
        except OSError:
            # EPIPE or ECONNRESET: the runbook process is gone.
            die()
        while parts and n >= len(parts[0]):
            n -= len(parts[0])
            parts.pop(0)
        if parts:
            parts[0] = parts[0][n:]

def die():
    if cur is not None:
        try:
            os.killpg(cur['pid'], signal.SIGKILL)
        except OSError:
            pass
    os._exit(0)

cur = None
try:
    os.close(os.pidfd_open(os.getpid()))
    os.posix_spawn
    DEFAULTS = [s for s in signal.valid_signals() if s not in (signal.SIGKILL, signal.SIGSTOP)]
    devnull = os.open('/dev/null', os.O_RDONLY | os.O_CLOEXEC)
    RBUF = bytearray(65536)
    RVIEW = memoryview(RBUF)
except Exception as e:
    send(b'N', repr(e).encode())
    sys.exit(0)
send(b'R', b'1')

def start_ticks(pid):
    # Field 22 of /proc/PID/stat: read here, before this helper can reap the command.
    try:
        fd = os.open('/proc/%d/stat' % pid, os.O_RDONLY | os.O_CLOEXEC)
        try:
            st = os.read(fd, 4096)
        finally:
            os.close(fd)
        return b' ' + st[st.rindex(b')') + 2:].split(b' ')[19]
    except (OSError, ValueError, IndexError):
        return b''

def ename(e):
    return errno.errorcode.get(e.errno, 'E%d' % (e.errno or 0)).encode()

def start(p):
    global cur
    n, = struct.unpack('>I', p[:4])
    f = p[4:4 + n].split(b'\0')
    exe, cwd, has_in, nargs = f[0], f[1], f[2] == b'1', int(f[3])
    argv = f[4:4 + nargs]
    env = {}
    for e in f[4 + nargs:]:
        k, _, v = e.partition(b'=')
        env[k] = v
    stdin = p[4 + n:]
    opened = []

    def refuse(why):
        # The command did not start: nothing of it stays open, and no directory stays busy.
        for fd in opened:
            os.close(fd)
        os.chdir('/')
        send(b'F', why)

    try:
        if has_in:
            r0, w0 = os.pipe()
            opened += [r0, w0]
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        opened += [r1, w1, r2, w2]
    except OSError as e:
        refuse(ename(e))
        return
    acts = [(os.POSIX_SPAWN_DUP2, r0 if has_in else devnull, 0), (os.POSIX_SPAWN_DUP2, w1, 1), (os.POSIX_SPAWN_DUP2, w2, 2)]
    try:
        os.chdir(cwd)
    except OSError as e:
        refuse(b'cwd ' + ename(e))
        return
    try:
        pid = os.posix_spawn(exe, argv, env, file_actions=acts, setsid=True, setsigdef=DEFAULTS, setsigmask=())
    except (OSError, ValueError) as e:
        refuse(ename(e) if isinstance(e, OSError) else b'EINVAL')
        return
    try:
        os.chdir('/')
        os.close(w1)
        os.close(w2)
        cur = {'pid': pid, 'pidfd': os.pidfd_open(pid), 'status': None, 'out': {r1: b'O', r2: b'E'}, 'in': None, 'data': b''}
        if has_in:
            os.close(r0)
            if stdin:
                os.set_blocking(w0, False)
                cur['in'] = w0
                cur['data'] = memoryview(stdin)
            else:
                os.close(w0)
    except BaseException:
        # The command cannot be watched: it is ended, never left running unseen.
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        os._exit(1)
    send(b'P', str(pid).encode() + start_ticks(pid))

def control(t, p):
    if t == b'S':
        start(p)
    elif t == b'C' and cur is not None:
        for fd, kind in list(cur['out'].items()):
            if kind == (b'O' if p == b'1' else b'E'):
                os.close(fd)
                del cur['out'][fd]
                send(kind.lower())

def loop():
    global cur
    buf = bytearray()
    while True:
        rl = [IN]
        wl = []
        if cur is not None:
            rl += list(cur['out'])
            if cur['status'] is None:
                rl.append(cur['pidfd'])
            if cur['in'] is not None:
                wl.append(cur['in'])
        r, w, _ = select.select(rl, wl, [])
        if cur is not None and cur['in'] in w:
            try:
                k = os.write(cur['in'], cur['data'][:65536])
                cur['data'] = cur['data'][k:]
            except OSError:
                # EPIPE: the command exited or closed stdin without reading it all.
                cur['data'] = b''
            if not cur['data']:
                os.close(cur['in'])
                cur['in'] = None
        if cur is not None:
            for fd in [fd for fd in r if fd in cur['out']]:
                # Into one 64 KiB buffer (a pipe's capacity) reused for every read: a fresh object
                # per read is mapped, faulted in and unmapped each time (a tenth of the throughput).
                n = os.readv(fd, [RBUF])
                if n:
                    send(cur['out'][fd], RVIEW[:n])
                else:
                    os.close(fd)
                    send(cur['out'].pop(fd).lower())
            if cur['status'] is None and cur['pidfd'] in r:
                _, status = os.waitpid(cur['pid'], 0)
                os.close(cur['pidfd'])
                cur['status'] = status
                send(b'X', str(status).encode())
            if cur['status'] is not None and not cur['out']:
                if cur['in'] is not None:
                    os.close(cur['in'])
                cur = None
        if IN in r:
            data = os.read(IN, 65536)
            if not data:
                die()
            buf += data
            while len(buf) >= 5:
                n, = struct.unpack('>I', buf[1:5])
                if len(buf) < 5 + n:
                    break
                t, p = bytes(buf[:1]), bytes(buf[5:5 + n])
                del buf[:5 + n]
                control(t, p)

try:
    loop()
except BaseException:
    # Whatever went wrong, a command still running is not left behind.
    die()
`
